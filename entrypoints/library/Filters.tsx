import { useEffect, useState } from 'preact/hooks';
import { speakerKey } from '../../lib/library/speaker-key';
import type { FactmarkDB } from '../../lib/storage/factmark-db';
import type { HighlightKind } from '../../lib/storage/records';
import { librarySites, SORTS, type LibraryQuery, type SortKey } from '../../lib/storage/search-library';
import { speakerSuggestions, type SpeakerSuggestion } from '../../lib/storage/speaker-suggestions';

export const KIND_LABELS: ReadonlyArray<[HighlightKind, string]> = [
  ['user', 'My highlights'],
  ['claim', 'Claims'],
  ['quote', 'Quotes'],
  ['key-point', 'Key points'],
  ['mention', 'Speaker mentions'],
  ['repeat', 'Repeated passages'],
];

interface Props {
  db: FactmarkDB;
  query: LibraryQuery;
  onChange: (change: Partial<LibraryQuery>) => void;
  /** True once the first results are on screen: the site list is read after them, never before. */
  ready: boolean;
}

/** "2026-05-01" from an <input type=date> as the start (or, with `end`, the last millisecond) of that UTC day. */
function dayBound(value: string, end: boolean): number | null {
  if (!value) return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(ms) ? ms + (end ? 86_399_999 : 0) : null;
}
const dayOf = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString().slice(0, 10));

/** Site, speaker, kind, date and sort: each narrows (or orders) the results at once. */
export function Filters({ db, query, onChange, ready }: Props) {
  const [sites, setSites] = useState<string[]>([]);
  const [speakerText, setSpeakerText] = useState('');
  const [suggestions, setSuggestions] = useState<SpeakerSuggestion[]>([]);

  // The site list is read after the first results, so it never delays them.
  useEffect(() => {
    if (!ready) return;
    let live = true;
    librarySites(db).then((s) => live && setSites(s), () => live && setSites([]));
    return () => {
      live = false;
    };
  }, [db, ready]);

  const onSpeaker = (text: string) => {
    setSpeakerText(text);
    speakerSuggestions(db, text).then(setSuggestions, () => setSuggestions([]));
    // A name typed in full, or a surname, is a speaker key (lib/library/speaker-key.ts); empty clears the filter.
    const picked = suggestions.find((s) => s.name === text);
    onChange({ speaker: text.trim() ? (picked?.key ?? speakerKey(text)) : null });
  };

  return (
    <div class="fm-filters" role="group" aria-label="Filters">
      <label class="fm-filter">
        <span>Site</span>
        <select data-testid="filter-site" value={query.site ?? ''} onChange={(e) => onChange({ site: e.currentTarget.value || null })}>
          <option value="">All sites</option>
          {sites.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label class="fm-filter">
        <span>Speaker</span>
        <input type="search" list="fm-speaker-names" data-testid="filter-speaker" placeholder="Any speaker" value={speakerText}
          onInput={(e) => onSpeaker(e.currentTarget.value)} />
        <datalist id="fm-speaker-names">
          {suggestions.map((s) => <option key={s.key} value={s.name} />)}
        </datalist>
      </label>
      <label class="fm-filter">
        <span>Kind</span>
        <select data-testid="filter-kind" value={query.kind ?? ''} onChange={(e) => onChange({ kind: (e.currentTarget.value || null) as HighlightKind | null })}>
          <option value="">Any kind</option>
          {KIND_LABELS.map(([k, label]) => <option key={k} value={k}>{label}</option>)}
        </select>
      </label>
      <label class="fm-filter">
        <span>From</span>
        <input type="date" data-testid="filter-from" value={dayOf(query.from)} onChange={(e) => onChange({ from: dayBound(e.currentTarget.value, false) })} />
      </label>
      <label class="fm-filter">
        <span>To</span>
        <input type="date" data-testid="filter-to" value={dayOf(query.to)} onChange={(e) => onChange({ to: dayBound(e.currentTarget.value, true) })} />
      </label>
      <label class="fm-filter">
        <span>Sort</span>
        <select data-testid="sort" value={query.sort} onChange={(e) => onChange({ sort: e.currentTarget.value as SortKey })}>
          {SORTS.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}
        </select>
      </label>
    </div>
  );
}
