// @vitest-environment happy-dom
// Saved highlights in the page session: placed again on a revisit after the page changed, painted, listed when
// they cannot be found; the reader's own made from a selection, re-noted and deleted from the card. happy-dom
// has no Highlight API, so painting uses the <mark> fallback; real painting is checked in tests/e2e.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { articleText } from '@/lib/anchoring/article-text';
import { selectorsForText } from '@/lib/anchoring/selectors-for';
import { analyseHere } from '@/lib/content/analyse';
import { createPageSession } from '@/lib/content/page-session';
import type { SavedPort } from '@/lib/content/saved-highlights';
import { NO_SELECTION } from '@/lib/content/saved-highlights';
import { CARD_HOST_TAG, NOTE_PARTS } from '@/lib/highlighting/card';
import type { SavedHighlight } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { highlightsFor } from '@/lib/storage/highlights-for';
import { DELETED, editedVersion, savedVersion, USER_PASSAGES } from '../../fixtures/edited-seed';

const SEED = readFileSync(resolve(import.meta.dirname, '../../../../shared/seeds/pages/seed000.html'), 'utf8');
const URL = 'http://127.0.0.1/memory/article.html';

function load(html: string, port?: SavedPort) {
  document.open();
  document.write(html);
  document.close();
  return createPageSession({
    doc: document,
    win: window,
    location: { href: URL },
    loadSettings: async () => DEFAULT_SETTINGS,
    analyse: analyseHere,
    saved: port,
  });
}

/** A library in memory, with the calls the page made. */
function memoryPort(records: SavedHighlight[] = []) {
  let nextId = 10_000;
  const port = {
    records,
    lookup: vi.fn(async () => records.map((r) => ({ ...r }))),
    add: vi.fn(async (_url: string, h: Parameters<SavedPort['add']>[1], _notFound: number[]) => {
      const record: SavedHighlight = {
        id: nextId++, articleId: 1, kind: 'user', text: h.text, block: -1, start: h.position.start, end: h.position.end,
        quoteSelector: h.quote, positionSelector: h.position, speakerId: null, speakerName: null,
        ...(h.note ? { note: h.note } : {}), createdAt: 1, updatedAt: 1,
      };
      records.push(record);
      return record;
    }),
    updateNote: vi.fn(async (id: number, note: string) => {
      const r = records.find((x) => x.id === id)!;
      r.note = note;
      return { ...r };
    }),
    remove: vi.fn(async (id: number) => {
      records.splice(records.findIndex((x) => x.id === id), 1);
    }),
  } satisfies SavedPort & { records: SavedHighlight[] };
  return port;
}

