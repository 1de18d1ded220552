import { fieldTable, frontHeading, linkedRuns, type Content } from '../blocks';
import type { DocumentContext } from '../context';
import type { Block } from '../outline';
import { cleanLine } from '../sanitize';

/** "Ficha del documento": the identity card of this version, as approval procedures expect it. */
export function documentControl(context: DocumentContext): Block[] {
  const { t, data } = context;
  const rows: [string, Content][] = [
    [t('document.control.documentType'), t('document.documentType')],
    [t('document.control.institution'), context.institutionName],
    [t('document.control.planTitle'), context.planTitle],
    [t('document.control.status'), context.status],
    [t('document.control.version'), context.orNotSet(context.versionLabel)],
    [t('document.control.revision'), context.number(data.meta.revision)],
    [t('document.control.date'), context.date(data.generatedAt)],
    [t('document.control.authors'), context.list(data.institution.authors)],
    [t('document.control.contact'), linkedRuns(context.orNotSet(cleanLine(data.institution.contact)))],
    [t('document.control.period'), context.period],
  ];
  return [
    frontHeading(t('document.control.title')),
    fieldTable([t('document.fieldColumn'), t('document.valueColumn')], rows),
  ];
}
