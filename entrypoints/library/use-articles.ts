// The saved articles, kept current with Dexie's liveQuery: a save from the popup (another page of the
// extension) shows up here without a reload.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { FactmarkDB } from '../../lib/storage/factmark-db';
import { listArticles } from '../../lib/storage/list-articles';
import type { ArticleRecord } from '../../lib/storage/records';

export type ArticlesState =
  | { status: 'loading' }
  | { status: 'ready'; articles: ArticleRecord[] }
  | { status: 'error'; message: string };

export function useArticles(db: FactmarkDB): ArticlesState {
  const [state, setState] = useState<ArticlesState>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(() => listArticles(db)).subscribe({
      next: (articles) => setState({ status: 'ready', articles }),
      error: (error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return state;
}
