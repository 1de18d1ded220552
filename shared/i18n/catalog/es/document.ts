/** Texts of the exported Word document. */
export const document = {
  defaultPlanTitle: 'Plan de presencia en redes sociales',
  documentType: 'Plan de presencia corporativa en redes sociales',
  notSet: 'Sin especificar',
  /** An approval field of a plan that is not approved yet. */
  pendingApproval: 'Pendiente de aprobación',
  period: '{start} – {end}',
  fieldColumn: 'Dato',
  valueColumn: 'Contenido',
  draftMark: 'BORRADOR',
  properties: {
    subject: 'Plan de presencia corporativa en redes sociales de {institution}',
    description: '{title}. {institution}. Periodo: {period}. Versión {version} ({status}).',
    keywords: 'redes sociales; plan de comunicación; administración pública; {institution}',
  },
  cover: {
    logoAlt: 'Logotipo de {institution}',
    period: 'Periodo: {period}',
    version: 'Versión {version}',
    date: 'Fecha: {date}',
    status: 'Estado: {status}',
    draftNotice: 'Documento no aprobado: su contenido puede cambiar.',
  },
  frame: {
    page: 'Página {page} de {pages}',
    version: 'Versión {version}',
  },
  control: {
    title: 'Ficha del documento',
    documentType: 'Tipo de documento',
    institution: 'Institución',
    planTitle: 'Título del plan',
    status: 'Estado',
    version: 'Versión',
    owningUnit: 'Unidad responsable',
    authors: 'Autoría',
    approvedBy: 'Aprobado por',
    approvedOn: 'Fecha de aprobación',
    approvalReference: 'Referencia de la aprobación',
    nextReviewOn: 'Próxima revisión',
    relatedDocuments: 'Documentos relacionados',
    legislation: 'Normativa aplicable',
    versionsTitle: 'Historial de versiones',
    versionColumns: {
      version: 'Versión',
      issuedOn: 'Fecha',
      author: 'Autoría',
      changes: 'Cambios',
    },
    noVersions: 'Todavía no se ha registrado ninguna versión.',
  },
  contents: {
    title: 'Índice',
  },
  presentation: {
    title: 'Presentación y resumen ejecutivo',
    purposeTitle: 'Propósito y alcance',
    defaultPurpose:
      'Este plan ordena la presencia corporativa de {institution} en las redes sociales durante el periodo {period}. Recoge qué cuentas tiene la institución y quién las gestiona, qué problemas presentan, qué objetivos se fija, con qué estrategia, acciones y recursos piensa alcanzarlos, y cómo se gobernarán, se medirán y se revisarán.',
    figuresTitle: 'Cifras clave',
    figuresIntro: 'El plan abarca el periodo {period}. Sus cifras principales, según los datos a {date}, son estas:',
    figureColumn: 'Concepto',
    valueColumn: 'Cifra',
    figures: {
      units: 'Unidades organizativas',
      accounts: 'Cuentas corporativas',
      platforms: 'Redes sociales en las que está presente',
      objectives: 'Objetivos',
      kpis: 'Indicadores (KPI)',
      lines: 'Líneas estratégicas',
      tactics: 'Acciones',
      hours: 'Horas de trabajo estimadas',
      fte: 'Equivalente a jornada completa (EJC)',
      cost: 'Coste estimado',
    },
    activeAccounts: { one: '{total} ({count} activa)', other: '{total} ({count} activas)' },
    figuresNote:
      'Las horas, el EJC y el coste suman las acciones del plan, salvo las canceladas; el capítulo «Organización y recursos» explica cómo se calculan.',
    /** The same, for an export that leaves that chapter out. */
    figuresNoteAlone: 'Las horas, el EJC y el coste suman las acciones del plan, salvo las canceladas.',
    findings: {
      one: 'La auditoría del inventario señala {count} tipo de problema, que se detalla en el análisis de la situación.',
      other: 'La auditoría del inventario señala {count} tipos de problema, que se detallan en el análisis de la situación.',
    },
    /** The same, for an export that leaves the situation analysis out. */
    findingsAlone: {
      one: 'La auditoría del inventario señala {count} tipo de problema.',
      other: 'La auditoría del inventario señala {count} tipos de problema.',
    },
    noFindings: 'La auditoría del inventario no señala ningún problema.',
    profileTitle: 'Perfil de la institución',
    name: 'Nombre',
    type: 'Tipo de institución',
    contact: 'Contacto',
  },
  framework: {
    title: 'Marco estratégico y normativo',
    legislationTitle: 'Normativa aplicable',
    legislationIntro: 'El plan se ajusta, en particular, a la normativa siguiente:',
    pending:
      'Este capítulo ha de explicar cómo encaja el plan en la estrategia de la institución y qué marco normativo lo condiciona. Queda pendiente de completar en estos aspectos:',
    areas: {
      strategy: 'Alineación con la estrategia de la institución: plan de gobierno, plan estratégico y plan de comunicación.',
      transparency: 'Transparencia y acceso a la información pública.',
      dataProtection: 'Protección de los datos personales de la ciudadanía y del personal.',
      accessibility: 'Accesibilidad de los contenidos publicados.',
      languages: 'Uso de las lenguas oficiales.',
      records: 'Gestión y conservación de documentos y archivos.',
    },
  },
  situation: {
    title: 'Análisis de la situación',
    empty: 'El plan todavía no recoge unidades organizativas ni cuentas corporativas.',
    inventoryTitle: 'Inventario de cuentas',
    inventoryIntro: 'El inventario recoge {accounts} en {platforms}, que suman {followers}.',
    accounts: { one: '{count} cuenta corporativa', other: '{count} cuentas corporativas' },
    platforms: { one: '{count} red social', other: '{count} redes sociales' },
    followers: { one: '{count} seguidor', other: '{count} seguidores' },
    withoutUnit: { one: '{count} cuenta no tiene unidad asignada.', other: '{count} cuentas no tienen unidad asignada.' },
    noAccounts: 'El inventario todavía no recoge ninguna cuenta corporativa.',
    byPlatformTitle: 'Cuentas por red social',
    byUnitTitle: 'Cuentas por unidad',
    byUnitIntro:
      'Las unidades siguen el orden del organigrama. «Propias» son las cuentas de la propia unidad; «Total» suma además las de las unidades que dependen de ella.',
    columns: {
      platform: 'Red social',
      accounts: 'Cuentas',
      followers: 'Seguidores',
      unit: 'Unidad',
      own: 'Propias',
      total: 'Total',
      responsible: 'Responsable',
      finding: 'Hallazgo',
      severity: 'Gravedad',
      fix: 'Qué hacer',
    },
    total: 'Total',
    noUnit: 'Sin unidad asignada',
    mapTitle: 'Mapa de cuentas',
    mapIntro:
      'El organigrama con las cuentas que lleva cada unidad: red social, usuario y estado. Las unidades aparecen sangradas bajo la unidad de la que dependen.',
    accountLabel: '{platform} {handle} ({status})',
    mapMore: { one: '… y {count} cuenta más (véase el anexo)', other: '… y {count} cuentas más (véase el anexo)' },
    mapNoAccounts: 'Ninguna',
    unitKinds: {
      political: 'Unidad política',
      administrative: 'Unidad administrativa',
    },
    dependsOn: '{kind}; depende de {parent}',
    findingsTitle: 'Hallazgos de la auditoría',
    findingsIntro: {
      one: 'La revisión del inventario a {date} señala {count} tipo de problema:',
      other: 'La revisión del inventario a {date} señala {count} tipos de problema, de mayor a menor gravedad:',
    },
    noFindings: 'La revisión del inventario a {date} no señala ningún problema.',
  },
  governance: {
    title: 'Gobernanza',
    empty: 'Todavía no se han fijado las reglas de gobierno de las cuentas, y el inventario no recoge ninguna cuenta.',
    managersTitle: 'Quién gestiona las cuentas',
    managersIntro:
      'Cada unidad con cuentas, en el orden del organigrama: la persona responsable de la unidad y las personas que gestionan sus cuentas según el inventario.',
    columns: {
      unit: 'Unidad',
      responsible: 'Responsable de la unidad',
      managers: 'Personas que gestionan las cuentas',
      accounts: 'Cuentas',
    },
    noManagers: 'Ninguna asignada',
    moreManagers: { one: '… y {count} persona más', other: '… y {count} personas más' },
    credentialsTitle: 'Custodia de credenciales y verificación en dos pasos',
    credentialsIntro: {
      one: 'Situación de la única cuenta que no está cerrada. El plan no guarda contraseñas: solo quién custodia las credenciales y cómo está protegido el acceso.',
      other:
        'Situación de las {count} cuentas que no están cerradas. El plan no guarda contraseñas: solo quién custodia las credenciales de cada cuenta y cómo está protegido el acceso.',
    },
    noOpenAccounts: 'Todas las cuentas del inventario están cerradas.',
    credentialColumns: {
      aspect: 'Aspecto',
      yes: 'Sí',
      no: 'No',
      unknown: 'Sin dato',
    },
    aspects: {
      holder: 'Tiene una persona designada para custodiar sus credenciales',
      twoFactor: 'Tiene activada la verificación en dos pasos',
      recoveryEmail: 'Su correo de recuperación es corporativo',
    },
    holdersIntro: 'Personas que custodian credenciales y número de cuentas de cada una:',
    holderColumns: {
      person: 'Persona',
      accounts: 'Cuentas',
    },
  },
  crisis: {
    title: 'Protocolo de crisis',
    empty: 'Todavía no se ha redactado el protocolo de crisis.',
  },
  measurement: {
    title: 'Medición y evaluación',
    empty: 'Todavía no se han definido los indicadores ni el modo de medirlos.',
    planTitle: 'Plan de medición de los indicadores',
    planIntro: {
      one: 'El indicador del plan, con la fuente de la que se toma, cada cuánto se mide, quién responde de él y cuándo toca la próxima medición.',
      other:
        'Los {count} indicadores del plan, con la fuente de la que se toma cada uno, cada cuánto se mide, quién responde de él y cuándo toca la próxima medición.',
    },
    nextRule:
      'La próxima medición es el cierre del periodo de medición en curso (la semana, el mes, el trimestre…) a la fecha del documento, o al inicio del plan si todavía no ha empezado; si el plazo del indicador llega antes, ese plazo.',
    columns: {
      indicator: 'Indicador',
      source: 'Fuente',
      frequency: 'Frecuencia',
      owner: 'Responsable',
      next: 'Próxima medición',
    },
    objective: 'Objetivo {number}',
  },
  closing: {
    title: 'Consideraciones finales',
  },
  annex: {
    /** An annex's heading: "Anexo I. Inventario de cuentas por unidad". */
    heading: 'Anexo {number}. {title}',
    inventoryTitle: 'Inventario de cuentas por unidad',
    inventoryIntro: {
      one: 'La única cuenta del inventario, bajo la unidad que la lleva.',
      other: 'Las {count} cuentas del inventario, agrupadas por unidad en el orden del organigrama.',
    },
    columnsNote: '«2FA» indica si consta la verificación en dos pasos; «Gestores», las personas que llevan la cuenta.',
    columns: {
      platform: 'Red',
      handle: 'Usuario',
      name: 'Nombre',
      status: 'Estado',
      purpose: 'Finalidad',
      followers: 'Seguidores',
      lastPost: 'Última publicación',
      twoFactor: '2FA',
      managers: 'Gestores',
    },
    noManagers: 'Sin asignar',
    noUnitGroup: 'Cuentas sin unidad asignada',
  },
  glossary: {
    title: 'Glosario',
    intro: 'Los términos técnicos que usa el plan, por orden alfabético.',
    columns: {
      term: 'Término',
      definition: 'Significado',
    },
    terms: {
      tactic: {
        term: 'Acción (táctica)',
        definition:
          'Actuación concreta con la que se desarrolla una línea estratégica. Tiene una unidad y una persona responsables, fechas, horas de trabajo y coste.',
      },
      reach: {
        term: 'Alcance',
        definition: 'Número de personas distintas que han visto una publicación o los contenidos de una cuenta en un periodo.',
      },
      came: {
        term: 'CAME',
        definition:
          'Análisis que convierte el DAFO en opciones de actuación: Corregir las debilidades, Afrontar las amenazas, Mantener las fortalezas y Explotar las oportunidades.',
      },
      communityManager: {
        term: 'Community manager (gestor de comunidad)',
        definition: 'Persona que publica en una cuenta, atiende los comentarios y mensajes que recibe y cuida la relación con quienes la siguen.',
      },
      recoveryEmail: {
        term: 'Correo de recuperación',
        definition:
          'Dirección a la que la red social envía los avisos de seguridad y con la que se recupera el acceso a la cuenta. Debe ser corporativa, nunca personal.',
      },
      corporateAccount: {
        term: 'Cuenta corporativa',
        definition: 'Perfil en una red social que habla en nombre de la institución o de una de sus unidades, y no de una persona a título particular.',
      },
      dormantAccount: {
        term: 'Cuenta inactiva',
        definition:
          'Cuenta que lleva sin publicar más tiempo del que fija el plan. Da imagen de abandono: conviene reactivarla con un responsable o cerrarla.',
      },
      custody: {
        term: 'Custodia de credenciales',
        definition:
          'Responsabilidad que se asigna a una persona sobre el acceso a una cuenta (usuario, contraseña y medios de recuperación), para que la institución no dependa de nadie a título personal.',
      },
      swot: {
        term: 'DAFO (en inglés, SWOT)',
        definition: 'Diagnóstico que reúne las debilidades y fortalezas propias de la institución y las amenazas y oportunidades que vienen de su entorno.',
      },
      fte: {
        term: 'EJC o ETC (en inglés, FTE)',
        definition:
          'Equivalente a jornada completa, o a tiempo completo: las horas de trabajo expresadas como el número de personas que harían falta dedicadas a ellas a jornada completa.',
      },
      governance: {
        term: 'Gobernanza',
        definition: 'Reglas y funciones que establecen quién abre, gestiona, supervisa y cierra las cuentas corporativas, y cómo se hace.',
      },
      finding: {
        term: 'Hallazgo de auditoría',
        definition: 'Problema que la revisión del inventario detecta en las cuentas, como la falta de responsable o de verificación en dos pasos.',
      },
      kpi: {
        term: 'Indicador clave (KPI)',
        definition:
          'Medida con la que se comprueba si un objetivo avanza. Tiene un valor de partida, una meta, un plazo, una fuente de la que se toma y una frecuencia de medición.',
      },
      engagement: {
        term: 'Interacción (engagement)',
        definition: 'Respuesta del público a las publicaciones (reacciones, comentarios, mensajes, veces que se comparten), a menudo expresada en proporción a los seguidores.',
      },
      strategicLine: {
        term: 'Línea estratégica',
        definition: 'Orientación general de la actuación del plan, nacida del diagnóstico, que agrupa las acciones al servicio de uno o varios objetivos.',
      },
      target: {
        term: 'Meta',
        definition: 'Valor que un indicador debe alcanzar dentro de su plazo.',
      },
      moderation: {
        term: 'Moderación',
        definition:
          'Revisión de los comentarios que reciben las cuentas, conforme a unas normas de participación publicadas, para responderlos u ocultar los que las incumplan.',
      },
      smart: {
        term: 'Objetivo SMART',
        definition: 'Objetivo específico, medible, alcanzable, relevante y con plazo (en inglés: specific, measurable, achievable, relevant, time-bound).',
      },
      crisisProtocol: {
        term: 'Protocolo de crisis',
        definition:
          'Procedimiento acordado de antemano para reconocer una situación que daña la reputación o el servicio de la institución, avisar a quien corresponde y responder a tiempo.',
      },
      follower: {
        term: 'Seguidor',
        definition: 'Persona o entidad suscrita a una cuenta para ver lo que publica. Su número, por sí solo, no mide ni el alcance ni la influencia.',
      },
      baseline: {
        term: 'Valor de partida (línea de base)',
        definition: 'Valor de un indicador al empezar el plan, con el que se compara la meta.',
      },
      twoFactor: {
        term: 'Verificación en dos pasos (2FA)',
        definition: 'Protección del acceso que pide, además de la contraseña, una segunda prueba, como un código en el teléfono móvil o una llave de seguridad.',
      },
    },
  },
  /** The titles of the document's tables, after "Tabla N." (captions.ts). */
  captions: {
    /** The word before a table's number; also the name of Word's numbering sequence (one word). */
    table: 'Tabla',
    control: 'Ficha del documento',
    versions: 'Historial de versiones del documento',
    keyFigures: 'Cifras clave del plan',
    profile: 'Datos de la institución',
    byPlatform: 'Cuentas y seguidores por plataforma',
    byUnit: 'Cuentas por unidad organizativa',
    accountMap: 'Mapa de cuentas por unidad organizativa',
    findings: 'Hallazgos de la auditoría de las cuentas',
    managers: 'Personas que gestionan las cuentas de cada unidad',
    credentials: 'Custodia de credenciales y seguridad de las cuentas abiertas',
    holders: 'Cuentas abiertas por persona que custodia sus credenciales',
    measurement: 'Plan de medición de los indicadores',
    inventory: 'Cuentas de {unit}',
    inventoryNoUnit: 'Cuentas sin unidad asignada',
    glossary: 'Términos del glosario',
  },
} as const;
