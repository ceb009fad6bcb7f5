// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { App, EMPTY_TEXT } from '../../../entrypoints/library/App';
import type { FactmarkDB } from '../../../lib/storage/factmark-db';
import { saveReport } from '../../../lib/storage/save-report';
import { dropDb, freshDb } from '../storage/db-helpers';
import { sampleReport } from '../storage/sample-report';
import { allByTestId, byTestId, cleanup, find, mount } from './render';

const HOSTILE = '<img src=x onerror=alert(1)>';
let db: FactmarkDB;

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
});
afterEach(async () => {
  cleanup();
  await dropDb(db);
});

/** Captures what the page hands to <a download>: the file name and the Blob's text. */
function captureDownloads() {
  const files: Array<{ name: string; type: string; text: Promise<string> }> = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    files.push({ name: this.download, type: blob.type, text: blob.text() });
  });
  return files;
}

describe('library', () => {
  it('says so when nothing is saved', async () => {
    const root = mount(<App db={db} />);
    expect((await find(root, 'empty')).textContent).toBe(EMPTY_TEXT);
    expect(allByTestId(root, 'article')).toEqual([]);
  });

  it('lists saved articles newest first, each with everything the analysis found', async () => {
    await saveReport(db, sampleReport({ url: 'https://a.example/older', title: 'Older' }), 1000);
    await saveReport(db, sampleReport({ url: 'https://b.example/newer', title: 'Newer' }), 2000);
    const root = mount(<App db={db} />);
    await find(root, 'article');
    const articles = allByTestId(root, 'article');
    expect(articles.map((a) => byTestId(a, 'article-title')?.textContent)).toEqual(['Newer', 'Older']);
    expect(byTestId(root, 'empty')).toBeNull();

    const first = articles[0]!;
    expect(allByTestId(first, 'keypoint').map((k) => k.textContent)).toEqual([
      'The new bridge will cost $40 million and open on May 3, Mayor Jane Doe said on Monday.',
      'Costs rose 10% since 2024.',
    ]);
    expect(allByTestId(first, 'claim').map((c) => c.textContent)).toEqual([
      'The new bridge will cost $40 million and open on May 3, Mayor Jane Doe said on Monday.moneydateattributed to someone',
      'She added that traffic would fall by 20%.percentageattributed to someone',
    ]);
    const groups = allByTestId(first, 'speaker-group');
    expect(groups.map((g) => g.querySelector('h4')?.textContent)).toEqual(['Jane DoeMayor', 'a resident', 'Speaker not known']);
    expect(allByTestId(groups[0]!, 'quote').map((q) => q.textContent)).toEqual(['“We are ready,”', 'traffic would fall by 20% (reported)']);
    expect(allByTestId(first, 'quote')).toHaveLength(4);
    expect(allByTestId(first, 'repeat').map((r) => r.textContent)).toEqual([
      '¶5 repeats ¶2The new bridge will cost $40 million and open on May 3, Mayor Jane Doe said on Monday.',
    ]);
    const original = byTestId(first, 'original') as HTMLAnchorElement;
    expect(original.tagName).toBe('A');
    expect(original.getAttribute('href')).toBe('https://b.example/newer');
    expect(original.rel).toBe('noopener noreferrer');
  });

  it('shows a newly saved article without a reload', async () => {
    const root = mount(<App db={db} />);
    await find(root, 'empty');
    await saveReport(db, sampleReport());
    expect((await find(root, 'article-title')).textContent).toBe('Bridge to open in May');
    expect(byTestId(root, 'empty')).toBeNull();
  });

  it('deletes an article and keeps the others', async () => {
    await saveReport(db, sampleReport({ url: 'https://a.example/1', title: 'Keep' }), 1000);
    await saveReport(db, sampleReport({ url: 'https://a.example/2', title: 'Delete me' }), 2000);
    const root = mount(<App db={db} />);
    await find(root, 'article');
    byTestId(allByTestId(root, 'article')[0]!, 'delete')!.click();
    await vi.waitFor(() => expect(allByTestId(root, 'article-title').map((t) => t.textContent)).toEqual(['Keep']));
    expect(await db.articles.count()).toBe(1);
    expect(await db.highlights.where('articleId').equals(2).count()).toBe(0);
  });

  it('exports everything as Markdown and as JSON files', async () => {
    await saveReport(db, sampleReport(), Date.UTC(2026, 0, 1));
    const files = captureDownloads();
    const root = mount(<App db={db} />);
    await find(root, 'article');
    byTestId(root, 'export-markdown')!.click();
    await vi.waitFor(() => expect(files).toHaveLength(1));
    byTestId(root, 'export-json')!.click();
    await vi.waitFor(() => expect(files).toHaveLength(2));

    expect(files[0]!.name).toMatch(/^factmark-\d{4}-\d\d-\d\d\.md$/);
    expect(files[0]!.type).toBe('text/markdown;charset=utf-8');
    expect(await files[0]!.text).toMatch(/^---\ntitle: "Bridge to open in May"\nurl: "https:\/\/news.example.com\/bridge"\n/);
    expect(files[1]!.name).toMatch(/^factmark-\d{4}-\d\d-\d\d\.json$/);
    const json = JSON.parse(await files[1]!.text);
    expect(json.type).toBe('AnnotationCollection');
    expect(json.articles).toHaveLength(1);
  });

  it('shows a hostile title and quote as text', async () => {
    await saveReport(db, sampleReport({ title: HOSTILE, quote: HOSTILE }));
    const root = mount(<App db={db} />);
    expect((await find(root, 'article-title')).textContent).toBe(HOSTILE);
    expect(allByTestId(root, 'quote')[0]!.textContent).toBe(`“${HOSTILE}”`);
    expect(root.querySelector('img')).toBeNull();
  });

  it('does not link an original address that is not http(s)', async () => {
    await saveReport(db, sampleReport({ url: 'javascript:alert(1)' }));
    const root = mount(<App db={db} />);
    await find(root, 'article');
    expect(byTestId(root, 'original')).toBeNull();
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    expect(byTestId(root, 'original-missing')?.textContent).toBe('javascript:alert(1)');
  });
});
