import type { Translator } from '../../../../shared/i18n';

/** Yes / no / not recorded: for 2FA and the recovery e-mail, "we do not know" is a real answer. */
export type TriState = 'yes' | 'no' | 'unknown';

export function triStateValue(value: boolean | null): TriState {
  return value === null ? 'unknown' : value ? 'yes' : 'no';
}

export function booleanOfTriState(value: string): boolean | null {
  return value === 'yes' ? true : value === 'no' ? false : null;
}

export function triStateOptions(t: Translator): { value: TriState; label: string }[] {
  return [
    { value: 'unknown', label: t('inventory.unknown') },
    { value: 'yes', label: t('inventory.yes') },
    { value: 'no', label: t('inventory.no') },
  ];
}
