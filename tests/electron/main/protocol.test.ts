import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP, createAppProtocolHandler, relativeAssetPath, type AppRequest } from '../../../electron/main/protocol';

let folder: string;
let serve: (request: AppRequest) => Promise<Response>;
const SECRET = 'secret outside the renderer folder';

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rumbo-protocol-'));
  const renderer = path.join(folder, 'renderer');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Rumbo</title>');
  await writeFile(path.join(renderer, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(path.join(renderer, 'assets', 'sql-wasm.wasm'), new Uint8Array([0, 97, 115, 109]));
  await writeFile(path.join(folder, 'secret.txt'), SECRET);
  await symlink(path.join(folder, 'secret.txt'), path.join(renderer, 'assets', 'link.txt'));
  serve = createAppProtocolHandler({ rendererDir: renderer });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A request exactly as written: Request() would normalise `..` before the handler saw it. */
const raw = (url: string, method = 'GET'): AppRequest => ({ url, method });

describe('app:// protocol handler', () => {
  it('serves the built renderer with the CSP as a response header', async () => {
    const response = await serve(new Request('app://rumbo/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Rumbo</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('the CSP allows only our own code, wasm compilation and nothing remote', () => {
    const directives = new Map(APP_CSP.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1).join(' ')]));
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self' 'wasm-unsafe-eval'",
      'worker-src': "'self' blob:",
      'img-src': "'self' data: blob:",
      'style-src': "'self'",
      'connect-src': "'self'",
      'font-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('serves index.html for the root and the right types for scripts and wasm', async () => {
    expect(await (await serve(raw('app://rumbo/'))).text()).toContain('Rumbo');
    expect((await serve(raw('app://rumbo/assets/index.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await serve(raw('app://rumbo/assets/sql-wasm.wasm'))).headers.get('content-type')).toBe('application/wasm');
  });

  it.each([
    'app://rumbo/../secret.txt',
    'app://rumbo/assets/../../secret.txt',
    'app://rumbo/%2e%2e/secret.txt',
    'app://rumbo/%2E%2E%2Fsecret.txt',
    'app://rumbo/assets/..%2f..%2fsecret.txt',
    'app://rumbo/..%5csecret.txt',
    'app://rumbo/%2fetc%2fpasswd',
    'app://rumbo//etc/passwd',
    `app://rumbo/${encodeURIComponent(path.join(tmpdir(), 'secret.txt'))}`,
    'app://rumbo/C:/Windows/win.ini',
    'app://rumbo/C%3A%5CWindows%5Cwin.ini',
    'app://rumbo/index.html%00.png',
    'app://rumbo/%E0%A4%A',
    'app://rumbo/./index.html',
  ])('refuses %s', async (url) => {
    const response = await serve(raw(url));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it('refuses a symbolic link that leads outside the folder', async () => {
    const response = await serve(raw('app://rumbo/assets/link.txt'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('never serves the secret through URLs that the URL parser normalises first', async () => {
    for (const url of ['app://rumbo/../secret.txt', 'app://rumbo/%2e%2e/secret.txt', 'app://rumbo/assets/%2E%2E/%2e%2e/secret.txt']) {
      const response = await serve(new Request(url));
      expect(response.status, url).not.toBe(200);
      expect(await response.text()).not.toContain(SECRET);
    }
  });

  it('answers 404 for other hosts and missing files, 405 for writes', async () => {
    expect((await serve(raw('app://other/index.html'))).status).toBe(404);
    expect((await serve(raw('file:///etc/passwd'))).status).toBe(404);
    expect((await serve(raw('app://rumbo/missing.js'))).status).toBe(404);
    expect((await serve(raw('app://rumbo/assets'))).status).toBe(404);
    expect((await serve(raw('app://rumbo/index.html', 'POST'))).status).toBe(405);
  });

  it('maps URL paths to relative file paths only', () => {
    expect(relativeAssetPath('/')).toBe('index.html');
    expect(relativeAssetPath('/assets/a%20b.js')).toBe('assets/a b.js');
    expect(relativeAssetPath('/a/../b')).toBeNull();
    expect(relativeAssetPath('relative')).toBeNull();
  });
});
