// Serves corpus pages from 127.0.0.1: "/<id>/" answers that page's source.html and nothing else exists, so a
// page's images, scripts and styles fail fast, as they would offline. Every request is recorded.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { CorpusPage } from './corpus';

export interface CorpusServer {
  origin: string;
  urlOf(page: CorpusPage): string;
  requests: string[];
  close(): Promise<void>;
}

export async function startCorpusServer(pages: readonly CorpusPage[]): Promise<CorpusServer> {
  const byPath = new Map(pages.map((p) => [`/${p.id}/`, p.file]));
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(pathname);
    const file = byPath.get(pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(file).then(
      // The corpus pages are UTF-8; saying so spares the browser a guess that could differ between browsers.
      (body) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body),
      (err: unknown) => res.writeHead(500).end(String(err)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    urlOf: (page) => `${origin}/${page.id.split('/').map(encodeURIComponent).join('/')}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
