// Across articles, by claim: sentences that report the same thing in several of the current results, with
// figures that disagree marked. It compares whole reports, so it looks at the first results only.
import { useEffect, useState } from 'preact/hooks';
import { plural } from '../../components/plural';
import { groupClaims, type ClaimGroup } from '../../lib/library/group-claims';
import type { FactmarkDB } from '../../lib/storage/factmark-db';

// Comparing reads each article's whole report and every pair of its sentences with the others': fifty
// articles take well under a second, and a reader compares a topic's articles, found by searching first.
export const COMPARE_LIMIT = 50;

export function ClaimsView({ db, ids }: { db: FactmarkDB; ids: readonly number[] }) {
  const [data, setData] = useState<{ groups: ClaimGroup[]; titles: Map<number, string> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setData(null);
    db.articles.bulkGet(ids.slice(0, COMPARE_LIMIT)).then((articles) => {
      if (!live) return;
      const present = articles.filter((a) => a !== undefined);
      const sources = present.map((a) => {
        const claims = new Set(a.report.claims.map((c) => c.sentence));
        return { articleId: a.id, sentences: a.report.sentences.map((s) => ({ text: s.text, isClaim: claims.has(s.id) })) };
      });
      setData({ groups: groupClaims(sources), titles: new Map(present.map((a) => [a.id, a.title || 'Untitled article'])) });
    }, (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [db, ids]);
  if (error) return <p class="fm-empty" role="alert">{error}</p>;
  if (!data) return <p class="fm-empty">Comparing the articles…</p>;
  const { groups, titles } = data;
  return (
    <div>
      <p class="fm-library__intro" data-testid="claims-count">
        {`${plural(groups.length, 'claim')} told by several articles`}
        {ids.length > COMPARE_LIMIT ? `, among the first ${COMPARE_LIMIT} results (search or filter to compare others).` : '.'}
      </p>
      {!groups.length && <p class="fm-empty" data-testid="claims-empty">No claim is told by more than one of these articles.</p>}
      <ol class="fm-claim-groups">
        {groups.map((g, i) => (
          <li key={i} class="fm-claim-group" data-testid="claim-group">
            {g.disagreements.length > 0 && (
              <p class="fm-claim-group__conflict" data-testid="figure-conflict" role="note">
                {'Figures differ: '}
                {g.disagreements.map((d) => d.figures.map((f) => `“${f.text}” (${titles.get(f.articleId)})`).join(' against ')).join('; ')}
              </p>
            )}
            {g.articleIds.map((id) => (
              <section key={id} class="fm-claim-group__article" aria-label={titles.get(id)}>
                <h4>{titles.get(id)}</h4>
                <ul class="fm-list">
                  {g.members.filter((m) => m.articleId === id).map((m, j) => (
                    <li key={j} data-testid="claim-member">{m.text}</li>
                  ))}
                </ul>
              </section>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
