/**
 * Word lists for attribution: reporting verbs and their forms, source nouns, role nouns, hedges.
 * General English news vocabulary; nothing here names a particular article's actors.
 */
import type { ClaimKind } from '../types.ts';
import { IRREGULAR_PAST } from '../text/english.ts';
import { ROLE_WORDS } from '../refdata/curated.ts';

/** How a reporting verb shapes its claim. */
export interface VerbInfo {
  lemma: string;
  /** Kind the verb gives a claim when the source itself does not decide it. */
  kind: ClaimKind;
  /** The verb only reports speech when a that-clause (or "how/why/whether…") follows it. */
  needsThat: boolean;
  /** May follow its quote or clause with the speaker after it: "“…,” said Mr Reeves." */
  invertible: boolean;
  /**
   * Reports speech only right before "that" or beside a quotation, its other senses being common ("mentioned that…",
   * not "mentioned the hinge"; "decided that…", not "decided to fix"; "repeated that…", not "repeated warnings").
   */
  thatOnly?: boolean;
}

/**
 * Verbs of a manner of speaking, and of answering and remembering: speech only with a quotation, "that" right after,
 * or after a quotation (see isVerbUse): "“Lock her up!” the crowd chanted", "“…,” remembered Roy Verley", not "the
 * branch snapped", "yelled and held up a banner that…", "remembered when…", "answered questions".
 */
// ("“Step out,” an officer ordered.", "“It is over,” she sighed.", "“Why now?” she wondered.": commands, sighs and
// questions after a quotation are the speaker's words too.)
export const MANNER_VERBS = new Set('answer remember relate retort retaliate snap bark scoff fume gush rave marvel chant shout yell scream proclaim mutter whisper grumble sneer share sigh groan moan gasp laugh order command wonder'.split(' '));

type VerbRow = [lemma: string, forms: string, kind?: ClaimKind, needsThat?: boolean, invertible?: boolean, thatOnly?: boolean];

