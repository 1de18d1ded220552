import { useId, useRef, useState } from 'react';
import type { ImportResult } from '../../../../shared/inventory/transfer-schemas';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { ImportWizard } from './ImportWizard';
import { downloadSheet } from './save-sheet';
import './transfer.css';

/**
 * Import and export of the account inventory, for the top of the accounts section: a button
 * that opens the import wizard, two export buttons (CSV for Spanish Excel, .xlsx), and a line
 * that says how many accounts there are and what the last import or export did.
 */
export function TransferPanel() {
  const t = useT();
  const controller = useController();
  const plan = useApp((state) => state.plan);
  const profile = useApp((state) => state.profile);
  const count = useApp((state) => state.inventory?.accounts.length ?? 0);
  const lang = useApp((state) => state.lang);
  const busy = useApp((state) => state.busy);
  const [wizardOpen, setWizardOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'imported'; result: ImportResult } | { kind: 'exported'; name: string } | null>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const hintId = useId();
  if (!plan) return null;
  const readOnly = plan.readOnly;

  async function exportAs(format: 'csv' | 'xlsx') {
    setExporting(true);
    setOutcome(null);
    try {
      const bytes = await controller.query('accounts.exportFile', { format, lang });
      const name = downloadSheet(t('transfer.fileName', { institution: profile?.name ?? '' }), format, bytes);
      setOutcome({ kind: 'exported', name });
    } catch (error) {
      controller.report(error);
    } finally {
      setExporting(false);
    }
  }

  return (
    <section className="transfer-panel" aria-label={t('transfer.panel.label')}>
      <button
        ref={importButton}
        type="button"
        disabled={readOnly || busy}
        aria-describedby={readOnly ? hintId : undefined}
        onClick={() => {
          setOutcome(null);
          setWizardOpen(true);
        }}
      >
        {t('transfer.panel.importButton')}
      </button>
      <button type="button" className="secondary" disabled={exporting} aria-describedby={hintId} onClick={() => void exportAs('csv')}>
        {t('transfer.panel.exportCsv')}
      </button>
      <button type="button" className="secondary" disabled={exporting} onClick={() => void exportAs('xlsx')}>
        {t('transfer.panel.exportXlsx')}
      </button>
      <p className="transfer-count" data-testid="transfer-count">
        {t('transfer.panel.count', { count })}
      </p>
      <p className="hint" id={hintId}>
        {readOnly ? t('transfer.panel.readOnly') : t('transfer.panel.exportHint')}
      </p>
      <div className="transfer-status" role="status" aria-live="polite">
        {exporting && t('transfer.panel.exporting')}
        {outcome?.kind === 'exported' && t('transfer.panel.exported', { name: outcome.name })}
        {outcome?.kind === 'imported' && <ImportSummary result={outcome.result} />}
      </div>
      <ImportWizard
        open={wizardOpen}
        onClose={() => {
          setWizardOpen(false);
          importButton.current?.focus();
        }}
        onImported={(result) => setOutcome({ kind: 'imported', result })}
      />
    </section>
  );
}

function ImportSummary({ result }: { result: ImportResult }) {
  const t = useT();
  return (
    <div className="transfer-result">
      <p>
        <strong>{t('transfer.wizard.imported', { count: result.imported })}</strong>
      </p>
      {result.unitsCreated > 0 && <p>{t('transfer.wizard.importedUnits', { count: result.unitsCreated })}</p>}
      {result.peopleCreated > 0 && <p>{t('transfer.wizard.importedPeople', { count: result.peopleCreated })}</p>}
      {result.skipped > 0 && <p>{t('transfer.wizard.importedSkipped', { count: result.skipped })}</p>}
      <p>{t('transfer.wizard.undoHint')}</p>
    </div>
  );
}
