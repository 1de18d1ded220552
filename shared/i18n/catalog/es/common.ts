export const common = {
  appName: 'Rumbo',
  institutionTypes: {
    town_council: 'Ayuntamiento',
    provincial_council: 'Diputación provincial',
    regional_government: 'Gobierno autonómico',
    ministry: 'Ministerio',
    university: 'Universidad',
    public_agency: 'Organismo público',
    other: 'Otro',
  },
  planStatuses: {
    draft: 'Borrador',
    in_review: 'En revisión',
    approved: 'Aprobado',
  },
  languages: {
    es: 'Español',
    en: 'Inglés',
  },
} as const;
