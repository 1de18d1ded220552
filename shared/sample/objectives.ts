import type { KpiMetricCode } from '../action/metrics';
import type { KpiFrequency } from '../model/action';
import type { SampleSwotKey } from './diagnosis';
import type { SamplePersonKey } from './inventory';

/**
 * The sample's SMART objectives, each answering weaknesses and threats of the SWOT (and naming
 * the strengths and opportunities it leans on), each measured by one to three KPIs.
 *
 * Baselines agree with the sample inventory (69 % of the 54 accounts in use have a unit and a
 * manager, 50 % have two-step verification and a corporate recovery e-mail, 8 are dormant) or
 * with the samples quoted as evidence in the SWOT.
 */

export type SampleObjectiveKey = 'accountGovernance' | 'secureAccess' | 'citizenService' | 'neutralAndCareful' | 'alertsAndHoaxes' | 'usefulContent' | 'measureAndReport';

interface SampleKpiCommon {
  /** Null only where the plan says honestly that nobody has measured it yet. */
  baseline: number | null;
  target: number;
  deadline: string;
  source: string;
  owner: SamplePersonKey;
}

/** A catalogue metric takes its name, unit and usual frequency from the catalogue unless given. */
export type SampleKpi =
  | (SampleKpiCommon & { metric: KpiMetricCode; frequency?: KpiFrequency })
  | (SampleKpiCommon & { metric: 'custom'; name: string; unit: string; frequency: KpiFrequency });

export interface SampleObjective {
  key: SampleObjectiveKey;
  statement: string;
  deadline: string;
  owner: SamplePersonKey;
  answers: SampleSwotKey[];
  kpis: SampleKpi[];
}

const INVENTORY = 'Inventario de cuentas del plan, comprobado con cada persona gestora';

