import { useId } from 'react';
import type { MapFilter } from '../../../../shared/inventory-map/input';
import { ACCOUNT_STATUSES, PLATFORM_CODES, type AccountStatus, type Platform } from '../../../../shared/model/accounts';
import { useT } from '../../i18n/useT';
import { MAX_ZOOM, MIN_ZOOM } from './zoom';

export type Paper = 'a4' | 'a3';

interface MapToolbarProps {
  filter: MapFilter;
  onFilter: (filter: MapFilter) => void;
  /** Networks that appear in the inventory, offered in the network filter. */
  platforms: readonly Platform[];
  zoom: number;
  onZoomStep: (direction: 1 | -1) => void;
  onZoomReset: () => void;
  onZoomFit: () => void;
  canFold: boolean;
  onFoldAll: () => void;
  onUnfoldAll: () => void;
  paper: Paper;
  onPaper: (paper: Paper) => void;
  onPrint: () => void;
}

/** Filters, size and printing of the map. */
export function MapToolbar(props: MapToolbarProps) {
  const t = useT();
  const platformId = useId();
  const statusId = useId();
  const paperId = useId();
  const { filter, onFilter } = props;
  const percent = Math.round(props.zoom * 100);
  return (
    <div className="map-toolbar" role="group" aria-label={t('map.toolbar.label')}>
      <div className="map-toolbar-field">
        <label htmlFor={platformId}>{t('map.toolbar.platform')}</label>
        <select id={platformId} value={filter.platform ?? ''} onChange={(event) => onFilter({ ...filter, platform: (event.target.value || null) as Platform | null })}>
          <option value="">{t('map.toolbar.allPlatforms')}</option>
          {PLATFORM_CODES.filter((code) => props.platforms.includes(code)).map((code) => (
            <option key={code} value={code}>
              {t(`inventory.platforms.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="map-toolbar-field">
        <label htmlFor={statusId}>{t('map.toolbar.status')}</label>
        <select id={statusId} value={filter.status ?? ''} onChange={(event) => onFilter({ ...filter, status: (event.target.value || null) as AccountStatus | null })}>
          <option value="">{t('map.toolbar.allStatuses')}</option>
          {ACCOUNT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`inventory.statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="map-toolbar-check">
        <input type="checkbox" checked={filter.onlyUnitsWithAccounts} onChange={(event) => onFilter({ ...filter, onlyUnitsWithAccounts: event.target.checked })} />
        {t('map.toolbar.onlyWithAccounts')}
      </label>
      <div className="map-toolbar-group" role="group" aria-label={t('map.toolbar.zoom')}>
        <button type="button" className="secondary" aria-label={t('map.toolbar.zoomOut')} title={t('map.toolbar.zoomOut')} disabled={props.zoom <= MIN_ZOOM} onClick={() => props.onZoomStep(-1)}>
          −
        </button>
        <output className="map-zoom-value" aria-live="polite">
          {t('map.toolbar.zoomValue', { percent })}
        </output>
        <button type="button" className="secondary" aria-label={t('map.toolbar.zoomIn')} title={t('map.toolbar.zoomIn')} disabled={props.zoom >= MAX_ZOOM} onClick={() => props.onZoomStep(1)}>
          +
        </button>
        <button type="button" className="secondary" onClick={props.onZoomFit}>
          {t('map.toolbar.zoomFit')}
        </button>
        <button type="button" className="secondary" title={t('map.toolbar.zoomReset')} aria-label={t('map.toolbar.zoomReset')} disabled={percent === 100} onClick={props.onZoomReset}>
          {t('map.toolbar.zoomNormal')}
        </button>
      </div>
      <div className="map-toolbar-group">
        <button type="button" className="secondary" disabled={!props.canFold} onClick={props.onFoldAll}>
          {t('map.toolbar.foldAll')}
        </button>
        <button type="button" className="secondary" onClick={props.onUnfoldAll}>
          {t('map.toolbar.unfoldAll')}
        </button>
      </div>
      <div className="map-toolbar-group map-toolbar-print">
        <label htmlFor={paperId}>{t('map.toolbar.paper')}</label>
        <select id={paperId} value={props.paper} onChange={(event) => props.onPaper(event.target.value as Paper)}>
          <option value="a4">{t('map.toolbar.papers.a4')}</option>
          <option value="a3">{t('map.toolbar.papers.a3')}</option>
        </select>
        <button type="button" onClick={props.onPrint}>
          {t('map.toolbar.print')}
        </button>
      </div>
    </div>
  );
}
