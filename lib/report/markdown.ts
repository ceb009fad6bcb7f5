// The report for people (`--format markdown`, the library's Markdown export): what the article is, its key
// points, who speaks and what they say, which sentences are worth checking, and which passages repeat.
// Every piece of page text goes through escapeMarkdown, so a page cannot add structure to the report.
import type { Quote, Report, Speaker } from '../analysis/types';
import { escapeMarkdown } from './escape-markdown';

/** Paragraph numbers for people count from 1 (block ids count from 0). */
export function paragraphLabel(block: number): string {
  return `¶${block + 1}`;
}

function formatScore(x: number): string {
  return x.toFixed(2);
}

// A repeated paragraph is already in the report once; 160 characters are enough to recognise it.
const REPEAT_PREVIEW_CHARS = 160;

/** Cuts before escaping, so an escape is never split. */
function preview(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // Never keep half of a surrogate pair.
  const cut = flat.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  return cut.trimEnd() + '…';
}

function header(report: Report): string[] {
  const { article } = report;
  const lines = [`# ${escapeMarkdown(article.title) || 'Untitled article'}`, ''];
  const facts: string[] = [];
  if (article.siteName) facts.push(`**Site:** ${escapeMarkdown(article.siteName)}`);
  if (article.byline) facts.push(`**By:** ${escapeMarkdown(article.byline)}`);
  if (article.publishedTime) facts.push(`**Published:** ${escapeMarkdown(article.publishedTime)}`);
  if (article.url) facts.push(`**URL:** ${escapeMarkdown(article.url)}`);
  if (article.lang) facts.push(`**Language:** ${escapeMarkdown(article.lang)}`);
  for (const fact of facts) lines.push(`- ${fact}`);
  if (facts.length) lines.push('');
  lines.push(
    `${report.blocks.length} blocks, ${report.sentences.length} sentences, ${article.textLength} characters ` +
      `(¶ numbers count blocks from 1).`,
    '',
  );
  return lines;
}

function keyPoints(report: Report): string[] {
  const fromArticle = report.keyPoints.length > 0 && report.keyPoints.every((k) => k.source === 'article');
  const lines = [`## Key points${report.keyPoints.length ? (fromArticle ? ' (the article’s own)' : ' (extracted)') : ''}`, ''];
  if (!report.keyPoints.length) lines.push('None found.');
  for (const point of report.keyPoints) lines.push(`- ${escapeMarkdown(point.text)} (${paragraphLabel(point.block)})`);
  lines.push('');
  return lines;
}

function quoteLine(quote: Quote): string {
  const cue = quote.cue ? `, “${escapeMarkdown(quote.cue)}”` : '';
  return `- ${quote.kind === 'direct' ? 'Said' : 'Reported'}: “${escapeMarkdown(quote.text)}” (${paragraphLabel(quote.block)}${cue})`;
}

function speakerHeading(speaker: Speaker): string {
  const kind = speaker.kind === 'person' ? '' : ` (${speaker.kind})`;
  return `### ${escapeMarkdown(speaker.name)}${kind}`;
}

function speakers(report: Report): string[] {
  const lines = [`## Speakers (${report.speakers.length})`, ''];
  if (!report.speakers.length) lines.push('None found.', '');
  const bySpeaker = new Map<string | null, Quote[]>();
  for (const quote of report.quotes) {
    const list = bySpeaker.get(quote.speaker) ?? [];
    list.push(quote);
    bySpeaker.set(quote.speaker, list);
  }
  for (const speaker of report.speakers) {
    lines.push(speakerHeading(speaker), '');
    if (speaker.roles.length) lines.push(`Roles: ${speaker.roles.map(escapeMarkdown).join('; ')}`, '');
    const otherNames = speaker.aliases.filter((a) => a !== speaker.name);
    if (otherNames.length) lines.push(`Also named: ${otherNames.map(escapeMarkdown).join('; ')}`, '');
    const quotes = bySpeaker.get(speaker.id) ?? [];
    for (const quote of quotes) lines.push(quoteLine(quote));
    if (quotes.length) lines.push('');
  }
  const unattributed = bySpeaker.get(null) ?? [];
  if (unattributed.length) {
    lines.push('### Quotes without a known speaker', '');
    for (const quote of unattributed) lines.push(quoteLine(quote));
    lines.push('');
  }
  return lines;
}

function claims(report: Report): string[] {
  const lines = [`## Claims to check (${report.claims.length})`, ''];
  if (!report.claims.length) lines.push('None found.');
  const blockOf = new Map(report.sentences.map((s) => [s.id, s.block]));
  report.claims.forEach((claim, i) => {
    const block = blockOf.get(claim.sentence);
    const where = block === undefined ? '' : `${paragraphLabel(block)}, `;
    lines.push(`${i + 1}. ${escapeMarkdown(claim.text)} (${where}${claim.reasons.join(', ')}; ${formatScore(claim.score)})`);
  });
  lines.push('');
  return lines;
}

function repeats(report: Report): string[] {
  const lines = [`## Repeated passages (${report.repeats.length})`, ''];
  if (!report.repeats.length) lines.push('None found.');
  for (const r of report.repeats) {
    lines.push(`- ${paragraphLabel(r.block)} repeats ${paragraphLabel(r.of)} (${formatScore(r.similarity)}): ${escapeMarkdown(preview(r.text, REPEAT_PREVIEW_CHARS))}`);
  }
  lines.push('');
  return lines;
}

export function reportToMarkdown(report: Report): string {
  return [...header(report), ...keyPoints(report), ...speakers(report), ...claims(report), ...repeats(report)]
    .join('\n')
    .replace(/\n+$/, '\n');
}
