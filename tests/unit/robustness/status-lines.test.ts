// The popup's status lines for the page states issue 7 added or relies on: a non-English article, a very long
// page analysed in part, a page that is not an article.
import { describe, expect, it } from 'vitest';
import { ENGLISH_ONLY_TEXT, statusLines } from '@/entrypoints/popup/status-lines';
import { ALL_KINDS_ON } from '@/lib/highlight-kinds';
import { NOT_ARTICLE_MESSAGE, type PageState } from '@/lib/messages';
import { cappedNote } from '@/lib/content/analysis-cap';

const ready: PageState = { status: 'ready', url: 'http://x/', kinds: ALL_KINDS_ON, painted: true, unanchored: 0, english: true };

describe('statusLines', () => {
  it.each([
    ['an English article', ready, ['Marked up on this page.']],
    ['a non-English article: says claims and speakers are English-only', { ...ready, english: false }, ['Marked up on this page.', ENGLISH_ONLY_TEXT]],
    ['a very long page: says how much was analysed', { ...ready, note: cappedNote(25_000) }, ['Marked up on this page.', cappedNote(25_000)]],
    ['a page that is not an article', { ...ready, status: 'not-article', message: NOT_ARTICLE_MESSAGE, painted: false }, [NOT_ARTICLE_MESSAGE]],
  ] as const)('%s', (_what, state, lines) => {
    expect(statusLines(state as PageState).lines).toEqual(lines);
  });
});
