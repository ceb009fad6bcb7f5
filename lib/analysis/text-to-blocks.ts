// Plain text (the seed files, the CLI's ARTICLE.txt, pasted text) -> the same blocks the HTML extraction
// yields, so the analysis sees one shape whatever the input: one block per paragraph, "- item" lines as
// list items, short unpunctuated title lines as headings.
import type { Block, BlockKind } from './types';

// Bullets people type or paste: "- ", "* ", "• " and their typographic cousins, and "1. " / "1) ".
// Two digits at most, so a line opening with a year ("2025. The year…") stays a paragraph.
const LIST_MARKER = /^(?:[-*•‣◦▪]\s+|\d{1,2}[.)]\s+)/;
// Markdown-style headings ("## Background") and quotes ("> …") in pasted text.
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const QUOTE_MARKER = /^>\s?/;

// A title is short: news section heads run 2–10 words; 15 words / 120 characters leaves room for long ones
// ("RUSSIA PRESENTS NEW DEMANDS BEFORE US NEGOTIATIONS BEGIN") without taking in one-sentence paragraphs.
const HEADING_MAX_WORDS = 15;
const HEADING_MAX_CHARS = 120;
// A sentence ends with punctuation, possibly followed by closing quotes or brackets; a title does not.
const FINAL_PUNCTUATION = /[.!?,;:…]["'”’»)\]]*$/;
// Two sentences on one line ("Yes. He did") are a paragraph, not a title.
const INNER_SENTENCE_BREAK = /[.!?]["'”’]?\s+[A-Z]/;
// Titles start with a capital or a digit; a line opening with a quote mark is someone speaking.
const TITLE_START = /^[\p{Lu}\d]/u;

// Hard-wrapped text (e-mail, terminal copies) breaks paragraphs into lines of about the same length. A chunk
// is taken as wrapped when its longest line is 40–100 characters (wrap widths people use) and most of its
// lines fill at least three quarters of that width; one-line-per-paragraph text has much longer lines.
const WRAP_MIN_WIDTH = 40;
const WRAP_MAX_WIDTH = 100;
const WRAP_FILLED_SHARE = 0.75;
const WRAP_FILLED_LINES = 0.6;
// Wrapped lines mostly stop mid-sentence; one-paragraph-per-line text ends every line with punctuation.
const WRAP_OPEN_LINES = 0.5;
// Inside wrapped text a line well short of the width that ends a sentence closes its paragraph.
const WRAP_SHORT_LINE_SHARE = 0.6;

export function looksLikeHeading(line: string): boolean {
  if (line.length > HEADING_MAX_CHARS) return false;
  if (!TITLE_START.test(line)) return false;
  if (FINAL_PUNCTUATION.test(line)) return false;
  if (INNER_SENTENCE_BREAK.test(line)) return false;
  const words = line.split(/\s+/).filter(Boolean).length;
  return words > 0 && words <= HEADING_MAX_WORDS;
}

function classify(line: string): { kind: BlockKind; text: string } {
  if (MARKDOWN_HEADING.test(line)) return { kind: 'heading', text: line.replace(MARKDOWN_HEADING, '').trim() };
  if (QUOTE_MARKER.test(line)) return { kind: 'quote', text: line.replace(QUOTE_MARKER, '').trim() };
  if (LIST_MARKER.test(line)) return { kind: 'list-item', text: line.replace(LIST_MARKER, '').trim() };
  if (looksLikeHeading(line)) return { kind: 'heading', text: line };
  return { kind: 'paragraph', text: line };
}

function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2 || lines.some((l) => LIST_MARKER.test(l))) return false;
  const width = Math.max(...lines.map((l) => l.length));
  if (width < WRAP_MIN_WIDTH || width > WRAP_MAX_WIDTH) return false;
  const body = lines.slice(0, -1);
  const filled = body.filter((l) => l.length >= width * WRAP_FILLED_SHARE).length;
  const open = body.filter((l) => !FINAL_PUNCTUATION.test(l)).length;
  return filled >= body.length * WRAP_FILLED_LINES && open >= body.length * WRAP_OPEN_LINES;
}

// Rejoin the lines of a wrapped chunk into paragraphs. A paragraph ends after a line that stops a sentence
// well short of the width, and a short title-like line stands alone.
function unwrap(lines: string[]): string[] {
  const width = Math.max(...lines.map((l) => l.length));
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of lines) {
    const short = line.length < width * WRAP_FILLED_SHARE;
    if (short && current.length === 0 && looksLikeHeading(line)) {
      paragraphs.push(line);
      continue;
    }
    current.push(line);
    if (line.length < width * WRAP_SHORT_LINE_SHARE && FINAL_PUNCTUATION.test(line)) flush();
  }
  flush();
  return paragraphs;
}

export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  // Blank lines separate chunks; inside a chunk each line is a block unless the chunk is hard-wrapped.
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n/);
  for (const chunk of chunks) {
    const lines = chunk.split(/[\n\u2028\u2029]/).map((l) => l.trim()).filter(Boolean);
    const paragraphs = isHardWrapped(lines) ? unwrap(lines) : lines;
    for (const paragraph of paragraphs) {
      const { kind, text: blockText } = classify(paragraph.replace(/[ \t\u00a0]+/g, ' '));
      if (blockText) blocks.push({ id: blocks.length, kind, text: blockText });
    }
  }
  return blocks;
}
