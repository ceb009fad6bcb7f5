// A deterministic generator of hostile documents: the same seed always gives the same document, so a failure
// is reproduced by its seed alone. Each seed picks a kind (seed modulo the number of kinds, so any run of
// consecutive seeds covers every kind) and the seeded random numbers pick the rest.
//
// The kinds are what real pages and attackers throw at an extension: absurd nesting, a 10 MB text node,
// unbalanced and mixed quote marks, zero-width and bidirectional controls, text that looks like script or
// HTML, an article that changes while it is being analysed, and the shapes around them (huge tables, tens of
// thousands of blocks, one endless word, frames and shadow roots, name soup, the same paragraph 500 times,
// pages with no body to speak of).

import { seededRandom } from '../../../scripts/seeded-random';

export type HostileKind =
  | 'deep-nesting'
  | 'huge-text-node'
  | 'quote-marks'
  | 'invisible-controls'
  | 'markup-as-text'
  | 'mutating-article'
  | 'huge-table'
  | 'many-blocks'
  | 'endless-word'
  | 'frames-and-shadows'
  | 'name-soup'
  | 'repeated-paragraph'
  | 'broken-shell'
  | 'unspaced-scripts';

export const HOSTILE_KINDS: readonly HostileKind[] = [
  'deep-nesting',
  'huge-text-node',
  'quote-marks',
  'invisible-controls',
  'markup-as-text',
  'mutating-article',
  'huge-table',
  'many-blocks',
  'endless-word',
  'frames-and-shadows',
  'name-soup',
  'repeated-paragraph',
  'broken-shell',
  'unspaced-scripts',
];

export interface HostileDocument {
  seed: number;
  kind: HostileKind;
  /** The page, as served. */
  html: string;
  /** The same hostility as plain text, for the analyser's text entry (textToBlocks). */
  text: string;
  /** The page edits its article while the analysis runs (see run-hostile.ts). */
  mutates: boolean;
}

// The figures: nesting 10,000 deep and a 10 MB text node.
export const NESTING_DEPTH = 10_000;
export const HUGE_TEXT_CHARS = 10 * 1024 * 1024;


interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

function rngOf(seed: number): Rng {
  const next = seededRandom(seed);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
    chance: (p) => next() < p,
  };
}

const WORDS = [
  'the', 'minister', 'said', 'on', 'Tuesday', 'that', 'budget', 'would', 'rise', 'by', '12%', 'in', '2025',
  'according', 'to', 'officials', 'who', 'asked', 'not', 'be', 'named', 'council', 'voted', 'against', 'plan',
  'Smith', 'told', 'reporters', 'million', '$4.5', 'increase', 'because', 'of', 'higher', 'costs', 'she', 'he',
  'president', 'Lavrov', 'Zelenskyy', 'announced', 'more', 'than', 'half', 'residents', 'were', 'evacuated',
];
const QUOTES = ['"', '\u201C', '\u201D', "'", '\u2018', '\u2019', '\u00AB', '\u00BB', '\u201E', '\u2039', '\u203A', '\u300C', '\u300D', '\u2033', '``', "''"];
const INVISIBLES = [
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', // zero-width and soft hyphen
  '\u200E', '\u200F', '\u061C', // marks
  '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', // embeddings and overrides
  '\u2066', '\u2067', '\u2068', '\u2069', // isolates
  '\u0301', '\u0308', // combining marks
  '\uD800', '\uDFFF', // lone surrogates
  '\u0000', '\u0007', '\r', '\u2028', '\u2029', '\u3000', '\u00A0',
];
const MARKUP_TEXT = [
  '<script>alert(1)</script>', '<img src=x onerror="alert(1)">', '"><svg onload=alert(1)>', 'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}', '${alert(1)}', '</p></div></body>', '<!--', '-->', '<![CDATA[', ']]>',
  '&lt;b&gt;', '&amp;amp;', '<style>*{display:none}</style>', '<iframe src="http://example.com">', '\\u003cscript\\u003e',
];
const RTL_WORDS = ['\u0627\u0644\u0648\u0632\u064A\u0631', '\u0642\u0627\u0644', '\u05E9\u05DC\u05D5\u05DD', '\u05D0\u05DE\u05E8'];
const CJK = '\u653F\u5E9C\u5BA3\u5E03\u9810\u7B97\u5C07\u589E\u52A0\u767E\u5206\u4E4B\u5341\u4E8C\u3002';

