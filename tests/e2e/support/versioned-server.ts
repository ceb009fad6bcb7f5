// A page server for the revisit tests: one address whose page the test replaces between visits (the saved
// version, then the edited one), as a news site edits an article in place. Pages live in memory: the edited
// versions are made at test time from the shared seed (tests/fixtures/edited-seed.ts), never written to disk.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface VersionedServer {
  origin: string;
  url(path: string): string;
  /** Serves `html` at `path` ("/memory/article.html") from now on. */
  set(path: string, html: string): void;
  requests: string[];
  close(): Promise<void>;
}

export async function startVersionedServer(): Promise<VersionedServer> {
  const pages = new Map<string, string>();
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(pathname);
    const body = pages.get(pathname);
    if (body === undefined) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    // no-store: a reload must fetch the current version, never the one the browser cached.
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set: (path, html) => void pages.set(path, html),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
