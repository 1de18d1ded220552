/** The privileged scheme the built renderer is served from: `app://rumbo/index.html`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rumbo';
export const APP_BASE_URL = `${APP_SCHEME}://${APP_HOST}/`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `candidate` belongs to the app served from `baseUrl` (ours, or the dev server's).
 * Protocol and host are compared rather than `URL.origin`, because WHATWG URL reports the
 * origin of a custom scheme such as `app:` as the opaque `"null"`, which every other custom
 * URL would share.
 */
export function isAppUrl(candidate: string, baseUrl: string): boolean {
  const url = parse(candidate);
  const base = parse(baseUrl);
  if (!url || !base) return false;
  // Host names are case-insensitive; WHATWG URL lower-cases them only for http-like schemes.
  const sameHost = url.host.toLowerCase() === base.host.toLowerCase();
  return url.protocol === base.protocol && sameHost && url.username === '' && url.password === '';
}

/** Only web pages over TLS and e-mail addresses ever leave the app (the same rule as docx links). */
export function isSafeExternalUrl(candidate: string): boolean {
  const url = parse(candidate);
  if (!url) return false;
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
}