/** HTML-escapes text for a text node or an attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sentence(r: Rng, extra: () => string = () => ''): string {
  const n = r.int(6, 24);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(r.pick(WORDS) + extra());
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + r.pick(['.', '.', '.', '!', '?', ';', '…', '']);
}

function paragraph(r: Rng, extra?: () => string): string {
  const n = r.int(2, 6);
  return Array.from({ length: n }, () => sentence(r, extra)).join(' ');
}

/** Enough ordinary article around the hostile part that Readability finds an article to extract. */
function article(r: Rng, paragraphs: number, extra?: () => string): string[] {
  return Array.from({ length: paragraphs }, () => paragraph(r, extra));
}

function page(title: string, body: string, lang = 'en'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;
}

const ps = (texts: readonly string[]) => texts.map((t) => `<p>${escapeHtml(t)}</p>`).join('\n');

export interface HostileOptions {
  /** Nesting depth of 'deep-nesting' documents (default NESTING_DEPTH). */
  depth?: number;
}

type Build = (r: Rng, opts: HostileOptions) => { html: string; text: string };

const BUILDERS: Record<HostileKind, Build> = {
  'deep-nesting': (r, opts) => {
    // Elements that nest as written (a <p> or <li> would close its predecessor instead).
    const tags = ['div', 'span', 'section', 'blockquote', 'em', 'article'];
    const open: string[] = [];
    const close: string[] = [];
    for (let i = 0; i < (opts.depth ?? NESTING_DEPTH); i++) {
      const tag = r.pick(tags);
      open.push(`<${tag}>`);
      close.push(`</${tag}>`);
    }
    const texts = article(r, r.int(4, 10));
    const inner = ps(texts.slice(0, 3));
    const html = page('Deep', `<article>${ps(texts.slice(3))}${open.join('')}${inner}${close.reverse().join('')}</article>`);
    return { html, text: texts.join('\n\n') };
  },

  'huge-text-node': (r) => {
    // Word soup with sentence ends and the odd quote: a lot of text, none of it well formed.
    const parts: string[] = [];
    let length = 0;
    while (length < HUGE_TEXT_CHARS) {
      const w = r.pick(WORDS) + (r.chance(0.08) ? r.pick(['.', ',', '"', '\u201D', '?']) : '');
      parts.push(w);
      length += w.length + 1;
    }
    const huge = parts.join(' ');
    const texts = article(r, 5);
    const html = page('Huge', `<article>${ps(texts)}<p>${escapeHtml(huge)}</p></article>`);
    return { html, text: `${texts.join('\n\n')}\n\n${huge}` };
  },

  'quote-marks': (r) => {
    const texts = article(r, r.int(6, 14), () => (r.chance(0.3) ? r.pick(QUOTES) : ''));
    // Some paragraphs open a quote that never closes, some close one that never opened, some nest 200 deep.
    texts.push(`${r.pick(QUOTES)}${paragraph(r)}`);
    texts.push(`${paragraph(r)}${r.pick(QUOTES)} said Smith.`);
    texts.push(`${'\u201C\u2018'.repeat(200)}nested${'\u2019\u201D'.repeat(150)}`);
    return { html: page('Quotes', `<article>${ps(texts)}</article>`), text: texts.join('\n\n') };
  },

  'invisible-controls': (r) => {
    const texts = article(r, r.int(6, 14), () => (r.chance(0.4) ? r.pick(INVISIBLES) : ''));
    texts.push(INVISIBLES.join('').repeat(500));
    const html = page('Controls', `<article dir="${r.pick(['ltr', 'rtl', 'auto'])}">${ps(texts)}</article>`);
    return { html, text: texts.join('\n\n') };
  },

  'markup-as-text': (r) => {
    const texts = article(r, r.int(6, 12), () => (r.chance(0.15) ? ` ${r.pick(MARKUP_TEXT)}` : ''));
    const title = `${r.pick(MARKUP_TEXT)} ${sentence(r)}`;
    // Real script and style elements with article-like text in them: never article text.
    const noise = `<script>var said = "The minister said the budget would rise";</script><style>p::after{content:"\\201C"}</style>` +
      `<noscript><p>${escapeHtml(paragraph(r))}</p></noscript><template><p>${escapeHtml(paragraph(r))}</p></template>`;
    const html = page(title, `<article><h1>${escapeHtml(title)}</h1>${noise}${ps(texts)}</article>`);
    return { html, text: `${title}\n\n${texts.join('\n\n')}` };
  },

  'mutating-article': (r) => {
    const texts = article(r, r.int(8, 20));
    return { html: page('Mutating', `<article id="story">${ps(texts)}</article>`), text: texts.join('\n\n') };
  },

  'huge-table': (r) => {
    const rows = r.int(1000, 2000);
    const cols = r.int(5, 12);
    const cells: string[] = [];
    for (let i = 0; i < rows; i++) {
      const row: string[] = [];
      for (let j = 0; j < cols; j++) row.push(`<td>${r.chance(0.5) ? r.int(0, 1e6) : escapeHtml(r.pick(WORDS))}</td>`);
      cells.push(`<tr>${row.join('')}</tr>`);
    }
    const texts = article(r, r.int(3, 8));
    const html = page('Table', `<article>${ps(texts)}<table>${cells.join('')}</table></article>`);
    return { html, text: texts.join('\n\n') };
  },

  'many-blocks': (r) => {
    const n = r.int(10_000, 20_000);
    const texts = Array.from({ length: n }, () => `${r.pick(WORDS)} ${r.pick(WORDS)}.`);
    return { html: page('Blocks', `<article>${ps(texts)}</article>`), text: texts.join('\n') };
  },

  'endless-word': (r) => {
    const word = Array.from({ length: r.int(100_000, 300_000) }, () => String.fromCharCode(97 + r.int(0, 25))).join('');
    const texts = [...article(r, 4), word, ...article(r, 2)];
    return { html: page('Word', `<article>${ps(texts)}</article>`), text: texts.join('\n\n') };
  },

  'frames-and-shadows': (r) => {
    const texts = article(r, r.int(6, 12));
    const inner = escapeHtml(page('Framed', ps(article(r, 3))));
    const html = page(
      'Frames',
      `<iframe srcdoc="${inner}"></iframe><frameset><frame src="about:blank"></frameset>` +
        `<article>${ps(texts.slice(0, 3))}<div><template shadowrootmode="open"><p>${escapeHtml(paragraph(r))}</p><slot></slot></template>` +
        `${ps(texts.slice(3))}</div><x-widget><p>${escapeHtml(paragraph(r))}</p></x-widget><svg><text>${escapeHtml(sentence(r))}</text></svg>` +
        `<math><mi>x</mi></math></article>`,
    );
    return { html, text: texts.join('\n\n') };
  },

  'name-soup': (r) => {
    const names = ['Smith', 'Jones', 'Lavrov', 'Zelenskyy', 'Zelensky', 'Macron', 'Ms Lee', 'Dr No', 'Mr Big', 'the minister', 'He', 'She', 'They'];
    const texts = Array.from({ length: r.int(40, 120) }, () =>
      Array.from({ length: r.int(3, 8) }, () => `${r.pick(names)} ${r.pick(['said', 'told', 'added', 'denied', 'says'])} "${sentence(r)}" ${r.pick(names)} ${r.pick(['said.', 'replied.', '.'])}`).join(' '),
    );
    return { html: page('Names', `<article>${ps(texts)}</article>`), text: texts.join('\n\n') };
  },

  'repeated-paragraph': (r) => {
    const one = paragraph(r);
    const texts = [...article(r, 3), ...Array.from({ length: 500 }, () => one)];
    return { html: page('Repeated', `<article>${ps(texts)}</article>`), text: texts.join('\n\n') };
  },

  'broken-shell': (r) => {
    const texts = article(r, r.int(1, 5));
    const shells = [
      '',
      '<html>',
      '<html><body></body></html>',
      `<frameset><frame src="a.html"><frame src="b.html"></frameset>`,
      `<body>${'<div>'.repeat(300)}${escapeHtml(texts.join(' '))}`,
      `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>${escapeHtml(texts[0]!)}</p></body></html>`,
      `<table><p>${escapeHtml(texts.join('</p><p>'))}`,
      `<p>${escapeHtml(texts[0]!)}<p>${escapeHtml(texts.at(-1)!)}<b><i></b></i><a href="javascript:void(0)">x`,
      ' \n\t ',
    ];
    return { html: r.pick(shells), text: texts.join('\n\n') };
  },

  'unspaced-scripts': (r) => {
    const texts = Array.from({ length: r.int(6, 12) }, () =>
      r.chance(0.5)
        ? CJK.repeat(r.int(5, 40))
        : Array.from({ length: r.int(20, 60) }, () => r.pick(RTL_WORDS)).join(' ') + '.',
    );
    const lang = r.pick(['zh', 'ar', 'he', '', 'en']);
    return { html: page('Scripts', `<article dir="auto">${ps(texts)}</article>`, lang), text: texts.join('\n\n') };
  },
};

/** The kind of document a seed gives. */
export function hostileKind(seed: number): HostileKind {
  return HOSTILE_KINDS[seed % HOSTILE_KINDS.length]!;
}

/** Whether the seed's page edits its article while Factmark works: every mutating article, and one seed in seven of the rest. */
export function hostileMutates(seed: number): boolean {
  return hostileKind(seed) === 'mutating-article' || seed % 7 === 3;
}

export function hostileDocument(seed: number, opts: HostileOptions = {}): HostileDocument {
  const kind = hostileKind(seed);
  const { html, text } = BUILDERS[kind](rngOf(seed), opts);
  return { seed, kind, html, text, mutates: hostileMutates(seed) };
}
