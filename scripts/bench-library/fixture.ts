// A generated library for the library benchmark: `count` saved articles as a Factmark backup (the format the
// library page imports), deterministic for a seed. The articles are synthetic news reports with the shape the
// analysis gives (blocks, sentences with offsets, claims, speakers with roles and name variants, direct and
// reported quotes, mentions, key points). Their words follow Zipf's law over a vocabulary of 30,000 made-up
// words plus a hundred real news words, and their people are mostly made-up names with a few real ones, so a
// search finds what it would in a real library: common words in many articles, a name in a few hundred.
// Nothing here comes from the shared corpus.
import { REPORT_SCHEMA, type Block, type Claim, type KeyPoint, type Mention, type Quote, type Report, type Sentence, type Speaker } from '../../lib/analysis/types';
import { BACKUP_FORMAT, type Backup } from '../../lib/storage/backup';
import type { ArticleRecord } from '../../lib/storage/records';
import { seededRandom } from '../seeded-random';


const words = (s: string) => s.split(/\s+/).filter(Boolean);
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

const GIVEN = words('Sergey Sergei Yury Yuri Marco Mike Tammy Volodymyr Kirill Maria Jana Anna Olena Pierre Emmanuel Olaf Keir Ursula Antonio Xi Wang Li Narendra Recep Mohammed Benjamin Ali Hassan Fatima Lucia Carlos Diego Sofia Elena Ivan Dmitry Nikolai Petro Andriy Ruth David Sarah James Robert Linda Karen Thomas Daniel Laura Julia Mateo Aiko Hiroshi Kenji Priya Arjun Amara Kwame Chidi Ingrid Lars Sven Astrid Marek Piotr Zofia');
const FAMILY = words('Lavrov Ushakov Rubio Waltz Bruce Zelensky Dmitriev Zakharova Puglierin Peskov Sybiha Yermak Macron Scholz Starmer Leyen Guterres Costa Blinken Sullivan Kellogg Witkoff Erdogan Modi Netanyahu Khamenei Orban Fico Meloni Sanchez Tusk Duda Rutte Stoltenberg Borrell Kallas Nauseda Stubb Kristersson Frederiksen Store Albanese Carney Lula Milei Sheinbaum Ramaphosa Tinubu Ruto Abiy Sisi Salman Tamim Bin Zayed Pezeshkian Araghchi Kuleba Shmyhal Klitschko Navalny Medvedev Shoigu Gerasimov Belousov Nabiullina Siluanov Mishustin Volodin Matviyenko Kadyrov Prigozhin Surovikin');
// Transliteration pairs: an article picks one spelling, as real reports do.
const VARIANTS: Record<string, string> = { Sergey: 'Sergei', Yury: 'Yuri', Zelensky: 'Zelenskyy', Dmitry: 'Dmitri', Andriy: 'Andrii' };
const ROLES = words('Foreign_Minister Secretary_of_State Senator President Prime_Minister spokesperson National_Security_Adviser Defence_Minister ambassador envoy aide negotiator Finance_Minister governor mayor analyst economist general commander chancellor').map((r) => r.replace(/_/g, ' '));
const SITES = Array.from({ length: 120 }, (_, i) => `news${i + 1}.example`);
const SITE_NAMES = words('Herald Tribune Chronicle Gazette Courier Observer Post Times Journal Monitor Express Standard Dispatch Ledger Sentinel Record');
const TOPICS = words('talks sanctions ceasefire embassy embassies troops NATO Ukraine Russia Riyadh Moscow Washington Kyiv Brussels summit negotiations peace deal security guarantees territory border elections inflation economy energy gas oil grain exports tariffs budget deficit parliament coalition referendum refugees drones missiles airstrikes frontline offensive reconstruction aid loans reserves currency markets shares growth unemployment strike protest court ruling investigation corruption reform pension healthcare vaccine climate emissions floods drought wildfire harvest prices wages housing rents transport railway bridge port airport shipping');
const VERBS = words('said announced confirmed warned insisted argued suggested denied claimed noted stressed told reported estimated agreed promised rejected');
const FILLER = words('officials leaders ministers delegates diplomats analysts observers residents workers companies investors voters lawmakers negotiators soldiers farmers');
const UNITS = words('hours days weeks months years percent troops people tonnes billion million kilometres barrels');
const NUMBER_WORDS = words('two three four five six seven eight nine ten twelve twenty fifty');
const PHRASES = [
  'this is a very serious conversation covering all the issues',
  'we are not going to predetermine the outcome of the negotiations',
  'the deployment of troops under any flag would be unacceptable',
  'both sides agreed to restore staffing levels at their embassies',
  'sanctions may be lifted as part of a broader settlement',
  'no agreement can be reached without the people it concerns',
  'the economy will grow faster than expected next year',
  'prices rose sharply after the new tariffs took effect',
  'the ceasefire must hold before any talks can begin',
  'we will not accept any deal imposed from outside',
  'the reconstruction will take years and cost billions',
  'security guarantees are the only path to lasting peace',
];

