// What the popup's status line says for a page state.
import type { MessageTone } from '../../components/Message';
import { NOT_ARTICLE_MESSAGE, type PageState } from '../../lib/messages';
import { plural } from '../../components/plural';

export const LOADING_TEXT = 'Reading this page…';
export const ENGLISH_ONLY_TEXT = 'Claims and speakers are English-only for now.';

export function statusLines(state: PageState | null): { tone: MessageTone; lines: string[] } {
  if (!state) return { tone: 'info', lines: [LOADING_TEXT] };
  switch (state.status) {
    case 'not-article':
      return { tone: 'info', lines: [state.message ?? NOT_ARTICLE_MESSAGE] };
    case 'error':
      return { tone: 'error', lines: [state.message ?? 'Something went wrong on this page.'] };
    case 'idle':
      return { tone: 'info', lines: [state.message ?? LOADING_TEXT] };
    case 'ready': {
      const lines = [state.message ?? (state.painted ? 'Marked up on this page.' : 'Highlights are off on this page.')];
      if (state.unanchored > 0) lines.push(`${plural(state.unanchored, 'passage')} could not be found on the page.`);
      if (!state.english) lines.push(ENGLISH_ONLY_TEXT);
      if (state.note) lines.push(state.note);
      return { tone: 'info', lines };
    }
  }
}
