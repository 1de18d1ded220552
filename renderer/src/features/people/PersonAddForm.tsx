import { useId, useRef, useState, type RefObject } from 'react';
import { useController } from '../../app/controller-context';
import { useT } from '../../i18n/useT';
import { UnitSelect } from '../organisation/UnitSelect';
import { isValidEmail, isValidPersonName } from './person-fields';

interface PersonAddFormProps {
  disabled: boolean;
  announce: (text: string) => void;
}

const BLANK = { name: '', role: '', email: '', phone: '' };

/** Adds someone to the directory; the form empties and waits for the next person. */
export function PersonAddForm({ disabled, announce }: PersonAddFormProps) {
  const t = useT();
  const controller = useController();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const [fields, setFields] = useState(BLANK);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ field: 'name' | 'email'; text: string } | null>(null);

  async function submit() {
    if (!isValidPersonName(fields.name)) {
      setProblem({ field: 'name', text: t('organisation.people.nameMissing') });
      nameRef.current?.focus();
      return;
    }
    if (!isValidEmail(fields.email)) {
      setProblem({ field: 'email', text: t('organisation.people.emailInvalid', { email: fields.email.trim() }) });
      emailRef.current?.focus();
      return;
    }
    setProblem(null);
    const submitted = fields;
    const person = await controller.change('person.create', { ...submitted, unitId });
    if (!person) return;
    announce(t('organisation.people.add.added', { name: person.name }));
    // Clear only what was sent: a quick typist may already be entering the next person.
    // The unit stays chosen: people are usually entered unit by unit.
    setFields((current) => (current === submitted ? BLANK : current));
    nameRef.current?.focus();
  }

  const text = (field: keyof typeof BLANK, type: 'text' | 'email' | 'tel', max: number, ref?: RefObject<HTMLInputElement | null>) => {
    const invalid = problem?.field === field;
    return (
      <div className={field === 'name' || field === 'email' ? 'field grow' : 'field'}>
        <label htmlFor={`${id}-${field}`}>{t(`organisation.people.fields.${field}`)}</label>
        <input
          ref={ref}
          id={`${id}-${field}`}
          type={type}
          value={fields[field]}
          maxLength={max}
          required={field === 'name'}
          disabled={disabled}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${id}-problem` : undefined}
          onChange={(event) => setFields((current) => ({ ...current, [field]: event.target.value }))}
        />
      </div>
    );
  };

  return (
    <form
      className="person-add"
      aria-labelledby={`${id}-legend`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-legend`} className="form-legend">
        {t('organisation.people.add.legend')}
      </h2>
      <div className="person-add-fields">
        {text('name', 'text', 200, nameRef)}
        {text('role', 'text', 200)}
        <UnitSelect label={t('organisation.people.fields.unit')} value={unitId} noneLabel={t('organisation.units.noUnit')} disabled={disabled} onChange={setUnitId} />
        {text('email', 'email', 254, emailRef)}
        {text('phone', 'tel', 50)}
        <button type="submit" disabled={disabled}>
          {t('organisation.people.add.submit')}
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem.text}
        </p>
      )}
    </form>
  );
}
