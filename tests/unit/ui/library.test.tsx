// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { App, EMPTY_TEXT, NO_RESULTS_TEXT } from '../../../entrypoints/library/App';
import { PAGE_SIZE } from '../../../entrypoints/library/use-search';
import type { FactmarkDB } from '../../../lib/storage/factmark-db';
import { saveReport } from '../../../lib/storage/save-report';
import { dropDb, freshDb } from '../storage/db-helpers';
import { sampleReport } from '../storage/sample-report';
import { seedReports } from '../library/seed-reports';
import { allByTestId, byTestId, cleanup, find, mount } from './render';

const HOSTILE = '<img src=x onerror=alert(1)>';
let db: FactmarkDB;

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await dropDb(db);
});

/** Captures what the page hands to <a download>: the file name and the Blob. */
function captureDownloads() {
  const files: Array<{ name: string; type: string; blob: Blob }> = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    files.push({ name: this.download, type: blob.type, blob });
  });
  return files;
}

function type(input: HTMLElement, value: string) {
  (input as HTMLInputElement).value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function choose(select: HTMLElement, value: string) {
  (select as HTMLSelectElement).value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
const titles = (root: HTMLElement) => allByTestId(root, 'result-title').map((t) => t.textContent);

async function saveMany(n: number) {
  for (let i = 0; i < n; i++) await saveReport(db, sampleReport({ url: `https://many.example/${i}`, title: `Article ${String(i).padStart(2, '0')}` }), 1000 + i);
}

describe('library', () => {
  it('says so when nothing is saved', async () => {
    const root = mount(<App db={db} />);
    expect((await find(root, 'empty')).textContent).toBe(EMPTY_TEXT);
    expect(allByTestId(root, 'result')).toEqual([]);
  });

  it('opens a short list in full: everything the analysis found, readable offline', async () => {
    await saveReport(db, sampleReport({ url: 'https://a.example/older', title: 'Older' }), 1000);
    await saveReport(db, sampleReport({ url: 'https://b.example/newer', title: 'Newer' }), 2000);
    const root = mount(<App db={db} />);
    await vi.waitFor(() => expect(allByTestId(root, 'article')).toHaveLength(2));
    // Same publication date: the later save first.
    const articles = allByTestId(root, 'article');
    expect(articles.map((a) => byTestId(a, 'article-title')?.textContent)).toEqual(['Newer', 'Older']);
    const first = articles[0]!;
    expect(allByTestId(first, 'keypoint')).toHaveLength(2);
    expect(allByTestId(first, 'claim')).toHaveLength(2);
    expect(allByTestId(first, 'quote')).toHaveLength(4);
    expect(allByTestId(first, 'repeat')).toHaveLength(1);
    expect(byTestId(root, 'library-count')!.textContent).toMatch(/^2 saved articles\./);
  });

  it('lists a long library one page at a time, one line per article, and pages on', async () => {
    await saveMany(PAGE_SIZE + 5);
    const root = mount(<App db={db} />);
    await vi.waitFor(() => expect(allByTestId(root, 'result')).toHaveLength(PAGE_SIZE));
    expect(allByTestId(root, 'article')).toEqual([]);
    expect(titles(root)[0]).toBe(`Article ${PAGE_SIZE + 4}`);
    expect(byTestId(root, 'page-range')!.textContent).toBe(`1–${PAGE_SIZE} of ${PAGE_SIZE + 5}`);
    byTestId(root, 'page-next')!.click();
    await vi.waitFor(() => expect(allByTestId(root, 'result')).toHaveLength(5));
    expect(titles(root).at(-1)).toBe('Article 00');
    // A title opens the article in place.
    byTestId(root, 'result-title')!.click();
    await vi.waitFor(() => expect(allByTestId(root, 'article')).toHaveLength(1));
  });

  it('searches as you type, by word prefix, and marks the words in the title and the snippets', async () => {
    await saveMany(5);
    await saveReport(db, sampleReport({ url: 'https://x.example/lavrov', title: 'Lavrov speaks', quote: 'Sanctions must go,' }), 9000);
    const root = mount(<App db={db} />);
    await vi.waitFor(() => expect(allByTestId(root, 'result')).toHaveLength(6));
    type(byTestId(root, 'search')!, 'sanc');
    await vi.waitFor(() => expect(titles(root)).toEqual(['Lavrov speaks']));
    const snippet = allByTestId(root, 'snippet')[0]!;
    expect(snippet.dataset.kind).toBe('quote');
    expect(snippet.querySelector('mark')!.textContent).toBe('Sanctions');
    type(byTestId(root, 'search')!, 'sanc zzz');
    expect((await find(root, 'no-results')).textContent).toBe(NO_RESULTS_TEXT);
    type(byTestId(root, 'search')!, '');
    await vi.waitFor(() => expect(allByTestId(root, 'result')).toHaveLength(6));
  });

  it('filters by site and kind, and sorts', async () => {
    await saveMany(4);
    await saveReport(db, sampleReport({ url: 'https://other.example/a', title: 'Zebra crossing' }), 500);
    const root = mount(<App db={db} />);
    await vi.waitFor(() => expect(allByTestId(root, 'result')).toHaveLength(5));
    await vi.waitFor(() => expect(byTestId(root, 'filter-site')!.querySelectorAll('option')).toHaveLength(3));
    choose(byTestId(root, 'filter-site')!, 'other.example');
    await vi.waitFor(() => expect(titles(root)).toEqual(['Zebra crossing']));
    choose(byTestId(root, 'filter-site')!, '');
    choose(byTestId(root, 'filter-kind')!, 'user');
    await find(root, 'no-results');
    choose(byTestId(root, 'filter-kind')!, '');
    choose(byTestId(root, 'sort')!, 'title');
    await vi.waitFor(() => expect(titles(root)).toEqual(['Article 00', 'Article 01', 'Article 02', 'Article 03', 'Zebra crossing']));
  });

  it('filters by a speaker typed by name or surname, whatever the spelling', async () => {
    await saveMany(4);
    const lavrov = sampleReport({ url: 'https://x.example/lavrov', title: 'Lavrov speaks' });
    lavrov.speakers[0] = { ...lavrov.speakers[0]!, name: 'Sergey Lavrov' };
    await saveReport(db, lavrov, 9000);
    const root = mount(<App db={db} />);
    await vi.waitFor(() => expect(allByTestId(root, 'result')).toHaveLength(5));
    type(byTestId(root, 'filter-speaker')!, 'Sergei Lavrov');
    await vi.waitFor(() => expect(titles(root)).toEqual(['Lavrov speaks']));
    type(byTestId(root, 'filter-speaker')!, 'Doe');
    await vi.waitFor(() => expect(titles(root)).toHaveLength(4));
    type(byTestId(root, 'filter-speaker')!, '');
    await vi.waitFor(() => expect(titles(root)).toHaveLength(5));
  });

  it('deletes with undo', async () => {
    await saveMany(5);
    const root = mount(<App db={db} />);
    await vi.waitFor(() => expect(allByTestId(root, 'result')).toHaveLength(5));
    byTestId(root, 'result-delete')!.click();
    await vi.waitFor(() => expect(titles(root)).toEqual(['Article 03', 'Article 02', 'Article 01', 'Article 00']));
    expect((await find(root, 'undo-bar')).textContent).toMatch(/^Deleted “Article 04”\./);
    expect(await db.articles.count()).toBe(4);
    byTestId(root, 'undo')!.click();
    await vi.waitFor(() => expect(titles(root)[0]).toBe('Article 04'));
    expect(await db.highlights.count()).toBe(5 * 12);
    expect(byTestId(root, 'undo-bar')).toBeNull();
  });

  it('exports Markdown, Markdown files, JSON and a backup, and imports the backup', async () => {
    await saveReport(db, sampleReport(), Date.UTC(2026, 0, 1));
    const files = captureDownloads();
    const root = mount(<App db={db} />);
    await find(root, 'result');
    for (const id of ['export-markdown', 'export-markdown-files', 'export-json', 'export-backup']) {
      const before = files.length;
      byTestId(root, id)!.click();
      await vi.waitFor(() => expect(files).toHaveLength(before + 1));
    }
    expect(files.map((f) => [f.name.replace(/\d{4}-\d\d-\d\d/, 'DATE'), f.type])).toEqual([
      ['factmark-DATE.md', 'text/markdown;charset=utf-8'],
      ['factmark-DATE.zip', 'application/zip'],
      ['factmark-DATE.json', 'application/ld+json;charset=utf-8'],
      ['factmark-DATE.backup.json', 'application/json;charset=utf-8'],
    ]);
    expect(await files[0]!.blob.text()).toMatch(/^---\ntitle: "Bridge to open in May"\n/);
    expect(new Uint8Array(await files[1]!.blob.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect(JSON.parse(await files[2]!.blob.text()).type).toBe('AnnotationCollection');

    // Import the backup into an empty library.
    cleanup();
    const other = freshDb();
    try {
      const root2 = mount(<App db={other} />);
      await find(root2, 'empty');
      const input = byTestId(root2, 'import-file') as HTMLInputElement;
      const file = new File([await files[3]!.blob.text()], 'backup.json', { type: 'application/json' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await vi.waitFor(() => expect(byTestId(root2, 'import-status')?.textContent).toBe('Imported: 1 new article, 0 articles updated, 0 highlights of yours added.'));
      await vi.waitFor(() => expect(titles(root2)).toEqual(['Bridge to open in May']));
    } finally {
      cleanup();
      await dropDb(other);
    }
  });

  it('says clearly when a file cannot be imported', async () => {
    const root = mount(<App db={db} />);
    await find(root, 'empty');
    const input = byTestId(root, 'import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"x":1}'], 'x.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await find(root, 'error')).textContent).toBe('This file is neither a Factmark backup nor a JSON export of annotations (W3C Web Annotation).');
  });

  it('shows a hostile title and quote as text', async () => {
    await saveReport(db, sampleReport({ title: HOSTILE, quote: HOSTILE }));
    const root = mount(<App db={db} />);
    expect((await find(root, 'result-title')).textContent).toBe(HOSTILE);
    await find(root, 'article');
    expect(allByTestId(root, 'quote')[0]!.textContent).toBe(`“${HOSTILE}”`);
    type(byTestId(root, 'search')!, 'img');
    await find(root, 'snippet');
    expect(root.querySelector('img')).toBeNull();
  });

  it('does not link an original address that is not http(s)', async () => {
    await saveReport(db, sampleReport({ url: 'javascript:alert(1)' }));
    const root = mount(<App db={db} />);
    await find(root, 'article');
    expect(byTestId(root, 'original')).toBeNull();
    expect(byTestId(root, 'result-original')).toBeNull();
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
  });
});

describe('library across articles, on the two seeds', () => {
  beforeEach(async () => {
    const [a, b] = seedReports();
    await saveReport(db, a!, 1000);
    await saveReport(db, b!, 2000);
  });

  it('shows one person per speaker, with the spellings merged and the roles that disagree marked', async () => {
    const root = mount(<App db={db} />);
    await find(root, 'result');
    byTestId(root, 'view-speakers')!.click();
    await find(root, 'person');
    const people = allByTestId(root, 'person');
    const lavrov = people.find((p) => /lavrov/i.test(p.dataset.name!))!;
    expect(byTestId(lavrov, 'person-variants')!.textContent).toMatch(/Serge[iy] Lavrov/);
    const rubio = people.find((p) => p.dataset.name === 'Marco Rubio')!;
    expect(byTestId(rubio, 'role-conflict')!.textContent).toMatch(/Senator/);
    expect(people.filter((p) => byTestId(p, 'role-conflict'))).toHaveLength(1);
    byTestId(lavrov, 'person-name')!.click();
    await vi.waitFor(() => expect(allByTestId(lavrov, 'person-article')).toHaveLength(2));
    expect(allByTestId(lavrov, 'person-quote').length).toBeGreaterThan(2);
  });

  it('groups the same claim told by both, with the figures that differ', async () => {
    const root = mount(<App db={db} />);
    await find(root, 'result');
    byTestId(root, 'view-claims')!.click();
    await find(root, 'claim-group');
    const conflicts = allByTestId(root, 'figure-conflict').map((c) => c.textContent);
    expect(conflicts.some((c) => c!.includes('“over four hours”') && c!.includes('“4.5-hour”'))).toBe(true);
  });
});
