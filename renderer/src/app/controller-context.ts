import { createContext, useContext } from 'react';
import type { PlanController } from './session';

export const ControllerContext = createContext<PlanController | null>(null);

export function useController(): PlanController {
  const controller = useContext(ControllerContext);
  if (!controller) throw new Error('PlanController missing: wrap the app in ControllerContext');
  return controller;
}
