import type { DocumentPreview } from '../../../../shared/docx/types';
import type { Lang } from '../../../../shared/i18n';
import { useT } from '../../i18n/useT';
import { nestHeadings, type OutlineNode } from './outline';

/** The table of contents the document will have, as nested lists (read as such by screen readers). */
export function OutlinePreview({ headings, lang }: { headings: DocumentPreview['headings']; lang: Lang }) {
  const t = useT();
  const tree = nestHeadings(headings);
  return (
    <section aria-labelledby="export-outline-title" className="export-outline">
      <h3 id="export-outline-title">{t('docui.export.preview.outline')}</h3>
      {tree.length === 0 ? <p className="muted">{t('docui.export.preview.outlineEmpty')}</p> : <OutlineList nodes={tree} lang={lang} />}
    </section>
  );
}

function OutlineList({ nodes, lang }: { nodes: OutlineNode[]; lang?: Lang }) {
  return (
    <ul lang={lang}>
      {nodes.map((node, index) => (
        <li key={index}>
          {node.text}
          {node.children.length > 0 && <OutlineList nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}
