import type { AccountCreateInput } from '../model/accounts';
import type { UnitKind } from '../model/units';

/**
 * The sample town council's organisation and account inventory, as a planner finds it on the
 * first day: accounts that grew one by one in services, departments and councillors' areas,
 * with the usual problems — accounts nobody owns or runs, dormant ones, the same account listed
 * twice, no two-step verification, recovery e-mails in someone's private mailbox, no stated
 * purpose, institutional accounts run by a political unit.
 *
 * Everything is invented. Handles carry "ejemplo" or live on the reserved `.example` domain, and
 * no account has an address on a real network, so nothing here can lead to a real account.
 *
 * Dates of last posts are only recorded where they make an account dormant, and those are all
 * years old: "dormant" is judged against the day the plan is opened, so a recent date would turn
 * a lively account dormant a few months after the sample was built. Lively accounts leave the
 * date unrecorded, as a first inventory often does.
 */

export type SampleUnitKey =
  | 'alcaldia'
  | 'gabinete'
  | 'oac'
  | 'policia'
  | 'participacion'
  | 'areaCultura'
  | 'cultura'
  | 'biblioteca'
  | 'teatro'
  | 'turismo'
  | 'juventud'
  | 'espacioJoven'
  | 'deportes'
  | 'bienestar'
  | 'serviciosSociales'
  | 'medioAmbiente';

export type SamplePersonKey = 'lucia' | 'marcos' | 'elena' | 'javier' | 'carmen' | 'raul' | 'noelia' | 'andres' | 'sonia' | 'pablo';

export interface SampleUnit {
  key: SampleUnitKey;
  name: string;
  kind: UnitKind;
  /** Listed after its parent: units are created in this order. */
  parent: SampleUnitKey | null;
  responsible: SamplePersonKey | null;
  contact: string;
}

export interface SamplePerson {
  key: SamplePersonKey;
  name: string;
  role: string;
  unit: SampleUnitKey;
  email: string;
  phone: string;
}

export type SampleAccount = Omit<AccountCreateInput, 'unitId' | 'peopleIds' | 'credentialsHolderId'> & {
  unit: SampleUnitKey | null;
  people: SamplePersonKey[];
  holder?: SamplePersonKey;
};

const mail = (user: string) => `${user}@villanuevadelrio.example`;

export const SAMPLE_UNITS: readonly SampleUnit[] = [
  { key: 'alcaldia', name: 'Alcaldía', kind: 'political', parent: null, responsible: null, contact: mail('alcaldia') },
  { key: 'gabinete', name: 'Gabinete de Comunicación', kind: 'administrative', parent: 'alcaldia', responsible: 'lucia', contact: mail('comunicacion') },
  { key: 'oac', name: 'Oficina de Atención a la Ciudadanía', kind: 'administrative', parent: 'alcaldia', responsible: null, contact: mail('oac') },
  { key: 'policia', name: 'Policía Local', kind: 'administrative', parent: 'alcaldia', responsible: 'andres', contact: mail('policia') },
  { key: 'participacion', name: 'Servicio de Participación Ciudadana', kind: 'administrative', parent: 'alcaldia', responsible: 'elena', contact: mail('participa') },
  { key: 'areaCultura', name: 'Área de Cultura y Turismo', kind: 'political', parent: null, responsible: null, contact: mail('cultura') },
  { key: 'cultura', name: 'Concejalía de Cultura', kind: 'political', parent: 'areaCultura', responsible: null, contact: mail('cultura') },
  { key: 'biblioteca', name: 'Biblioteca Municipal', kind: 'administrative', parent: 'cultura', responsible: 'javier', contact: mail('biblioteca') },
  { key: 'teatro', name: 'Teatro Municipal', kind: 'administrative', parent: 'cultura', responsible: 'carmen', contact: mail('teatro') },
  { key: 'turismo', name: 'Oficina de Turismo', kind: 'administrative', parent: 'areaCultura', responsible: 'raul', contact: mail('turismo') },
  { key: 'juventud', name: 'Concejalía de Juventud y Deportes', kind: 'political', parent: null, responsible: null, contact: mail('juventud') },
  { key: 'espacioJoven', name: 'Espacio Joven', kind: 'administrative', parent: 'juventud', responsible: 'noelia', contact: mail('espaciojoven') },
  { key: 'deportes', name: 'Servicio Municipal de Deportes', kind: 'administrative', parent: 'juventud', responsible: 'pablo', contact: mail('deportes') },
  { key: 'bienestar', name: 'Concejalía de Bienestar Social', kind: 'political', parent: null, responsible: null, contact: mail('bienestar') },
  { key: 'serviciosSociales', name: 'Centro de Servicios Sociales', kind: 'administrative', parent: 'bienestar', responsible: 'sonia', contact: mail('serviciossociales') },
  { key: 'medioAmbiente', name: 'Concejalía de Medio Ambiente', kind: 'political', parent: null, responsible: null, contact: mail('medioambiente') },
];

