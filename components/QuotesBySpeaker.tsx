import type { Quote, Speaker } from '../lib/analysis/types';
import { speakerColor } from './speaker-color';
import { Swatch } from './Swatch';

interface Props {
  speakers: readonly Speaker[];
  quotes: readonly Quote[];
  palette: readonly string[];
}

interface Group {
  key: string;
  name: string;
  roles: string[];
  color: string | null;
  quotes: Quote[];
}

function groupsOf(speakers: readonly Speaker[], quotes: readonly Quote[], palette: readonly string[]): Group[] {
  const groups: Group[] = speakers.map((s, i) => ({
    key: s.id,
    name: s.name,
    roles: s.roles,
    color: speakerColor(palette, i),
    quotes: quotes.filter((q) => q.speaker === s.id),
  }));
  // Quotes whose speaker is unknown (or not in the list) still belong in the library.
  const known = new Set(speakers.map((s) => s.id));
  groups.push({ key: '', name: 'Speaker not known', roles: [], color: null, quotes: quotes.filter((q) => q.speaker === null || !known.has(q.speaker)) });
  return groups.filter((g) => g.quotes.length > 0);
}

/** Every quote, under the speaker it belongs to (name and roles). */
export function QuotesBySpeaker({ speakers, quotes, palette }: Props) {
  const groups = groupsOf(speakers, quotes, palette);
  if (!groups.length) return <p class="fm-empty">No quotes found.</p>;
  return (
    <div class="fm-quote-groups">
      {groups.map((g) => (
        <section key={g.key} class="fm-quote-group" data-testid="speaker-group" aria-label={g.name}>
          <h4 class="fm-quote-group__name">
            {g.color && <Swatch color={g.color} />}
            {g.name}
            {g.roles.length > 0 && <span class="fm-speaker__roles">{g.roles.join(', ')}</span>}
          </h4>
          <ul class="fm-list">
            {g.quotes.map((q, i) => (
              <li key={i} data-testid="quote" class={`fm-quote fm-quote--${q.kind}`}>
                {q.kind === 'direct' ? `“${q.text}”` : q.text}
                {q.kind === 'indirect' && <span class="fm-quote__kind"> (reported)</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
