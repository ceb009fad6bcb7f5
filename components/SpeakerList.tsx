import type { Quote, Speaker } from '../lib/analysis/types';
import { plural } from './plural';
import { speakerColor } from './speaker-color';
import { speakerQuoteCounts } from './speaker-quote-counts';
import { Swatch } from './Swatch';

/** The speaker shown alone on the page, and which of their places the page shows (0-based). */
export interface SpeakerFocusView {
  speaker: string;
  index: number;
  total: number;
}

interface Props {
  speakers: readonly Speaker[];
  quotes: readonly Quote[];
  palette: readonly string[];
  /**
   * When given, each speaker is a toggle button: pressing one shows only that person on the page (the popup),
   * pressing it again shows everyone. Without it the list is plain text (the library).
   */
  onFocus?: (speaker: string | null) => void;
  /** The focused speaker, from the page. */
  focus?: SpeakerFocusView | null;
  /** Previous (-1) or next (1) place of the focused speaker. */
  onStep?: (direction: 1 | -1) => void;
}

/** Who speaks: colour, name, roles and how many times they are quoted. */
export function SpeakerList({ speakers, quotes, palette, onFocus, focus, onStep }: Props) {
  if (!speakers.length) return <p class="fm-empty">No speakers found.</p>;
  const counts = speakerQuoteCounts(quotes);
  const line = (speaker: Speaker, i: number) => (
    <>
      <Swatch color={speakerColor(palette, i)} />
      <span class="fm-speaker__name">{speaker.name}</span>
      {speaker.roles.length > 0 && <span class="fm-speaker__roles">{speaker.roles.join(', ')}</span>}
      <span class="fm-speaker__count">{plural(counts.get(speaker.id) ?? 0, 'quote')}</span>
    </>
  );
  if (!onFocus) {
    return (
      <ul class="fm-list fm-speakers">
        {speakers.map((speaker, i) => (
          <li key={speaker.id} data-testid="speaker">
            {line(speaker, i)}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul class="fm-list fm-speakers">
      {speakers.map((speaker, i) => {
        const focused = focus?.speaker === speaker.id ? focus : null;
        return (
          <li key={speaker.id} data-testid="speaker" class={focused ? 'fm-speaker--focused' : undefined}>
            <button type="button" class="fm-link-button" data-testid="speaker-focus" aria-pressed={focused !== null}
              title={focused ? 'Show every speaker again' : `Show only ${speaker.name} on the page`}
              onClick={() => onFocus(focused ? null : speaker.id)}>
              {line(speaker, i)}
            </button>
            {focused && (
              <div class="fm-speaker__nav" role="group" aria-label={`Places of ${speaker.name} on the page`}>
                <button type="button" class="fm-button" data-testid="speaker-previous" aria-label="Previous place" onClick={() => onStep?.(-1)}>‹</button>
                <span data-testid="speaker-position" aria-live="polite">{`${focused.index + 1} of ${focused.total}`}</span>
                <button type="button" class="fm-button" data-testid="speaker-next" aria-label="Next place" onClick={() => onStep?.(1)}>›</button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
