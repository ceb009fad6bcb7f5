// The words that say what a claim is about, comparable across articles written in different words: function
// words dropped, each word cut to a rough stem ("restoration", "restore" -> "restor"), a few news synonyms
// folded to one ("talks", "meeting", "discussions", "conversation" -> "talk"), names folded (Sergey/Sergei),
// and each figure's unit added as "#hour", so "over four hours" and "4.5-hour" meet. Names are marked "@"
// (they say who, not what: two different statements by one person share them). Pure.
import { foldName } from '../analysis/speakers/fold-name';
import { figuresIn } from './figures';

// Words that say nothing about the claim's subject: function words and reporting verbs.
const IGNORED = new Set(
  ('a about after again against all also an and any are as at be been before being both but by can could did do does ' +
    'during each even for from further had has have having he her here hers him his how i if in into is it its itself ' +
    'just more most no nor not now of off on once only or other our out over own same she should so some such than that ' +
    'the their them then there these they this those through to too under until up very was we were what when where which ' +
    'while who whom why will with would you your said says say told tell stated noted added according asked ' +
    'mr mrs ms however furthermore meanwhile including one two three four five six seven eight nine ten ' +
    // Generic verbs and modifiers that any two political sentences share ("made it clear", "high-level").
    'high level made make makes clear follow followed following part going take took taken place way well')
    .split(' '),
);

// Different words for one thing, as news reports vary them. Keys and values are stems (see stem()).
const SYNONYMS: Record<string, string> = {
  meet: 'talk', discuss: 'talk', discussion: 'talk', conversation: 'talk', negoti: 'talk', negotiation: 'talk',
  summit: 'talk', round: 'talk',
  mission: 'embassy', diplomat: 'diplomat', staff: 'staff', staffing: 'staff',
  unaccept: 'accept', accept: 'accept', reject: 'accept',
  troop: 'troop', soldier: 'troop', peacekeep: 'troop',
  flag: 'flag',
  sanction: 'sanction',
};

/** A rough English stem: enough to meet "restoration"/"restore", "deployment"/"deploy", "troops"/"troop". */
export function stem(word: string): string {
  let w = word;
  for (const [suffix, min] of [['ations', 4], ['ation', 4], ['ments', 4], ['ment', 4], ['ings', 4], ['ing', 4], ['ies', 3], ['ied', 3], ['ed', 4], ['es', 4], ['s', 3], ['e', 4]] as const) {
    if (w.length - suffix.length >= min && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // Doubled final consonants after a cut ("stopped" -> "stopp") meet their base ("stop").
  return w.replace(/([bdgklmnprt])\1$/u, '$1');
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function claimTerms(sentence: string): string[] {
  const terms = new Set<string>();
  for (const m of sentence.matchAll(WORD)) {
    const raw = m[0].normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’]s$/u, '');
    if (IGNORED.has(raw) || /^\d/.test(raw)) continue;
    // Capitalised words are names: fold their spelling variants instead of stemming them.
    const isName = /^\p{Lu}/u.test(m[0]) && m.index! > 0;
    const base = isName ? foldName(raw) : stem(raw);
    if (base.length < 2) continue;
    terms.add(isName ? `@${base}` : (SYNONYMS[base] ?? base));
  }
  for (const f of figuresIn(sentence)) if (f.unit) terms.add(`#${f.unit}`);
  return [...terms];
}
