import { cleanText } from '../docx/sanitize';

/**
 * Markdown lets a writer spell a character as an HTML entity (`&amp;`, `&#8364;`); marked leaves
 * them undecoded because its HTML renderer passes them through. We show text, not HTML, so
 * they are decoded here. Only numeric references and the named ones a Spanish or English
 * administrative text plausibly contains are known: any other `&name;` stays as it is written,
 * which loses nothing.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú',
  ntilde: 'ñ', Ntilde: 'Ñ', uuml: 'ü', Uuml: 'Ü', ccedil: 'ç', Ccedil: 'Ç', agrave: 'à', egrave: 'è', ograve: 'ò',
  iexcl: '¡', iquest: '¿', laquo: '«', raquo: '»', ordm: 'º', ordf: 'ª', deg: '°', middot: '·', sect: '§', para: '¶',
  euro: '€', copy: '©', reg: '®', trade: '™', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;
const REPLACEMENT = '\uFFFD';

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return Object.hasOwn(NAMED, name) ? NAMED[name]! : whole;
    return fromCodePoint(decimal !== undefined ? parseInt(decimal, 10) : parseInt(hex!, 16));
  });
}

// As CommonMark says: NUL, surrogates and numbers beyond Unicode become U+FFFD; and so does
// anything the document's sanitizer would remove (controls, bidi overrides), which an entity
// must not smuggle past it.
function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return REPLACEMENT;
  const character = String.fromCodePoint(code);
  return cleanText(character) === character ? character : REPLACEMENT;
}
