// @vitest-environment happy-dom
// The popup's part about the page's saved highlights: how many are on the page, and every one that is not.
import { afterEach, describe, expect, it } from 'vitest';
import { SavedOnPageView } from '../../../entrypoints/popup/SavedOnPage';
import { foundLine, missLabel, savedLine } from '../../../entrypoints/popup/saved-text';
import type { SavedOnPage } from '../../../lib/messages';
import { allByTestId, byTestId, cleanup, mount } from './render';

const HOSTILE = '<img src=x onerror=alert(1)>';
const summary = (patch: Partial<SavedOnPage> = {}): SavedOnPage => ({
  total: 12, found: { exact: 10, position: 0, fuzzy: 0 }, added: 0, notFound: [], own: 0, anchorMs: 3, ...patch,
});
afterEach(cleanup);

describe('saved highlights in the popup', () => {
  it.each([
    ['nothing saved for the page', summary({ total: 0, found: { exact: 0, position: 0, fuzzy: 0 } }), null],
    ['a page found as saved', summary({ total: 12 }), '12 saved highlights on this page.'],
    ['one not found, two of them the reader’s', summary({ total: 12, own: 2, notFound: [{ id: 1, kind: 'user', text: 'x' }] }), '11 saved highlights on this page (2 yours).'],
    ['a single one', summary({ total: 1 }), '1 saved highlight on this page.'],
  ])('counts %s', (_name, saved, line) => {
    expect(savedLine(saved)).toBe(line);
  });

  it('says when the page changed and some were found again nearby', () => {
    expect(foundLine(summary())).toBeNull();
    expect(foundLine(summary({ found: { exact: 87, position: 1, fuzzy: 2 } }))).toBe(
      'The page has changed since it was saved: 87 found as saved, 3 found again nearby.',
    );
  });

  it('lists every saved highlight not found on the page, with its note, as text', () => {
    const root = mount(
      <SavedOnPageView saved={summary({
        notFound: [
          { id: 1, kind: 'user', text: HOSTILE, note: 'my note' },
          { id: 2, kind: 'quote', text: 'We’re not going to predetermine what those are.' },
        ],
      })} />,
    );
    const items = allByTestId(root, 'not-found');
    expect(items.map((li) => li.textContent)).toEqual([
      `${missLabel('user')}: “${HOSTILE}” Note: my note`,
      `${missLabel('quote')}: “We’re not going to predetermine what those are.”`,
    ]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('Not found on this page');
  });

  it('says why nothing came back when the library could not be read', () => {
    const root = mount(<SavedOnPageView saved={summary({ total: 0, error: 'Could not read this page’s saved highlights: quota' })} />);
    expect(byTestId(root, 'saved-error')?.textContent).toMatch(/quota/);
  });
});