// Made-up words from syllables: a vocabulary as large as a real news archive's, without shipping one.
const SYLLABLES = words('ba be bi bo bu da de di do du fa fe fi fo ga ge go ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zo bar ben dor fen gal har kel lin mar nor pel ran sol tor vin wel');
const VOCABULARY_SIZE = 30_000;
// English word frequencies fall off as 1/rank^1.07 (Zipf); sampling by this exponent gives articles the usual
// mix of a few very common words and many rare ones.
const ZIPF_EXPONENT = 1.07;
// Share of a topic slot filled from the real news words (the rest from the made-up vocabulary).
const REAL_TOPIC_SHARE = 0.3;
// Share of speakers with a made-up name: a real name then appears in a few per cent of the articles.
const MADE_UP_SPEAKER_SHARE = 0.9;

function vocabulary(rand: () => number, size: number): string[] {
  const out = new Set<string>();
  while (out.size < size) {
    const n = 2 + Math.floor(rand() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!;
    out.add(w);
  }
  return [...out];
}

/** Samples ranks 0..n-1 with probability ∝ 1/(rank+1)^s, by binary search in the cumulative weights. */
function zipfSampler(n: number, s: number, rand: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cdf[i] = total += 1 / (i + 1) ** s;
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Lexicon {
  words: string[];
  word: () => string;
  surnames: string[];
  surname: () => string;
}

function lexicon(rand: () => number): Lexicon {
  const words = vocabulary(rand, VOCABULARY_SIZE);
  const wordRank = zipfSampler(words.length, ZIPF_EXPONENT, rand);
  const surnames = vocabulary(rand, 3000).map(cap);
  const surnameRank = zipfSampler(surnames.length, 1, rand);
  return { words, word: () => words[wordRank()]!, surnames, surname: () => surnames[surnameRank()]! };
}

interface Builder {
  blocks: Block[];
  sentences: Sentence[];
  quotes: Quote[];
  mentions: Mention[];
  claims: Claim[];
}

function article(i: number, rand: () => number, lex: Lexicon): { record: Omit<ArticleRecord, 'id'> } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  // Zipf-like: small indexes far more often, as a few people and topics dominate the news.
  const zipf = <T>(list: readonly T[]): T => list[Math.floor(list.length * rand() ** 2.2)]!;
  const people: Speaker[] = [];
  const speakerCount = 2 + Math.floor(rand() * 4);
  for (let s = 0; s < speakerCount; s++) {
    let given = zipf(GIVEN);
    let family = rand() < MADE_UP_SPEAKER_SHARE ? lex.surname() : zipf(FAMILY);
    if (VARIANTS[given] && rand() < 0.5) given = VARIANTS[given]!;
    if (VARIANTS[family] && rand() < 0.5) family = VARIANTS[family]!;
    const name = `${given} ${family}`;
    if (people.some((p) => p.name === name)) continue;
    people.push({ id: `s${people.length + 1}`, name, aliases: [family], roles: [zipf(ROLES)], kind: 'person' });
  }
  const topic = () => (rand() < REAL_TOPIC_SHARE ? pick(TOPICS) : lex.word());
  /** A clause of `n` words drawn by frequency: the bulk of an article's vocabulary. */
  const prose = (n: number) => Array.from({ length: n }, lex.word).join(' ');
  const number = () => (rand() < 0.5 ? String(Math.floor(rand() * 900) + 2) : pick(NUMBER_WORDS));
  const b: Builder = { blocks: [], sentences: [], quotes: [], mentions: [], claims: [] };
  const paragraphs = 5 + Math.floor(rand() * 3);
  for (let p = 0; p < paragraphs; p++) {
    let text = '';
    const add = (sentence: string, parts: Array<{ part: string; kind: 'quote-direct' | 'quote-indirect' | 'mention'; speaker: string }>, claim: boolean) => {
      if (text) text += ' ';
      const start = text.length;
      text += sentence;
      const id = b.sentences.length;
      b.sentences.push({ id, block: p, start, end: text.length, text: sentence });
      for (const { part, kind, speaker } of parts) {
        const at = start + sentence.indexOf(part);
        if (kind === 'mention') b.mentions.push({ block: p, start: at, end: at + part.length, speaker });
        else b.quotes.push({ block: p, start: at, end: at + part.length, text: part, speaker, kind: kind === 'quote-direct' ? 'direct' : 'indirect', cue: 'said' });
      }
      if (claim) b.claims.push({ sentence: id, text: sentence, score: Math.round((0.6 + rand() * 0.4) * 100) / 100, reasons: ['quantity', 'attributed'] });
    };
    const sentencesHere = 2 + Math.floor(rand() * 3);
    for (let s = 0; s < sentencesHere; s++) {
      const who = pick(people);
      const roll = rand();
      if (roll < 0.3) {
        // Half the quotes are stock phrases (the ones the benchmark's queries look for), half the article's own words.
        const phrase = rand() < 0.5 ? pick(PHRASES) : prose(6 + Math.floor(rand() * 6));
        const quoted = `${cap(phrase)},`;
        add(`“${quoted}” ${who.name} ${pick(VERBS)}.`, [{ part: quoted, kind: 'quote-direct', speaker: who.id }, { part: who.name, kind: 'mention', speaker: who.id }], rand() < 0.3);
      } else if (roll < 0.55) {
        const reported = `the ${topic()} would ${pick(words('continue end resume stall expand'))} within ${number()} ${pick(UNITS)}`;
        add(`${who.name}, the ${who.roles[0]}, ${pick(VERBS)} that ${reported}.`, [{ part: reported, kind: 'quote-indirect', speaker: who.id }, { part: who.name, kind: 'mention', speaker: who.id }], true);
      } else if (roll < 0.8) {
        add(`The ${topic()} in ${topic()} lasted ${pick(words('over about nearly'))} ${number()} ${pick(UNITS)}, ${pick(FILLER)} ${pick(VERBS)}.`, [], true);
      } else if (roll < 0.9) {
        add(`${cap(prose(6 + Math.floor(rand() * 8)))}, ${prose(4 + Math.floor(rand() * 6))}.`, [], false);
      } else {
        add(`${cap(pick(FILLER))} discussed ${topic()}, ${topic()} and ${topic()} with ${pick(FILLER)} on ${pick(words('Monday Tuesday Wednesday Thursday Friday'))}.`, [], false);
      }
    }
    b.blocks.push({ id: p, kind: 'paragraph', text });
  }
  const keyPoints: KeyPoint[] = b.claims.slice(0, 3).map((c) => ({ text: c.text, source: 'extracted', block: b.sentences[c.sentence]!.block, sentence: c.sentence }));
  const site = zipf(SITES);
  const published = Date.UTC(2018, 0, 1) + Math.floor(rand() * 8.8 * 365 * 86_400_000);
  const saved = published + Math.floor(rand() * 30 * 86_400_000);
  const title = `${cap(topic())}: ${people[0]!.name.split(' ')[1]} on ${topic()} and ${topic()} (${i})`;
  const url = `https://${site}/${published.toString(36)}/${i}`;
  const report: Report = {
    schema: REPORT_SCHEMA,
    article: {
      url, title, byline: `${pick(GIVEN)} ${pick(FAMILY)}`, siteName: `The ${pick(SITE_NAMES)}`, lang: 'en',
      publishedTime: new Date(published).toISOString(), excerpt: null, textLength: b.blocks.reduce((n, x) => n + x.text.length, 0),
    },
    blocks: b.blocks, sentences: b.sentences, claims: b.claims, speakers: people, quotes: b.quotes, mentions: b.mentions,
    repeats: [], keyPoints, timingsMs: { extract: 0, analyze: 0 },
  };
  return {
    record: {
      url, title, siteName: report.article.siteName, byline: report.article.byline, publishedTime: report.article.publishedTime,
      lang: 'en', savedAt: saved, updatedAt: saved, report,
    },
  };
}

/** A backup of `count` generated articles (ids 1..count, no highlights of the reader's own). */
export function fixtureBackup(count: number, seed = 6): Backup {
  const rand = seededRandom(seed);
  const lex = lexicon(rand);
  const articles: ArticleRecord[] = [];
  for (let i = 0; i < count; i++) articles.push({ id: i + 1, ...article(i, rand, lex).record });
  return { format: BACKUP_FORMAT, exportedAt: new Date(0).toISOString(), schemaVersion: 2, articles, highlights: [] };
}
