// The library in a real browser (issue 6): both seed pages saved through Factmark, then searched as you type,
// linked across articles (one person per speaker with spellings merged and the disagreeing role marked; the
// same claim grouped with the figures that differ), and exported then imported back with nothing lost.
// Tests run in order on one profile: each builds on what the previous one left.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageState } from '../../../lib/messages';
import { useBrowserSession } from './browser-session';
import type { BrowserName, DriverOptions, FactmarkDriver, TabHandle } from './driver';
import { textsOf } from './page-probes';
import { startPageServer } from './page-server';
import { poll } from './poll';

export interface LibrarySuiteOptions {
  name: BrowserName;
  createDriver(options: DriverOptions): Promise<FactmarkDriver>;
}

const SEEDS = ['seed000.html', 'seed001.html'] as const;
const sel = (testId: string) => `[data-testid="${testId}"]`;

// Run in the library page (serialised, so self-contained): the file an export hands to <a download>, caught
// before the browser's download manager (the export's content is under test here, not the browser's).
function catchDownloads(): void {
  const w = window as unknown as { __downloads?: Array<{ name: string; text: string | null }>; __caught?: boolean };
  if (w.__caught) return;
  w.__caught = true;
  w.__downloads = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create(blob);
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const entry = { name: this.download, text: null as string | null };
    w.__downloads!.push(entry);
    void blobs.get(this.href)?.text().then((t) => (entry.text = t));
  };
}
function downloads(): Array<{ name: string; text: string | null }> {
  return (window as unknown as { __downloads?: Array<{ name: string; text: string | null }> }).__downloads ?? [];
}
/** Hands the import input a file, as choosing it in the file dialog does. */
function importText({ name, text }: { name: string; text: string }): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
/** Sets the search box as typing does (one input event), for steps that are not about typing. */
function setSearch(text: string): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function people(): Array<{ name: string; variants: string; roles: string[]; conflict: string | null; quotes: number; articles: number }> {
  return [...document.querySelectorAll<HTMLElement>('[data-testid="person"]')].map((p) => ({
    name: p.dataset.name ?? '',
    variants: p.querySelector('[data-testid="person-variants"]')?.textContent ?? '',
    roles: [...p.querySelectorAll('[data-testid="person-role"]')].map((r) => r.textContent ?? ''),
    conflict: p.querySelector('[data-testid="role-conflict"]')?.textContent ?? null,
    quotes: p.querySelectorAll('[data-testid="person-quote"]').length,
    articles: p.querySelectorAll('[data-testid="person-article"]').length,
  }));
}

/** The library's rows without ids (a second copy numbers them its own way). */
function comparable(backup: string) {
  const parsed = JSON.parse(backup) as { articles: Array<Record<string, unknown> & { id: number; url: string }>; highlights: Array<Record<string, unknown> & { id: number; articleId: number }> };
  const urlOf = new Map(parsed.articles.map((a) => [a.id, a.url]));
  return {
    articles: parsed.articles.map(({ id: _id, ...a }) => a).sort((a, b) => String(a.url).localeCompare(String(b.url))),
    highlights: parsed.highlights.map(({ id: _id, articleId, ...h }) => ({ url: urlOf.get(articleId), ...h })).map((h) => JSON.stringify(h)).sort(),
  };
}

