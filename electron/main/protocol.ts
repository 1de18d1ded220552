import { readFile as nodeReadFile, realpath as nodeRealpath } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-url';

/**
 * The Content Security Policy of the desktop renderer, sent as a response header (a <meta>
 * tag could be removed by the page, and cannot carry frame-ancestors).
 * - script-src allows 'wasm-unsafe-eval' only: sql.js compiles WebAssembly; no eval, no inline script.
 * - worker-src allows blob: because bundlers may start module workers from blob URLs.
 * - style-src is 'self' without 'unsafe-inline': React writes `style` props through the CSSOM,
 *   which CSP does not govern, and Vite extracts all CSS to files; so nothing legitimate needs
 *   inline <style> or style="" markup, and refusing it removes a CSS-injection channel for
 *   text that comes from a received plan file.
 * - connect-src 'self': the only fetches are our own assets (the sql.js wasm); nothing remote.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Registered before `ready`: standard + secure so the page gets a real origin and web APIs. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  // The exact type lets WebAssembly.instantiateStreaming compile sql.js without a copy.
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface AppProtocolOptions {
  /** The built renderer folder (`out/renderer`); nothing outside it is ever served. */
  rendererDir: string;
  readFile?: (file: string) => Promise<Uint8Array>;
  realpath?: (file: string) => Promise<string>;
}

function plainResponse(status: number): Response {
  return new Response(null, { status, headers: { 'Content-Security-Policy': APP_CSP, 'X-Content-Type-Options': 'nosniff' } });
}

/**
 * Turns the URL path into a path relative to the renderer folder, or null when it tries to
 * leave it. Everything suspicious is refused rather than normalised: dot segments (also
 * percent-encoded), back-slashes, empty segments (`//etc`), drive letters and NUL bytes.
 */
export function relativeAssetPath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\\') || decoded.includes('\0')) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.length === 1 && segments[0] === '') return 'index.html';
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || segment.includes(':')) return null;
  }
  return segments.join('/');
}

function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export type AppRequest = Pick<Request, 'url' | 'method'>;

/** The `protocol.handle` callback for `app://rumbo/...`: our built files only, CSP on every answer. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: AppRequest) => Promise<Response> {
  const readFile = options.readFile ?? nodeReadFile;
  const realpath = options.realpath ?? nodeRealpath;
  const root = path.resolve(options.rendererDir);

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405);
    // The raw request URL is inspected, not a normalised one, so `..` cannot be resolved away
    // before it is seen. URL parsing of a non-special scheme keeps `%2e%2e` encoded.
    const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(request.url);
    if (!match || match[1]!.toLowerCase() !== APP_SCHEME || match[2]!.toLowerCase() !== APP_HOST) return plainResponse(404);
    const relative = relativeAssetPath(match[3] || '/');
    if (relative === null) return plainResponse(403);
    const file = path.join(root, ...relative.split('/'));
    if (!isInside(root, file)) return plainResponse(403);
    let bytes: Uint8Array;
    try {
      // A symbolic link inside the folder must not lead outside it either.
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
      if (!isInside(realRoot, realFile)) return plainResponse(403);
      bytes = await readFile(realFile);
    } catch {
      return plainResponse(404);
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
      status: 200,
      headers: {
        'Content-Type': type,
        'Content-Security-Policy': APP_CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