/** lemma, its inflected forms (space-separated: base, -s, past, -ing), kind, needs "that", invertible, "that" only. */
const VERB_ROWS: VerbRow[] = [
  ['say', 'say says said saying', 'reported', false, true],
  ['state', 'state states stated stating', 'reported', false, true],
  ['tell', 'tell tells told telling', 'reported', false, false],
  ['note', 'note notes noted noting', 'reported', false, true],
  ['add', 'add adds added adding', 'reported', false, true],
  ['assert', 'assert asserts asserted asserting', 'reported', false, true],
  ['affirm', 'affirm affirms affirmed affirming', 'reported', false, true],
  // "declared that…", "“…,” he declared"; not "declared martial law", "declared a day of mourning" (acts).
  ['declare', 'declare declares declared declaring', 'reported', true, true],
  ['lament', 'lament laments lamented lamenting', 'reported', false, true],
  ['suggest', 'suggest suggests suggested suggesting', 'reported', false, false],
  // "recommends that everyone get a vaccine", "recommends calling the front desk", "advised residents to stay indoors".
  ['recommend', 'recommend recommends recommended recommending', 'reported', true, false],
  ['advise', 'advise advises advised advising', 'reported', true, false],
  ['claim', 'claim claims claimed claiming', 'reported', false, true],
  // "The court heard that…", "…, an inquest has heard.": what a court is told, only with a court as the subject
  // (see isVerbUse).
  ['hear', 'hear hears heard', 'reported', true, true],
  // "The statement read: “…”", "…,” the letter reads.", "a message reading “…”": only after a document (index.ts isVerbUse).
  ['read', 'read reads reading', 'reported', false, true],
  ['confirm', 'confirm confirms confirmed confirming', 'reported', false, false],
  ['acknowledge', 'acknowledge acknowledges acknowledged acknowledging', 'reported', false, true],
  ['admit', 'admit admits admitted admitting', 'reported', false, true],
  ['confess', 'confess confesses confessed confessing', 'reported', false, true],
  ['concede', 'concede concedes conceded conceding', 'reported', false, true],
  ['insist', 'insist insists insisted insisting', 'reported', false, true],
  ['argue', 'argue argues argued arguing', 'reported', false, true],
  ['contend', 'contend contends contended contending', 'reported', true, true],
  ['explain', 'explain explains explained explaining', 'reported', false, true],
  ['announce', 'announce announces announced announcing', 'reported', false, false],
  // "wrote the code" is no statement; "wrote that…", "wrote: “…”" and "“…,” she wrote" are.
  ['write', 'write writes wrote writing', 'reported', true, true],
  ['tweet', 'tweet tweets tweeted tweeting', 'reported', false, true],
  ['post', 'posted', 'reported', true, false],
  ['describe', 'describe describes described describing', 'reported', true, false],
  ['divulge', 'divulge divulges divulged divulging', 'reported', false, false],
  ['reveal', 'reveal reveals revealed revealing', 'reported', true, false],
  ['disclose', 'disclose discloses disclosed disclosing', 'reported', true, false],
  ['report', 'report reports reported reporting', 'reported', true, false],
  ['indicate', 'indicate indicates indicated', 'reported', true, false],
  ['emphasize', 'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising', 'reported', false, true],
  ['stress', 'stress stresses stressed stressing', 'reported', true, true],
  // "underlined that…", "underscored that…" (not "underlined the need").
  ['underline', 'underline underlines underlined underlining', 'reported', true, false],
  ['underscore', 'underscore underscores underscored underscoring', 'reported', true, false],
  ['clarify', 'clarify clarifies clarified clarifying', 'reported', true, true],
  ['observe', 'observe observes observed observing', 'reported', true, true],
  ['complain', 'complain complains complained complaining', 'reported', true, true],
  // "“…,” agrees Michelle Stevens, 30, of Gainesville": invertible after a quotation.
  ['agree', 'agree agrees agreed agreeing', 'reported', true, true],
  ['recall', 'recall recalls recalled recalling', 'reported', true, true],
  // "Yonhap mentioned that Samsung may…", "“…,” he mentioned" (not "mentioned the hinge").
  ['mention', 'mention mentions mentioned mentioning', 'reported', true, true, true],
  // "opined that…", "apprised reporters that…", "informed the Senate that…" (not "informed decisions").
  ['opine', 'opines opined opining', 'reported', true, true],
  ['apprise', 'apprises apprised apprising', 'reported', true, false],
  ['inform', 'informs informed informing', 'reported', true, false],
  ['predict', 'predict predicts predicted predicting', 'reported', true, true],
  ['estimate', 'estimate estimates estimated estimating', 'reported', true, false],
  // "pegged the decline at 8 percent": only with an object and a figure (index.ts atFigure).
  ['peg', 'peg pegs pegged pegging', 'reported', true, false],
  // A forecast: "expects that…", "expects to produce…", "analysts expected earnings to rise" (see isVerbUse).
  ['expect', 'expect expects expected', 'reported', true, false],
  // "“…,” he continued.": only after a quotation or before a that-clause.
  ['continue', 'continues continued', 'reported', true, true],
  ['believe', 'believe believes believed', 'position', true, false],
  // "Sea-Watch presumed that the lost boat was carrying 85 people", "police assume the fire was set": a belief stated.
  ['presume', 'presume presumes presumed', 'position', true, false, true],
  ['assume', 'assume assumes assumed', 'position', true, false, true],
  ['think', 'think thinks thought', 'position', true, false],
  ['hope', 'hope hopes hoped', 'position', true, false],
  ['fear', 'fear fears feared', 'position', true, false],
  ['suspect', 'suspect suspects suspected', 'position', true, false],
  // "signaled that rates might rise", "hinted that she might resign", "questioned whether…".
  ['signal', 'signal signals signaled signalled signaling signalling', 'reported', true, false],
  ['hint', 'hint hints hinted hinting', 'reported', true, false],
  ['question', 'question questions questioned questioning', 'reported', true, false],
  // "projected that…", "recounted that…", "assured reporters that…".
  ['project', 'project projects projected projecting', 'reported', true, false],
  ['recount', 'recount recounts recounted recounting', 'reported', true, true],
  ['assure', 'assure assures assured assuring', 'reported', true, false],
  ['reassure', 'reassure reassures reassured reassuring', 'reported', true, false],
  ['worry', 'worry worries worried', 'position', true, false],
  ['maintain', 'maintain maintains maintained maintaining', 'position', true, true],
  ['reiterate', 'reiterate reiterates reiterated reiterating', 'reported', false, true],
  ['deny', 'deny denies denied denying', 'reported', false, false],
  ['reject', 'reject rejects rejected rejecting', 'reported', true, false],
  ['dispute', 'dispute disputes disputed disputing', 'reported', true, false],
  // Like "reject": only with a proposition ("dismissed suggestions that…", "challenged the idea that…").
  ['dismiss', 'dismiss dismisses dismissed dismissing', 'reported', true, false],
  ['challenge', 'challenge challenges challenged challenging', 'reported', true, false],
  // "supporters counter that it is fair"; the noun ("over the counter") never takes "that" (see isVerbUse).
  ['counter', 'counter counters countered', 'reported', false, true],
  ['reply', 'replies replied', 'reported', false, true],
  ['respond', 'responds responded', 'reported', true, false],
  ['remark', 'remarks remarked', 'reported', false, true],
  // Present tense too: features write "“…,” she jokes", "he quips".
  // "commented on the ruling" is no statement; "“…,” comments Johnston" and "commented that…" are.
  ['comment', 'comments commented commenting', 'reported', true, true],
  // "…, remarking that the U.S. should…", "“…,” he remarked.": the noun "remarks" is read as one (see isVerbUse).
  ['remark', 'remarked remarking', 'reported', true, true],
  ['quip', 'quips quipped quipping', 'reported', false, true],
  ['muse', 'muses mused musing', 'reported', true, true],
  // "“Kevin’s made a mistake…,” he analysed.", "“…,” she reflected." (not "analysed the data": "that" or a quotation).
  ['analyse', 'analyses analysed analyzes analyzed', 'reported', true, true],
  ['reflect', 'reflects reflected', 'reported', true, true],
  ['joke', 'jokes joked joking', 'reported', true, true],
  ['boast', 'boasts boasted boasting', 'reported', true, true],
  ['cry', 'cries cried', 'reported', true, true],
  ['exclaim', 'exclaims exclaimed exclaiming', 'reported', false, true],
  // Manners of speaking (see MANNER_VERBS).
  ...[...MANNER_VERBS].map((v): VerbRow => {
    // "snapped": a final consonant after a single vowel doubles; "relate" → "related".
    const stem = /[^aeiou][aeiou][pt]$/.test(v) ? v + v.slice(-1) : v.replace(/e$/, '');
    return [v, `${v}s ${stem}ed`, 'reported', true, true];
  }),
  ['testify', 'testify testifies testified testifying', 'reported', true, false],
  ['vow', 'vow vows vowed vowing', 'reported', false, false],
  ['pledge', 'pledge pledges pledged pledging', 'reported', false, false],
  ['promise', 'promises promised promising', 'reported', false, false],
  ['warn', 'warn warns warned warning', 'warning', false, true],
  ['caution', 'caution cautions cautioned cautioning', 'warning', false, true],
  ['threaten', 'threaten threatens threatened threatening', 'warning', false, false],
  ['urge', 'urge urges urged urging', 'reported', false, true],
  // A demand is a stated position: "The union demanded higher wages" (not the noun, "global demand", nor
  // "the sum demanded by Ferro": see isVerbUse).
  // "The city is demanding that the campaign stop…" (the progressive needs its that-clause: see isVerbUse).
  ['demand', 'demands demanded demanding', 'position', false, true],
  // A request: only "asked X to do…" (see isVerbUse), not "asked about" or a question.
  ['ask', 'asks asked asking', 'reported', false, false],
  // "“Please help us find him,” his mother pleaded.": invertible after a quotation ("pleaded guilty" is no speech: see isVerbUse).
  ['plead', 'plead pleads pleaded pleading', 'reported', false, true],
  ['beg', 'beg begs begged begging', 'reported', false, true],
  ['implore', 'implore implores implored imploring', 'reported', false, true],
  // An explanation: "attributed the rally to the ruling", "blamed the delay on the weather" (see isVerbUse).
  ['attribute', 'attribute attributes attributed attributing', 'reported', false, false],
  ['blame', 'blames blamed blaming', 'reported', false, false],
  // "Ocasio-Cortez linked the incident to Pirro’s comments" (not "accounts linked to Russia": see isVerbUse).
  ['link', 'links linked linking', 'reported', false, false],
  // A stance without a clause: "The Teamsters disagree.", "disagreed with the ruling".
  ['disagree', 'disagree disagrees disagreed', 'position', false, false],
  ['allege', 'allege alleges alleged alleging', 'allegation', false, true],
  ['accuse', 'accuse accuses accused accusing', 'allegation', false, false],
  ['charge', 'charge charges charged charging', 'allegation', true, false],
  // Findings and rulings: "a judge ruled that…", "the inquiry concluded that…", "governments have recognised that…".
  ['rule', 'rule rules ruled ruling', 'reported', true, false],
  ['conclude', 'conclude concludes concluded concluding', 'reported', true, false],
  ['find', 'find finds found', 'reported', true, false],
  // Only with a poll, a study or data as its subject (see isVerbUse): "A new poll shows majority support".
  ['show', 'show shows showed', 'reported', false, false],
  // Research findings: "Pluznick demonstrated that…", "they discovered that…", "Vaughan speculates that…".
  ['demonstrate', 'demonstrate demonstrates demonstrated demonstrating', 'reported', true, false],
  ['discover', 'discover discovers discovered discovering', 'reported', true, false],
  ['realize', 'realize realizes realized realise realises realised', 'reported', true, false],
  ['speculate', 'speculate speculates speculated speculating', 'reported', true, true],
  ['hypothesize', 'hypothesize hypothesizes hypothesized hypothesise hypothesises hypothesised', 'reported', true, false],
  ['theorize', 'theorize theorizes theorized theorise theorises theorised', 'reported', true, false],
  ['posit', 'posit posits posited', 'reported', true, false],
  ['recognise', 'recognise recognises recognised recognising recognize recognizes recognized recognizing', 'reported', true, false],
  ['determine', 'determined', 'reported', true, false],
  // More verbs of saying that take a clause: "reckons that…", "reminded voters that…", "bragged that…", "swore that…",
  // "repeated that…", "reasoned that…" ("“…,” he reasoned" too).
  // ("Goldman's economists reckon the Fed is done": a bare clause too, as after "think"; "reckon with" takes none.)
  ['reckon', 'reckon reckons reckoned reckoning', 'reported', true, true],
  ['remind', 'remind reminds reminded reminding', 'reported', true, false, true],
  // (Not "bragging": read as a verb of speech between dashes, it cost the participle after it its claim: "— bragging —
  // conceding that…".)
  ['brag', 'brag brags bragged', 'reported', true, true, true],
  ['swear', 'swear swears swore sworn swearing', 'reported', true, false, true],
  ['repeat', 'repeat repeats repeated repeating', 'reported', true, true, true],
  ['reason', 'reason reasons reasoned reasoning', 'reported', true, true, true],
  ['protest', 'protests protested protesting', 'reported', true, true, true],
  ['forecast', 'forecast forecasts forecasting', 'reported', true, false, true],
  ['attest', 'attest attests attested attesting', 'reported', true, false, true],
  // "Police are appealing for witnesses", "Gardaí are appealing to anyone who saw it to come forward" (not a court's
  // appeal: see VerbUse). No "appeals": the noun of "the appeals court", "Court of Appeals".
  ['appeal', 'appeal appealed appealing', 'reported', false, false],
  // "Beaty objected that the judge was letting Saipov…".
  ['object', 'object objects objected objecting', 'reported', true, false, true],
  // "Minister Andrew Constance also flagged on Tuesday that the cost…", "The company cited that it invested…".
  ['flag', 'flag flags flagged flagging', 'reported', true, false, true],
  ['cite', 'cite cites cited citing', 'reported', true, false, true],
  // A body's decision that something is so: "The Board decided that a change in leadership was necessary".
  ['decide', 'decides decided', 'reported', true, false, true],
];

