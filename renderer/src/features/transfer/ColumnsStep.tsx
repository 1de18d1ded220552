import type { TextEncodingName, CsvDelimiter, ImportField, ImportPreview } from '../../../../shared/inventory/transfer-schemas';
import { IMPORT_FIELDS } from '../../../../shared/inventory/transfer-schemas';
import type { MessageKey, Translator } from '../../../../shared/i18n';
import { useT } from '../../i18n/useT';

const ENCODING_LABELS: Record<TextEncodingName, MessageKey> = {
  'utf-8': 'transfer.wizard.encodings.utf8',
  'utf-8-bom': 'transfer.wizard.encodings.utf8bom',
  'windows-1252': 'transfer.wizard.encodings.windows1252',
  'utf-16le': 'transfer.wizard.encodings.utf16',
  'utf-16be': 'transfer.wizard.encodings.utf16',
};
const DELIMITER_LABELS: Record<CsvDelimiter, MessageKey> = {
  ';': 'transfer.wizard.delimiters.semicolon',
  ',': 'transfer.wizard.delimiters.comma',
  '\t': 'transfer.wizard.delimiters.tab',
};

/** "CSV in Windows-1252, separated by semicolons" / "Excel (.xlsx), sheet «Cuentas»". */
export function describeFormat(preview: ImportPreview, t: Translator): string {
  if (preview.format === 'xlsx') return t('transfer.wizard.formatXlsx', { sheet: preview.sheet ?? '' });
  return t('transfer.wizard.formatCsv', { encoding: t(ENCODING_LABELS[preview.encoding ?? 'utf-8']), delimiter: t(DELIMITER_LABELS[preview.delimiter ?? ';']) });
}

export function columnTitle(preview: ImportPreview, index: number, t: Translator): string {
  return preview.columns[index]?.title || t('transfer.wizard.untitled', { number: index + 1 });
}

interface ColumnsStepProps {
  fileName: string;
  preview: ImportPreview;
  disabled: boolean;
  onMap: (column: number, field: ImportField | null) => void;
}

/** The file's columns with what Rumbo recognised in each, every one changeable. */
export function ColumnsStep({ fileName, preview, disabled, onMap }: ColumnsStepProps) {
  const t = useT();
  return (
    <div>
      <p>
        {t('transfer.wizard.fileRead', { name: fileName, rows: preview.rows.length, columns: preview.columns.length, line: preview.headerLine })}{' '}
        {describeFormat(preview, t)}
      </p>
      <p className="help">{t('transfer.wizard.columnsHelp')}</p>
      {preview.missingPlatform && (
        <p className="transfer-warning" role="alert">
          {t('transfer.wizard.missingPlatform')}
        </p>
      )}
      <table className="transfer-table">
        <caption>{t('transfer.wizard.columnsTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('transfer.wizard.columnTitle')}</th>
            <th scope="col">{t('transfer.wizard.columnSamples')}</th>
            <th scope="col">{t('transfer.wizard.columnField')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column, index) => {
            const title = columnTitle(preview, index, t);
            const field = preview.mapping[index] ?? null;
            return (
              <tr key={index}>
                <th scope="row">{title}</th>
                <td className="transfer-samples">{column.samples.join(' · ')}</td>
                <td>
                  <select
                    aria-label={t('transfer.wizard.fieldFor', { column: title })}
                    value={field ?? ''}
                    disabled={disabled}
                    onChange={(event) => onMap(index, (event.target.value || null) as ImportField | null)}
                  >
                    <option value="">{t('transfer.wizard.ignore')}</option>
                    {IMPORT_FIELDS.map((option) => (
                      <option key={option} value={option}>
                        {t(`transfer.columns.${option}`)}
                      </option>
                    ))}
                  </select>
                  {field !== null && field === column.recognised && <span className="transfer-recognised">✓ {t('transfer.wizard.recognised')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">{t('transfer.wizard.peopleHint')}</p>
    </div>
  );
}
