// Sentences the model scores as check-worthy that still give a reader nothing to check (issue 4, "do not
// flag"): a speaker's own pledge ("we're going to retrofit 4 million buildings"), a reported stance on what
// will or must happen ("Russia made it clear that … would be unacceptable"), a third party's demand ("Waltz
// told reporters that the war must come to a permanent end"), a reported mood ("Nadal said he was happy"). The model learnt from debate labels, where figures and attribution outweigh the
// signs of a promise or a position, so these are caught by shape after scoring. Each rule was kept only if
// it did not lower F1 on CheckThat! dev or on train's out-of-fold scores (scripts/eval-claims.ts --rules).
// Decisions stay claims: "agreed to", "voted to", "announced that it will" report something already done.
import { hasCheckableFact, type ClaimContext } from './claim-features';
import { FIRST_PERSON, REPORTING_VERB, SECOND_PERSON } from './cue-patterns';

export type UncheckableRule = 'pledge' | 'stance' | 'demand' | 'mood';
export const UNCHECKABLE_RULES: readonly UncheckableRule[] = ['pledge', 'stance', 'demand', 'mood'];

// --- pledge: the speaker's own plan, in the speaker's own voice ---------------------------------------------
// Openers that may come before the subject of a pledge: "And", "So", "Number three,", a debate's "uh -".
const OPENER = String.raw`(?:(?:and|but|so|now|well|also|then|first|second|third|finally|instead|today|tonight|again|number \w+)\b[,:]?\s+|(?:uh|um)\b\s*-?\s*)*`;
// The sentence opens on the speaker committing to an action: "We will cut", "I'm going to ask", "we plan to
// build", "What we're going to do is". Not "I'd like to" (it opens a point: "I'd like to point out that…"),
// and not "will be" / "will have" (a coming state, which is a forecast, not an act the speaker promises).
const PLEDGE = new RegExp(
  String.raw`^${OPENER}(?:what\s+)?(?:I|we)(?:\s+(?:will|shall|am going to|are going to|plan to|intend to|want to)|['’](?:ll|m going to|re going to))\s+(?!be\b|have\b)`,
  'i',
);
// Something already done anchors a pledge in the record ("that's why I vetoed…", "it took the president 14
// days"): the regular past tense (not "-eed" words: "need", "indeed"), common irregular past forms, and
// past auxiliaries.
const PAST =
  /\b(?:did|didn['’]t|was|wasn['’]t|were|weren['’]t|had|hadn['’]t|has been|have been|took|made|gave|got|went|came|left|lost|won|spent|paid|sold|bought|brought|built|began|became|saw|found|held|kept|led|met|ran|rose|fell|grew|knew|thought|wrote|[a-z]{2,}[a-df-z]ed)\b/i;
// Words in -ed that name no past event.
const NOT_PAST = /\b(?:hundred|based|called|concerned|interested|related|proposed|united|so-called)\b/gi;

function isPledge(c: ClaimContext): boolean {
  if (!PLEDGE.test(c.text)) return false;
  // A date anchors it, and a reported pledge ("What I've said is…", "he says we're going to…") is a record
  // of what someone said, which can be checked.
  if (c.hasDate || c.attributed || REPORTING_VERB.test(c.text)) return false;
  return !PAST.test(c.text.replace(NOT_PAST, ' '));
}

// --- stance: a reported position on what will or must happen -----------------------------------------------
// Verbs that report a position, not an event: insisting, stressing, vowing, urging, warning, making it clear.
// Plain "said" and "told" are not here: on debates, "he said he would launch strikes" is a checkable record.
const STANCE_VERB =
  /\b(?:made (?:it )?clear|insist(?:s|ed|ing)?|stress(?:es|ed|ing)?|vow(?:s|ed|ing)?|urg(?:es|ed|ing)|warn(?:s|ed|ing)?|signall?(?:s|ed|ing)?|emphasi[sz](?:es|ed|ing)|reiterat(?:es|ed|ing)|argu(?:es|ed|ing)|maintain(?:s|ed|ing)?)\b/i;
