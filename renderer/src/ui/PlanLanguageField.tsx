import { LANGUAGES, type Lang } from '../../../shared/i18n';
import { useT } from '../i18n/useT';
import { SelectField } from './SelectField';

/** The language a plan or a document is written in (the UI's own language has LanguageSwitch). */
export function PlanLanguageField(props: { label: string; value: Lang; onChange: (lang: Lang) => void; disabled?: boolean }) {
  const t = useT();
  return <SelectField {...props} options={LANGUAGES.map((code) => ({ value: code, label: t(`common.languages.${code}`) }))} />;
}
