import type { ReactNode } from 'react';
import type { DescribedChange } from '../../../../shared/merge/describe';
import type { ChangeNode } from './review';

/** Changes as a list, each with the records that came or went with it nested beneath. */
export function ChangeList<C extends DescribedChange>({ nodes, render }: { nodes: readonly ChangeNode<C>[]; render: (change: C) => ReactNode }) {
  return (
    <ul className="change-list">
      {nodes.map((node) => (
        <li key={`${node.change.table}:${node.change.id}`}>
          {render(node.change)}
          {node.children.length > 0 && <ChangeList nodes={node.children} render={render} />}
        </li>
      ))}
    </ul>
  );
}
