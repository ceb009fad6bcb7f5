// The hostile documents through the analyser in Node, as the command line runs it (scripts/analyze.ts): the
// page parsed by linkedom, its article extracted, and the capped analysis; and the document's plain text
// through textToBlocks and the same analysis. Each step's CPU time is kept apart: the analysis is Factmark's
// own code and runs the same in the extension's background, while extraction here runs Readability on
// linkedom, a stand-in DOM (../../shared/docs/measurements.md: "Node is no stand-in for the browser's speed";
// the browser run times extraction where it really runs). Failures are recorded, not thrown, so one bad
// document cannot hide the rest.
import { DOMParser } from 'linkedom';
import { textToBlocks } from '../../../lib/analysis/text-to-blocks';
import { analyseNow } from '../../../lib/content/analyse';
import { MAX_CLONE_TEXT_CHARS } from '../../../lib/extraction/bound-clone';
import { extractArticle, isArticlePage } from '../../../lib/extraction/extract-article';
import type { HostileDocument } from '../../../tests/unit/fuzz/hostile-documents';
import { spanProblems } from '../../../tests/unit/fuzz/run-hostile';

export interface NodePaths {
  /** CPU ms: linkedom's parse of the page (the DOM library's, not Factmark's). */
  parseCpuMs: number;
  /** CPU ms: the article check and extraction on the linkedom document. */
  extractCpuMs: number;
  /** CPU ms: the capped analysis of the extracted blocks (null: no article). */
  analyseCpuMs: number | null;
  /** CPU ms: the plain text through textToBlocks and the capped analysis. */
  textCpuMs: number;
  outcome: string;
  failures: string[];
}

function cpuMs(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);

export function throughNode(doc: HostileDocument): NodePaths {
  const out: NodePaths = { parseCpuMs: 0, extractCpuMs: 0, analyseCpuMs: null, textCpuMs: 0, outcome: 'no article', failures: [] };
  let c = process.cpuUsage();
  let parsed: Document | null = null;
  try {
    parsed = new DOMParser().parseFromString(doc.html || '<html></html>', 'text/html') as unknown as Document;
  } catch (error) {
    // The DOM library's own limit (its recursion), not Factmark's: reported, not counted as a failure.
    out.outcome = `linkedom could not parse: ${describe(error)}`;
  }
  out.parseCpuMs = cpuMs(c);
  if (parsed) {
    c = process.cpuUsage();
    try {
      const article = isArticlePage(parsed) ? extractArticle(parsed, { mapToLive: false }) : null;
      out.extractCpuMs = cpuMs(c);
      if (article) {
        c = process.cpuUsage();
        const { report } = analyseNow({ meta: article.meta, blocks: article.blocks }, { extract: 0 });
        out.analyseCpuMs = cpuMs(c);
        out.failures.push(...spanProblems(report).map((p) => `page: ${p}`));
        out.outcome = `article: ${report.blocks.length} blocks, ${report.sentences.length} sentences`;
      }
    } catch (error) {
      out.failures.push(`the page analyser threw ${describe(error)}`);
    }
  }
  c = process.cpuUsage();
  try {
    // Plain text gets the bound a page's text gets in extraction (lib/extraction/bound-clone.ts).
    const blocks = textToBlocks(doc.text.slice(0, MAX_CLONE_TEXT_CHARS));
    if (blocks.length) {
      const { report } = analyseNow({ meta: {}, blocks }, { extract: 0 });
      out.failures.push(...spanProblems(report).map((p) => `text: ${p}`));
    }
  } catch (error) {
    out.failures.push(`the text analyser threw ${describe(error)}`);
  }
  out.textCpuMs = cpuMs(c);
  return out;
}
