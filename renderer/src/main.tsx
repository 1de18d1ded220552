import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ControllerContext } from './app/controller-context';
import { PlanController } from './app/session';
import { startEngine } from './engine/client';
import { createBrowserHost } from './host/browser-host';
import { createDesktopHost } from './host/desktop-host';
import './styles.css';

// The desktop preload exposes `window.rumbo`; without it this is the browser edition.
const host = window.rumbo ? createDesktopHost(window.rumbo) : createBrowserHost();
const controller = new PlanController(startEngine(), host);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ControllerContext.Provider value={controller}>
      <App />
    </ControllerContext.Provider>
  </StrictMode>,
);

void controller.start().catch((error: unknown) => controller.report(error));
