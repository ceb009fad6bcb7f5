// The popup's words for a page's saved highlights (PageState.saved). Plain strings, rendered as text.
import { plural } from '../../components/plural';
import type { SavedMiss, SavedOnPage } from '../../lib/messages';

export const NOT_FOUND_TITLE = 'Not found on this page';

const KIND_LABELS: Record<SavedMiss['kind'], string> = {
  claim: 'Claim',
  quote: 'Quote',
  mention: 'Speaker mention',
  repeat: 'Repeated passage',
  'key-point': 'Key point',
  user: 'Your highlight',
};

export function missLabel(kind: SavedMiss['kind']): string {
  return KIND_LABELS[kind] ?? 'Highlight';
}

/** How many saved highlights are placed on the page; null when nothing was ever saved for it. */
export function savedLine(saved: SavedOnPage): string | null {
  const placed = saved.total - saved.notFound.length;
  if (saved.total === 0) return null;
  const own = saved.own > 0 ? ` (${saved.own} yours)` : '';
  return `${plural(placed, 'saved highlight')} on this page${own}.`;
}

/** How the page's saved highlights were found again, for a reader curious why one moved. */
export function foundLine(saved: SavedOnPage): string | null {
  const { exact, position, fuzzy } = saved.found;
  if (position + fuzzy === 0) return null;
  return `The page has changed since it was saved: ${exact} found as saved, ${position + fuzzy} found again nearby.`;
}
