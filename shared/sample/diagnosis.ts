import type { FindingCode } from '../audit/findings';
import type { SwotSuggestionId } from '../action/library';
import type { CameStrategy, SwotQuadrant } from '../model/action';

/**
 * The sample's diagnosis: the SWOT (DAFO) and the CAME options drawn from it, as the sample's
 * authors would have written it in January 2026 from the inventory, a few samples of messages
 * and what they know of the town. Every figure is invented but agrees with the sample inventory.
 *
 * Items come the three ways a planner makes them: typed by hand (specific to this town), taken
 * from the suggestion library (its text, with this town's own evidence) and created from an
 * audit finding of the inventory (its generated evidence, sometimes with a note added).
 * Within each quadrant they are listed from most to least weight, the order they are created in.
 */

export type SampleSwotKey =
  // Strengths
  | 'officialSource'
  | 'professionalOffice'
  | 'mayoralMandate'
  | 'largeAudiences'
  | 'frontDeskKnowledge'
  | 'ownContent'
  // Weaknesses
  | 'noObjectives'
  | 'noTwoFactor'
  | 'noManager'
  | 'uncoordinated'
  | 'noResponseRules'
  | 'selfCentred'
  | 'dormant'
  // Opportunities
  | 'emergencyAlerts'
  | 'serviceQuestions'
  | 'provincialTraining'
  | 'participatoryBudget'
  | 'freeAnalytics'
  | 'localPartners'
  // Threats
  | 'accountTakeover'
  | 'minorsImages'
  | 'elections2027'
  | 'governmentConfusion'
  | 'hoaxes'
  | 'offlineNeighbours';

export type SampleSwotItem =
  | { key: SampleSwotKey; from: 'hand'; quadrant: SwotQuadrant; text: string; weight: number; evidence: string }
  /** The text comes from the library; the quadrant too. The weight defaults to the library's. */
  | { key: SampleSwotKey; from: 'suggestion'; suggestion: SwotSuggestionId; weight?: number; evidence: string }
  /** Text, weight and evidence come from the finding; `note` is appended to its evidence. */
  | { key: SampleSwotKey; from: 'finding'; finding: FindingCode; weight?: number; note?: string };

