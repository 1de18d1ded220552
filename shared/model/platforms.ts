import type { Platform } from './accounts';

export interface RecognisedAccount {
  platform: Platform;
  handle: string;
  /** The address written the standard way: https, no tracking query, no trailing slash. */
  url: string;
}

/** Path words that are pages of the network itself, not accounts. */
const RESERVED = new Set(['home', 'i', 'intent', 'share', 'search', 'hashtag', 'explore', 'watch', 'login', 'signup', 'settings', 'sharer', 'sharer.php', 'p', 'reel', 'status']);

type Rule = { hosts: RegExp; platform: Platform; handle: (segments: string[], url: URL) => string | null };

const first = (segments: string[]) => {
  const segment = segments[0];
  return segment && !RESERVED.has(segment.toLowerCase()) ? segment : null;
};
const at = (value: string | null) => (value ? `@${value.replace(/^@/, '')}` : null);

const RULES: Rule[] = [
  { hosts: /^(mobile\.)?(twitter|x)\.com$/, platform: 'x', handle: (s) => at(first(s)) },
  {
    hosts: /^(m\.|www\.|web\.)?(facebook|fb)\.com$/,
    platform: 'facebook',
    handle: (s, url) => (s[0] === 'profile.php' ? url.searchParams.get('id') : s[0] === 'pages' ? (s[2] ?? s[1] ?? null) : first(s)),
  },
  { hosts: /^(www\.)?instagram\.com$/, platform: 'instagram', handle: (s) => at(first(s)) },
  {
    hosts: /^(www\.|m\.)?youtube\.com$/,
    platform: 'youtube',
    handle: (s) => (s[0]?.startsWith('@') ? s[0] : ['channel', 'c', 'user'].includes(s[0] ?? '') ? (s[1] ?? null) : null),
  },
  {
    hosts: /^([a-z]{2,3}\.|www\.)?linkedin\.com$/,
    platform: 'linkedin',
    handle: (s) => (['company', 'school', 'showcase', 'in'].includes(s[0] ?? '') ? (s[1] ?? null) : null),
  },
  { hosts: /^(www\.|m\.)?tiktok\.com$/, platform: 'tiktok', handle: (s) => (s[0]?.startsWith('@') ? s[0] : null) },
  { hosts: /^(www\.)?threads\.(net|com)$/, platform: 'threads', handle: (s) => (s[0]?.startsWith('@') ? s[0] : null) },
  { hosts: /^bsky\.app$/, platform: 'bluesky', handle: (s) => (s[0] === 'profile' ? (s[1] ?? null) : null) },
  { hosts: /^(t|telegram)\.me$/, platform: 'telegram', handle: (s) => at(first(s)) },
  { hosts: /^(www\.)?whatsapp\.com$/, platform: 'whatsapp_channel', handle: (s) => (s[0] === 'channel' ? (s[1] ?? null) : null) },
  { hosts: /^(www\.)?flickr\.com$/, platform: 'flickr', handle: (s) => (['photos', 'people'].includes(s[0] ?? '') ? (s[1] ?? null) : null) },
  { hosts: /^([a-z]{2}\.|www\.)?pinterest\.[a-z.]+$/, platform: 'pinterest', handle: (s) => first(s) },
  { hosts: /^(www\.|m\.)?twitch\.tv$/, platform: 'twitch', handle: (s) => first(s) },
  { hosts: /\.(blogspot|wordpress)\.com$|^(www\.)?medium\.com$|^(www\.)?substack\.com$|\.substack\.com$/, platform: 'blog', handle: (s, url) => (s[0]?.startsWith('@') ? s[0] : url.hostname.split('.')[0] ?? null) },
];

/**
 * Recognises the network and the handle from an address pasted by the user. Returns null when
 * the text is not a web address at all; an address on an unknown site is a blog or "other".
 */
export function recogniseAccountUrl(text: string): RecognisedAccount | null {
  let url: URL;
  try {
    const trimmed = text.trim();
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  if (!host.includes('.')) return null;
  const segments = url.pathname.split('/').filter(Boolean).map((segment) => decodeURIComponentSafe(segment));
  const keepQuery = host.endsWith('facebook.com') && segments[0] === 'profile.php';
  const normalised = `https://${host}${url.pathname.replace(/\/+$/, '')}${keepQuery ? url.search : ''}`;

  for (const rule of RULES) {
    if (!rule.hosts.test(host)) continue;
    const handle = rule.handle(segments, url);
    return { platform: rule.platform, handle: handle ?? '', url: normalised };
  }
  // Mastodon and its kin live on many servers; their profile addresses are /@user.
  if (segments.length === 1 && segments[0]!.startsWith('@') && segments[0]!.length > 1) {
    return { platform: 'mastodon', handle: `${segments[0]}@${host}`, url: normalised };
  }
  return { platform: 'other', handle: segments[0] ?? host, url: normalised };
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The same account written two ways (case, @, trailing slash, http/https) gives the same key. */
export function accountIdentityKey(account: { platform: string; handle: string; url: string }): string | null {
  const handle = account.handle.trim().replace(/^@/, '').toLowerCase();
  if (handle) return `${account.platform}:${handle}`;
  const recognised = account.url ? recogniseAccountUrl(account.url) : null;
  return recognised ? `url:${recognised.url.toLowerCase().replace(/^https?:\/\/(www\.)?/, '')}` : null;
}
