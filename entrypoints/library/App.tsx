import { useEffect, useState } from 'preact/hooks';
import { ArticleCard } from '../../components/ArticleCard';
import { Message } from '../../components/Message';
import { plural } from '../../components/plural';
import { loadSettings, SPEAKER_PALETTE } from '../../lib/settings';
import { deleteArticle } from '../../lib/storage/delete-article';
import { exportJson } from '../../lib/storage/export-json';
import { exportMarkdown } from '../../lib/storage/export-markdown';
import type { FactmarkDB } from '../../lib/storage/factmark-db';
import { getDb } from '../../lib/storage/get-db';
import type { ArticleRecord } from '../../lib/storage/records';
import { downloadText, exportFilename } from './download';
import { useArticles } from './use-articles';

export const EMPTY_TEXT = 'No saved articles yet. Open a news article, click the Factmark button, and save it.';

/** The library: every saved article, newest first, readable offline; delete one, or export them all. */
export function App({ db = getDb() }: { db?: FactmarkDB }) {
  const articles = useArticles(db);
  const [palette, setPalette] = useState<readonly string[]>(SPEAKER_PALETTE);
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadSettings().then((s) => setPalette(s.colors.speakers), () => {});
  }, []);

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const onDelete = (article: ArticleRecord) =>
    run(async () => {
      setBusy(article.id);
      try {
        await deleteArticle(db, article.id);
      } finally {
        setBusy(null);
      }
    });

  const onExportMarkdown = () =>
    run(async () => downloadText(await exportMarkdown(db), exportFilename('md'), 'text/markdown;charset=utf-8'));
  const onExportJson = () =>
    run(async () => downloadText(await exportJson(db), exportFilename('json'), 'application/ld+json;charset=utf-8'));

  const list = articles.status === 'ready' ? articles.articles : [];
  return (
    <main class="fm-library" aria-busy={articles.status === 'loading'}>
      <header class="fm-library__bar">
        <div>
          <h1>Factmark library</h1>
          <p class="fm-library__intro">
            {articles.status === 'ready' ? `${plural(list.length, 'saved article')}. ` : ''}
            Everything here stays on this device.
          </p>
        </div>
        <div class="fm-library__exports">
          <button type="button" class="fm-button" data-testid="export-markdown" onClick={onExportMarkdown}>
            Export Markdown
          </button>
          <button type="button" class="fm-button" data-testid="export-json" onClick={onExportJson}>
            Export JSON
          </button>
        </div>
      </header>
      {error && <Message tone="error" testId="error">{error}</Message>}
      {articles.status === 'error' && <Message tone="error" testId="error">{articles.message}</Message>}
      {articles.status === 'ready' && list.length === 0 && (
        <Message testId="empty">{EMPTY_TEXT}</Message>
      )}
      {list.map((article) => (
        <ArticleCard key={article.id} article={article} palette={palette} onDelete={onDelete} busy={busy === article.id} />
      ))}
    </main>
  );
}
