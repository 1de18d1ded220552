/** Words of the inventory shared by the screens, the command line and the document. */
export const inventory = {
  platforms: {
    x: 'X (Twitter)',
    facebook: 'Facebook',
    instagram: 'Instagram',
    youtube: 'YouTube',
    linkedin: 'LinkedIn',
    tiktok: 'TikTok',
    threads: 'Threads',
    bluesky: 'Bluesky',
    mastodon: 'Mastodon',
    telegram: 'Telegram',
    whatsapp_channel: 'Canal de WhatsApp',
    flickr: 'Flickr',
    pinterest: 'Pinterest',
    twitch: 'Twitch',
    blog: 'Blog',
    other: 'Otra',
  },
  statuses: {
    proposed: 'Propuesta',
    active: 'Activa',
    dormant: 'Inactiva',
    to_close: 'Por cerrar',
    closed: 'Cerrada',
  },
  purposes: {
    informative: 'Informativa',
    relational: 'Relacional',
    citizen_service: 'Atención a la ciudadanía',
  },
  unitKinds: {
    political: 'Política (concejalía, área de gobierno)',
    administrative: 'Administrativa (servicio, departamento)',
  },
  severities: {
    high: 'Alta',
    medium: 'Media',
    low: 'Baja',
  },
  noUnit: 'Sin unidad',
  yes: 'Sí',
  no: 'No',
  unknown: 'No consta',
  findings: {
    NO_UNIT: {
      title: 'Cuentas sin unidad responsable',
      description: 'Nadie en la organización responde de estas cuentas.',
      fix: 'Asígnelas a la unidad que las gestiona (en el mapa, arrastrándolas sobre la unidad).',
    },
    NO_MANAGER: {
      title: 'Cuentas sin personas que las gestionen',
      description: 'No consta quién publica ni quién responde a la ciudadanía.',
      fix: 'Indique en cada cuenta las personas que la llevan.',
    },
    NO_2FA: {
      title: 'Cuentas sin verificación en dos pasos confirmada',
      description: 'Una contraseña filtrada basta para suplantar a la institución.',
      fix: 'Active la verificación en dos pasos y márquelo en la cuenta.',
    },
    PERSONAL_RECOVERY_EMAIL: {
      title: 'Cuentas con correo de recuperación personal',
      description: 'Si esa persona deja su puesto, la institución puede perder el acceso.',
      fix: 'Cambie el correo de recuperación por uno corporativo del servicio.',
    },
    DUPLICATE: {
      title: 'Cuentas repetidas en el inventario',
      description: 'La misma cuenta figura más de una vez.',
      fix: 'Deje una sola ficha por cuenta y borre las demás.',
    },
    DORMANT: {
      title: 'Cuentas inactivas',
      description: 'Sin publicaciones en más de {days} días: dan imagen de abandono.',
      fix: 'Decida si se reactivan con un plan de contenidos o se cierran.',
    },
    POLITICAL_OWNER: {
      title: 'Cuentas institucionales a cargo de una unidad política',
      description: 'Mezclar la administración con el gobierno de turno confunde a la ciudadanía.',
      fix: 'Asígnelas a una unidad administrativa o revise su finalidad.',
    },
    NO_PURPOSE: {
      title: 'Cuentas sin finalidad declarada',
      description: 'Sin finalidad no se puede decidir qué publicar ni cómo medir.',
      fix: 'Indique si es informativa, relacional o de atención a la ciudadanía.',
    },
  },
} as const;