/** What the first visit saved: the report's highlights plus the reader's own on three passages. */
async function firstVisit(): Promise<SavedHighlight[]> {
  const state = await load(savedVersion(SEED)).run();
  const report = state.report!;
  const text = articleText(report.blocks);
  let id = 1;
  const records: SavedHighlight[] = highlightsFor(report, 1).map((h) => ({ ...h, id: id++ }));
  for (const [name, passage] of Object.entries(USER_PASSAGES)) {
    const at = text.indexOf(passage);
    expect(at, passage).toBeGreaterThanOrEqual(0);
    const { quote, position } = selectorsForText(text, at, at + passage.length);
    records.push({
      id: id++, articleId: 1, kind: 'user', text: passage, block: -1, start: position.start, end: position.end,
      quoteSelector: quote, positionSelector: position, speakerId: null, speakerName: null, note: `note on ${name}`,
      createdAt: 1, updatedAt: 1,
    });
  }
  return records;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('saved highlights on a revisit', () => {
  it('places every saved highlight again after the page changed, and lists those it cannot find', async () => {
    const records = await firstVisit();
    const port = memoryPort(records);
    const session = load(editedVersion(SEED), port);
    const before = document.documentElement.outerHTML;
    const state = await session.run();
    const saved = state.saved!;
    expect(port.lookup).toHaveBeenCalledWith(URL);
    expect(saved.total).toBe(records.length);
    const placed = saved.found.exact + saved.found.position + saved.found.fuzzy;
    console.log(`[unit] re-anchoring on the edited seed000: ${placed}/${saved.total} placed, ${JSON.stringify(saved.found)}, ` +
      `${saved.notFound.length} not found, ${saved.anchorMs} ms`);
    expect(placed + saved.notFound.length).toBe(saved.total);
    expect(saved.found.position).toBeGreaterThan(0);
    expect(saved.found.fuzzy).toBeGreaterThan(0);
    // Only what was inside the deleted sentence is missing: the reader's passage there, and the analysis's spans.
    expect(saved.notFound.map((m) => m.text)).toContain(USER_PASSAGES.deleted);
    for (const miss of saved.notFound) expect(fold(DELETED), miss.text).toContain(fold(miss.text));
    expect(saved.notFound.find((m) => m.kind === 'user')?.note).toBe('note on deleted');
    expect(saved.own).toBe(2);
    // The page goes back exactly as it was.
    session.clear();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('looks the saved highlights up before it reports the analysis, which the background may then save over them', async () => {
    const port = memoryPort(await firstVisit());
    document.open();
    document.write(editedVersion(SEED));
    document.close();
    const onAnalyzed = vi.fn();
    const session = createPageSession({
      doc: document, win: window, location: { href: URL }, loadSettings: async () => DEFAULT_SETTINGS, analyse: analyseHere, saved: port, onAnalyzed,
    });
    await session.run();
    expect(port.lookup.mock.invocationCallOrder[0]!).toBeLessThan(onAnalyzed.mock.invocationCallOrder[0]!);
    // The report goes with what could not be placed, so the badge can leave those out.
    expect(onAnalyzed.mock.calls[0]![0].saved.notFound.length).toBeGreaterThan(0);
    session.clear();
  });

  it('finds everything exactly on an unchanged page', async () => {
    const records = await firstVisit();
    const state = await load(savedVersion(SEED), memoryPort(records)).run();
    expect(state.saved).toMatchObject({ total: records.length, found: { exact: records.length, position: 0, fuzzy: 0 }, notFound: [] });
  });

  it('still analyses the page when the library cannot be read, and says why nothing came back', async () => {
    const port = memoryPort();
    port.lookup.mockRejectedValueOnce(new Error('QuotaExceededError'));
    const state = await load(savedVersion(SEED), port).run();
    expect(state.status).toBe('ready');
    expect(state.saved?.error).toMatch(/QuotaExceededError/);
  });
});

describe("the reader's own highlights", () => {
  /** Selects `passage` inside the paragraph that holds it, across the text nodes painting may have split. */
  function select(passage: string): void {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(passage))!;
    const from = p.textContent!.indexOf(passage);
    const to = from + passage.length;
    const walker = document.createTreeWalker(p, 4 /* NodeFilter.SHOW_TEXT */);
    const range = document.createRange();
    let offset = 0;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const end = offset + n.data.length;
      if (from >= offset && from < end) range.setStart(n, from - offset);
      if (to > offset && to <= end) range.setEnd(n, to - offset);
      offset = end;
    }
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }
  const root = () => document.querySelector(CARD_HOST_TAG)?.shadowRoot ?? null;
  const part = (name: string) => root()?.querySelector<HTMLElement>(`[data-factmark="${name}"]`) ?? null;

  it('saves the selection with its selectors, opens its card, edits the note and deletes it', async () => {
    const port = memoryPort();
    const session = load(savedVersion(SEED), port);
    const clean = document.documentElement.outerHTML;
    await session.run();
    select(USER_PASSAGES.kept);
    const state = await session.highlightSelection();

    expect(port.add).toHaveBeenCalledOnce();
    const [url, draft, notFound] = port.add.mock.calls[0]!;
    expect(url).toBe(URL);
    expect(draft.quote.exact).toBe(USER_PASSAGES.kept);
    expect(articleText(state.report!.blocks).slice(draft.position.start, draft.position.end)).toBe(USER_PASSAGES.kept);
    expect(notFound).toEqual([]);
    expect(state.saved).toMatchObject({ added: 1, own: 1, total: 1 });
    expect(window.getSelection()!.isCollapsed).toBe(true);

    const id = port.records[0]!.id;
    // The card opens on the new highlight with the note field ready.
    const field = part(NOTE_PARTS.field) as HTMLTextAreaElement;
    expect(field).not.toBeNull();
    field.value = 'Check: a ceasefire was discussed the week before.';
    part(NOTE_PARTS.save)!.click();
    await vi.waitFor(() => expect(port.updateNote).toHaveBeenCalledWith(id, 'Check: a ceasefire was discussed the week before.'));
    await vi.waitFor(() => expect(root()).toBeNull());

    // Click the highlight: its card shows the saved note; delete it from there.
    // A real click lands on the innermost mark at the passage's first word (the analysis may also mark a claim or
    // a name there, with marks of its own around or inside the reader's).
    const marks = [...document.querySelectorAll('mark')].filter((m) => USER_PASSAGES.kept.startsWith(m.textContent ?? '\u0000'));
    const mark = marks.find((m) => !marks.some((inner) => inner !== m && m.contains(inner)))!;
    mark.click();
    expect((part(NOTE_PARTS.field) as HTMLTextAreaElement).value).toBe('Check: a ceasefire was discussed the week before.');
    part(NOTE_PARTS.remove)!.click();
    await vi.waitFor(() => expect(port.remove).toHaveBeenCalledWith(id, URL, []));
    await vi.waitFor(() => expect(session.state().saved).toMatchObject({ own: 0, total: 0 }));
    session.clear();
    expect(document.documentElement.outerHTML).toBe(clean);
  });

  it('keeps the page untouched and says what to do when nothing is selected', async () => {
    const port = memoryPort();
    const session = load(savedVersion(SEED), port);
    await session.run();
    window.getSelection()!.removeAllRanges();
    await session.highlightSelection();
    expect(port.add).not.toHaveBeenCalled();
    expect(root()?.textContent).toContain(NO_SELECTION);
    session.clear();
  });

  it('runs Factmark first when asked to highlight on a page it has not marked up', async () => {
    const port = memoryPort();
    const session = load(savedVersion(SEED), port);
    select(USER_PASSAGES.reworded);
    const state = await session.highlightSelection();
    expect(state.status).toBe('ready');
    expect(port.add.mock.calls[0]![1].quote.exact).toBe(USER_PASSAGES.reworded);
    session.clear();
  });
});
