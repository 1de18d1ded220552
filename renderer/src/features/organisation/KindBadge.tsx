import type { UnitKind } from '../../../../shared/model/units';
import { useT } from '../../i18n/useT';
import './organisation.css';

/** Political or administrative, in words and colour (the words carry the meaning; the colour helps scanning). */
export function KindBadge({ kind }: { kind: UnitKind }) {
  const t = useT();
  return <span className={`kind-badge kind-${kind}`}>{t(`organisation.kindBadge.${kind}`)}</span>;
}
