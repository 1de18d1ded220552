/** Words of the action plan (SWOT, CAME, objectives, KPIs, lines, tactics) shared by screens, command line and document. */
export const action = {
  quadrants: {
    strength: 'Fortaleza',
    weakness: 'Debilidad',
    opportunity: 'Oportunidad',
    threat: 'Amenaza',
  },
  quadrantsPlural: {
    strength: 'Fortalezas',
    weakness: 'Debilidades',
    opportunity: 'Oportunidades',
    threat: 'Amenazas',
  },
  strategies: {
    offensive: 'Ofensiva (fortalezas × oportunidades)',
    defensive: 'Defensiva (fortalezas × amenazas)',
    reorientation: 'Reorientación (debilidades × oportunidades)',
    survival: 'Supervivencia (debilidades × amenazas)',
  },
  came: {
    weakness: 'Corregir',
    threat: 'Afrontar',
    strength: 'Mantener',
    opportunity: 'Explotar',
  },
  frequencies: {
    weekly: 'Semanal',
    monthly: 'Mensual',
    quarterly: 'Trimestral',
    half_yearly: 'Semestral',
    yearly: 'Anual',
  },
  tacticStatuses: {
    planned: 'Prevista',
    in_progress: 'En marcha',
    done: 'Hecha',
    cancelled: 'Cancelada',
  },
  smart: {
    specific: 'Específico',
    measurable: 'Medible',
    achievable: 'Alcanzable (con responsable)',
    relevant: 'Relevante (responde al DAFO)',
    timeBound: 'Con plazo',
  },
  checks: {
    OBJECTIVE_NO_KPI: 'Objetivos sin indicador',
    KPI_NO_BASELINE: 'Indicadores sin valor de partida',
    KPI_NO_TARGET: 'Indicadores sin meta',
    TACTIC_NO_OWNER: 'Acciones sin responsable',
    TACTIC_NO_DATES: 'Acciones sin fechas',
    DATES_OUTSIDE_PERIOD: 'Fechas fuera del periodo del plan',
    LINE_NO_TACTIC: 'Líneas estratégicas sin acciones',
    WEAKNESS_NOT_ADDRESSED: 'Debilidades que ningún objetivo aborda',
    THREAT_NOT_ADDRESSED: 'Amenazas que ningún objetivo aborda',
  },
  fromFinding: {
    evidence: { one: '{count} cuenta del inventario ({date}).', other: '{count} cuentas del inventario ({date}).' },
  },
} as const;
