// Shared by the extraction tests: load pages from ../shared, read what a located range covers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LiveRange } from '../../../lib/extraction/locate';
import { rangeText } from '../../../lib/extraction/range-text';

export const SHARED = resolve(import.meta.dirname, '../../../../shared');

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadPage(relativeToShared: string): Document {
  return parseHtml(readFileSync(resolve(SHARED, relativeToShared), 'utf8'));
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** What the range covers on the page, whitespace collapsed (a <br> counts as whitespace). */
export function locatedText(range: LiveRange | null): string | null {
  if (!range) return null;
  const text = rangeText(range);
  return text === null ? null : collapse(text);
}

/** A fingerprint of the whole document: every node's type, name, attributes and text, in order. */
export function serialise(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** A page Readability accepts, with `body` inside an <article> between two long paragraphs. */
export function articlePage(body: string): string {
  const filler = 'The committee met on Tuesday to discuss the budget for the coming year, and members spoke at length about ' +
    'the cost of the new bridge, the state of the roads and the plans for the harbour, which many residents oppose.';
  return `<!DOCTYPE html><html lang="en"><head><title>Test article</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Test article</h1><p>${filler}</p>${body}<p>${filler.replace('Tuesday', 'Wednesday')}</p></article>
    <footer><p>© Example</p></footer></body></html>`;
}