export const SAMPLE_SWOT: readonly SampleSwotItem[] = [
  // Fortalezas
  {
    key: 'officialSource',
    from: 'suggestion',
    suggestion: 'reliableInformation',
    evidence: 'Solo el Ayuntamiento puede confirmar cortes de agua, cierres de calles, plazos de ayudas y acuerdos del Pleno; los medios locales citan sus cuentas como fuente.',
  },
  {
    key: 'professionalOffice',
    from: 'hand',
    quadrant: 'strength',
    text: 'El Gabinete de Comunicación tiene personal propio y formado que ya gestiona con regularidad y con seguridad las cuentas principales del Ayuntamiento.',
    weight: 4,
    evidence: 'Una jefa de gabinete y un técnico de redes sociales. Las cinco cuentas principales del gabinete publican cada semana y tienen la verificación en dos pasos activada.',
  },
  {
    key: 'mayoralMandate',
    from: 'suggestion',
    suggestion: 'managementSupport',
    evidence: 'Decreto de Alcaldía de 2 de diciembre de 2025, que encarga este plan al Gabinete de Comunicación y pide a todas las unidades que colaboren en él.',
  },
  {
    key: 'frontDeskKnowledge',
    from: 'suggestion',
    suggestion: 'staffCloseToCitizens',
    evidence: 'La Oficina de Atención a la Ciudadanía tiene identificadas las veinte consultas más frecuentes (padrón, cita previa, tasas, recogida de enseres) y cómo se resuelven.',
  },
  {
    key: 'largeAudiences',
    from: 'suggestion',
    suggestion: 'existingAudience',
    evidence: 'El Facebook del Ayuntamiento tiene 8.420 seguidores, el Instagram de Turismo 6.900 y la cuenta de X de la Policía Local 4.300, con comentarios y mensajes a diario.',
  },
  {
    key: 'ownContent',
    from: 'hand',
    quadrant: 'strength',
    text: 'Cultura, Turismo, Deportes y el Espacio Joven generan cada semana contenido propio, cercano y con buenas imágenes.',
    weight: 3,
    evidence: 'La Agenda cultural (2.200 seguidores) y el Teatro publican varias veces por semana; el TikTok de Turismo tiene 2.600 seguidores y el del Espacio Joven, 2.300.',
  },

  // Debilidades
  {
    key: 'noObjectives',
    from: 'suggestion',
    suggestion: 'noObjectives',
    evidence: 'Ningún documento aprobado dice qué se espera de las cuentas municipales ni se elabora informe alguno de resultados. La única instrucción de comunicación vigente, de 2015, regula las notas de prensa y la cartelería.',
  },
  {
    key: 'noTwoFactor',
    from: 'finding',
    finding: 'NO_2FA',
    weight: 5,
    note: 'Entre ellas, cuentas muy seguidas como la de Fiestas (5.200 seguidores). Además, siete cuentas tienen el correo de recuperación en un buzón personal.',
  },
  {
    key: 'noManager',
    from: 'finding',
    finding: 'NO_MANAGER',
    note: 'Entre ellas, las de Fiestas y del Mercado Medieval, abiertas para un evento; de la de Fiestas se desconoce quién conserva el acceso.',
  },
  {
    key: 'uncoordinated',
    from: 'suggestion',
    suggestion: 'uncoordinatedAccounts',
    evidence: '60 cuentas en 14 plataformas: 54 abiertas por 14 unidades distintas y 6 que ninguna unidad reconoce como suyas. Cultura, Teatro y Biblioteca publican la misma agenda en tres perfiles, y dos cuentas figuran dos veces en el inventario.',
  },
  {
    key: 'noResponseRules',
    from: 'suggestion',
    suggestion: 'noResponseCriteria',
    evidence: 'De 40 mensajes y comentarios con preguntas recibidos en noviembre de 2025, 11 seguían sin respuesta a los diez días. No hay plazos ni un circuito para derivar consultas a los servicios, y no se anota cuándo se responde.',
  },
  {
    key: 'selfCentred',
    from: 'hand',
    quadrant: 'weakness',
    text: 'Se publica sobre todo la agenda institucional y las notas de prensa; la información práctica (trámites, plazos, cortes y cambios de servicio) queda en segundo plano.',
    weight: 3,
    evidence: 'De 120 publicaciones de noviembre de 2025 en las cuentas principales del Ayuntamiento, 74 fueron actos o notas de prensa y solo 18 información práctica de servicio (15 %).',
  },
  {
    key: 'dormant',
    from: 'finding',
    finding: 'DORMANT',
    note: 'Siguen visibles con publicaciones de 2020 a 2023, y algunas aparecen en los buscadores antes que las cuentas activas.',
  },

  // Oportunidades
  {
    key: 'emergencyAlerts',
    from: 'suggestion',
    suggestion: 'emergencyAlerts',
    evidence: 'Durante la crecida del río de octubre de 2025, el canal de WhatsApp «Ayuntamiento informa» sumó unas 400 personas en dos días, y los avisos de la Policía Local en X fueron lo más compartido del año.',
  },
  {
    key: 'serviceQuestions',
    from: 'suggestion',
    suggestion: 'serviceInformation',
    evidence: 'Un tercio de los mensajes privados recibidos en 2025 preguntaba por horarios, cita previa, plazos o documentación.',
  },
  {
    key: 'provincialTraining',
    from: 'hand',
    quadrant: 'opportunity',
    text: 'La Diputación Provincial ofrece a los ayuntamientos formación gratuita en comunicación digital y un grupo de intercambio de avisos entre municipios.',
    weight: 3,
    evidence: 'Programa de formación para entidades locales del primer semestre de 2026, con plazas reservadas para el personal que gestiona cuentas.',
  },
  {
    key: 'participatoryBudget',
    from: 'suggestion',
    suggestion: 'citizenParticipation',
    evidence: 'Hay presupuestos participativos en 2026 y en 2027. En la edición de 2025 participaron 640 personas, casi todas a través de las asociaciones.',
  },
  {
    key: 'freeAnalytics',
    from: 'suggestion',
    suggestion: 'platformAnalytics',
    evidence: 'Las cuentas principales tienen acceso a las estadísticas de su plataforma, pero hoy nadie las consulta con regularidad.',
  },
  {
    key: 'localPartners',
    from: 'suggestion',
    suggestion: 'localPartners',
    weight: 3,
    evidence: 'La emisora local, 23 asociaciones vecinales y los cuatro centros educativos del municipio comparten publicaciones del Ayuntamiento cuando se les pide.',
  },

  // Amenazas
  {
    key: 'accountTakeover',
    from: 'suggestion',
    suggestion: 'accountTakeover',
    evidence: 'El servicio de informática recibió en 2025 tres avisos de inicio de sesión sospechoso en cuentas municipales; dos de esas cuentas no tenían la verificación en dos pasos.',
  },
  {
    key: 'minorsImages',
    from: 'suggestion',
    suggestion: 'personalDataLeaks',
    evidence: 'En 4 de 30 publicaciones de 2025 del Espacio Joven y de Deportes revisadas aparecen menores reconocibles sin que conste la autorización de sus familias.',
  },
  {
    key: 'elections2027',
    from: 'hand',
    quadrant: 'threat',
    text: 'Las elecciones municipales de mayo de 2027 caen dentro del periodo del plan: mientras dure el proceso electoral, las cuentas institucionales solo pueden dar información de servicio y es fácil que se confundan con la campaña.',
    weight: 4,
    evidence: 'La normativa electoral prohíbe desde la convocatoria las campañas institucionales que valoren la gestión y las inauguraciones. En 2023 se recibieron quejas por publicaciones de inauguraciones en plena campaña.',
  },
  {
    key: 'governmentConfusion',
    from: 'suggestion',
    suggestion: 'governmentConfusion',
    evidence: 'En la cuenta de X de Alcaldía, buena parte de las respuestas a avisos de obras o de tráfico discute decisiones del equipo de gobierno. Cuatro cuentas institucionales dependen de unidades políticas.',
  },
  {
    key: 'hoaxes',
    from: 'suggestion',
    suggestion: 'misinformation',
    evidence: 'Durante la crecida del río de octubre de 2025 circuló un audio falso que anunciaba el cierre del puente; el desmentido oficial tardó casi tres horas.',
  },
  {
    key: 'offlineNeighbours',
    from: 'hand',
    quadrant: 'threat',
    text: 'Parte del vecindario, sobre todo las personas mayores y quienes viven en las pedanías, no usa redes sociales: lo que solo se publica allí no les llega.',
    weight: 3,
    evidence: 'Según la encuesta municipal de servicios de 2024, el 38 % de las personas mayores de 65 años no usa ninguna red social, y la Oficina de Atención a la Ciudadanía sigue resolviendo la mayoría de las consultas en persona o por teléfono.',
  },
];

