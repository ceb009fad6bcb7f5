// @vitest-environment happy-dom
// The popup's speaker list drives PageSession.focusSpeaker: one speaker shown alone on seed 000, stepped
// through, then everyone again. happy-dom has no Highlight API, so the page is painted with <mark> fallbacks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyseHere } from '@/lib/content/analyse';
import { createPageSession, type PageSession } from '@/lib/content/page-session';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');

/** Text of the marks that have a look of their own (hidden ones are only reset with "all: unset"). */
const styledMarks = () => [...document.querySelectorAll('mark')]
  .filter((m) => /background|decoration|color/iu.test(m.getAttribute('style') ?? '')).map((m) => m.textContent ?? '');

let session: PageSession;

beforeEach(() => {
  document.open();
  document.write(readFileSync(resolve(SEEDS, 'pages/seed000.html'), 'utf8'));
  document.close();
  Element.prototype.scrollIntoView = () => undefined;
  session = createPageSession({ doc: document, win: window, location: { href: 'http://127.0.0.1/seed000.html' }, loadSettings: async () => DEFAULT_SETTINGS, analyse: analyseHere });
});

async function lavrov(): Promise<string> {
  const state = await session.run();
  const speaker = state.report?.speakers.find((s) => s.name === 'Sergey Lavrov');
  if (!speaker) throw new Error('seed 000 has no Sergey Lavrov');
  return speaker.id;
}

describe('PageSession.focusSpeaker', () => {
  it('shows only one speaker’s mentions and quotes and goes to the first', async () => {
    const id = await lavrov();
    expect(styledMarks().some((t) => t.includes('Rubio'))).toBe(true);
    const state = session.focusSpeaker(id);
    expect(state.focus).toMatchObject({ speaker: id, index: 0 });
    expect(state.focus?.total).toBeGreaterThanOrEqual(5);
    const shown = styledMarks();
    expect(shown.some((t) => t.includes('Lavrov'))).toBe(true);
    expect(shown.some((t) => t.includes('Rubio') || t.includes('Zelensky'))).toBe(false);
  });

  it('steps forward and back, wrapping round', async () => {
    const id = await lavrov();
    const total = session.focusSpeaker(id).focus?.total ?? 0;
    expect(session.focusSpeaker(id, 1).focus?.index).toBe(1);
    expect(session.focusSpeaker(id, -1).focus?.index).toBe(0);
    expect(session.focusSpeaker(id, -1).focus?.index).toBe(total - 1);
  });

  it('shows everyone again with null, and forgets the focus when highlights are cleared', async () => {
    const id = await lavrov();
    session.focusSpeaker(id);
    expect(session.focusSpeaker(null).focus).toBeUndefined();
    expect(styledMarks().some((t) => t.includes('Rubio'))).toBe(true);
    session.focusSpeaker(id);
    expect(session.clear().focus).toBeUndefined();
    expect((await session.run()).focus).toBeUndefined();
  });

  it('ignores a request before anything is painted, or for a speaker with no place on the page', async () => {
    expect(session.focusSpeaker('s1').focus).toBeUndefined();
    await session.run();
    expect(session.focusSpeaker('s99').focus).toBeUndefined();
  });
});
