import type { SampleCameKey } from './diagnosis';
import type { SampleObjectiveKey } from './objectives';

/**
 * The sample's strategy: the cost of an hour of each kind of work, and the strategy lines, each
 * made from a CAME option (the link is kept) and serving the objectives it names.
 */

export type SampleRoleKey = 'head' | 'officer' | 'communityManager' | 'serviceStaff' | 'frontDesk' | 'policeOfficer';

export interface SampleRole {
  key: SampleRoleKey;
  name: string;
  /** Cost to the council of one hour, in euros: salary plus employer's social security, as in a local public-sector budget. */
  hourlyCost: number;
}

export const SAMPLE_ROLES: readonly SampleRole[] = [
  { key: 'head', name: 'Jefatura del Gabinete de Comunicación', hourlyCost: 45 },
  { key: 'officer', name: 'Técnico/a de comunicación', hourlyCost: 32 },
  { key: 'communityManager', name: 'Gestor/a de redes sociales (community manager)', hourlyCost: 28 },
  { key: 'serviceStaff', name: 'Personal técnico de los servicios municipales', hourlyCost: 30 },
  { key: 'frontDesk', name: 'Personal de atención a la ciudadanía', hourlyCost: 24 },
  { key: 'policeOfficer', name: 'Mando de la Policía Local', hourlyCost: 40 },
];

export type SampleLineKey = 'order' | 'service' | 'alerts' | 'neutral' | 'content' | 'measure';

export interface SampleLine {
  key: SampleLineKey;
  /** The CAME option the line is made from, with one action ('came.toLine'). */
  came: SampleCameKey;
  name: string;
  description: string;
  objectives: SampleObjectiveKey[];
}

export const SAMPLE_LINES: readonly SampleLine[] = [
  {
    key: 'order',
    came: 'order',
    name: 'Orden y seguridad de las cuentas',
    description: 'Saber qué cuentas tiene el Ayuntamiento, quién responde de cada una y con qué accesos, y cerrar lo que sobra antes de abrir nada nuevo.',
    objectives: ['accountGovernance', 'secureAccess'],
  },
  {
    key: 'service',
    came: 'citizenService',
    name: 'Atención a la ciudadanía en redes',
    description:
      'Que cada pregunta reciba respuesta en plazo, la misma que daría la Oficina de Atención a la Ciudadanía, y que las quejas se atiendan con criterios conocidos por todos.',
    objectives: ['citizenService'],
  },
  {
    key: 'alerts',
    came: 'referenceSource',
    name: 'Avisos fiables que lleguen a todo el vecindario',
    description: 'Hacer de las cuentas municipales la referencia en emergencias y cortes de servicio, sin dejar fuera a quien no usa redes, y desmentir los bulos a tiempo.',
    objectives: ['alertsAndHoaxes'],
  },
  {
    key: 'neutral',
    came: 'neutrality',
    name: 'Comunicación institucional neutral y respetuosa con los datos',
    description:
      'Cuentas de servicio público, no de partido: una guía común, personal formado y especial cuidado con las imágenes de menores y los datos personales, sobre todo ante las elecciones de 2027.',
    objectives: ['neutralAndCareful'],
  },
  {
    key: 'content',
    came: 'serviceContent',
    name: 'Contenidos útiles de servicio público',
    description: 'Publicar menos sobre actos y más sobre lo que el vecindario necesita saber, con un calendario común para todas las cuentas y la ayuda de los servicios.',
    objectives: ['usefulContent'],
  },
  {
    key: 'measure',
    came: 'measurement',
    name: 'Medir para decidir',
    description: 'Indicadores, informes trimestrales y evaluación del plan, para saber qué funciona, corregir a tiempo y dar cuenta a la Junta de Gobierno Local.',
    objectives: ['measureAndReport'],
  },
];
