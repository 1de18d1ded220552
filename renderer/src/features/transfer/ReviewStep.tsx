import { useId, useMemo } from 'react';
import type { ImportPreview } from '../../../../shared/inventory/transfer-schemas';
import { useT } from '../../i18n/useT';
import type { ImportChoices } from './useImportWizard';

/** Enough to fix a file by; thousands of lines would only bury the first ones. */
const PROBLEMS_SHOWN = 200;
const ROWS_SHOWN = 10;

interface ReviewStepProps {
  preview: ImportPreview;
  choices: ImportChoices;
  skipInvalid: boolean;
  disabled: boolean;
  onChoices: (patch: Partial<ImportChoices>) => void;
  onSkipInvalid: (skip: boolean) => void;
}

/** What the import will do: counts, units and people to create, every problem by row, the first rows. */
export function ReviewStep({ preview, choices, skipInvalid, disabled, onChoices, onSkipInvalid }: ReviewStepProps) {
  const t = useT();
  const ids = { units: useId(), people: useId(), skip: useId() };
  const problems = useMemo(() => preview.rows.flatMap((row) => row.problems.map((problem, index) => ({ key: `${row.line}-${index}`, line: row.line, ...problem }))), [preview]);
  const mapped = preview.mapping.flatMap((field) => (field ? [field] : []));

  return (
    <div>
      <p className="transfer-summary">{t('transfer.wizard.summary', { valid: preview.valid, invalid: preview.invalid })}</p>
      {preview.invalid === 0 && <p className="transfer-ok">{t('transfer.wizard.allValid')}</p>}

      {(preview.unitsToCreate.length > 0 || !choices.createUnits) && (
        <div className="transfer-block">
          {preview.unitsToCreate.length > 0 && (
            <>
              <p>{t('transfer.wizard.unitsToCreate', { count: preview.unitsToCreate.length })}</p>
              <ul className="transfer-names">
                {preview.unitsToCreate.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </>
          )}
          <div className="transfer-option">
            <input id={ids.units} type="checkbox" checked={choices.createUnits} disabled={disabled} onChange={(event) => onChoices({ createUnits: event.target.checked })} />
            <label htmlFor={ids.units}>{t('transfer.wizard.createUnits')}</label>
          </div>
        </div>
      )}

      {(preview.peopleToCreate.length > 0 || !choices.createPeople) && (
        <div className="transfer-block">
          {preview.peopleToCreate.length > 0 && (
            <>
              <p>{t('transfer.wizard.peopleToCreate', { count: preview.peopleToCreate.length })}</p>
              <ul className="transfer-names">
                {preview.peopleToCreate.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </>
          )}
          <div className="transfer-option">
            <input id={ids.people} type="checkbox" checked={choices.createPeople} disabled={disabled} onChange={(event) => onChoices({ createPeople: event.target.checked })} />
            <label htmlFor={ids.people}>{t('transfer.wizard.createPeople')}</label>
          </div>
          <p className="hint">{t('transfer.wizard.peopleHint')}</p>
        </div>
      )}

      {problems.length > 0 && (
        <div className="transfer-block">
          <p className="help">{t('transfer.wizard.problemsHelp')}</p>
          <table className="transfer-table transfer-problems">
            <caption>{t('transfer.wizard.problemsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('transfer.wizard.line')}</th>
                <th scope="col">{t('transfer.wizard.field')}</th>
                <th scope="col">{t('transfer.wizard.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
                <tr key={problem.key}>
                  <td>{problem.line}</td>
                  <td>{problem.field ? t(`transfer.columns.${problem.field}`) : t('transfer.wizard.wholeRow')}</td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {problems.length > PROBLEMS_SHOWN && <p>{t('transfer.wizard.moreProblems', { count: problems.length - PROBLEMS_SHOWN, shown: PROBLEMS_SHOWN })}</p>}
          {preview.valid > 0 && (
            <div className="transfer-option">
              <input id={ids.skip} type="checkbox" checked={skipInvalid} disabled={disabled} onChange={(event) => onSkipInvalid(event.target.checked)} />
              <label htmlFor={ids.skip}>{t('transfer.wizard.skipInvalid', { count: preview.invalid })}</label>
            </div>
          )}
        </div>
      )}

      {mapped.length > 0 && (
        <table className="transfer-table">
          <caption>{t('transfer.wizard.previewTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('transfer.wizard.line')}</th>
              {mapped.map((field) => (
                <th scope="col" key={field}>
                  {t(`transfer.columns.${field}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, ROWS_SHOWN).map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                {mapped.map((field) => (
                  <td className="transfer-cell" key={field}>
                    {row.values[field] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
