import { useState, type FormEvent } from 'react';
import { CAME_STRATEGIES, type CameStrategy, type SwotItem } from '../../../../shared/model/action';
import { useController } from '../../app/controller-context';
import { useT } from '../../i18n/useT';
import { SelectField } from '../../ui/SelectField';
import { STRATEGY_QUADRANTS } from './strategy';
import { StrategyGoals } from './StrategyGoals';
import { SwotItemPicker } from './SwotItemPicker';

export const NEW_OPTION_TEXT_ID = 'came-new-text';

interface CameOptionFormProps {
  strategy: CameStrategy;
  onStrategy: (strategy: CameStrategy) => void;
  items: readonly SwotItem[];
  onCreated: (optionId: string) => void;
}

/** A new strategy option: its kind, what it proposes, and the SWOT items it combines. */
export function CameOptionForm({ strategy, onStrategy, items, onCreated }: CameOptionFormProps) {
  const t = useT();
  const controller = useController();
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  function changeStrategy(next: CameStrategy) {
    onStrategy(next);
    // Ticks in quadrants the new strategy does not pair would only be refused.
    const fits = new Set(items.filter((item) => STRATEGY_QUADRANTS[next].includes(item.quadrant)).map((item) => item.id));
    setSelected((current) => current.filter((id) => fits.has(id)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setProblem(t('diagnosis.came.needText'));
    if (selected.length === 0) return setProblem(t('diagnosis.came.needItems'));
    setProblem(null);
    const option = await controller.change('came.create', { strategy, text: text.trim(), swotItemIds: selected });
    if (!option) return;
    setText('');
    setSelected([]);
    onCreated(option.id);
  }

  return (
    <form className="card came-form" aria-labelledby="came-form-title" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="came-form-title">{t('diagnosis.came.newTitle')}</h2>
      <div className="came-form-top">
        <SelectField label={t('diagnosis.came.strategy')} value={strategy} options={CAME_STRATEGIES.map((value) => ({ value, label: t(`action.strategies.${value}`) }))} onChange={changeStrategy} />
        <StrategyGoals strategy={strategy} />
      </div>
      <div className="field">
        <label htmlFor={NEW_OPTION_TEXT_ID}>{t('diagnosis.came.text')}</label>
        <textarea
          id={NEW_OPTION_TEXT_ID}
          rows={2}
          value={text}
          maxLength={2000}
          aria-describedby={`${NEW_OPTION_TEXT_ID}-hint`}
          data-draft={text ? 'true' : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <p className="hint" id={`${NEW_OPTION_TEXT_ID}-hint`}>
          {t(`diagnosis.came.example.${strategy}`)}
        </p>
      </div>
      <SwotItemPicker strategy={strategy} items={items} selected={selected} onChange={setSelected} idPrefix="came-new" />
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit">{t('diagnosis.came.create')}</button>
    </form>
  );
}
