import type { AccountStatus, Platform } from '../model/accounts';
import type { UnitKind } from '../model/units';

/**
 * How the account map looks, as data, so that the screen, the printout and the picture in the
 * Word document draw the same thing. No remote images or icon fonts: every platform is a
 * letter badge drawn by the renderer.
 */
export interface PlatformGlyph {
  /** One or two characters drawn in white on the badge. */
  letters: string;
  /** Draw a "play" triangle instead of the letters (when the drawing can). */
  play?: boolean;
  /** Badge colour, dark enough for white letters (contrast ≥ 4.5:1). */
  color: string;
}

export const PLATFORM_GLYPHS: Record<Platform, PlatformGlyph> = {
  x: { letters: 'X', color: '#111111' },
  facebook: { letters: 'f', color: '#1659c7' },
  instagram: { letters: 'Ig', color: '#a0336f' },
  youtube: { letters: 'YT', color: '#c00000', play: true },
  linkedin: { letters: 'in', color: '#0a5aa8' },
  tiktok: { letters: 'Tk', color: '#25252b' },
  threads: { letters: '@', color: '#3a3a3a' },
  bluesky: { letters: 'Bs', color: '#0b62c4' },
  mastodon: { letters: 'M', color: '#4f46c8' },
  telegram: { letters: 'Tg', color: '#1a6f9c' },
  whatsapp_channel: { letters: 'W', color: '#11723c' },
  flickr: { letters: 'Fl', color: '#0052b4' },
  pinterest: { letters: 'P', color: '#a8071a' },
  twitch: { letters: 'Tw', color: '#5c2db4' },
  blog: { letters: 'B', color: '#6a4a12' },
  other: { letters: '?', color: '#4b5563' },
};

/** A shape drawn beside the handle, so that status never relies on colour alone (colour blindness, black-and-white print). */
export type StatusMark = 'dot' | 'plus' | 'half' | 'cross' | 'square';

export interface StatusAppearance {
  mark: StatusMark;
  /** Colour of the mark and the chip's border. */
  ink: string;
  /** Chip background. */
  fill: string;
  /** Dashed border: not (yet or any longer) a running account. */
  dashed: boolean;
  /** The handle is struck through. */
  struck: boolean;
}

export const STATUS_APPEARANCE: Record<AccountStatus, StatusAppearance> = {
  active: { mark: 'dot', ink: '#1b6e3a', fill: '#e7f4ec', dashed: false, struck: false },
  proposed: { mark: 'plus', ink: '#0b5394', fill: '#e8f0f9', dashed: true, struck: false },
  dormant: { mark: 'half', ink: '#8a5300', fill: '#fdf3e1', dashed: false, struck: false },
  to_close: { mark: 'cross', ink: '#a1261b', fill: '#fbeceb', dashed: false, struck: false },
  closed: { mark: 'square', ink: '#5b6573', fill: '#eef1f4', dashed: true, struck: true },
};

export interface UnitKindAppearance {
  /** The band along the card's left edge. */
  band: string;
  /** Card background. */
  fill: string;
}

export const UNIT_KIND_APPEARANCE: Record<UnitKind, UnitKindAppearance> = {
  political: { band: '#6b3fa0', fill: '#f6f1fb' },
  administrative: { band: '#0b5394', fill: '#ffffff' },
};

/** The mark on an account that has findings in the audit. */
export const FINDING_MARK = { ink: '#a1261b', letter: '!' } as const;