export const SAMPLE_OBJECTIVES: readonly SampleObjective[] = [
  {
    key: 'accountGovernance',
    statement:
      'Que todas las cuentas corporativas en uso tengan unidad responsable, persona gestora y suplente antes del 30 de junio de 2026, y que antes del 30 de septiembre de 2026 no quede abierta ninguna cuenta inactiva ni repetida.',
    deadline: '2026-09-30',
    owner: 'lucia',
    answers: ['noManager', 'uncoordinated', 'dormant', 'mayoralMandate'],
    kpis: [
      { metric: 'accountsWithOwner', baseline: 69, target: 100, deadline: '2026-06-30', source: INVENTORY, owner: 'marcos' },
      { metric: 'dormantAccounts', baseline: 8, target: 0, deadline: '2026-09-30', source: 'Auditoría del inventario de cuentas', owner: 'marcos' },
    ],
  },
  {
    key: 'secureAccess',
    statement:
      'Que todas las cuentas corporativas en uso tengan activada la verificación en dos pasos y un correo de recuperación corporativo antes del 30 de junio de 2026.',
    deadline: '2026-06-30',
    owner: 'marcos',
    answers: ['noTwoFactor', 'accountTakeover'],
    kpis: [
      { metric: 'accountsWith2fa', baseline: 50, target: 100, deadline: '2026-06-30', source: INVENTORY, owner: 'marcos', frequency: 'monthly' },
      {
        metric: 'custom',
        name: 'Cuentas con correo de recuperación personal',
        unit: 'cuentas',
        baseline: 7,
        target: 0,
        deadline: '2026-03-31',
        source: 'Auditoría del inventario de cuentas',
        frequency: 'monthly',
        owner: 'marcos',
      },
    ],
  },
  {
    key: 'citizenService',
    statement:
      'Dar una primera respuesta útil en un máximo de 24 horas hábiles a las consultas que llegan por mensaje o comentario a las cuentas del Ayuntamiento, y dejar sin respuesta menos del 5 % de ellas, antes del 30 de junio de 2027.',
    deadline: '2027-06-30',
    owner: 'lucia',
    answers: ['noResponseRules', 'frontDeskKnowledge', 'serviceQuestions'],
    kpis: [
      {
        metric: 'responseTime',
        baseline: null,
        target: 24,
        deadline: '2027-06-30',
        source: 'Registro de mensajes de las cuentas principales. Sin valor de partida: nunca se ha anotado la hora de respuesta; se mide por primera vez de enero a marzo de 2026.',
        owner: 'marcos',
      },
      { metric: 'answeredShare', baseline: 72.5, target: 95, deadline: '2026-12-31', source: 'Muestra mensual de 40 mensajes con preguntas', owner: 'marcos' },
    ],
  },
  {
    key: 'neutralAndCareful',
    statement:
      'Formar antes del 31 de diciembre de 2026 a las 14 personas gestoras de cuentas en una guía de usos y estilo renovada, con normas de neutralidad institucional y de protección de datos, y no tener ninguna incidencia de protección de datos en 2027.',
    deadline: '2027-12-31',
    owner: 'lucia',
    answers: ['governmentConfusion', 'elections2027', 'minorsImages', 'professionalOffice', 'provincialTraining'],
    kpis: [
      { metric: 'staffTrained', baseline: 0, target: 14, deadline: '2026-12-31', source: 'Hojas de firma de las sesiones de formación', owner: 'lucia' },
      {
        metric: 'dataProtectionIncidents',
        baseline: 4,
        target: 0,
        deadline: '2027-12-31',
        source: 'Revisión trimestral de publicaciones con la persona delegada de protección de datos',
        owner: 'lucia',
      },
    ],
  },
  {
    key: 'alertsAndHoaxes',
    statement:
      'Publicar los avisos de emergencia en menos de 30 minutos desde su activación oficial, a la vez en las redes, la web, el canal de WhatsApp y la megafonía de las pedanías, y desmentir los bulos sobre servicios municipales en menos de una hora, antes del 31 de diciembre de 2026.',
    deadline: '2026-12-31',
    owner: 'andres',
    answers: ['hoaxes', 'offlineNeighbours', 'emergencyAlerts', 'officialSource'],
    kpis: [
      {
        metric: 'alertDelay',
        baseline: 95,
        target: 30,
        deadline: '2026-12-31',
        source: 'Registro de avisos de la Policía Local y del Gabinete; partida: crecida del río de octubre de 2025',
        owner: 'andres',
      },
      {
        metric: 'custom',
        name: 'Tiempo hasta desmentir un bulo',
        unit: 'horas',
        baseline: 3,
        target: 1,
        deadline: '2026-12-31',
        source: 'Registro de bulos detectados y desmentidos',
        frequency: 'quarterly',
        owner: 'marcos',
      },
    ],
  },
  {
    key: 'usefulContent',
    statement:
      'Que al menos la mitad de lo que publican las cuentas principales sea información práctica de servicio antes del 31 de diciembre de 2026, y que su tasa de interacción media pase del 1,8 % al 3 % antes del 31 de diciembre de 2027.',
    deadline: '2027-12-31',
    owner: 'marcos',
    answers: ['selfCentred', 'ownContent', 'participatoryBudget', 'localPartners'],
    kpis: [
      {
        metric: 'custom',
        name: 'Publicaciones de información práctica de servicio',
        unit: '%',
        baseline: 15,
        target: 50,
        deadline: '2026-12-31',
        source: 'Clasificación mensual de las publicaciones de las cuentas principales',
        frequency: 'monthly',
        owner: 'marcos',
      },
      {
        metric: 'engagementRate',
        baseline: 1.8,
        target: 3,
        deadline: '2027-12-31',
        source: 'Estadísticas de Facebook, Instagram y X; partida: media de noviembre de 2025',
        owner: 'marcos',
      },
    ],
  },
  {
    key: 'measureAndReport',
    statement:
      'Presentar cada trimestre a la Junta de Gobierno Local un informe con los indicadores de este plan, desde el segundo trimestre de 2026 hasta el final de 2027, y ajustar las metas en la evaluación intermedia de enero de 2027.',
    deadline: '2027-12-31',
    owner: 'lucia',
    answers: ['noObjectives', 'freeAnalytics'],
    kpis: [
      { metric: 'reportsDelivered', baseline: 0, target: 7, deadline: '2027-12-31', source: 'Actas de la Junta de Gobierno Local', owner: 'lucia' },
      {
        metric: 'custom',
        name: 'Indicadores del plan medidos en plazo',
        unit: '%',
        baseline: 0,
        target: 100,
        deadline: '2026-06-30',
        source: 'Cuadro de indicadores del plan',
        frequency: 'quarterly',
        owner: 'marcos',
      },
    ],
  },
];