export interface VerbForm extends VerbInfo {
  /** 'ing' for a participle ("noting that"), 'base' for the bare form ("analysts say"). */
  form: 'base' | 'finite' | 'ing';
}

export const VERBS: Map<string, VerbForm> = (() => {
  const m = new Map<string, VerbForm>();
  for (const [lemma, forms, kind = 'reported', needsThat = false, invertible = false, thatOnly = false] of VERB_ROWS) {
    for (const f of forms.split(' ')) {
      const form: VerbForm['form'] = f.endsWith('ing') ? 'ing' : f === lemma ? 'base' : 'finite';
      m.set(f, { lemma, kind, needsThat, invertible, thatOnly, form });
    }
  }
  return m;
})();

/**
 * Verbs that characterise something ("called the process a sham", "touted the plan as…"): the claim is
 * the object with its complement. `as` says the complement must open with "as"; else with "a/an".
 */
export const CHARACTERISING: Map<string, 'as' | 'a' | 'as-for'> = new Map([
  ...'described describes depicted depicts touted touts hailed hails branded brands labelled labeled labels dismissed dismisses portrayed portrays characterised characterized rejected rejects cited cites presented presents framed frames painted paints mentioned mentions'.split(' ').map((w) => [w, 'as'] as [string, 'as']),
  // Praise and blame: "pilloried the administration for proposing…" as well as "criticised the plan as…".
  ...'denounced denounces condemned condemns blasted blasts slammed slams praised praises criticized criticised criticizes criticises lauded lauds decried decries derided derides pilloried pillories ridiculed ridicules lambasted lambastes faulted faults rebuked rebukes chided chides scolded scolds commended commends applauded applauds'.split(' ').map((w) => [w, 'as-for'] as [string, 'as-for']),
  // "termed the statement (as) “baseless”", "termed it a failure": South Asian and British news use it as "called".
  ...'called calls termed terms'.split(' ').map((w) => [w, 'a'] as [string, 'a']),
  // Participles after a clause: "…, calling him “the most ignorant president”", "…, describing the deal as a failure".
  ...'describing depicting touting hailing branding labelling labeling dismissing portraying characterising characterizing presenting framing painting'.split(' ').map((w) => [w, 'as'] as [string, 'as']),
  ...'denouncing condemning blasting slamming praising criticizing criticising lauding decrying deriding pillorying ridiculing lambasting faulting rebuking chiding scolding commending applauding'.split(' ').map((w) => [w, 'as-for'] as [string, 'as-for']),
  ...'calling terming'.split(' ').map((w) => [w, 'a'] as [string, 'a']),
]);

