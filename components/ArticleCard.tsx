import type { ArticleRecord } from '../lib/storage/records';
import { ClaimList } from './ClaimList';
import { formatDate } from './format-date';
import { KeyPointList } from './KeyPointList';
import { QuotesBySpeaker } from './QuotesBySpeaker';
import { RepeatList } from './RepeatList';
import { safeHref } from './safe-href';
import { Section } from './Section';

interface Props {
  article: ArticleRecord;
  palette: readonly string[];
  onDelete: (article: ArticleRecord) => void;
  /** True while this article is being deleted. */
  busy?: boolean;
}

/** One saved article in the library: everything the analysis found, readable with the original page gone. */
export function ArticleCard({ article, palette, onDelete, busy }: Props) {
  const { report } = article;
  const href = safeHref(article.url);
  const title = article.title || 'Untitled article';
  return (
    <article class="fm-article" data-testid="article" aria-label={title}>
      <header class="fm-article__header">
        <h2 class="fm-article__title" data-testid="article-title">
          {title}
        </h2>
        <p class="fm-article__meta">
          {article.siteName && <span data-testid="article-site">{article.siteName}</span>}
          {article.byline && <span>{article.byline}</span>}
          <span>
            Saved <time dateTime={new Date(article.savedAt).toISOString()}>{formatDate(article.savedAt)}</time>
          </span>
        </p>
        <p class="fm-article__actions">
          {href ? (
            <a href={href} data-testid="original" target="_blank" rel="noopener noreferrer">
              Original article
            </a>
          ) : (
            <span data-testid="original-missing">{article.url}</span>
          )}
          <button type="button" class="fm-button fm-button--danger" data-testid="delete" disabled={busy}
            aria-label={`Delete “${title}” from the library`} onClick={() => onDelete(article)}>
            Delete
          </button>
        </p>
      </header>
      <Section title="Key points" count={report.keyPoints.length}>
        <KeyPointList keyPoints={report.keyPoints} />
      </Section>
      <Section title="Claims to check" count={report.claims.length}>
        <ClaimList claims={report.claims} />
      </Section>
      <Section title="Quotes by speaker" count={report.quotes.length}>
        <QuotesBySpeaker speakers={report.speakers} quotes={report.quotes} palette={palette} />
      </Section>
      <Section title="Repeated passages" count={report.repeats.length}>
        <RepeatList repeats={report.repeats} />
      </Section>
    </article>
  );
}
