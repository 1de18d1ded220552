import type { Platform } from '../../../../shared/model/accounts';

/**
 * A small coloured tile with the network's initials: recognisable at a glance, drawn with
 * text only (no remote logos, nothing to fetch), and hidden from screen readers, which read
 * the network's name written next to it.
 */
const LOOK: Record<Platform, { initials: string; background: string; color?: string }> = {
  x: { initials: 'X', background: '#14171a' },
  facebook: { initials: 'f', background: '#1c5fc9' },
  instagram: { initials: 'IG', background: '#b3206b' },
  youtube: { initials: 'YT', background: '#c4161c' },
  linkedin: { initials: 'in', background: '#0a5a9c' },
  tiktok: { initials: 'TT', background: '#222222' },
  threads: { initials: '@', background: '#3b3b3b' },
  bluesky: { initials: 'B', background: '#0a6fd6' },
  mastodon: { initials: 'M', background: '#5b47c9' },
  telegram: { initials: 'T', background: '#1a7ab5' },
  whatsapp_channel: { initials: 'W', background: '#13703f' },
  flickr: { initials: 'Fl', background: '#c2005f' },
  pinterest: { initials: 'P', background: '#b0081b' },
  twitch: { initials: 'Tw', background: '#6a3ab8' },
  blog: { initials: 'B', background: '#8a5300', color: '#fff' },
  other: { initials: '…', background: '#5b6573' },
};

export function PlatformBadge({ platform, name }: { platform: Platform; name?: string }) {
  const look = LOOK[platform];
  return (
    <span className="platform">
      <span className="platform-tile" aria-hidden="true" style={{ background: look.background, color: look.color ?? '#fff' }}>
        {platform === 'blog' ? '✎' : look.initials}
      </span>
      {name !== undefined && <span className="platform-name">{name}</span>}
    </span>
  );
}