export type SampleCameKey = 'referenceSource' | 'serviceContent' | 'neutrality' | 'debunking' | 'measurement' | 'citizenService' | 'order' | 'reachEveryone';

export interface SampleCameOption {
  key: SampleCameKey;
  strategy: CameStrategy;
  text: string;
  items: SampleSwotKey[];
}

/** Two options of each kind; six of them become strategy lines (see strategy.ts), two stay as guidance. */
export const SAMPLE_CAME: readonly SampleCameOption[] = [
  {
    key: 'referenceSource',
    strategy: 'offensive',
    text: 'Aprovechar que el Ayuntamiento es la fuente oficial y ya tiene público para que sus cuentas sean el lugar donde el vecindario consulta los avisos y la información de servicio.',
    items: ['officialSource', 'largeAudiences', 'emergencyAlerts', 'serviceQuestions'],
  },
  {
    key: 'serviceContent',
    strategy: 'offensive',
    text: 'Convertir el contenido propio de cultura, deporte y juventud, con la ayuda de las entidades locales, en información útil y en difusión de los presupuestos participativos.',
    items: ['ownContent', 'participatoryBudget', 'localPartners'],
  },
  {
    key: 'neutrality',
    strategy: 'defensive',
    text: 'Con el respaldo de Alcaldía y la experiencia del Gabinete, fijar normas que separen la comunicación institucional de la política y protejan los datos personales, antes de las elecciones de 2027.',
    items: ['mayoralMandate', 'professionalOffice', 'governmentConfusion', 'elections2027', 'minorsImages'],
  },
  {
    key: 'debunking',
    strategy: 'defensive',
    text: 'Usar la condición de fuente oficial y las audiencias que ya existen para desmentir los bulos pronto y en los mismos canales por los que circulan.',
    items: ['officialSource', 'largeAudiences', 'hoaxes'],
  },
  {
    key: 'measurement',
    strategy: 'reorientation',
    text: 'Aprovechar las estadísticas gratuitas de las plataformas y la formación de la Diputación para fijar metas, medir cada trimestre y dejar de publicar a ciegas.',
    items: ['noObjectives', 'selfCentred', 'freeAnalytics', 'provincialTraining'],
  },
  {
    key: 'citizenService',
    strategy: 'reorientation',
    text: 'Ordenar la atención en redes con plazos, respuestas tipo y derivación a los servicios, ya que cada vez más vecinos preguntan por ahí.',
    items: ['noResponseRules', 'serviceQuestions'],
  },
  {
    key: 'order',
    strategy: 'survival',
    text: 'Poner orden antes de crecer: cada cuenta con responsable y suplente, accesos seguros y corporativos, y cierre de las cuentas inactivas o repetidas.',
    items: ['noManager', 'noTwoFactor', 'dormant', 'uncoordinated', 'accountTakeover'],
  },
  {
    key: 'reachEveryone',
    strategy: 'survival',
    text: 'Mientras las cuentas sigan dispersas, no confiar los avisos solo a las redes: publicarlos a la vez en la web, el canal de WhatsApp, los bandos y la megafonía de las pedanías.',
    items: ['uncoordinated', 'offlineNeighbours', 'hoaxes'],
  },
];
