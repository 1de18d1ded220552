import { RumboError, formatBytes } from '../../errors';
import { translate } from '../../i18n';
import { readInstitution, updateInstitution } from '../../db/repos/institution';
import { LOGO_MAX_BYTES, sniffLogoMime } from '../../model/institution';
import { recorderOf, type Handlers } from './context';

export const institutionHandlers = {
  'institution.get': (_input, context) => readInstitution(context.requireSession().db),

  'institution.update': (patch, context) => {
    const { db } = context.requireSession();
    const current = readInstitution(db);
    if (patch.logo) {
      const sniffed = sniffLogoMime(patch.logo.bytes);
      if (!sniffed || patch.logo.bytes.length > LOGO_MAX_BYTES) throw new RumboError('LOGO_INVALID', { max: formatBytes(LOGO_MAX_BYTES) });
      patch.logo = { mime: sniffed, bytes: patch.logo.bytes };
    }
    const start = patch.periodStart ?? current.periodStart;
    const end = patch.periodEnd ?? current.periodEnd;
    if (start > end) throw new RumboError('INPUT_INVALID', { detail: translate(context.lang, 'ui.profile.periodOrder') });
    updateInstitution(recorderOf(context), current.id, patch);
    return readInstitution(db);
  },
} satisfies Partial<Handlers>;
