import { ACCOUNT_STATUSES, type Platform } from '../../../../shared/model/accounts';
import { useT } from '../../i18n/useT';
import { FindingMarkIcon, PlatformGlyph, StatusMarkIcon } from './glyphs';

/** What the colours, shapes and badges mean; on screen and on the printed map. */
export function MapLegend({ platforms }: { platforms: readonly Platform[] }) {
  const t = useT();
  return (
    <div className="map-legend">
      <div className="map-legend-group">
        <h3>{t('map.legend.statuses')}</h3>
        <ul>
          {ACCOUNT_STATUSES.map((status) => (
            <li key={status}>
              {/* A chip as the map draws it, with the status's name for a handle. */}
              <span className="map-chip map-legend-chip" data-status={status}>
                <StatusMarkIcon status={status} />
                <span className="map-chip-text">{t(`inventory.statuses.${status}`)}</span>
              </span>
            </li>
          ))}
          <li>
            <FindingMarkIcon />
            <span>{t('map.legend.findings')}</span>
          </li>
        </ul>
      </div>
      <div className="map-legend-group">
        <h3>{t('map.legend.kinds')}</h3>
        <ul>
          <li>
            <span className="map-legend-kind" data-kind="political" aria-hidden="true" />
            <span>{t('map.legend.political')}</span>
          </li>
          <li>
            <span className="map-legend-kind" data-kind="administrative" aria-hidden="true" />
            <span>{t('map.legend.administrative')}</span>
          </li>
        </ul>
      </div>
      {platforms.length > 0 && (
        <div className="map-legend-group">
          <h3>{t('map.legend.platforms')}</h3>
          <ul className="map-legend-platforms">
            {platforms.map((platform) => (
              <li key={platform}>
                <PlatformGlyph platform={platform} />
                <span>{t(`inventory.platforms.${platform}`)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