/** Days, months and times of day: the setting of a verb, never its subject ("said Tuesday", "said on Jan. 5"). */
/** A day named after a source or a verb, "said IDC Thursday", "said the ministry today": when, no part of a name. */
export const DAY_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight)$/i;

export const TIME_WORDS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|tonight|yesterday|morning|afternoon|evening|night|week|weekend|month|year|last|this|next|earlier|later|on)$/i;

/**
 * Quantifiers that stand for people when a post-modifier says who ("Many in Hong Kong fear…", "some on the left say"),
 * or the people just named ("To varying degrees, all agreed that…").
 */
export const QUANTIFIER_SUBJECTS = /^(?:many|some|most|few|several|others|both|all|each)$/i;

/** Irregular past tenses that are never participles ("came", not "won"): a finite verb wherever they stand. */
export const PAST_ONLY = new Set('went took gave came saw knew began ran fell rose grew became broke chose drove flew hid spoke stole threw wore wrote'.split(' '));

/** A past tense or participle as written: a lowercase word in -ed ("raised") or an irregular one ("took"). */
export function isPastForm(word: string): boolean {
  return /^\p{Ll}{2,}ed$/u.test(word) || IRREGULAR_PAST.has(word);
}

/** Plural nouns without a final -s that may be the subject of a bare reporting verb ("police say"). */
export const COLLECTIVE_PLURALS = new Set('police people staff military clergy media public youth'.split(' '));