export function defineLibrarySuite({ name, createDriver }: LibrarySuiteOptions): void {
  describe(`The library in ${name}`, () => {
    const session = useBrowserSession({ name, profile: `${name}-library`, createDriver, startServer: startPageServer });
    let library: TabHandle;
    const titles: string[] = [];
    const { resultsDir } = session;
    const shot = (file: string) => path.join(resultsDir, `library-${file}`);

    const resultTitles = () => library.evaluate(textsOf, sel('result-title'));

    it('saves both seed pages through Factmark and lists them', async () => {
      for (const file of SEEDS) {
        const tab = await session.driver.openPage(session.server.url(file));
        await session.driver.activate(tab);
        const tabId = await session.driver.tabIdOf(tab);
        const state = await poll(() => session.driver.pageState(tabId), (s: PageState | null) => s?.status === 'ready' || s?.status === 'error', {
          timeout: 30_000, what: `Factmark to finish on ${file}`,
        });
        expect(state!.status, state!.message).toBe('ready');
        titles.push(state!.report!.article.title);
        await tab.close();
      }
      library = await session.driver.openExtensionPage('library.html');
      const shown = await poll(resultTitles, (t) => t.length === 2, { what: 'the library to list both seeds (auto-save)' });
      expect([...shown].sort()).toEqual([...titles].sort());
    });

    it('searches as you type: word prefixes, a name in another spelling, words in quotes and claims', async () => {
      const cases: Array<[string, number]> = [
        ['lavr', 2],          // a surname prefix, in both
        ['sergei', 2],        // the first seed spells him Sergey
        ['4.5-hour', 1],      // a figure only the second seed gives
        ['deployment nato', 2],
        ['zzzz', 0],
      ];
      for (const [query, count] of cases) {
        await library.evaluate(setSearch, '');
        await poll(resultTitles, (t) => t.length === 2, { what: 'the search to clear' });
        await library.type(sel('search'), query);
        const shown = await poll(
          () => library.evaluate(() => ({
            titles: [...document.querySelectorAll('[data-testid="result-title"]')].map((t) => t.textContent ?? ''),
            none: document.querySelector('[data-testid="no-results"]') !== null,
            value: document.querySelector<HTMLInputElement>('[data-testid="search"]')!.value,
          }), undefined),
          (s) => s.value === query && (count === 0 ? s.none : s.titles.length === count),
          { what: `"${query}" to find ${count} article(s)` },
        );
        if (query === '4.5-hour') expect(shown.titles).toEqual([titles[1]]);
      }
      // The words are marked in the snippets that say why an article matched.
      await library.evaluate(setSearch, '');
      await library.type(sel('search'), 'ushakov serious');
      const marks = await poll(() => library.evaluate(textsOf, `${sel('snippet')} mark`), (m) => m.length >= 2, { what: 'marked snippets' });
      expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['serious']));
      await library.screenshot(shot('search.png'));
      await library.evaluate(setSearch, '');
    });

    it('links the two seeds: one person per speaker, spellings merged, the disagreeing role marked, the same claim grouped', async () => {
      await library.click(sel('view-speakers'));
      const list = await poll(() => library.evaluate(people, undefined), (p) => p.length > 0, { what: 'the speakers view' });
      const lavrov = list.find((p) => /Lavrov/.test(p.name))!;
      expect(lavrov.variants).toMatch(/Serge[iy] Lavrov/);
      expect(list.find((p) => /Ushakov/.test(p.name))!.variants).toMatch(/Yur[iy] Ushakov/);
      expect(list.filter((p) => p.conflict !== null).map((p) => p.name)).toEqual(['Marco Rubio']);
      expect(list.find((p) => p.name === 'Marco Rubio')!.conflict).toMatch(/Secretary of State.*Senator|Senator.*Secretary of State/);
      // Opened, a person shows each article's quotes.
      const index = list.indexOf(lavrov);
      await library.click(sel('person-name'), index);
      const opened = await poll(() => library.evaluate(people, undefined), (p) => p[index]!.articles === 2, { what: 'Lavrov’s two articles' });
      expect(opened[index]!.quotes).toBeGreaterThan(2);
      await library.screenshot(shot('speakers.png'));

      await library.click(sel('view-claims'));
      const conflicts = await poll(() => library.evaluate(textsOf, sel('figure-conflict')), (c) => c.length > 0, { what: 'the claims view' });
      expect(conflicts.some((c) => c.includes('“over four hours”') && c.includes('“4.5-hour”')), conflicts.join(' | ')).toBe(true);
      expect((await library.evaluate(textsOf, sel('claim-group'))).length).toBeGreaterThanOrEqual(4);
      await library.screenshot(shot('claims.png'));
      await library.click(sel('view-articles'));
    });

    it('exports a backup and the W3C JSON, and importing each into an emptied library loses nothing', async () => {
      await library.evaluate(catchDownloads, undefined);
      await library.click(sel('export-backup'));
      await library.click(sel('export-json'));
      const files = await poll(() => library.evaluate(downloads, undefined), (d) => d.length === 2 && d.every((f) => f.text !== null), { what: 'the two exports' });
      const [backup, json] = files as Array<{ name: string; text: string }>;
      expect(backup!.name).toMatch(/^factmark-\d{4}-\d\d-\d\d\.backup\.json$/);
      expect(JSON.parse(json!.text).type).toBe('AnnotationCollection');

      for (const file of [backup!, json!]) {
        // Empty the library through its own delete buttons.
        for (let left = 2; left > 0; left--) {
          await library.click(sel('result-delete'));
          await poll(resultTitles, (t) => t.length === left - 1, { what: `${left - 1} article(s) left` });
        }
        await poll(() => library.evaluate(textsOf, sel('empty')), (t) => t.length === 1, { what: 'the empty library' });
        await library.evaluate(importText, file);
        const status = await poll(() => library.evaluate(textsOf, sel('import-status')), (t) => t[0]?.startsWith('Imported:') ?? false, { what: `the import of ${file.name}` });
        expect(status[0]).toMatch(/^Imported: 2 new articles/);
        await poll(resultTitles, (t) => t.length === 2, { what: 'both seeds back' });
        // What comes back exports as what went out.
        await library.evaluate(() => ((window as unknown as { __downloads: unknown[] }).__downloads.length = 0), undefined);
        await library.click(sel('export-backup'));
        const again = await poll(() => library.evaluate(downloads, undefined), (d) => d.length === 1 && d[0]!.text !== null, { what: 'the backup of the copy' });
        expect(comparable(again[0]!.text!)).toEqual(comparable(backup!.text));
      }
      await library.screenshot(shot('after-import.png'));
    });
  });
}
