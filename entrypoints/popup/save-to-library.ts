// Saving loads Dexie (about 100 kB) on demand, so the popup's first paint does not wait for it.
import type { Report } from '../../lib/analysis/types';

/** Saves the report; a report without a URL (text from the page) takes the tab's. Returns the article id. */
export async function saveToLibrary(report: Report, pageUrl: string): Promise<number> {
  const [{ getDb }, { saveReport }] = await Promise.all([
    import('../../lib/storage/get-db'),
    import('../../lib/storage/save-report'),
  ]);
  const withUrl = report.article.url || !pageUrl ? report : { ...report, article: { ...report.article, url: pageUrl } };
  return saveReport(getDb(), withUrl);
}