/** Nouns that carry a proposition in "rejected the claim that…" (not "rejected the bill that passed"). */
export const PROPOSITION_NOUNS = new Set(
  'claim claims allegation allegations accusation accusations suggestion suggestions idea notion assertion assertions charge charges report reports view argument arguments premise contention theory rumours rumors speculation assumption perception narrative'.split(' '),
);

/** Documents that carry an organisation's words: "according to a statement from the ministry". */
export const DOCUMENT_NOUNS = new Set('statement statements report reports release filing filings document documents data figures letter memo transcript records survey poll study bulletin bulletins advisory'.split(' '));

/**
 * What a source issues and whose words are the source's ("issued a statement saying…", "The letter read: “…”"):
 * documents and messages.
 */
export const ISSUED_TEXTS = new Set([...DOCUMENT_NOUNS, ...'message messages post posts tweet tweets email emails note notice memo order ruling verdict citation complaint indictment filing lawsuit text announcement communique communiqué video op-ed editorial blog sign signs banner banners caption headline plaque inscription website page'.split(' ')]);

/** What speaks as a source through "shows" or its author ("the analysis shows"): documents, and evidence. */
export const EVIDENCE_NOUNS = new Set([...DOCUMENT_NOUNS, ...'analysis analyses research work findings evidence numbers statistics polling polls surveys studies tests trials experiments investigation investigations inquiry census audit review estimate estimates calculations projections story article column results paper papers tweet tweets emails memos transcripts recordings ad ads advertisement advertisements commercial commercials ruling rulings judgment judgement verdict'.split(' ')]);

