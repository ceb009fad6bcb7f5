// @vitest-environment happy-dom
// The content session end to end on a DOM without the Highlight API: it must extract, analyse, paint with the
// <mark> fallback, and leave the page exactly as it was once cleared. Real painting is checked in tests/e2e.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyseHere } from '@/lib/content/analyse';
import { createPageSession } from '@/lib/content/page-session';
import { NOT_ARTICLE_MESSAGE } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');
const gold = JSON.parse(readFileSync(resolve(SEEDS, 'gold.json'), 'utf8'));

function load(html: string, url = 'http://127.0.0.1/seed000.html') {
  document.open();
  document.write(html);
  document.close();
  const onAnalyzed = vi.fn();
  const session = createPageSession({
    doc: document,
    win: window,
    location: { href: url },
    loadSettings: async () => DEFAULT_SETTINGS,
    onAnalyzed,
    analyse: analyseHere,
  });
  return { session, onAnalyzed };
}

describe('page session', () => {
  it('analyses seed 000, lists its own key points, and restores the page on clear', async () => {
    const { session, onAnalyzed } = load(readFileSync(resolve(SEEDS, 'pages/seed000.html'), 'utf8'));
    const before = document.documentElement.outerHTML;

    const state = await session.run();
    expect(state.status).toBe('ready');
    expect(state.painted).toBe(true);
    expect(state.unanchored).toBe(0);
    expect(state.report?.keyPoints.map((k) => k.text)).toEqual(gold.articles['000_38bd7e3bd0a3190e.txt'].keyPoints.items);
    expect(state.report?.article.url).toBe('http://127.0.0.1/seed000.html');
    expect(state.report?.claims.length).toBeGreaterThan(0);
    expect(onAnalyzed).toHaveBeenCalledOnce();

    expect((await session.toggle()).painted).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);

    const again = await session.toggle();
    expect(again.painted).toBe(true);
    expect(onAnalyzed).toHaveBeenCalledOnce(); // re-painting reuses the analysis
    session.clear();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('shares one run between requests that arrive together', async () => {
    const { session, onAnalyzed } = load(readFileSync(resolve(SEEDS, 'pages/seed001.html'), 'utf8'));
    const [a, b] = await Promise.all([session.run(), session.run()]);
    expect(a).toBe(b);
    expect(onAnalyzed).toHaveBeenCalledOnce();
    expect(a.report?.repeats.length).toBeGreaterThanOrEqual(25);
    session.clear();
  });

  it.each([
    ['a login form', '<html><body><form><label>User <input name=u></label><button>Sign in</button></form></body></html>'],
    ['an empty page', '<html><body></body></html>'],
  ])('says there is no article on %s, and paints nothing', async (_name, html) => {
    const { session } = load(html);
    const before = document.documentElement.outerHTML;
    const state = await session.run();
    expect(state.status).toBe('not-article');
    expect(state.message).toBe(NOT_ARTICLE_MESSAGE);
    expect(state.painted).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
