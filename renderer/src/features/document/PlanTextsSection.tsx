import { PLAN_TEXT_KEYS, type PlanTextKey } from '../../../../shared/model/document';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { RichTextEditor } from '../../ui/RichTextEditor';
import './document.css';

const articleId = (key: PlanTextKey) => `plan-text-block-${key}`;

/** Brings one text into view and moves the focus there, so keyboard users land where they asked. */
function reveal(key: PlanTextKey) {
  const target = window.document.getElementById(articleId(key));
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

/** The texts the planner writes for the document, one editor each, with what it should say. */
export function PlanTextsSection() {
  const t = useT();
  const controller = useController();
  const document = useApp((state) => state.document);
  const plan = useApp((state) => state.plan);
  if (!document || !plan) return null;
  const excluded = new Set<string>(document.settings.excludedParts);
  const save = (key: PlanTextKey, body: string) => {
    if (body !== document.texts[key]) void controller.change('planText.update', { key, body });
  };

  return (
    <section aria-labelledby="plan-texts-title" className="section plan-texts">
      <h1 id="plan-texts-title">{t('docui.texts.title')}</h1>
      <p className="help">{t('docui.texts.help')}</p>
      <nav aria-label={t('docui.texts.title')} className="plan-texts-index">
        <ul>
          {PLAN_TEXT_KEYS.map((key) => (
            <li key={key}>
              <button type="button" className="link" onClick={() => reveal(key)}>
                {t(`docui.texts.keys.${key}.label`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {PLAN_TEXT_KEYS.map((key) => (
        <article key={key} id={articleId(key)} tabIndex={-1} className="plan-text card" aria-label={t(`docui.texts.keys.${key}.label`)}>
          <p className="plan-text-where muted small">
            {t('docui.texts.where', { part: t(`docui.parts.${key}`) })}
          </p>
          {excluded.has(key) && <p className="plan-text-excluded small">{t('docui.texts.excluded')}</p>}
          <RichTextEditor
            id={`plan-text-${key}`}
            label={t(`docui.texts.keys.${key}.label`)}
            help={t(`docui.texts.keys.${key}.help`)}
            value={document.texts[key]}
            readOnly={plan.readOnly}
            onCommit={(markdown: string) => save(key, markdown)}
          />
        </article>
      ))}
    </section>
  );
}
