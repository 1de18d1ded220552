import { FINDING_MARK, PLATFORM_GLYPHS, STATUS_APPEARANCE } from '../../../../shared/inventory-map/appearance';
import type { AccountStatus, Platform } from '../../../../shared/model/accounts';

/** The network's badge: a coloured square with its letters (or a play triangle), drawn here, never fetched. */
export function PlatformGlyph({ platform, size = 14 }: { platform: Platform; size?: number }) {
  const glyph = PLATFORM_GLYPHS[platform];
  return (
    <svg className="map-glyph" width={size} height={size} viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <rect width="14" height="14" rx="3" fill={glyph.color} />
      {glyph.play ? (
        <path d="M5 3.5 L10.5 7 L5 10.5 Z" fill="#fff" />
      ) : (
        <text x="7" y="10.2" textAnchor="middle" fill="#fff" fontSize={glyph.letters.length > 1 ? 7.2 : 9.5} fontWeight="700" fontFamily="Arial, 'Liberation Sans', sans-serif">
          {glyph.letters}
        </text>
      )}
    </svg>
  );
}

/** The status's shape, so that status never depends on colour alone. */
export function StatusMarkIcon({ status, size = 10 }: { status: AccountStatus; size?: number }) {
  const { mark, ink } = STATUS_APPEARANCE[status];
  return (
    <svg className="map-status-mark" width={size} height={size} viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      {mark === 'dot' && <circle cx="5" cy="5" r="4" fill={ink} />}
      {mark === 'plus' && <path d="M5 1 V9 M1 5 H9" stroke={ink} strokeWidth="2" />}
      {mark === 'half' && (
        <>
          <circle cx="5" cy="5" r="3.8" fill="none" stroke={ink} strokeWidth="1.4" />
          <path d="M5 1.2 A3.8 3.8 0 0 0 5 8.8 Z" fill={ink} />
        </>
      )}
      {mark === 'cross' && <path d="M1.5 1.5 L8.5 8.5 M8.5 1.5 L1.5 8.5" stroke={ink} strokeWidth="2" />}
      {mark === 'square' && <rect x="1" y="1" width="8" height="8" fill={ink} />}
    </svg>
  );
}

/** The warning triangle on accounts that have audit findings. */
export function FindingMarkIcon({ size = 12 }: { size?: number }) {
  return (
    <svg className="map-finding-mark" width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M6 0.6 L11.6 11.2 H0.4 Z" fill={FINDING_MARK.ink} />
      <rect x="5.2" y="4" width="1.6" height="4" fill="#fff" />
      <rect x="5.2" y="8.8" width="1.6" height="1.5" fill="#fff" />
    </svg>
  );
}
