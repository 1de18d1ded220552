import { LANGUAGES, translate } from '../i18n';
import { foldText } from './fold';
import { isBlankRow, type SheetRow } from './sheet';
import { IMPORT_FIELDS, type ImportField } from './transfer-schemas';

/**
 * Column titles people write in their own inventories, in Spanish and English. Rumbo's own
 * export titles (the transfer catalog, both languages) are added below, so that a file
 * exported by Rumbo is always recognised. Compared folded (no case, accents or punctuation)
 * and without filler words ("Nº de seguidores" is "seguidores").
 */
const TITLES: Record<ImportField, readonly string[]> = {
  platform: ['plataforma', 'platform', 'red social', 'red', 'redes sociales', 'social network', 'network', 'social media', 'medio', 'canal', 'channel', 'servicio de red social'],
  handle: ['usuario', 'handle', 'cuenta', 'account', 'nombre de usuario', 'username', 'user name', 'user', 'alias', 'perfil', 'profile', 'identificador', 'arroba'],
  url: ['url', 'enlace', 'direccion', 'direccion web', 'web', 'link', 'address', 'web address', 'url de la cuenta', 'enlace a la cuenta', 'account url', 'profile url'],
  displayName: ['nombre', 'display name', 'nombre visible', 'nombre para mostrar', 'nombre de la cuenta', 'name', 'account name', 'titulo', 'title', 'nombre publico'],
  unit: [
    'unidad', 'unit', 'departamento', 'department', 'servicio', 'service', 'area', 'unidad responsable', 'unidad organizativa', 'owning unit',
    'organisational unit', 'organizational unit', 'concejalia', 'seccion', 'organismo',
  ],
  status: ['estado', 'status', 'situacion', 'state'],
  purpose: ['finalidad', 'purpose', 'objetivo', 'proposito', 'uso', 'funcion', 'tipo de cuenta'],
  audience: ['publico', 'audience', 'publico objetivo', 'target audience', 'destinatarios', 'audiencia'],
  languages: ['idiomas', 'languages', 'idioma', 'language', 'lenguas', 'lengua'],
  followers: ['seguidores', 'followers', 'numero de seguidores', 'suscriptores', 'subscribers', 'fans', 'miembros', 'members', 'followers count'],
  postsPerWeek: [
    'publicaciones por semana', 'posts per week', 'publicaciones semana', 'posts semana', 'posts week', 'frecuencia', 'frequency',
    'frecuencia de publicacion', 'publicaciones semanales', 'weekly posts', 'post frequency',
  ],
  lastPostOn: [
    'ultima publicacion', 'last post', 'fecha ultima publicacion', 'fecha de ultima publicacion', 'last post date', 'last posted',
    'ultima actividad', 'last activity', 'ultimo post', 'fecha del ultimo post',
  ],
  verified: ['verificada', 'verified', 'verificado', 'cuenta verificada', 'insignia', 'badge', 'verified account'],
  managers: [
    'gestores', 'managers', 'personas', 'people', 'gestor', 'manager', 'gestionada por', 'managed by', 'gestiona', 'gestionan',
    'community manager', 'responsables', 'administradores', 'administrators', 'editores', 'editors', 'personas que la gestionan',
  ],
  credentialsHolder: [
    'custodia de credenciales', 'credentials holder', 'custodio', 'custodio de credenciales', 'credenciales', 'credentials',
    'quien guarda las credenciales', 'titular de credenciales', 'credential holder', 'credentials custodian', 'contrasena custodiada por',
  ],
  twoFactor: [
    '2fa', 'verificacion en dos pasos', 'two factor', 'two factor authentication', 'doble factor', 'autenticacion en dos pasos',
    'autenticacion de doble factor', 'mfa', 'two step verification', '2 step verification', 'verificacion en 2 pasos',
  ],
  recoveryEmailCorporate: [
    'correo de recuperacion corporativo', 'corporate recovery e mail', 'corporate recovery email', 'recovery email corporate',
    'recovery e mail corporate', 'correo de recuperacion institucional', 'correo recuperacion corporativo', 'email de recuperacion corporativo',
  ],
  openedOn: ['fecha de apertura', 'opened on', 'apertura', 'fecha de alta', 'alta', 'opening date', 'created', 'created on', 'fecha de creacion', 'opened', 'desde', 'since'],
  notes: ['notas', 'notes', 'observaciones', 'comentarios', 'comments', 'nota', 'note', 'remarks', 'otros datos'],
};

const FILLER = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'en', 'a', 'the', 'of', 'n', 'no', 'num', 'numero', 'number', 'o']);

/** Folded, filler words removed: the form titles are compared in. */
function titleKey(title: string): string {
  return foldText(title)
    .split(' ')
    .filter((word) => word && !FILLER.has(word))
    .join(' ');
}

function buildIndex(): Map<string, ImportField> {
  const index = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const exported = LANGUAGES.map((lang) => translate(lang, `transfer.columns.${field}`));
    for (const title of [...exported, ...TITLES[field]]) {
      const key = titleKey(title);
      if (key && !index.has(key)) index.set(key, field);
    }
  }
  return index;
}

let index: Map<string, ImportField> | null = null;

/** The field a column title names, or null. */
export function recogniseTitle(title: string): ImportField | null {
  index ??= buildIndex();
  return index.get(titleKey(title)) ?? null;
}

/** Every title → field pair known, for tests that check no title is claimed by two fields. */
export function knownTitles(): { field: ImportField; title: string }[] {
  return IMPORT_FIELDS.flatMap((field) => [
    ...LANGUAGES.map((lang) => ({ field, title: translate(lang, `transfer.columns.${field}`) })),
    ...TITLES[field].map((title) => ({ field, title })),
  ]);
}

/** The fields recognised from a row of titles; a field already taken by an earlier column is not given twice. */
export function recogniseColumns(titles: readonly string[]): (ImportField | null)[] {
  const taken = new Set<ImportField>();
  return titles.map((title) => {
    const field = recogniseTitle(title);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** How many rows above the titles are looked at: a sheet often starts with its own title and a date. */
const HEADER_SEARCH_ROWS = 10;

/**
 * The row of column titles: the first of the first non-empty rows in which at least two titles
 * are recognised (or one, in a sheet of a single column), else simply the first non-empty row.
 */
export function findHeaderRow(rows: readonly SheetRow[]): { index: number; recognised: number } | null {
  const candidates: number[] = [];
  for (let index = 0; index < rows.length && candidates.length < HEADER_SEARCH_ROWS; index++) {
    if (!isBlankRow(rows[index]!)) candidates.push(index);
  }
  if (candidates.length === 0) return null;
  let best: { index: number; recognised: number } | null = null;
  for (const index of candidates) {
    const row = rows[index]!;
    const recognised = recogniseColumns(row.cells).filter((field) => field !== null).length;
    const enough = recognised >= Math.min(2, row.cells.filter((cell) => cell.trim() !== '').length);
    if (recognised > 0 && enough) return { index, recognised };
    if (!best || recognised > best.recognised) best = { index, recognised };
  }
  return best && best.recognised > 0 ? best : { index: candidates[0]!, recognised: 0 };
}