/**
 * The people around a person, named after "and" or "and his/her/their": "Paganini and his team", "Smith and colleagues",
 * "Cruz and his aides".
 */
export const ENTOURAGE_NOUNS = /^(?:colleagues|co-?authors|collaborators|team|students|aides|staff|lawyers|attorneys|associates|others)$/;

/** Words that may stand between a subject and its verb ("has", "also", "would not"). */
export const AUX = new Set(
  "has have had is are was were been will would shall should can could may might must do does did not never also then now still once already again just only repeatedly later previously earlier recently today yesterday reportedly allegedly both both, too always often long ever first since consistently instead however meanwhile hasn't haven't hadn't isn't aren't wasn't weren't won't wouldn't can't couldn't shouldn't mustn't don't doesn't didn't hasn’t haven’t hadn’t isn’t aren’t wasn’t weren’t won’t wouldn’t can’t couldn’t shouldn’t mustn’t don’t doesn’t didn’t".split(
    ' ',
  ),
);

/** Words that open a clause and so bound a subject noun phrase on its left. */
export const CLAUSE_OPENERS = new Set(
  'that and but or while whereas as because since if when after before although though so yet nor where which who whom whose than'.split(' '),
);

/** Leading words stripped from a speaker noun phrase ("But", "However", "both"). */
export const NP_LEADERS = new Set('and but or so however meanwhile also both then now yet still thus instead indeed'.split(' '));

/** Heads of noun phrases that name an unnamed (anonymous or collective) source. */
export const ANON_HEADS = new Set(
  'source sources sides groups majority majorities minority minorities plurality brokerages providers physicians nurses clinicians scholars academics educators agents advocates customers consumers users passengers patients families businesses shoppers fans voters citizens governments agencies companies reports accounts posting postings posts commenters bloggers posters eyewitness eyewitnesses bystanders locals villagers survivors official officials analyst analysts expert experts people person aide aides diplomat diplomats insider insiders observer observers critic critics resident residents witness witnesses investigator investigators prosecutors lawyers activists campaigners economists scientists researchers doctors experts authorities insiders individuals someone somebody member members staff staffers employees workers executives advisers advisors strategists operatives consultants pollsters negotiators mediators participants attendees politicians lawmakers legislators protesters organizers organisers supporters opponents relatives neighbours neighbors parents students teachers farmers traders bankers investors media outlets reporter reporters journalist journalists pal pals friend friends confidant confidants onlooker onlookers acquaintance acquaintances'.split(
    ' ',
  ),
);

/** Nouns of role that refer back to a person named earlier ("the Minister", "the president"). */
export const ROLE_NOUNS = new Set(
  'nominee incumbent challenger appointee minister president premier chancellor secretary spokesman spokeswoman spokesperson adviser advisor chief director governor mayor senator congressman congresswoman representative ambassador envoy general commander king queen prince princess emperor leader chairman chairwoman chair ceo founder judge prosecutor lawyer attorney counsel barrister solicitor inspector coach manager editor correspondent professor doctor mother father wife husband son daughter sister brother pope cardinal bishop sheikh emir chairperson officer captain superintendent commissioner mufti cleric'.split(
    ' ',
  ),
);

/** A word that names a role, in any case ("Director", "secretary-treasurer"): a role noun or a title word. */
/** A prefix joined to a role by a hyphen, which keeps the role: "the vice-mayor", "the co-founder", "the ex-minister". */
export const ROLE_PREFIX = /^(?:vice|co|ex|deputy|acting|assistant|under|former)-(?=\p{L}{3})/u;

