// Reporting verbs: the word that ties a statement to the one who made it ("said", "told", "warned").
// Each entry lists a verb's forms by hand (base, past, third person, -ing) so no stemmer guesses wrong, and
// an optional particle that must follow it ("point out", "make it clear").

export interface CueVerb {
  /** Base form, used as the cue's identity. */
  readonly base: string;
  /** Words that must follow the verb for it to count ("out" in "pointed out"). */
  readonly tail: readonly string[];
  /** Verbs that frame a phrase rather than report a clause ("called it “a disaster”"): never an indirect quote. */
  readonly framingOnly: boolean;
  /** Verbs whose object is the listener ("told reporters that …"): an object noun phrase may sit before the clause. */
  readonly takesListener: boolean;
}

interface Entry {
  forms: string;
  tail?: string;
  framing?: boolean;
  listener?: boolean;
}

/** Speech verbs seen in news attributions (PolNeAR's most frequent cues, plus the brief's list). */
const ENTRIES: readonly Entry[] = [
  { forms: 'say said says saying' },
  { forms: 'tell told tells telling', listener: true },
  { forms: 'note noted notes noting' },
  { forms: 'stress stressed stresses stressing' },
  { forms: 'confirm confirmed confirms confirming' },
  { forms: 'warn warned warns warning', listener: true },
  { forms: 'argue argued argues arguing' },
  { forms: 'suggest suggested suggests suggesting' },
  { forms: 'emphasise emphasised emphasises emphasising' },
  { forms: 'emphasize emphasized emphasizes emphasizing' },
  { forms: 'insist insisted insists insisting' },
  { forms: 'add added adds adding' },
  { forms: 'state stated states stating' },
  { forms: 'explain explained explains explaining' },
  { forms: 'claim claimed claims claiming' },
  { forms: 'announce announced announces announcing' },
  { forms: 'acknowledge acknowledged acknowledges acknowledging' },
  { forms: 'admit admitted admits admitting' },
  { forms: 'assert asserted asserts asserting' },
  { forms: 'declare declared declares declaring' },
  { forms: 'maintain maintained maintains maintaining' },
  { forms: 'predict predicted predicts predicting' },
  { forms: 'promise promised promises promising', listener: true },
  { forms: 'pledge pledged pledges pledging' },
  { forms: 'vow vowed vows vowing' },
  { forms: 'reveal revealed reveals revealing' },
  { forms: 'write wrote writes writing written' },
  { forms: 'tweet tweeted tweets tweeting' },
  { forms: 'highlight highlighted highlights highlighting' },
  { forms: 'indicate indicated indicates indicating' },
  { forms: 'mention mentioned mentions mentioning' },
  { forms: 'observe observed observes observing' },
  { forms: 'point pointed points pointing', tail: 'out' },
  { forms: 'recall recalled recalls recalling' },
  { forms: 'remark remarked remarks remarking' },
  { forms: 'reply replied replies replying' },
  { forms: 'respond responded responds responding' },
  { forms: 'reiterate reiterated reiterates reiterating' },
  { forms: 'repeat repeated repeats repeating' },
  { forms: 'counter countered counters countering' },
  { forms: 'concede conceded concedes conceding' },
  { forms: 'caution cautioned cautions cautioning', listener: true },
  { forms: 'complain complained complains complaining' },
  { forms: 'conclude concluded concludes concluding' },
  { forms: 'contend contended contends contending' },
  { forms: 'disclose disclosed discloses disclosing' },
  { forms: 'hint hinted hints hinting' },
  { forms: 'lament lamented laments lamenting' },
  { forms: 'signal signalled signaled signals signalling signaling' },
  { forms: 'assure assured assures assuring', listener: true },
  { forms: 'reassure reassured reassures reassuring', listener: true },
  { forms: 'remind reminded reminds reminding', listener: true },
  { forms: 'inform informed informs informing', listener: true },
  { forms: 'ask asked asks asking' },
  { forms: 'answer answered answers answering' },
  { forms: 'testify testified testifies testifying' },
  { forms: 'allege alleged alleges alleging' },
  { forms: 'boast boasted boasts boasting' },
  { forms: 'recount recounted recounts recounting' },
  { forms: 'continue continued continues continuing', framing: true },
  { forms: 'quip quipped quips quipping' },
  { forms: 'joke joked jokes joking' },
  { forms: 'shout shouted shouts shouting' },
  { forms: 'yell yelled yells yelling' },
  { forms: 'chant chanted chants chanting' },
  { forms: 'sing sang sings singing sung' },
  { forms: 'demand demanded demands demanding' },
  { forms: 'report reported reports reporting' },
  { forms: 'estimate estimated estimates estimating' },
  { forms: 'deny denied denies denying' },
  { forms: 'echo echoed echoes echoing' },
  { forms: 'agree agreed agrees agreeing', tail: 'that' },
  { forms: 'make made makes making', tail: 'it clear' },
  { forms: 'make made makes making', tail: 'clear' },
  { forms: 'put puts putting', tail: 'it' },
  // Verbs of manner that introduce a direct quotation ("“Go back to Univision,” Trump barked"), seen around
  // PolNeAR train's direct quotes.
  { forms: 'interject interjected interjects interjecting' },
  { forms: 'wonder wondered wonders wondering' },
  { forms: 'exclaim exclaimed exclaims exclaiming' },
  { forms: 'bark barked barks barking' },
  { forms: 'boom boomed booms booming' },
  { forms: 'fume fumed fumes fuming' },
  { forms: 'snap snapped snaps snapping' },
  { forms: 'scoff scoffed scoffs scoffing' },
  { forms: 'muse mused muses musing' },
  { forms: 'retort retorted retorts retorting' },
  // Seen after direct quotes in PolNeAR train: "“…,” remembered Roy Verley", "“…,” the nominee riffed".
  { forms: 'remember remembered remembers remembering' },
  { forms: 'riff riffed riffs riffing' },
  { forms: 'surmise surmised surmises surmising' },
  { forms: 'react reacted reacts reacting' },
  // Pressing and questioning frame a direct question ("“Would it be negotiable?” Hannity pressed"); they report
  // no clause ("pressed for a vote").
  { forms: 'press pressed presses pressing', framing: true },
  { forms: 'question questioned questions questioning', framing: true },
  { forms: 'elaborate elaborated elaborates elaborating' },
  { forms: 'urge urged urges urging', listener: true },
  { forms: 'plead pleaded pled pleads pleading' },
  { forms: 'cry cried cries crying' },
  { forms: 'whisper whispered whispers whispering' },
  { forms: 'mutter muttered mutters muttering' },
  { forms: 'gush gushed gushes gushing' },
  { forms: 'rant ranted rants ranting' },
  { forms: 'brag bragged brags bragging' },
  { forms: 'proclaim proclaimed proclaims proclaiming' },
  { forms: 'opine opined opines opining' },
  { forms: 'confess confessed confesses confessing' },
  { forms: 'recommend recommended recommends recommending' },
  // Manner verbs of feature writing ("“This is fantastic!” beamed Donald Hartley", "“…,” she laughed"): they tie a
  // quotation to its speaker but report no clause ("laughed at the joke", "mocked the reporter").
  { forms: 'laugh laughed laughs laughing', framing: true },
  { forms: 'sigh sighed sighs sighing', framing: true },
  { forms: 'beam beamed beams beaming', framing: true },
  { forms: 'smile smiled smiles smiling', framing: true },
  { forms: 'grin grinned grins grinning', framing: true },
  { forms: 'chuckle chuckled chuckles chuckling', framing: true },
  { forms: 'groan groaned groans groaning', framing: true },
  { forms: 'marvel marveled marvelled marvels marveling marvelling', framing: true },
  { forms: 'sneer sneered sneers sneering', framing: true },
  { forms: 'gripe griped gripes griping', framing: true },
  { forms: 'holler hollered hollers hollering', framing: true },
  { forms: 'scream screamed screams screaming', framing: true },
  { forms: 'tease teased teases teasing', framing: true },
  { forms: 'taunt taunted taunts taunting', framing: true },
  { forms: 'mock mocked mocks mocking', framing: true },
  { forms: 'deadpan deadpanned deadpans deadpanning', framing: true },
  { forms: 'chide chided chides chiding', framing: true },
  { forms: 'scold scolded scolds scolding', framing: true },
  { forms: 'post posted posts posting' },
  { forms: 'read reads reading' },
  { forms: 'shoot shot shoots shooting', tail: 'back' },
  { forms: 'fire fired fires firing', tail: 'back' },
  { forms: 'hit hits hitting', tail: 'back' },
  { forms: 'chime chimed chimes chiming', tail: 'in' },
  { forms: 'go went goes going', tail: 'on' },
  // Framing verbs attach a partial quote to its speaker ("described the talks as “…”") but report no clause.
  { forms: 'describe described describes describing', framing: true },
  { forms: 'call called calls calling', framing: true },
  { forms: 'dub dubbed dubs dubbing', framing: true },
  { forms: 'label labelled labeled labels labelling labeling', framing: true },
  { forms: 'term termed terms terming', framing: true },
  { forms: 'characterise characterised characterises characterising', framing: true },
  { forms: 'characterize characterized characterizes characterizing', framing: true },
  { forms: 'liken likened likens likening', framing: true },
];

export interface CueForm {
  readonly verb: CueVerb;
  /** The -ing form: its subject is the clause's subject ("…, stressing that …"). */
  readonly participle: boolean;
}

function buildIndex(): ReadonlyMap<string, CueForm[]> {
  const index = new Map<string, CueForm[]>();
  for (const entry of ENTRIES) {
    const forms = entry.forms.split(' ');
    const verb: CueVerb = {
      base: forms[0] ?? '',
      tail: entry.tail ? entry.tail.split(' ') : [],
      framingOnly: entry.framing === true,
      takesListener: entry.listener === true,
    };
    for (const form of forms) {
      const list = index.get(form) ?? [];
      list.push({ verb, participle: form.endsWith('ing') && form !== verb.base });
      index.set(form, list);
    }
  }
  // Entries with a tail first, so "made it clear" wins over a bare "made".
  for (const list of index.values()) list.sort((a, b) => b.verb.tail.length - a.verb.tail.length);
  return index;
}

/** Lowercase word form -> the cue verbs it can be (several when a tail decides, as with "make"). */
export const CUE_FORMS: ReadonlyMap<string, readonly CueForm[]> = buildIndex();
