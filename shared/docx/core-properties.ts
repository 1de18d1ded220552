import { LOCALES, translate } from '../i18n';
import type { DocumentContext } from './context';
import { cleanLine } from './sanitize';

/** Where the package keeps its core properties (the content types already list this part). */
export const CORE_PROPERTIES_PATH = 'docProps/core.xml';

/**
 * File > Properties in Word: what search tools and records-management systems index. Written by
 * hand rather than by docx, which has no language, category or status among its options: the
 * language is how a records system (and Word's accessibility checker) knows the document's
 * language without opening it. Every value is one clean line, escaped here.
 */
export function corePropertiesXml(context: DocumentContext): string {
  const { t, data, institutionName: institution, planTitle: title } = context;
  const authors = data.institution.authors.map((author) => cleanLine(author)).filter((author) => author !== '');
  const creator = authors.length > 0 ? cleanLine(authors.join('; ')) : translate(context.lang, 'common.appName');
  const stamp = timestamp(data.generatedAt);
  const elements: [string, string][] = [
    ['dc:title', title],
    ['dc:subject', cleanLine(t('document.properties.subject', { institution }))],
    ['dc:creator', creator],
    ['cp:keywords', cleanLine(t('document.properties.keywords', { institution }))],
    [
      'dc:description',
      cleanLine(t('document.properties.description', { title, institution, period: context.period, version: context.versionLabel, status: context.status }), 2_000),
    ],
    ['cp:lastModifiedBy', creator],
    ['dc:language', LOCALES[context.lang]],
    ['cp:category', cleanLine(data.document.settings.documentType) || t('document.documentType')],
    ['cp:contentStatus', context.status],
    ...(context.versionLabel === '' ? [] : ([['cp:version', context.versionLabel]] as [string, string][])),
  ];
  const written = elements.filter(([, value]) => value !== '').map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`);
  const dates = ['dcterms:created', 'dcterms:modified'].map((name) => `<${name} xsi:type="dcterms:W3CDTF">${stamp}</${name}>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    [...written, ...dates].join('') +
    '</cp:coreProperties>'
  );
}

/** The document's date as W3CDTF; the moment of writing when the data's own is not a date. */
function timestamp(iso: string): string {
  const parsed = new Date(iso);
  const date = Number.isNaN(parsed.getTime()) ? new Date() : parsed;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!);
}