export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase();
  const role = w.replace(ROLE_PREFIX, '');
  return ROLE_NOUNS.has(w) || ROLE_WORDS.has(w) || (role !== w && (ROLE_NOUNS.has(role) || ROLE_WORDS.has(role)));
}

/** A lowercase word that names a role ("director", "secretary-treasurer"). */
export function isRoleNoun(word: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(word) && isRoleWord(word);
}

export const PRONOUNS_PERSON = new Set(['he', 'she']);
export const PRONOUNS_THING = new Set(['it']);
export const PRONOUNS_GROUP = new Set(['they']);
export const PRONOUNS_SELF = new Set(['i', 'we']);

/** Markers of uncertainty or certainty inside a claim. Matched as whole words, case-insensitive. */
export const HEDGE_WORDS = [
  'may',
  'might',
  'could',
  'possibly',
  'perhaps',
  'probably',
  'likely',
  'unlikely',
  'apparently',
  'reportedly',
  'allegedly',
  'purportedly',
  'supposedly',
  'seemingly',
  'potential',
  'potentially',
  'suspected',
  'believed',
  'unconfirmed',
  'incontrovertible',
  'uncontestable',
  'indisputable',
  'undeniable',
  'undoubtedly',
  'unequivocally',
  'certainly',
  'definitely',
  'clearly',
  'conclusive',
  'conclusively',
  'explicitly',
  'firmly',
  'absolutely',
];

/** Adverbs that make an unsourced sentence a hedged claim. */
// "apparently by a protester", "seemingly from his notes"; not "seemingly misplaced receptors", an adjective hedged.
export const HEDGE_ADVERBS = /\b(?:reportedly|allegedly|purportedly|supposedly|rumou?redly|(?:apparently|seemingly)(?!\s+[a-z]+(?:ed|ic|al|ous|ive|ful|less|ing)\b))\b/i;

/** Abbreviations followed by a full stop inside a name ("Mr. Reeves", "Dr. Coombes"). */
export const NAME_ABBREVIATIONS = new Set('mr mrs ms mx dr prof sen rep gov gen col lt sgt capt cpt maj cmdr adm brig rev fr hon st jr sr messrs del atty cllr supt insp det pres sens reps govs gens'.split(' '));

/**
 * An opening quote mark and a connective that may open a sentence before its subject ("However, she…",
 * "But Omar said…"); its match length is where the subject starts.
 */
export const OPENING_CONNECTIVE = /^(?:[“"‘']\s*)?(?:(?:But|And|However|Meanwhile|Still|Yet|Later|Then|Now|Also|Instead|Separately|So)\b,?\s*)?/;

/** Connectives set off by commas between a subject and its verb ("Governments have, however, recognised…"). */
export const PARENTHETICAL_CONNECTIVES = new Set('however meanwhile though too instead therefore moreover also nevertheless nonetheless furthermore indeed'.split(' '));

/** Forms of "be" before a participle: passives ("was denied by"), progressives ("are urging"). */
export const BE_FORMS = new Set('is are was were been being'.split(' '));

/** Words ending in -ly that are nouns or adjectives, not adverbs ("the family said", "the weekly reported"). */
const LY_NOT_ADVERBS = new Set('family ally rally assembly supply anomaly monopoly folly jelly belly bully reply fly holy daily weekly monthly quarterly yearly early only italy lily sally billy molly polly kelly emily holly'.split(' '));

/** A lowercase adverb in -ly ("repeatedly", "also" aside), which may stand between a subject and its verb. */
export function isLyAdverb(word: string): boolean {
  return (/^\p{Ll}{2,}ly$/u.test(word) && !LY_NOT_ADVERBS.has(word)) || MANNER_ADVERBS.has(word);
}

/** An adverb of manner without "-ly" that stands before a verb as "-ly" ones do ("Sharif outright rejected…"). */
const MANNER_ADVERBS = new Set(['outright']);

/** Words that open the post-modifier of an unnamed source ("a person familiar with", "a source involved in"). */
export const SOURCE_POSTMODIFIERS = new Set('familiar close closest knowledgeable involved briefed privy connected aligned loyal'.split(' '));

/** A company's legal form written after its name and a comma ("Acme Widgets, Inc."). */
export const LEGAL_FORM = /^(?:Inc|Ltd|LLC|Corp|PLC|LLP|Co|Incorporated|Limited)$/;