/** Telephone extensions of the town hall's switchboard, not numbers anyone could dial. */
export const SAMPLE_PEOPLE: readonly SamplePerson[] = [
  { key: 'lucia', name: 'Lucía Ferrer Ortega', role: 'Jefa del Gabinete de Comunicación', unit: 'gabinete', email: mail('lferrer'), phone: 'Ext. 1101' },
  { key: 'marcos', name: 'Marcos Ibáñez Ruiz', role: 'Técnico de redes sociales', unit: 'gabinete', email: mail('mibanez'), phone: 'Ext. 1102' },
  { key: 'elena', name: 'Elena Castaño Gil', role: 'Técnica de participación ciudadana', unit: 'participacion', email: mail('ecastano'), phone: 'Ext. 1240' },
  { key: 'javier', name: 'Javier Montes Rubio', role: 'Director de la Biblioteca Municipal', unit: 'biblioteca', email: mail('jmontes'), phone: 'Ext. 1310' },
  { key: 'carmen', name: 'Carmen Vidal Herrera', role: 'Coordinadora del Teatro Municipal', unit: 'teatro', email: mail('cvidal'), phone: 'Ext. 1320' },
  { key: 'raul', name: 'Raúl Ortega Sanz', role: 'Informador turístico', unit: 'turismo', email: mail('rortega'), phone: 'Ext. 1330' },
  { key: 'noelia', name: 'Noelia Prieto Calvo', role: 'Dinamizadora juvenil', unit: 'espacioJoven', email: mail('nprieto'), phone: 'Ext. 1410' },
  { key: 'andres', name: 'Andrés Molina Vera', role: 'Subinspector de la Policía Local', unit: 'policia', email: mail('amolina'), phone: 'Ext. 1500' },
  { key: 'sonia', name: 'Sonia Méndez Lara', role: 'Coordinadora de Servicios Sociales', unit: 'serviciosSociales', email: mail('smendez'), phone: 'Ext. 1600' },
  { key: 'pablo', name: 'Pablo Reyes Soto', role: 'Técnico de deportes', unit: 'deportes', email: mail('preyes'), phone: 'Ext. 1420' },
];

/** An account in good order; each entry below says how it differs. */
const sound: Pick<SampleAccount, 'status' | 'purpose' | 'languages' | 'twoFactor' | 'recoveryEmailCorporate'> = {
  status: 'active',
  purpose: 'informative',
  languages: ['es'],
  twoFactor: true,
  recoveryEmailCorporate: true,
};

