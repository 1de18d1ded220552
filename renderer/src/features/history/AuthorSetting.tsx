import { useEffect, useId, useState, type FormEvent } from 'react';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';

/**
 * The name that signs this person's changes. It defaults to the system user, but on shared or
 * generic accounts ("usuario", "admin") people want their own name in the history.
 */
export function AuthorSetting() {
  const t = useT();
  const id = useId();
  const controller = useController();
  const author = useApp((state) => state.author);
  const [draft, setDraft] = useState(author);
  const [system, setSystem] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void controller.systemUserName().then((name) => live && setSystem(name));
    return () => {
      live = false;
    };
  }, [controller]);

  async function save(event: FormEvent) {
    event.preventDefault();
    await controller.setAuthorName(draft);
    const now = useApp.getState().author;
    setDraft(now);
    setSaved(now);
  }

  return (
    <form className="author-setting" onSubmit={(event) => void save(event)}>
      <label htmlFor={`${id}-name`}>{t('historyui.author.label')}</label>
      <div className="author-setting-row">
        <input id={`${id}-name`} value={draft} maxLength={200} aria-describedby={`${id}-hint`} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" className="secondary" disabled={draft.trim() === author}>
          {t('historyui.author.save')}
        </button>
      </div>
      <p id={`${id}-hint`} className="hint">
        {system ? t('historyui.author.hint', { system }) : t('historyui.author.hintNoSystem')}
      </p>
      <p role="status" className="author-setting-saved">
        {saved ? t('historyui.author.saved', { name: saved }) : ''}
      </p>
    </form>
  );
}
