import { useController } from './controller-context';
import { useApp, type Screen } from './store';
import { useT } from '../i18n/useT';
import { SaveStatus } from './SaveStatus';
import { CHANGE_LABELS } from './change-labels';
import { LanguageSwitch } from './LanguageSwitch';
import { ProfileSection } from '../features/profile/ProfileSection';
import { ExportSection } from '../features/export/ExportSection';
import { DocumentControlSection } from '../features/document/DocumentControlSection';
import { PlanTextsSection } from '../features/document/PlanTextsSection';
import { OrganisationSection } from '../features/organisation/OrganisationSection';
import { PeopleSection } from '../features/people/PeopleSection';
import { AccountsSection } from '../features/accounts/AccountsSection';
import { MapSection } from '../features/map/MapSection';
import { FindingsSection } from '../features/findings/FindingsSection';
import { SwotSection } from '../features/swot/SwotSection';
import { CameSection } from '../features/came/CameSection';
import { ObjectivesSection } from '../features/objectives/ObjectivesSection';
import { LinesSection } from '../features/lines/LinesSection';
import { TimelineSection } from '../features/timeline/TimelineSection';
import { TraceabilitySection } from '../features/traceability/TraceabilitySection';
import { SendSection } from '../features/send/SendSection';
import { ReceiveSection } from '../features/receive/ReceiveSection';
import { HistorySection } from '../features/history/HistorySection';
import { VersionsSection } from '../features/versions/VersionsSection';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../shared/i18n';


const SECTIONS: readonly { id: Screen; label: MessageKey }[] = [
  { id: 'profile', label: 'ui.nav.profile' },
  { id: 'organisation', label: 'ui.nav.organisation' },
  { id: 'people', label: 'ui.nav.people' },
  { id: 'accounts', label: 'ui.nav.accounts' },
  { id: 'map', label: 'ui.nav.map' },
  { id: 'findings', label: 'ui.nav.findings' },
  { id: 'swot', label: 'ui.nav.swot' },
  { id: 'came', label: 'ui.nav.came' },
  { id: 'objectives', label: 'ui.nav.objectives' },
  { id: 'lines', label: 'ui.nav.lines' },
  { id: 'timeline', label: 'ui.nav.timeline' },
  { id: 'traceability', label: 'ui.nav.traceability' },
  { id: 'documentControl', label: 'docui.nav.control' },
  { id: 'planTexts', label: 'docui.nav.texts' },
  { id: 'document', label: 'ui.nav.document' },
  { id: 'sendCopy', label: 'sendui.nav' },
  { id: 'receiveCopy', label: 'mergeui.nav' },
  { id: 'history', label: 'historyui.nav' },
  { id: 'versions', label: 'approvalui.nav' },
];

const SECTION_VIEWS: Record<Screen, () => ReactNode> = {
  profile: () => <ProfileSection />,
  organisation: () => <OrganisationSection />,
  people: () => <PeopleSection />,
  accounts: () => <AccountsSection />,
  map: () => <MapSection />,
  findings: () => <FindingsSection />,
  swot: () => <SwotSection />,
  came: () => <CameSection />,
  objectives: () => <ObjectivesSection />,
  lines: () => <LinesSection />,
  timeline: () => <TimelineSection />,
  traceability: () => <TraceabilitySection />,
  documentControl: () => <DocumentControlSection />,
  planTexts: () => <PlanTextsSection />,
  document: () => <ExportSection />,
  sendCopy: () => <SendSection />,
  receiveCopy: () => <ReceiveSection />,
  history: () => <HistorySection />,
  versions: () => <VersionsSection />,
};

/** The open plan: toolbar with save state, section navigation and the current section. */
export function Workspace() {
  const t = useT();
  const controller = useController();
  const { plan, file, section, busy, viewingVersion } = useApp();
  if (!plan || !file) return null;
  const { history } = plan;
  const undoLabel = history.undoLabel ? t('ui.toolbar.undoWhat', { what: t(CHANGE_LABELS[history.undoLabel]) }) : t('ui.toolbar.undo');
  const redoLabel = history.redoLabel ? t('ui.toolbar.redoWhat', { what: t(CHANGE_LABELS[history.redoLabel]) }) : t('ui.toolbar.redo');

  return (
    <div className="workspace">
      <header className="topbar">
        <div className="file-title">
          <strong>{plan.info.institution.name}</strong>
          <span className="muted" data-testid="file-name">
            {file.name}
          </span>
        </div>
        <SaveStatus />
        <div role="toolbar" aria-label={t('ui.toolbar.label')} className="toolbar">
          <button type="button" disabled={!history.canUndo || plan.readOnly || busy} title={`${undoLabel} (Ctrl+Z)`} aria-label={undoLabel} onClick={() => void controller.undo()}>
            ↶ {t('ui.toolbar.undo')}
          </button>
          <button type="button" disabled={!history.canRedo || plan.readOnly || busy} title={`${redoLabel} (Ctrl+Y)`} aria-label={redoLabel} onClick={() => void controller.redo()}>
            ↷ {t('ui.toolbar.redo')}
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => void controller.saveAs()}>
            {t('ui.toolbar.saveAs')}
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => void controller.closePlan()}>
            {t('ui.toolbar.close')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      {viewingVersion && (
        <div className="notice notice-info version-banner" role="status">
          <p>{t('ui.app.viewingVersion', { label: viewingVersion.label })}</p>
          <button type="button" disabled={busy} onClick={() => void controller.leaveVersion()}>
            {t('ui.app.backToPlan')}
          </button>
        </div>
      )}
      <div className="workspace-body">
        <nav aria-label={t('ui.nav.label')} className="sidenav">
          <ul>
            {SECTIONS.map((entry) => (
              <li key={entry.id}>
                <button
                  type="button"
                  className={section === entry.id ? 'nav-item current' : 'nav-item'}
                  aria-current={section === entry.id ? 'page' : undefined}
                  onClick={() => useApp.setState({ section: entry.id })}
                >
                  {t(entry.label)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main id="content" className="section-content" tabIndex={-1}>
          {SECTION_VIEWS[section]()}
        </main>
      </div>
    </div>
  );
}