export const SAMPLE_ACCOUNTS: readonly SampleAccount[] = [
  // Gabinete de Comunicación: the town council's main accounts.
  { ...sound, platform: 'facebook', handle: 'ayto.villanueva.ejemplo', displayName: 'Ayuntamiento de Villanueva del Río', unit: 'gabinete', people: ['lucia', 'marcos'], holder: 'lucia', followers: 8420, postsPerWeek: 9, verified: true, audience: 'Vecindario en general', openedOn: '2012-03-05' },
  { ...sound, platform: 'instagram', handle: '@villanueva_ejemplo', displayName: 'Ayuntamiento de Villanueva del Río', unit: 'gabinete', people: ['marcos'], holder: 'marcos', followers: 5130, postsPerWeek: 6, audience: 'Vecindario en general', openedOn: '2016-09-12' },
  { ...sound, platform: 'x', handle: '@VillanuevaEjemplo', displayName: 'Ayto. de Villanueva del Río', unit: 'gabinete', people: ['lucia', 'marcos'], holder: 'lucia', followers: 3910, postsPerWeek: 12, verified: true, audience: 'Medios de comunicación y vecindario', openedOn: '2011-01-20' },
  { ...sound, platform: 'youtube', handle: '@VillanuevaEjemploTV', displayName: 'Villanueva del Río TV', unit: 'gabinete', people: ['marcos'], holder: 'marcos', followers: 640, postsPerWeek: 1, audience: 'Vecindario; plenos municipales en diferido', openedOn: '2014-05-02' },
  { ...sound, platform: 'whatsapp_channel', handle: 'ayto-villanueva-ejemplo', displayName: 'Ayuntamiento informa', unit: 'gabinete', people: ['marcos'], holder: 'marcos', followers: 1250, postsPerWeek: 5, audience: 'Vecindario', openedOn: '2024-02-01' },
  { ...sound, platform: 'telegram', handle: '@villanueva_ejemplo_avisos', displayName: 'Avisos municipales', unit: 'gabinete', people: ['marcos'], followers: 870, postsPerWeek: 3, twoFactor: null, audience: 'Vecindario', openedOn: '2020-03-16', notes: 'Creado durante el confinamiento para avisos urgentes.' },
  { ...sound, platform: 'linkedin', handle: 'ayuntamiento-villanueva-ejemplo', displayName: 'Ayuntamiento de Villanueva del Río', unit: 'gabinete', people: [], followers: 980, postsPerWeek: 1, twoFactor: false, audience: 'Personas que buscan empleo público; empresas licitadoras', openedOn: '2019-10-07' },
  { ...sound, platform: 'tiktok', handle: '@villanueva_ejemplo', displayName: 'Villanueva del Río', unit: 'gabinete', people: ['marcos'], status: 'proposed', purpose: 'relational', twoFactor: null, recoveryEmailCorporate: null, audience: 'Jóvenes', notes: 'Propuesta pendiente de decidir en el plan.' },
  { ...sound, platform: 'bluesky', handle: '@villanuevadelrio.example', displayName: 'Ayuntamiento de Villanueva del Río', unit: 'gabinete', people: ['marcos'], holder: 'marcos', followers: 210, postsPerWeek: 4, openedOn: '2024-11-18' },
  { ...sound, platform: 'mastodon', handle: '@ayuntamiento@social.villanuevadelrio.example', url: 'https://social.villanuevadelrio.example/@ayuntamiento', displayName: 'Ayuntamiento de Villanueva del Río', unit: 'gabinete', people: ['marcos'], followers: 95, postsPerWeek: 3, twoFactor: false, openedOn: '2023-01-09' },
  { ...sound, platform: 'flickr', handle: 'villanueva_ejemplo_fotos', displayName: 'Archivo fotográfico municipal', unit: 'gabinete', people: [], followers: 120, status: 'dormant', lastPostOn: '2021-06-14', twoFactor: null, openedOn: '2010-04-23' },
  { ...sound, platform: 'x', handle: 'villanuevaejemplo', displayName: 'Ayuntamiento (cuenta oficial)', unit: null, people: [], followers: 3900, twoFactor: null, recoveryEmailCorporate: null, notes: 'Apuntada también en la hoja de cálculo de Alcaldía.' },

  // Alcaldía: a political unit running an institutional account.
  { ...sound, platform: 'x', handle: '@Alcaldia_VdR_ejemplo', displayName: 'Alcaldía de Villanueva del Río', unit: 'alcaldia', people: ['lucia'], holder: 'lucia', followers: 2100, postsPerWeek: 5, audience: 'Vecindario y medios de comunicación', openedOn: '2019-06-15' },

  // Oficina de Atención a la Ciudadanía.
  { ...sound, platform: 'x', handle: '@OAC_Villanueva_ej', displayName: 'Atención a la Ciudadanía', unit: 'oac', people: [], purpose: 'citizen_service', followers: 640, postsPerWeek: 4, audience: 'Personas que hacen trámites', openedOn: '2017-02-13' },
  { ...sound, platform: 'facebook', handle: 'oac.villanueva.ejemplo', displayName: 'Atención a la Ciudadanía', unit: 'oac', people: ['lucia'], purpose: 'citizen_service', followers: 760, postsPerWeek: 3, audience: 'Personas que hacen trámites', openedOn: '2017-02-13' },
  { ...sound, platform: 'whatsapp_channel', handle: 'oac-villanueva-ejemplo', displayName: 'Cita previa OAC', unit: 'oac', people: [], status: 'proposed', purpose: 'citizen_service', twoFactor: null, recoveryEmailCorporate: null, audience: 'Personas que hacen trámites' },

  // Policía Local.
  { ...sound, platform: 'x', handle: '@PoliciaVdR_ejemplo', displayName: 'Policía Local de Villanueva del Río', unit: 'policia', people: ['andres'], holder: 'andres', purpose: 'citizen_service', followers: 4300, postsPerWeek: 10, verified: true, audience: 'Vecindario; avisos de tráfico', openedOn: '2013-11-04' },
  { ...sound, platform: 'facebook', handle: 'policialocal.villanueva.ejemplo', displayName: 'Policía Local de Villanueva del Río', unit: 'policia', people: ['andres'], purpose: 'citizen_service', followers: 3100, postsPerWeek: 4, recoveryEmailCorporate: false, openedOn: '2015-08-21' },
  { ...sound, platform: 'instagram', handle: '@policia_villanueva_ejemplo', displayName: 'Policía Local', unit: 'policia', people: ['andres'], followers: 1900, postsPerWeek: 2, twoFactor: null, openedOn: '2019-04-30' },
  { ...sound, platform: 'tiktok', handle: '@policiavdr_ejemplo', displayName: 'Policía Local VdR', unit: 'policia', people: [], status: 'to_close', purpose: 'relational', followers: 380, lastPostOn: '2022-11-20', twoFactor: false, openedOn: '2021-09-01', notes: 'Abierta para una campaña escolar de educación vial.' },

  // Servicio de Participación Ciudadana.
  { ...sound, platform: 'facebook', handle: 'participa.villanueva.ejemplo', displayName: 'Villanueva Participa', unit: 'participacion', people: ['elena'], holder: 'elena', purpose: 'relational', followers: 1300, postsPerWeek: 2, audience: 'Asociaciones vecinales', openedOn: '2018-01-22' },
  { ...sound, platform: 'instagram', handle: '@villanueva_participa_ejemplo', displayName: 'Villanueva Participa', unit: 'participacion', people: ['elena'], purpose: 'relational', followers: 640, postsPerWeek: 2, recoveryEmailCorporate: false, audience: 'Asociaciones vecinales', openedOn: '2021-05-10' },

  // Área de Cultura y Turismo and its councillor's area.
  { ...sound, platform: 'instagram', handle: 'turismo_villanueva_ejemplo', displayName: 'Turismo Villanueva', unit: 'areaCultura', people: [], followers: 6900, twoFactor: null, recoveryEmailCorporate: null, notes: 'Apuntada por el área; es la misma cuenta que lleva la Oficina de Turismo.' },
  { ...sound, platform: 'facebook', handle: 'cultura.villanueva.ejemplo', displayName: 'Cultura Villanueva del Río', unit: 'cultura', people: [], followers: 2900, postsPerWeek: 4, twoFactor: null, audience: 'Público de la programación cultural', openedOn: '2015-10-01' },

  // Biblioteca Municipal.
  { ...sound, platform: 'facebook', handle: 'biblioteca.villanueva.ejemplo', displayName: 'Biblioteca Municipal de Villanueva del Río', unit: 'biblioteca', people: ['javier'], holder: 'javier', followers: 2300, postsPerWeek: 5, audience: 'Personas usuarias de la biblioteca', openedOn: '2013-04-23' },
  { ...sound, platform: 'instagram', handle: '@biblio_villanueva_ejemplo', displayName: 'Biblioteca Municipal', unit: 'biblioteca', people: ['javier'], followers: 1720, postsPerWeek: 4, recoveryEmailCorporate: false, audience: 'Personas usuarias de la biblioteca', openedOn: '2018-04-23' },
  { ...sound, platform: 'x', handle: '@BiblioVdR_ejemplo', displayName: 'Biblioteca Municipal', unit: 'biblioteca', people: ['javier'], followers: 610, lastPostOn: '2022-03-08', twoFactor: false, openedOn: '2012-10-24' },
  { ...sound, platform: 'blog', handle: 'blog.biblioteca.villanuevadelrio.example', url: 'https://biblioteca.villanuevadelrio.example/blog', displayName: 'Club de lectura', unit: 'biblioteca', people: ['javier'], status: 'dormant', purpose: null, lastPostOn: '2020-10-02', openedOn: '2009-02-16' },
  { ...sound, platform: 'mastodon', handle: '@biblioteca@social.villanuevadelrio.example', url: 'https://social.villanuevadelrio.example/@biblioteca', displayName: 'Biblioteca Municipal', unit: 'biblioteca', people: ['javier'], followers: 60, postsPerWeek: 2, openedOn: '2023-03-01' },
  { ...sound, platform: 'youtube', handle: '@BibliotecaVillanuevaEjemplo', displayName: 'Cuentacuentos de la Biblioteca', unit: 'biblioteca', people: [], status: 'closed', followers: 85, lastPostOn: '2019-05-10', twoFactor: null, openedOn: '2016-11-15', notes: 'Cerrado en 2023; los vídeos pasaron al canal del Ayuntamiento.' },
  { ...sound, platform: 'linkedin', handle: 'biblioteca-municipal-villanueva-ejemplo', displayName: 'Biblioteca Municipal', unit: 'biblioteca', people: [], status: 'closed', lastPostOn: '2021-11-30', twoFactor: null, openedOn: '2020-01-13' },

  // Teatro Municipal.
  { ...sound, platform: 'facebook', handle: 'teatro.municipal.villanueva.ejemplo', displayName: 'Teatro Municipal de Villanueva del Río', unit: 'teatro', people: ['carmen'], holder: 'carmen', followers: 3650, postsPerWeek: 3, audience: 'Público del teatro', openedOn: '2012-09-14' },
  { ...sound, platform: 'instagram', handle: '@teatro_villanueva_ejemplo', displayName: 'Teatro Municipal', unit: 'teatro', people: ['carmen'], followers: 2980, postsPerWeek: 5, recoveryEmailCorporate: false, audience: 'Público del teatro', openedOn: '2017-03-27' },
  { ...sound, platform: 'instagram', handle: '@agenda_cultural_villanueva_ejemplo', displayName: 'Agenda cultural', unit: 'teatro', people: ['carmen', 'javier'], followers: 2200, postsPerWeek: 3, openedOn: '2020-09-01' },
  { ...sound, platform: 'x', handle: '@TeatroVdR_ejemplo', displayName: 'Teatro Municipal', unit: 'teatro', people: ['carmen'], followers: 890, lastPostOn: '2023-01-15', twoFactor: false, openedOn: '2012-09-14' },
  { ...sound, platform: 'youtube', handle: '@TeatroVillanuevaEjemplo', displayName: 'Teatro Municipal', unit: 'teatro', people: [], purpose: null, followers: 310, postsPerWeek: 0.5, openedOn: '2018-06-04' },
  { ...sound, platform: 'tiktok', handle: '@teatrovdr_ejemplo', displayName: 'Teatro Municipal', unit: 'teatro', people: ['carmen'], status: 'proposed', purpose: 'relational', twoFactor: null, recoveryEmailCorporate: null },

  // Oficina de Turismo.
  { ...sound, platform: 'instagram', handle: '@turismo_villanueva_ejemplo', displayName: 'Turismo Villanueva del Río', unit: 'turismo', people: ['raul'], holder: 'raul', languages: ['es', 'en'], followers: 6900, postsPerWeek: 7, audience: 'Visitantes', openedOn: '2015-06-01' },
  { ...sound, platform: 'facebook', handle: 'turismo.villanueva.ejemplo', displayName: 'Turismo Villanueva del Río', unit: 'turismo', people: ['raul'], languages: ['es', 'en'], followers: 4100, postsPerWeek: 4, audience: 'Visitantes', openedOn: '2013-05-13' },
  { ...sound, platform: 'x', handle: '@TurismoVdR_ejemplo', displayName: 'Turismo Villanueva', unit: 'turismo', people: ['raul'], followers: 1800, postsPerWeek: 2, twoFactor: false, audience: 'Visitantes', openedOn: '2013-05-13' },
  { ...sound, platform: 'tiktok', handle: '@turismo_villanueva_ejemplo', displayName: 'Turismo Villanueva del Río', unit: 'turismo', people: ['raul'], purpose: 'relational', followers: 2600, postsPerWeek: 3, recoveryEmailCorporate: false, audience: 'Visitantes jóvenes', openedOn: '2022-04-11' },
  { ...sound, platform: 'pinterest', handle: 'turismo_villanueva_ejemplo', displayName: 'Rutas por Villanueva', unit: 'turismo', people: [], purpose: null, followers: 420, postsPerWeek: 1, openedOn: '2019-07-08' },

  // Espacio Joven and the youth and sports councillor's area.
  { ...sound, platform: 'instagram', handle: '@espaciojoven_villanueva_ejemplo', displayName: 'Espacio Joven', unit: 'espacioJoven', people: ['noelia'], holder: 'noelia', purpose: 'relational', followers: 1400, postsPerWeek: 4, twoFactor: false, recoveryEmailCorporate: false, audience: 'Jóvenes de 14 a 30 años', openedOn: '2016-10-03' },
  { ...sound, platform: 'tiktok', handle: '@espaciojoven_vdr_ejemplo', displayName: 'Espacio Joven', unit: 'espacioJoven', people: ['noelia'], purpose: 'relational', followers: 2300, postsPerWeek: 3, twoFactor: false, audience: 'Jóvenes de 14 a 30 años', openedOn: '2021-02-15' },
  { ...sound, platform: 'facebook', handle: 'espaciojoven.villanueva.ejemplo', displayName: 'Espacio Joven', unit: 'espacioJoven', people: ['noelia'], followers: 890, postsPerWeek: 1, audience: 'Familias', openedOn: '2014-01-27' },
  { ...sound, platform: 'twitch', handle: 'espaciojoven_ejemplo', displayName: 'Torneos del Espacio Joven', unit: 'espacioJoven', people: ['noelia'], status: 'dormant', purpose: null, followers: 150, lastPostOn: '2022-07-30', openedOn: '2021-12-01' },
  { ...sound, platform: 'whatsapp_channel', handle: 'espacio-joven-ejemplo', displayName: 'Espacio Joven', unit: 'espacioJoven', people: ['noelia'], status: 'proposed', purpose: 'relational', twoFactor: null, recoveryEmailCorporate: null },
  { ...sound, platform: 'x', handle: '@JuventudVdR_ejemplo', displayName: 'Juventud Villanueva', unit: 'espacioJoven', people: [], status: 'to_close', purpose: null, followers: 320, lastPostOn: '2021-02-10', twoFactor: null, openedOn: '2014-03-03' },

  // Servicio Municipal de Deportes.
  { ...sound, platform: 'facebook', handle: 'deportes.villanueva.ejemplo', displayName: 'Deportes Villanueva del Río', unit: 'deportes', people: ['pablo'], holder: 'pablo', followers: 2700, postsPerWeek: 4, audience: 'Clubes y deportistas', openedOn: '2014-09-08' },
  { ...sound, platform: 'instagram', handle: '@deportes_villanueva_ejemplo', displayName: 'Deportes Villanueva', unit: 'deportes', people: ['pablo'], followers: 1900, postsPerWeek: 3, twoFactor: null, openedOn: '2019-09-02' },
  { ...sound, platform: 'x', handle: '@DeportesVdR_ejemplo', displayName: 'Deportes Villanueva', unit: 'deportes', people: ['pablo'], followers: 760, lastPostOn: '2023-09-01', openedOn: '2014-09-08' },
  { ...sound, platform: 'youtube', handle: '@DeportesVillanuevaEjemplo', displayName: 'Retransmisiones deportivas', unit: 'deportes', people: [], purpose: null, followers: 190, postsPerWeek: 0.5, openedOn: '2020-10-19' },

  // Centro de Servicios Sociales.
  { ...sound, platform: 'facebook', handle: 'serviciossociales.villanueva.ejemplo', displayName: 'Servicios Sociales Villanueva', unit: 'serviciosSociales', people: ['sonia'], holder: 'sonia', purpose: 'citizen_service', followers: 980, postsPerWeek: 2, audience: 'Personas mayores y familias', openedOn: '2016-02-29' },
  { ...sound, platform: 'whatsapp_channel', handle: 'servicios-sociales-villanueva-ejemplo', displayName: 'Servicios Sociales informa', unit: 'serviciosSociales', people: ['sonia'], purpose: 'citizen_service', followers: 450, postsPerWeek: 2, twoFactor: null, audience: 'Personas mayores y familias', openedOn: '2024-05-06' },

  // Concejalía de Medio Ambiente: a campaign account kept by the councillor's area.
  { ...sound, platform: 'instagram', handle: '@villanueva_verde_ejemplo', displayName: 'Villanueva Verde', unit: 'medioAmbiente', people: [], followers: 870, postsPerWeek: 1, twoFactor: false, audience: 'Vecindario; campañas de reciclaje', openedOn: '2022-06-05' },

  // Accounts nobody has claimed yet.
  { ...sound, platform: 'x', handle: '@MedioAmbienteVdR_ejemplo', displayName: 'Medio Ambiente Villanueva', unit: null, people: [], status: 'dormant', purpose: null, followers: 240, lastPostOn: '2020-04-22', twoFactor: null, openedOn: '2015-06-05' },
  { ...sound, platform: 'facebook', handle: 'fiestas.villanueva.ejemplo', displayName: 'Fiestas de Villanueva del Río', unit: null, people: [], purpose: null, followers: 5200, postsPerWeek: 2, twoFactor: false, recoveryEmailCorporate: false, notes: 'La abrió una comisión de fiestas; se desconoce quién tiene el acceso.' },
  { ...sound, platform: 'instagram', handle: '@mercadomedieval_vdr_ejemplo', displayName: 'Mercado Medieval', unit: null, people: [], followers: 1100, status: 'dormant', lastPostOn: '2023-05-20', twoFactor: null, openedOn: '2018-05-01' },
  { ...sound, platform: 'tiktok', handle: '@carnaval_villanueva_ejemplo', displayName: 'Carnaval de Villanueva', unit: null, people: ['noelia'], purpose: 'relational', followers: 3400, postsPerWeek: 1, twoFactor: null, openedOn: '2023-02-01' },
  { ...sound, platform: 'youtube', handle: '@BandaMunicipalVdREjemplo', displayName: 'Banda Municipal de Música', unit: null, people: [], purpose: null, followers: 150, postsPerWeek: 0.2, openedOn: '2017-12-18' },
];