// What the position holds will, could or must happen. Not "would have" / "could have" (a counterfactual
// about the past) and not "had to" (a past necessity is a fact). Case-sensitive so "May" the month is not a
// modal (a month is a fact anyway).
const MODAL = /\b(?:will|won['’]t|would|could|might|may|must|should|ought to|needs? to|ha(?:ve|s) to|going to)\b(?!\s+have\b)/;

function isStance(c: ClaimContext): boolean {
  const verb = STANCE_VERB.exec(c.text);
  return verb !== null && MODAL.test(c.text.slice(verb.index + verb[0].length)) && !hasCheckableFact(c);
}

// --- demand: a third party's demand, reported in the third person ---------------------------------------------
// Plain reporting verbs, which the stance rule leaves alone.
const SAY_VERB = /\b(?:said|says|stated|states|told|tells|added|adds|noted|notes|explained)\b/;
// What the speaker says must happen ("must come to an end", "needs to be involved"). Not "should have" (a
// verdict on the past, which the record can settle).
const DEMAND = /\b(?:must|should(?:n['’]t)?|ought to|needs? to|ha(?:ve|s) to)\b(?!\s+have\b)/;

function isDemand(c: ClaimContext): boolean {
  const verb = SAY_VERB.exec(c.text);
  if (verb === null || !DEMAND.test(c.text.slice(verb.index + verb[0].length))) return false;
  // "You said we should keep troops in Iraq", "I said insurers need to…": in debates a demand quoted back at
  // a speaker or by them is their record, labelled check-worthy; a third party's demand is a position.
  return !FIRST_PERSON.test(c.text) && !SECOND_PERSON.test(c.text) && !hasCheckableFact(c);
}

// --- mood: a feeling as what the sentence says --------------------------------------------------------------
// "he was upset", "she felt very proud", "appeared optimistic", "I'm glad": a feeling is the predicate.
const MOOD = new RegExp(
  String.raw`\b(?:am|is|are|was|were|be|been|being|feel|feels|felt|feeling|seem(?:s|ed)?|appear(?:s|ed)?|look(?:s|ed)|remain(?:s|ed)?|sound(?:s|ed)?|['’]m|['’]re)\s+` +
    String.raw`(?:(?:very|so|really|deeply|extremely|clearly|quite|not|too|more|most|absolutely|incredibly|truly|all)\s+)*` +
    String.raw`(?:happy|glad|delighted|pleased|proud|sad|disappointed|concerned|worried|hopeful|grateful|thankful|excited|shocked|angry|outraged|upset|frustrated|optimistic|pessimistic|confident|honou?red|sorry|thrilled|saddened|heartbroken|devastated|impressed|relieved|nervous|scared|afraid|furious|humbled|overjoyed|stunned|amazed|embarrassed|ashamed|anxious)\b`,
  'i',
);
// "As far as Iraq is concerned" is a topic marker, not a worry.
const AS_FAR_AS = /\bas far as\b[^,.;]*?\b(?:is|are|was|were)\s+concerned\b/gi;

function isMood(c: ClaimContext): boolean {
  return MOOD.test(c.text.replace(AS_FAR_AS, ' ')) && !hasCheckableFact(c);
}


// A stance, demand or mood that comes with a figure, a date, a decision, a cause or a source still has that to
// check (hasCheckableFact); a pledge's figures are the promise itself.
const TESTS: Record<UncheckableRule, (c: ClaimContext) => boolean> = {
  pledge: isPledge, stance: isStance, demand: isDemand, mood: isMood,
};

/** The first rule that finds nothing to check in the sentence, or null. */
export function uncheckable(c: ClaimContext, rules: readonly UncheckableRule[] = UNCHECKABLE_RULES): UncheckableRule | null {
  return rules.find((r) => TESTS[r](c)) ?? null;
}
