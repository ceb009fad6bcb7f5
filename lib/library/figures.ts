// The figures a sentence states: a number (digits or words), what it counts (the unit), and the qualifier that
// bounds it ("over four hours" -> {value: 4, unit: "hour", qualifier: "over"}). Two reports of one claim that
// give different figures for the same unit disagree ("over four hours" against "4.5-hour"). Pure.

export interface Figure {
  /** The words as the sentence has them, e.g. "over four hours" or "4.5-hour". */
  text: string;
  value: number;
  /** The counted thing, singular and lower case ("hour", "percent", "dollar", "troop"); "" when none follows. */
  unit: string;
  /** "over", "about", … folded to a few bounds: "more", "less", "about", or "" for a plain figure. */
  qualifier: '' | 'more' | 'less' | 'about';
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  half: 0.5,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6 };

const QUALIFIERS: Array<[RegExp, Figure['qualifier']]> = [
  [/^(?:over|more than|above|at least|upwards of|in excess of)$/i, 'more'],
  [/^(?:under|less than|fewer than|below|at most|up to|nearly|almost|just under)$/i, 'less'],
  [/^(?:about|around|some|roughly|approximately|an estimated|close to)$/i, 'about'],
];

// Units that mean the same thing written differently.
const UNIT_ALIASES: Record<string, string> = {
  '%': 'percent', 'per cent': 'percent', percentage: 'percent', hr: 'hour', hrs: 'hour', min: 'minute', mins: 'minute',
  yr: 'year', '$': 'dollar', usd: 'dollar', '€': 'euro', '£': 'pound', people: 'person',
};

// Longest first, so "fourteen" is not read as "four".
const NUMBER_WORD = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
const QUALIFIER = '(?:(over|more than|above|at least|upwards of|in excess of|under|less than|fewer than|below|at most|up to|nearly|almost|just under|about|around|some|roughly|approximately|an estimated|close to)\\s+)?';
// A figure: optional qualifier, optional currency sign, digits (1,000 / 4.5) or number words (twenty-five),
// optional scale word, then optionally "-" or a space and the unit word ("4.5-hour", "four hours", "20 per cent").
const FIGURE = new RegExp(
  `(?<![\\w.,])${QUALIFIER}([$€£])?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${NUMBER_WORD})(?:[- ](?:${NUMBER_WORD}))*)(?!\\p{L})` +
    `(?:\\s*(thousand|million|billion|trillion|bn)\\b)?(?:(%)|[- ](per cent|percent|[a-z]+))?`,
  'giu',
);

// Words after a number that are not what it counts.
const NOT_UNITS = new Set(['and', 'or', 'to', 'of', 'the', 'a', 'in', 'on', 'at', 'for', 'by', 'with', 'that', 'was', 'were', 'is', 'are', 'had', 'has']);

function singular(word: string): string {
  const w = word.toLowerCase();
  if (UNIT_ALIASES[w]) return UNIT_ALIASES[w];
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|us)$/.test(w)) return w;
  return w.replace(/s$/, '');
}

function numberOf(text: string): number | null {
  const digits = text.replace(/,/g, '');
  if (/^\d/.test(digits)) return Number(digits);
  let total = 0;
  for (const part of text.toLowerCase().split(/[- ]/)) {
    const n = NUMBER_WORDS[part];
    if (n === undefined) return null;
    total = n === 100 ? Math.max(total, 1) * 100 : total + n;
  }
  return total;
}

export function figuresIn(sentence: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const [text, qualifierWords, currency, number, scale, percentSign, unitWord] = m;
    const value = numberOf(number!);
    if (value === null) continue;
    // Years ("in 2008", "February 2022") are dates, not figures.
    if (!currency && !scale && !percentSign && /^(1[89]|20)\d\d$/.test(number!) && !unitWord?.match(/^(?:year|people|troop)/i)) continue;
    let unit = '';
    if (percentSign) unit = 'percent';
    else if (currency) unit = singular(currency);
    // A capitalised word after a number names something ("three Trump officials"), it does not count it.
    else if (unitWord && unitWord === unitWord.toLowerCase() && !NOT_UNITS.has(unitWord)) unit = singular(unitWord);
    // A bare number with nothing counted is a day of the month, a clause number, a score: not comparable.
    if (!unit && !scale) continue;
    const qualifier = QUALIFIERS.find(([re]) => re.test(qualifierWords ?? ''))?.[1] ?? '';
    // The figure's words end at the number (or scale) unless the word after it is its unit.
    const unitFromWord = unit !== '' && !percentSign && !currency;
    const trimmed = unitWord && !unitFromWord ? text.slice(0, text.length - unitWord.length - 1) : text;
    figures.push({ text: trimmed.trim(), value: value * (scale ? SCALES[scale.toLowerCase()]! : 1), unit, qualifier });
  }
  return figures;
}

/** Whether two figures of one unit state different amounts (a different number, or the same number bounded differently). */
export function figuresDisagree(a: Figure, b: Figure): boolean {
  return a.unit === b.unit && (a.value !== b.value || a.qualifier !== b.qualifier);
}
