// Across articles, by person: one entry per speaker over the current results, spellings merged, with the
// roles each article gives (offices that disagree are marked) and, opened, each article's quotes.
import { useEffect, useState } from 'preact/hooks';
import { plural } from '../../components/plural';
import { groupSpeakers, type SpeakerGroup } from '../../lib/library/group-speakers';
import { speakerKey } from '../../lib/library/speaker-key';
import type { Quote } from '../../lib/analysis/types';
import type { FactmarkDB } from '../../lib/storage/factmark-db';
import type { LibraryEntry } from '../../lib/storage/library-entry';
import { entriesFor } from '../../lib/storage/search-library';
import { Pager } from './Pager';

const PAGE = 25;
// Opening a person reads the whole saved report of each article; twenty is plenty to read and stays quick.
const QUOTE_ARTICLES = 20;

export function SpeakersView({ db, ids }: { db: FactmarkDB; ids: readonly number[] }) {
  const [data, setData] = useState<{ groups: SpeakerGroup[]; entries: Map<number, LibraryEntry> } | null>(null);
  const [page, setPage] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setPage(0);
    entriesFor(db, ids).then((list) => {
      if (!live) return;
      const appearances = list.flatMap((e) => e.speakers.map((s) => ({ articleId: e.id, name: s.name, roles: s.roles, quoteCount: s.quotes })));
      setData({ groups: groupSpeakers(appearances), entries: new Map(list.map((e) => [e.id, e])) });
    }, (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [db, ids]);
  if (error) return <p class="fm-empty" role="alert">{error}</p>;
  if (!data) return <p class="fm-empty">Reading the speakers…</p>;
  if (!data.groups.length) return <p class="fm-empty" data-testid="speakers-empty">No named speakers in these articles.</p>;
  const shown = data.groups.slice(page * PAGE, (page + 1) * PAGE);
  return (
    <div>
      <p class="fm-library__intro" data-testid="speakers-count">
        {`${plural(data.groups.length, 'person', 'people')} across ${plural(ids.length, 'article')}; ${plural(data.groups.filter((g) => g.articleIds.length > 1).length, 'person', 'people')} in several.`}
      </p>
      <ul class="fm-people">
        {shown.map((g) => <SpeakerCard key={g.key} db={db} group={g} entries={data.entries} />)}
      </ul>
      <Pager page={page} pageSize={PAGE} total={data.groups.length} onPage={setPage} />
    </div>
  );
}

function SpeakerCard({ db, group, entries }: { db: FactmarkDB; group: SpeakerGroup; entries: Map<number, LibraryEntry> }) {
  const [open, setOpen] = useState(false);
  const conflicting = new Set(group.conflictingRoles.map((r) => r.role));
  const titleOf = (id: number) => entries.get(id)?.title || 'Untitled article';
  return (
    <li class="fm-person" data-testid="person" data-name={group.name}>
      <h3 class="fm-person__name">
        <button type="button" class="fm-link-button" aria-expanded={open} data-testid="person-name" onClick={() => setOpen(!open)}>
          {group.name}
        </button>
        <span class="fm-speaker__count">{plural(group.articleIds.length, 'article')}</span>
      </h3>
      {group.variants.length > 1 && (
        <p class="fm-person__variants" data-testid="person-variants">Also written: {group.variants.filter((v) => v !== group.name).join(', ')}</p>
      )}
      {group.roles.length > 0 && (
        <ul class="fm-person__roles" aria-label="Roles given">
          {group.roles.map((r) => (
            <li key={r.role} data-testid="person-role" class={conflicting.has(r.role) ? 'fm-role fm-role--conflict' : 'fm-role'}>
              {r.role}
              <span class="fm-role__where"> ({r.articleIds.map(titleOf).join('; ')})</span>
            </li>
          ))}
        </ul>
      )}
      {group.conflictingRoles.length > 0 && (
        <p class="fm-person__conflict" data-testid="role-conflict" role="note">
          {'Roles disagree: '}
          {(group.roleSets.length ? group.roleSets : [group.conflictingRoles]).map((set) => set.map((r) => r.role).join(' / ')).join(' against ')}
        </p>
      )}
      {open && <PersonQuotes db={db} group={group} titleOf={titleOf} />}
    </li>
  );
}

function PersonQuotes({ db, group, titleOf }: { db: FactmarkDB; group: SpeakerGroup; titleOf: (id: number) => string }) {
  const [byArticle, setByArticle] = useState<Array<{ id: number; name: string; roles: string[]; quotes: Quote[] }> | null>(null);
  useEffect(() => {
    let live = true;
    const keys = new Set(group.variants.map(speakerKey));
    const ids = group.articleIds.slice(0, QUOTE_ARTICLES);
    db.articles.bulkGet(ids).then((articles) => {
      if (!live) return;
      setByArticle(articles.flatMap((a) => {
        if (!a) return [];
        const people = a.report.speakers.filter((s) => keys.has(speakerKey(s.name)));
        const own = new Set(people.map((s) => s.id));
        return [{ id: a.id, name: people[0]?.name ?? group.name, roles: people.flatMap((s) => s.roles), quotes: a.report.quotes.filter((q) => q.speaker !== null && own.has(q.speaker)) }];
      }));
    }, () => live && setByArticle([]));
    return () => {
      live = false;
    };
  }, [db, group]);
  if (!byArticle) return <p class="fm-empty">Reading the quotes…</p>;
  return (
    <div class="fm-person__articles">
      {byArticle.map((a) => (
        <section key={a.id} class="fm-person__article" data-testid="person-article" aria-label={titleOf(a.id)}>
          <h4>{titleOf(a.id)}</h4>
          <p class="fm-speaker__roles-line">{a.name}{a.roles.length ? ` · ${a.roles.join(', ')}` : ''}</p>
          {a.quotes.length ? (
            <ul class="fm-list">
              {a.quotes.map((q, i) => (
                <li key={i} data-testid="person-quote" class={`fm-quote fm-quote--${q.kind}`}>
                  {q.kind === 'direct' ? `“${q.text}”` : q.text}
                  {q.kind === 'indirect' && <span class="fm-quote__kind"> (reported)</span>}
                </li>
              ))}
            </ul>
          ) : <p class="fm-empty">No quotes in this article.</p>}
        </section>
      ))}
      {group.articleIds.length > QUOTE_ARTICLES && <p class="fm-empty">{`Quotes from the first ${QUOTE_ARTICLES} articles.`}</p>}
    </div>
  );
}
