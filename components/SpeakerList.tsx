import type { Quote, Speaker } from '../lib/analysis/types';
import { plural } from './plural';
import { speakerColor } from './speaker-color';
import { speakerQuoteCounts } from './speaker-quote-counts';
import { Swatch } from './Swatch';

interface Props {
  speakers: readonly Speaker[];
  quotes: readonly Quote[];
  palette: readonly string[];
}

/** Who speaks: colour, name, roles and how many times they are quoted. */
export function SpeakerList({ speakers, quotes, palette }: Props) {
  if (!speakers.length) return <p class="fm-empty">No speakers found.</p>;
  const counts = speakerQuoteCounts(quotes);
  return (
    <ul class="fm-list fm-speakers">
      {speakers.map((speaker, i) => (
        <li key={speaker.id} data-testid="speaker">
          <Swatch color={speakerColor(palette, i)} />
          <span class="fm-speaker__name">{speaker.name}</span>
          {speaker.roles.length > 0 && <span class="fm-speaker__roles">{speaker.roles.join(', ')}</span>}
          <span class="fm-speaker__count">{plural(counts.get(speaker.id) ?? 0, 'quote')}</span>
        </li>
      ))}
    </ul>
  );
}
