import { useDroppable } from '@dnd-kit/core';
import type { MapAccountInput } from '../../../../shared/inventory-map/layout';
import { useT } from '../../i18n/useT';
import { AccountChip } from './AccountChip';
import { TRAY_DROP_ID, type CanvasInteraction } from './MapCanvas';

interface OrphanTrayProps {
  orphans: readonly MapAccountInput[];
  interaction: CanvasInteraction;
}

/**
 * Accounts without a unit, kept above the map and always in sight while the map scrolls, so that
 * each one can be dragged to a unit far below. Dropping an account here takes it off its unit.
 */
export function OrphanTray({ orphans, interaction }: OrphanTrayProps) {
  const t = useT();
  const { setNodeRef, isOver } = useDroppable({ id: TRAY_DROP_ID });
  return (
    <section ref={setNodeRef} className={`map-tray${isOver ? ' drop-over' : ''}${orphans.length === 0 ? ' empty' : ''}`} aria-labelledby="map-tray-title" data-testid="map-tray">
      <h2 id="map-tray-title">
        {t('map.tray.title')} <span className="map-tray-count">({t('map.tray.count', { count: orphans.length })})</span>
      </h2>
      {orphans.length === 0 ? (
        <p className="hint">{t('map.tray.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('map.tray.hint')}</p>
          <div className="map-tray-chips">
            {orphans.map((account) => (
              <AccountChip
                key={account.id}
                accountId={account.id}
                platform={account.platform}
                status={account.status}
                text={account.label}
                flagged={account.flagged}
                label={interaction.chipLabel(account.id)}
                roleDescription={interaction.roleDescription}
                selected={interaction.selectedId === account.id}
                readOnly={interaction.readOnly}
                onSelect={interaction.onSelect}
                onClearSelection={interaction.onClearSelection}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
