// Serves the hostile documents from 127.0.0.1 for the browser run: "/<seed>/" answers that seed's page, made
// on request (a seed always gives the same page), and nothing else exists, so a frame or an image the page
// asks for fails fast. A huge-text-node page is served with its huge paragraph empty, and the paragraph's text
// at "/<seed>/text", for ./page-huge-text.ts to put in as one text node.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml, hostileDocument } from '../../../tests/unit/fuzz/hostile-documents';

export interface HostileServer {
  origin: string;
  urlOf(seed: number): string;
  close(): Promise<void>;
}

// broken-shell gives empty pages; a browser shows an empty response as an empty document too, but a page with
// no bytes at all is answered with a minimal one so every seed has a document to run on.
const EMPTY_PAGE = '<!DOCTYPE html><title>empty</title>';

interface Served {
  seed: number;
  html: string;
  /** A huge-text-node page's huge paragraph, served apart. */
  text: string | null;
}

/** The page as served: a huge-text-node page without its huge paragraph's text (the generator puts it last). */
export function servedDocument(seed: number): Served {
  const doc = hostileDocument(seed);
  if (doc.kind !== 'huge-text-node') return { seed, html: doc.html || EMPTY_PAGE, text: null };
  const huge = doc.text.slice(doc.text.lastIndexOf('\n\n') + 2);
  const paragraph = `<p>${escapeHtml(huge)}</p>`;
  if (!doc.html.includes(paragraph)) throw new Error(`seed ${seed}: the huge paragraph is not where the generator puts it`);
  return { seed, html: doc.html.replace(paragraph, '<p></p>'), text: huge };
}

export async function startHostileServer(): Promise<HostileServer> {
  let last: Served | null = null;
  const server = http.createServer((req, res) => {
    const match = /^\/(\d+)\/(text)?$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const seed = Number(match?.[1]);
    if (match && last?.seed !== seed) last = servedDocument(seed);
    const body = !match || !last ? null : match[2] ? last.text : last.html;
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // UTF-8 said outright: the pages hold lone surrogates and controls, and a guessed charset could differ.
    const type = match![2] ? 'text/plain' : 'text/html';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    urlOf: (seed) => `${origin}/${seed}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
