// A static server on 127.0.0.1 for the seed pages and the hand-written fixtures. It records every request,
// so a test can tell the pages it loaded from anything else that reached the server.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES_DIR, SEED_PAGES_DIR } from './paths';

export interface PageServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  url(file: string): string;
  /** Paths requested so far ("/seed000.html", "/favicon.ico", …), in order. */
  requests: string[];
  close(): Promise<void>;
}

// Seeds first: a fixture never shadows a seed page of the same name.
const ROOTS = [SEED_PAGES_DIR, FIXTURES_DIR];

export async function startPageServer(): Promise<PageServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(pathname);
    void serve(pathname).then(
      (body) => {
        if (body === null) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        } else {
          // no-store: a page reloaded after a restart must come from this server, not from the disk cache.
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
        }
      },
      (err: unknown) => res.writeHead(500).end(String(err)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (file) => `${origin}/${file}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serve(pathname: string): Promise<Buffer | null> {
  // Only flat "*.html" names: nothing outside the two folders can be reached.
  const name = path.basename(pathname);
  if (!/^[\w-]+\.html$/.test(name) || pathname !== `/${name}`) return null;
  for (const root of ROOTS) {
    const body = await readFile(path.join(root, name)).catch(() => null);
    if (body) return body;
  }
  return null;
}
