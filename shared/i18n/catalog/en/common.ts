import type { SameShape } from '../../types';
import type { common as es } from '../es/common';

export const common: SameShape<typeof es> = {
  appName: 'Rumbo',
  institutionTypes: {
    town_council: 'Town council',
    provincial_council: 'Provincial council',
    regional_government: 'Regional government',
    ministry: 'Ministry',
    university: 'University',
    public_agency: 'Public agency',
    other: 'Other',
  },
  planStatuses: {
    draft: 'Draft',
    in_review: 'In review',
    approved: 'Approved',
  },
  languages: {
    es: 'Spanish',
    en: 'English',
  },
};
