/** The opening slides: the title slide, the bottom line up front, and the context that set the question off. */
import type { Analysis, AnalyzedSentence } from '../../analyze/types';
import { isHeadingParagraph } from '../structure';
import { splitSentences, standfirstRef, standfirstSentences } from '../../analyze/sentences';
import {
  endsCleanly,
  hasFiniteVerb,
  isComplete,
  lexiconOf,
  posOf,
  trailingPhraseCuts,
  wordsOf,
  type Lexicon,
} from '../clauses';
import {
  continuationOf,
  cutsMeaning,
  cutsObject,
  leadingClause,
  nounPhraseOnly,
  SEEING_VERB,
} from '../titleShape';
import {
  COPIED_RUN,
  dropArticles,
  headlineTight,
  longestCopiedRun,
  shortenPeople,
  simplePast,
  TOLD_LIKEWISE,
  EVIDENCE_BASE,
} from '../headline';
import {
  cleanHeadline,
  inReadingOrder,
  MAX_BULLET_WORDS,
  commonFirst,
  plainWords,
  withoutArticle,
  CONVENTIONAL_VIEW,
  POINTING_OBJECT,
  type PlanContext,
} from '../planContext';
import { afterColon, capitalise, compressSentence, cutsAway } from '../compress';
import { shouted, unshouted, wordCount } from '../titles';
import { wordsOf as checkWords } from '../../check/words';
import { TEMPLATES } from '../templates';
import {
  ASSESSED,
  INVESTIGATION_FOUND,
  LEARNED,
  LETTER_ASK,
  SUMMED_UP,
  lastParagraph as lastParagraphOf,
  PAPER_ARGUMENT,
  PROPOSAL_ANNOUNCED,
  statesThesis,
  deniedThenSaid,
  neitherThenSaid,
  NEITHER_NOR,
  POINT_SAID,
  sentenceBefore,
  sentenceAfter,
  referringOpener,
  ASKING_MODAL,
  OWN_CONCLUSION_IS,
} from '../select';
import type { PlannedSlide } from '../types';
import { escapeRegExp } from '../../regexp';
import { hasLongQuote, isAttributed } from '../speakers';
import { DATELINE_LEDE } from '../../import/articleHead';
import { MAX_EVIDENCE_WORDS, withinWords } from './judgments';

const CONTEXT_BULLETS = 3;
/** ", trial finds", ", study says", ", report warns": a headline's closing credit. */
const HEADLINE_SOURCE =
  /,\s*(?:[\p{L}'’-]+\s){0,3}(?:finds?|says?|shows?|warns?|suggests?|reports?|claims?|argues?)$/iu;
/** Who paid for a study, and the interests its authors declare: a disclosure, never the article's conclusion. */
const DISCLOSURE =
  /\b(?:was|were|is|are) (?:funded|financed|sponsored|paid for) by\b|\b(?:consulting|speaking) fees\b|\b(?:conflicts? of interest|competing interests?|declared no)\b/i;
/** A birth or a death, dated: biography. */
const LIFE_DATES = /\b(?:was|were) born\b|\bdied (?:on|in|at|aged)\b|\bborn\s[^;]{3,80};\s*died\b/i;
/** "She is survived by their two daughters": an obituary's family note, after its appraisal. */
const SURVIVED_BY = /\b(?:is|are) survived by\b/i;
/** A sentence sharing this many words in a row with the bottom line's title restates it. */
const TITLE_ECHO_WORDS = 5;

/** The standfirst as the notes say it: with its full stop. */
const standfirstSaid = (standfirst: string) => {
  const text = standfirst.trim();
  return /[.!?]["”]?$/.test(text) ? text : `${text}.`;
};

/** The title slide: headline, a subtitle naming the author and publication, and the article's metadata. */
export function titleSlide(ctx: PlanContext): PlannedSlide {
  const a = ctx.article;
  // An interview's headline is often its interviewee's words: the subtitle says whose they are.
  const interviewee = ctx.intervieweeName();
  const subtitle = interviewee
    ? TEMPLATES.subtitleInterview(interviewee, a.author, a.publisher)
    : a.author
      ? TEMPLATES.subtitleWithAuthor(a.author, a.publisher)
      : TEMPLATES.subtitleNoAuthor(a.publisher);
  const meta = [a.publisher, a.author, a.date].filter((x): x is string => !!x);
  // "PORT CALDER BUDGET 2025/26: …": a headline set in capitals is shown in sentence case.
  const headline = unshouted(cleanHeadline(a.title), ctx.articleText);
  const say = [
    TEMPLATES.covers(TEMPLATES.piece(a.author, a.publisher, headline || undefined, a.date, interviewee)),
    ...(a.standfirst ? [standfirstSaid(a.standfirst)] : []),
  ];
  return {
    kind: 'title',
    layout: 'title',
    title: ctx.claim(headline || TEMPLATES.labels.title),
    lines: [subtitle, meta.join(' · ')].filter(Boolean),
    items: [],
    say,
    sources: [],
  };
}

/** "A rural revolt, not a swing to the right": two noun phrases, the second denied, opening a statement. */
const CONTRAST_OPENING = /^(?:an?|the)\s[^,:;]{2,40},\snot\s(?:an?|the)\s[^,:;]{2,40}(?=,|$)/i;

/** A name's possessive opening a subject of two words or more: "Norvane's courier pay floor …". */
const LEADING_OWNER = /^\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Ll}+\s\p{Ll})/u;

/** "Right direction, wrong budget": two short phrases, each opening on its adjective, and nothing else. */
const VERDICT_PAIR = /^(\p{L}+)\s(\p{L}+),\s(\p{L}+)\s(\p{L}+)$|^(\p{L}+),\s(?:but|yet)\s(\p{L}+)$/u;

/** "Bottom line", "Verdict", "TL;DR": the labels a writer puts before the piece's own conclusion. */
const BOTTOM_LINE_WORDS = 'conclusion|in conclusion|bottom line|verdict|the upshot|tl;?dr';
/** "… and my conclusion is simple: …": a writer's own conclusion, announced before a colon. */
const CONCLUSION_COLON = new RegExp(
  String.raw`\b${PROPOSAL_ANNOUNCED}\s|\b${OWN_CONCLUSION_IS}\s|\bthe (?:practical |real |main |big |wider )?(?:lesson|takeaway|upshot) is (?:simple|clear|plain|this)?:\s|\bis the (?:real|true|main|central|wider|whole|big) (?:lesson|point|story|moral)(?: of [^:.]{1,40})?:\s|^(?:${BOTTOM_LINE_WORDS}|my take|to sum up|to sum it up|in sum|in short|in summary|to summari[sz]e|to conclude|${SUMMED_UP}|(?:our |my )?(?:assessment|recommendation|judge?ment))\s*:\s|^(?:the )?short version(?:,[^:]{1,50})?:\s`,
  'i',
);

/** "In short, …", "Put simply, …": a summing-up announced before a comma. */
const SUMMING_UP = new RegExp(String.raw`^(${SUMMED_UP}),\s+`, 'i');

/** "Our central conclusion is that …", "The report's main finding is that …": a conclusion announced by "that". */
const CONCLUSION_THAT = new RegExp(
  String.raw`^((?:this (?:report|paper|study|brief|analysis|review|essay|article) (?:argues|finds|concludes|contends|shows))|(?:my|our|the|this (?:report|paper|study)'s) (?:central |main |key |core |overall |chief |principal )?(?:conclusion|verdict|argument|finding)(?: of this (?:piece|article|essay|column|post|report|paper|note))?|${PAPER_ARGUMENT}|${ASSESSED}|${INVESTIGATION_FOUND}|${LEARNED}|(?:my|our) (?:reading|view|judge?ment|assessment|expectation|bet)|(?:her|his|their) (?:central|main|key|core|great|big|chief) (?:insight|idea|argument|finding|lesson)(?:, [^,]{1,100},)?(?: was)?|the (?:short|long)(?:er)? (?:version|answer)(?:, [^,]{1,40},)?|(?:we|i) (?:therefore )?conclude|(?:(?:today|tonight|this (?:morning|afternoon|evening)),? )?(?:i am|i'm|i’m|we are|we're|we’re) (?:announcing|confirming)|what (?:i am|i'm|i’m|we are|we're|we’re) (?:arguing|saying|proposing)) (?:is )?that\s+`,
  'iu',
);

/** "We are writing to ask you to …", "I write to urge the council to …": a letter's ask, announced. */
const WRITING_TO_ASK = new RegExp(
  String.raw`^${LETTER_ASK} (?:you|the [\p{L} ]{1,40}?) to\s+(?=\p{Ll})`,
  'iu',
);

/** The conclusion a sentence announces before its colon, as a bullet, or undefined. */
function concluded(ctx: PlanContext, s: AnalyzedSentence): string | undefined {
  // "We are writing to ask you to reverse the cut …": a letter's ask is what it asks for, as an imperative.
  const ask = WRITING_TO_ASK.exec(s.text);
  if (ask) {
    const asked = compressSentence(capitalise(s.text.slice(ask[0].length)), {
      lexicon: ctx.lex(s),
      maxWords: MAX_BULLET_WORDS,
    });
    return checkWords(asked).length <= MAX_BULLET_WORDS ? asked : undefined;
  }
  // "The lesson is not that distributed systems are bad. It is that we distributed for a scale we never reached.":
  // what the point is, said without its lead-in.
  const before = sentenceBefore(s, ctx.byRef);
  // ("Bottom line: keep the cap, change the formula." after "…, not retreating from it." is labelled, not turned.)
  if (!CONCLUSION_COLON.test(s.text) && (deniedThenSaid(s, before) || neitherThenSaid(s, before))) {
    // "… is neither the rescue … nor the robbery …. It is a sensible patch": "it" is the verdict's subject.
    const subject = NEITHER_NOR.exec(before?.text ?? '')?.[1];
    // (Its colon opens the evidence for it, which the bullets give.)
    const claim = subject
      ? (s.text.replace(/^(?:it|they)\s/i, `${subject} `).split(/:\s/)[0] ?? '')
      : s.text.replace(POINT_SAID, '');
    const said = compressSentence(capitalise(claim), {
      lexicon: ctx.lex(s),
      maxWords: MAX_BULLET_WORDS,
    });
    return checkWords(said).length <= MAX_BULLET_WORDS ? said : undefined;
  }
  // "Our central conclusion is that Morvania has a leaking bucket …" announces it as a colon would.
  // "We conclude that the charge worked, but that a discount is needed": the first verdict is the conclusion.
  // "This paper argues that the voucher approach has reached its limit and that …": the first of two, too.
  // "Put simply, the stockpile buys months": a summing-up before its comma, as before a colon.
  const summed = s.text.replace(SUMMING_UP, '$1: ');
  const text = CONCLUSION_THAT.test(s.text)
    ? s.text.replace(CONCLUSION_THAT, '$1 is: ').replace(/,?\s+(?:but|and) that\s[\s\S]*$/, '.')
    : summed;
  if (!CONCLUSION_COLON.test(text) && !CONCLUSION_THAT.test(s.text)) return undefined;
  const said =
    afterColon(text, { lexicon: ctx.lex(s), maxWords: MAX_BULLET_WORDS }) ?? imperativeAfterColon(text);
  // "Our view is that this is the most important ruling …": a conclusion that points back says it with its lead-in.
  // "… has found that the company systematically flattered …": the company it has just named.
  return said && REFERS_BACK.test(said) ? undefined : said && ctx.resolveOpener(said, s);
}

/**
 * "Bottom line: keep the cap, change the formula.": a conclusion given as what to do, whole, when it is short (an
 * imperative has no subject for {@link afterColon} to find).
 */
function imperativeAfterColon(text: string): string | undefined {
  const tail = /:\s+(\p{Ll}.+)$/u.exec(text)?.[1]?.replace(/[.!]$/, '');
  const order = tail ? imperative(capitalise(tail)) : undefined;
  return order && order === capitalise(tail ?? '') && checkWords(order).length <= MAX_BULLET_WORDS
    ? order
    : undefined;
}

/**
 * The second of two conclusions a sentence announces ("This paper argues that the voucher approach has reached its
 * limit and that the remaining budget should be moved into county-level contracts …" gives "The remaining budget
 * should be moved into county-level contracts …"), as a bullet, or undefined.
 */
function furtherConclusion(ctx: PlanContext, s: AnalyzedSentence): string | undefined {
  if (!CONCLUSION_THAT.test(s.text)) return undefined;
  const further = /,?\s+and that\s+([\s\S]+)$/.exec(s.text)?.[1];
  if (!further) return undefined;
  const lexicon = ctx.lex(s);
  const said = compressSentence(capitalise(further.replace(/[.!]$/, '')), {
    lexicon,
    maxWords: MAX_BULLET_WORDS,
  });
  return checkWords(said).length <= MAX_BULLET_WORDS && isComplete(said, lexicon) && endsCleanly(said)
    ? said
    : undefined;
}

/** "The Ledger's view on the fuel subsidy: scrap it, and …": a paper's stated view on a topic, after its colon. */
const VIEW_ON =
  /^(?:the\s)?[\p{L}'’. ]{2,40}?(?:['’]s)?\s(?:view|take|verdict)\son\s(?:the\s)?([^:]{2,60}):\s+(.+)$/iu;

/**
 * A headline giving a paper's view on a topic as its view alone, "it" standing for the topic ("The Ledger's view
 * on the fuel subsidy: scrap it, and pay …" → "Scrap the fuel subsidy, and pay …"); other headlines as they are.
 */
function viewOn(headline: string): string {
  const m = VIEW_ON.exec(headline);
  if (!m?.[1] || !m[2] || !/\bit\b/i.test(m[2])) return headline;
  return capitalise(m[2].replace(/\bit\b/i, `the ${m[1]}`));
}

/** Every "a", "an" and "the" gone, as the tightest headline style writes ("January was resilience failure …"). */
const withoutAnyArticle = (text: string) => text.replace(/\b(?:a|an|the)\s+/gi, '');

/** Words of the thesis after "Bottom line: ", so the title stays within ten. */
const THESIS_TITLE_WORDS = 8;
/** A headline's hook before its colon runs to this many words at most ("Mind the gap: …"). */
const KICKER_WORDS = 4;
/** How many of the conclusion's ranked sentences a last-resort bottom-line title may come from. */
const FALLBACK_TITLE_DEPTH = 4;

/**
 * The thesis in at most eight words: the headline as a statement when it is a clause ("Why X won't Y" gives
 * "X won't Y", its trailing phrases cut to fit), else the point of the concluding sentences in headline style.
 */
function thesisTitle(
  ctx: PlanContext,
  picked: readonly AnalyzedSentence[],
  summaryLeads: readonly AnalyzedSentence[] = [],
): string | undefined {
  const headline = sentenceCase(cleanHeadline(ctx.article.title), ctx.articleText);
  // "How X went from A to B: a timeline" states "X went from A to B"; "Heat is damaging kidneys. Here is what
  // researchers know" states its first sentence.
  // "X lowered blood pressure, trial finds": the headline's finding, without who found it.
  const first = viewOn(
    (headline.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? headline)
      .replace(/[.!]$/, '')
      .replace(HEADLINE_SOURCE, ''),
  );
  // The standfirst's first sentence, written to sum the piece up, states the thesis when the headline is no clause.
  // "Hearings … point to one conclusion: the storm was forecast, … . The weather was not the main culprit": after a
  // first sentence that announces its conclusion before a colon, the second sums it up.
  const standfirstSentences = ctx.article.standfirst ? splitSentences(ctx.article.standfirst) : [];
  // "The quarrel … is usually described as a fight over water. Its history suggests something else: …": the
  // framing the piece argues against states nothing of its point.
  // "A nurse-led walk-in clinic has taken the pressure off …. Its pilot money runs out on 30 June": a second
  // sentence about what the first one's subject owns, said of it by name, when the first gives no title.
  const owner = OPENING_SUBJECT.exec(standfirstSentences[0] ?? '')?.[1];
  const owned =
    /^(?:Its|Their)\s/.test(standfirstSentences[1] ?? '') && owner
      ? (standfirstSentences[1] ?? '').replace(/^(?:Its|Their)\s/, `The ${owner}'s `)
      : undefined;
  // "The Working Time Bill is the most popular idea in Selvany politics. That is exactly why its flaws deserve a
  // hearing": a first sentence the second turns against sets the scene; it states no point of the piece.
  const framed = FRAMING_TURNED.test(standfirstSentences[1] ?? '');
  const standfirst = [
    ...standfirstSentences.slice(0, /:\s/.test(standfirstSentences[0] ?? '') ? 2 : 1),
    ...(owned ? [owned] : []),
  ].filter((t, i) => !CONVENTIONAL_VIEW.test(t) && !(framed && i === 0));
  // "The £2 fare cap was a nice idea. Now spend the money on buses that turn up": a second sentence that turns
  // the first states the point; both, when they fit ("Riders are employees: expect fewer riders").
  const second = (headline.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[1] ?? '')
    .replace(/[.!]$/, '')
    .replace(TURN_WORD, '');
  // "Did the charge work? Evidence from the first two years": a question's second part is no turn of a point.
  const asked = headline.includes('?');
  // "Corridor care is no longer an emergency measure. It is the system.": the turn's "it" is the first's subject.
  const subject = CLAUSE_SUBJECT.exec(first.split(/:\s+/).pop() ?? '')?.[1];
  const resolved = subject
    ? second.replace(/^(?:it|this|that)\s(?=(?:is|was|has|will)\b)/i, `${subject} `)
    : second;
  const turn =
    resolved &&
    !asked &&
    !resolved.endsWith('?') &&
    !POINTS_AT_PIECE.test(resolved) &&
    !REFERS_BACK.test(resolved)
      ? capitalise(resolved)
      : '';
  // "Has Norland built more homes …? The minister's claim is misleading": a question's answer, when it is a
  // clause, states the verdict ("Evidence from the first two years" is none, and is skipped below).
  // "Priced out? Rents, pay and housing supply in …": a series of topics answers nothing.
  const answer =
    second && asked && !second.endsWith('?') && !POINTS_AT_PIECE.test(second) && !TOPIC_SERIES.test(second)
      ? capitalise(second)
      : '';
  const both = turn
    ? `${first.split(/:\s+/).pop() ?? first}: ${turn.charAt(0).toLowerCase()}${turn.slice(1)}`
    : '';
  const bareBoth = dropArticles(both).replace(/^(?:a|an|the)\s+/i, '');
  const bothLexicon = headlineLexicon(bareBoth);
  const shortBoth = both
    ? [both, bareBoth, headlineTight(bareBoth, bothLexicon), simplePast(bareBoth, bothLexicon, true)]
    : [];
  for (const text of shortBoth)
    if (wordCount(text) <= THESIS_TITLE_WORDS && endsCleanly(text)) return capitalise(text);
  // "## Our verdict: the right call, made the wrong way": the article heads its conclusion with it.
  // "Analysis: this strike will be settled on jobs, not wages": headline style drops its opening determiner.
  const verdictHeading = ctx.analysis.paragraphs
    .filter(isHeadingParagraph)
    .map((p) => VERDICT_HEADING.exec(p.text.trim())?.[1])
    // "Analysis: what the strike means for the automation plan": a topic the entry takes up, no verdict.
    .filter((t) => t === undefined || !TOPIC_QUESTION.test(t))
    .flatMap((t) => (t === undefined ? [] : [t, t.replace(/^(?:this|these|the|a|an)\s+/i, '')]))
    .find((t) => wordCount(t) <= THESIS_TITLE_WORDS);
  if (verdictHeading) return capitalise(verdictHeading);
  // "The principle matters far more than the remedy, argues our legal affairs editor": the standfirst says what
  // the writer argues, in the writer's own words.
  // "Cities should charge drivers by the kilometre": a headline that asks for something is the writer's verdict
  // itself; the standfirst's argued sentence ("Fuel duty is disappearing …, argues …") may be only its premise.
  const argued =
    ctx.article.standfirst && !CLOSING_ASK.test(first)
      ? splitSentences(ctx.article.standfirst)
          .map((t) => writerArgues(t, ctx.article.author))
          .find(Boolean)
      : undefined;
  const contrast = ctx.english && !argued ? butTitle(first) : undefined;
  if (contrast) return contrast;
  const expand = (texts: readonly string[]) =>
    texts
      // "How a city got its trams back - and why the secret was paperwork, not vision": the why is the point.
      // "X's new stadium is a bet on promotion, and the club … is holding the risk": the first of two joined clauses.
      // "The weather was not the main culprit – the people … were": a clause before a dash that sets off its turn.
      // "What is Teravo's sinking ground, and why does it matter?", "Can tougher corals save the Tamarind Shoals?":
      // a question the piece answers, and no part of it, states anything.
      // "Why Port Mellan went dark for 19 hours, and could it happen again?": what a "why" asks about is so.
      .flatMap((t) =>
        t.includes('?')
          ? whyAsked(t)
          : [
              ...whyPart(t),
              t.split(HEADLINE_JOIN)[0] ?? t,
              t.split(CLAUSE_JOIN)[0] ?? t,
              t,
              t.split(DASH_TURN)[0] ?? t,
            ],
      )
      .map((t) => t.replace(/^(?:why|how)\s+/i, '').trim())
      // "The Brannoch Islands dispute, explained": a label for the piece, not a statement.
      .filter((t, i, all) => t && all.indexOf(t) === i && !EXPLAINED.test(t));
  // "Mind the gap: paying for Estravia's roads after the petrol engine": a short hook before a colon and a topic
  // with no verb after it label the piece; they state nothing of it, and the standfirst speaks for it instead.
  const [hook = '', topic] = first.split(/:\s+/);
  // (Only where something else speaks for the piece: a standfirst, or a summary of its own, "Bottom line up front".)
  const labelOnly =
    (ctx.article.standfirst !== undefined || summaryLeads.length > 0) &&
    topic !== undefined &&
    wordCount(hook) <= KICKER_WORDS &&
    // ("Hot nights, full wards: …": two phrases set side by side are a verdict, not a hook.)
    !hook.includes(',') &&
    // ("paying for …": a gerund names a topic, and is no clause's verb.)
    !hasFiniteVerb(
      wordsOf(topic).filter((w) => !/ing$/i.test(w)),
      lexiconOf(topic),
    ) &&
    !/^(?:why|how|what)\b/i.test(topic);
  const headlineStatements = expand([
    ...(argued ? [argued] : []),
    ...(turn ? [turn] : []),
    ...(answer ? [answer] : []),
    ...(labelOnly
      ? []
      : [
          first,
          // "Inflation's easy mile is over: why Kesteria's rate cuts may come slower than markets think": what the
          // "why" explains is the claim; the phrase before the colon is its hook.
          ...(/:\s+why\s/i.test(first) ? first.split(/:\s+/).reverse() : first.split(/:\s+/)),
        ]),
  ]);
  // "Is the river safe to swim in?" over "Key points: In dry weather, the Tamble … usually meets the standard …":
  // the summary answers the question; a standfirst's scene ("Hundreds of people now swim in the Tamble") does not.
  const answered = asked && summaryLeads.length > 0;
  const statements = [
    ...headlineStatements,
    ...(answered ? [] : expand(standfirst.map((t) => t.replace(/[.!]$/, '')))).filter(
      (t) => !headlineStatements.includes(t),
    ),
  ];
  // '"The sea doesn't negotiate": Mayor Ines Calloway on moving a town inland': the quotation, with its speaker.
  const quoted = QUOTE_HEADLINE.exec(first);
  // "'The queue is a lottery with a waiting room': Calveria's grid regulator on …": a speaker the headline only
  // describes is the one the sentence it quotes credits.
  const source = quoted ? quotedSource(ctx.analysis.sentences, quoted[1] ?? '') : undefined;
  const speaker = quoted
    ? (ctx.people.find((p) => (quoted[2] ?? '').includes(p)) ?? (source && ctx.speaker(source)))
    : undefined;
  if (quoted && speaker && wordCount(quoted[1] ?? '') < THESIS_TITLE_WORDS)
    return `${speaker.split(/\s+/).pop()}: ${source ? commonFirst(quoted[1] ?? '', source.text) : quoted[1]}`;
  // "Dana Kulik: 'A board that will not invest now will be rationing water by 2035'": the quotation is the point,
  // too long to title whole; the sentence it quotes, in headline style with its speaker, or else the bottom
  // line's first bullet says it, and no other sentence stands in.
  const speakerFirst = SPEAKER_QUOTE_HEADLINE.exec(first.trim());
  if (speakerFirst && ctx.people.some((p) => first.startsWith(p))) {
    const origin = quotedSource(picked, speakerFirst[1] ?? '');
    return origin && ctx.speaker(origin) ? quotedTitle(ctx, origin) : undefined;
  }
  // '"We will never be the biggest port"': a headline that only quotes is its speaker's words, credited as the
  // sentence it quotes credits them, or no title at all (a quotation with no speaker states no fact).
  const bare = bareQuote(ctx.article.title);
  if (bare) {
    const said = bare.replace(/[.!,]$/, '');
    const origin = quotedSource(picked, bare);
    const who = origin ? ctx.speaker(origin) : undefined;
    if (!who || !origin) return undefined;
    if (wordCount(said) < THESIS_TITLE_WORDS)
      return `${who.split(/\s+/).pop()}: ${commonFirst(said, origin.text)}`;
    return quotedTitle(ctx, origin);
  }
  // "Right direction, wrong budget: our review of …": two judgments set side by side are the verdict.
  const verdict = VERDICT_PAIR.exec(first.split(/:\s+/)[0] ?? '');
  const verdictLexicon = verdict ? lexiconOf(verdict[0]) : undefined;
  // A tagger may read a judging word that opens a phrase as an adverb ("right direction").
  const judging = (w: string | undefined) =>
    verdictLexicon !== undefined && ['ADJ', 'ADV'].includes(posOf(w ?? '', verdictLexicon));
  // "Later, but fairer": so are two comparatives turned by "but".
  const pair = verdict?.[5] ? [verdict[5], verdict[6]] : [verdict?.[1], verdict?.[3]];
  if (verdict && ctx.english && judging(pair[0]) && judging(pair[1])) return capitalise(verdict[0]);
  // Words in quotation marks are never cut to a headline's style: a quotation that cannot title the slide whole,
  // with its speaker, gives no statement.
  const inQuote = (t: string) =>
    quoted !== null && (t.includes(quoted[1] ?? '') || (quoted[1] ?? '').includes(t.replace(/^["“‘']/, '')));
  const unquoted = statements.filter((t) => !inQuote(t));
  // "Bottom line: keep the cap, change the formula.": what the writer labels the bottom line titles it, before a
  // headline that only names the topic ("Rent cap options - analysis ahead of second reading").
  const labelled = picked.filter((s) => BOTTOM_LINE_LABEL.test(s.text));
  const bottomLine = ctx.english && labelled.length ? announcedTitle(ctx, labelled) : undefined;
  if (bottomLine) return bottomLine;
  for (const statement of ctx.english ? unquoted : []) {
    // "Port Ellery is about to rewrite its city charter", a standfirst's scene-setting: a conclusion the body
    // announces in so many words ("what I will propose …: Port Ellery should lower the voting age") states the
    // thesis before it; the headline's own statements come first.
    if (!headlineStatements.includes(statement)) {
      const announced = announcedTitle(ctx, picked);
      if (announced) return announced;
    }
    // "Share the Idris Bank before someone sinks a boat over it": a headline that tells its readers what to do is
    // the recommendation the piece argues for; its clause up to the first subordinator when it runs long.
    const urged = imperative(statement, ctx.articleText);
    if (urged) return capitalise(urged);
    // "How the Kestrel Bridge crisis unfolded", "Four days, same pay? What the trial really showed": a story's
    // label ("X unfolded", "what X showed") states no point.
    if (
      (/^(?:how|why)\s/i.test(first) || /^(?:how|why|what|where|when)\s/i.test(statement)) &&
      endsOnItsOnlyVerb(statement, headlineLexicon(statement))
    )
      continue;
    // "Corrisbeck's water crisis: what went wrong at Tarnside Water, and what happens now": a topic and the
    // questions the piece takes up, no answer to them.
    if (/(?:^|:\s+)(?:what|where|when|who)\s/i.test(statement) || /:\s+how\s/i.test(statement)) continue;
    // "Lenavi River floods, Sumbara District, Tavoria": a topic set in its place, named part by part, is a label.
    if (PLACE_SERIES.test(statement)) continue;
    // "Brackenridge Homes Limited v Tamsin Okonjo-Reeve": a case's name, its parties either side of "v".
    if (CASE_NAME.test(statement)) continue;
    const lexicon = headlineLexicon(statement);
    // "Rural bus franchising: promises and delivery": a topic, then nouns after its colon ("promises" is no verb
    // without a subject).
    const [topicPart = '', afterColonPart] = statement.split(/:\s+/);
    const opener = wordsOf(afterColonPart ?? '')[0] ?? '';
    if (
      afterColonPart !== undefined &&
      /\p{Ll}s$/u.test(opener) &&
      VERB_TAGS.has(posOf(opener, lexicon)) &&
      !isComplete(topicPart, headlineLexicon(topicPart))
    )
      continue;
    // "A rural revolt, not a swing to the right, hands …": a contrast of two readings is the judgment itself.
    const contrast = CONTRAST_OPENING.exec(statement)?.[0].replace(/^(?:an?|the)\s/i, '');
    if (contrast && wordCount(contrast) <= THESIS_TITLE_WORDS) return capitalise(contrast);
    // "Antibiotic-resistant bacteria far more common below sewage overflows": a headline's comparison, its "are"
    // left out as headlines do, states the finding.
    if (VERBLESS_COMPARISON.test(statement) && checkWords(statement).length <= THESIS_TITLE_WORDS)
      return capitalise(statement);
    if (!isComplete(statement, lexicon) && !HEADLINE_FUTURE.test(statement)) continue;
    // "There is a better design": that something exists, without saying what it is.
    if (EXISTENTIAL.test(statement)) continue;
    // "We ran fridges, kettles and CPAP machines off five power stations": how the writers found out, not what.
    if (OWN_METHOD.test(statement)) continue;
    // "The meter that ran too fast": a headline that names its subject, and states nothing of it.
    if (nounPhraseOnly(statement, lexicon)) continue;
    // "Bred to survive the heat": a participle's phrase, with no subject to state anything of.
    if (PARTICIPLE_OPENING.test(statement) && posOf(statement.split(/\s/)[0] ?? '', lexicon) === 'VERB')
      continue;
    // "Delayed hospital discharge in the Eastmarch region": its only verb is a participle before its noun.
    const verbs = wordsOf(statement).filter((w) => VERB_TAGS.has(posOf(w, lexicon)));
    if (
      verbs.length === 1 &&
      /(?:ed|ing)$/i.test(verbs[0] ?? '') &&
      statement.startsWith(verbs[0] ?? '\u0000')
    )
      continue;
    // The headline or standfirst sentence a statement was split from ("… treating cable damage | as bad luck").
    // (What a "why" asks about is whole: the question after it is no part of its clause.)
    // ("Households will pay for it" is capitalised from "… and why households will pay for it".)
    const whole =
      [first, ...standfirst].find(
        (t) => t.toLowerCase().includes(statement.toLowerCase()) && !t.includes('?'),
      ) ?? statement;
    const bare = dropArticles(statement).replace(/^(?:a|an|the)\s+/i, '');
    const tight = headlineTight(bare, lexicon);
    // "Nordic battery pact will not survive …": a subject of three words or more keeps its last two.
    const shortSubject = tight.replace(SUBJECT_HEAD, '');
    // "£86m plan to cut hospital waits misses the real bottleneck": the subject's purpose may go, its verb stays.
    const unpurposed = withoutSubjectPurpose(statement, lexicon);
    // "Eastbridge Athletic's new stadium …": the owner by the short name the article also uses ("Eastbridge's").
    const owner = LONG_OWNER.exec(statement);
    const shortOwner =
      owner?.[1] && new RegExp(`\\b${escapeRegExp(owner[1])}\\b(?!\\s\\p{Lu})`, 'u').test(ctx.articleText)
        ? statement.replace(LONG_OWNER, `${owner[1]}${owner[2] ?? "'s"} `)
        : statement;
    // "Norvane's courier pay floor should count …": the owner the whole deck is about may go from the subject.
    const unowned = statement.replace(LEADING_OWNER, '');
    // "Monetary Policy Board lowers …": a body's long name by its head, as a headline would ("Board lowers …").
    const headOfName = tight.replace(NAME_BEFORE_HEAD, '');
    // "Board lowers policy rate to 3.75 percent, signals pause": the first of two actions a headline joins.
    const firstAction = (t: string) =>
      hasFiniteVerb(wordsOf(t.replace(SECOND_ACTION, '')), lexicon) ? t.replace(SECOND_ACTION, '') : t;
    for (const text of [
      statement,
      bare,
      tight,
      shortSubject,
      headOfName,
      firstAction(headOfName),
      unpurposed,
      shortOwner,
      unowned,
      capitalise(unowned).replace(SUBJECT_HEAD, ''),
      // "Ines Varga cut Portcallen's bus routes almost in half": a person by surname, as headlines name them.
      shortenPeople(statement, ctx.people),
    ]) {
      // "River town fights to keep only maternity ward | for 60 miles": a headline's last phrase may go.
      const fitted =
        wordCount(text) <= THESIS_TITLE_WORDS
          ? text
          : (leadingClause(text, statement, lexicon, THESIS_TITLE_WORDS) ??
            trailingPhraseCuts(text, lexicon).find(
              (c) => wordCount(c) <= THESIS_TITLE_WORDS && !/^\s*to\s/i.test(text.slice(c.length)),
            ));
      if (
        fitted &&
        // "Halvorsen Marine to cut 1,150 jobs": a headline's future, whole without a finite verb.
        (isComplete(fitted, lexicon) || HEADLINE_FUTURE.test(fitted)) &&
        endsCleanly(fitted) &&
        !TRAILING_PARTICIPLE.test(fitted) &&
        // "Households will pay for it", cut from "… why she is scrapping X, and why households will pay for it":
        // a pronoun object that pointed into the words before it ("… cannot fix things cannot keep them" is whole).
        !(POINTING_OBJECT.test(fitted) && !whole.startsWith(statement)) &&
        // "Meter that ran too fast", cut from "The meter that ran too fast: how …": a noun and its clause.
        !nounPhraseOnly(/^(?:the|an?)\s/i.test(fitted) ? fitted : `The ${fitted}`, lexicon) &&
        !cutsObject(fitted, statement) &&
        // "why transmission, not generation | deserves …": a cut that leaves the words after it meaning more.
        (fitted === whole || (!cutsMeaning(fitted, whole, lexicon) && !cutsAway(fitted, whole, lexicon))) &&
        // "must stop treating cable damage | as bad luck": a cut before what completes the verb.
        !completedBy(fitted, continuationOf(fitted, whole, false) ?? '')
      )
        return capitalise(fitted.replace(/[.!]$/, ''));
    }
  }
  const announced = announcedTitle(ctx, picked);
  if (announced) return announced;
  // Counted as the briefing check counts a title's words ("61,400" is two), with the label before it.
  // "The council should not vote for blanket fare-free scheme" fits once headline style drops its article too.
  const headless = (t: string) => t.replace(/^(?:the|an?)\s+(\p{Ll})/iu, (_, c: string) => c.toUpperCase());
  // "43% of households ran out of credit": a figure is evidence; a sentence without one states the point first.
  // A figure only from the conclusion's first candidates: one ranked far down ("Multipacks carry 20p per
  // container") is a detail, and no title is better than a detail standing for the thesis.
  // '"It's a lovely bridge," Oduya said': a feature's closing quotation is its kicker, no statement of its point
  // (an interview's or a speech's words are the speaker's point, and stay).
  const own = picked.filter((s) => ctx.interview || ctx.relayed(s) || !QUOTATION.test(s.text));
  // A report's own summary leads with its items' opening sentences, figures and all: the sentences after them in
  // an item are their evidence ("Key judgments: We assess that … . The army leadership remains tied to …").
  // (Where the report sums itself up, only its summary speaks for it: "Saltmarrow is the country's largest
  // container port", from its background, is no bottom line of a memo on the strike.)
  const beyondSummary = summaryLeads.length > 0 ? [] : own;
  const claimsFirst = [
    ...summaryLeads,
    ...beyondSummary.filter(
      (s) => s.figures.length === 0 && !summaryLeads.some((l) => l.paragraph === s.paragraph),
    ),
    ...beyondSummary.slice(0, FALLBACK_TITLE_DEPTH).filter((s) => s.figures.length > 0),
  ];
  for (const words of [THESIS_TITLE_WORDS, THESIS_TITLE_WORDS - 1, THESIS_TITLE_WORDS - 2])
    for (const s of claimsFirst) {
      const point = ctx.headlineTitle(s, words, [], true);
      if (point && checkWords(point).length <= THESIS_TITLE_WORDS) return point;
    }
  for (const s of claimsFirst) {
    const point = ctx.headlineTitle(s, THESIS_TITLE_WORDS + 1, [], true);
    if (point && checkWords(headless(point)).length <= THESIS_TITLE_WORDS) return headless(point);
  }
  return undefined;
}

/**
 * The conclusion the article announces, as a title: "… and my conclusion is simple: the ban will barely move the
 * price of bread at home" gives what follows the colon; "The trial is good evidence that a four-day week works
 * where the work can be reorganised, and weak evidence for …" the finding the evidence supports, its first clause.
 */
function announcedTitle(ctx: PlanContext, picked: readonly AnalyzedSentence[]): string | undefined {
  for (const s of picked) {
    const finding = EVIDENCE_THAT.exec(s.text)?.[1]?.split(CLAUSE_JOIN)[0]?.replace(/[.!]$/, '');
    const conclusion = concluded(ctx, s) ?? finding;
    if (!conclusion) {
      if (statesThesis(s, ctx.byRef)) {
        const title = goesOnTitle(ctx, s);
        if (title) return title;
      }
      continue;
    }
    const lexicon = ctx.lex(s);
    const bare = dropArticles(conclusion).replace(/^(?:a|an|the)\s+/i, '');
    // Headline style may drop every article of the conclusion the article announces, before it cuts any of it.
    // "We distributed for a scale we never reached, and paid for it every single day": its first clause, whole.
    // (A speaker's conclusion is said with their name, which the compression cannot keep.)
    const compressed = ctx.speaker(s)
      ? conclusion
      : compressSentence(conclusion, { lexicon, maxWords: THESIS_TITLE_WORDS });
    const fitted = [
      conclusion,
      bare,
      withoutAnyArticle(bare),
      ...trailingPhraseCuts(bare, lexicon),
      compressed,
    ].find(
      (t) =>
        wordCount(t) <= THESIS_TITLE_WORDS &&
        (isComplete(t, lexicon) || imperative(capitalise(t)) === capitalise(t)) &&
        endsCleanly(t),
    );
    if (fitted) return capitalise(fitted);
    const title = goesOnTitle(ctx, s);
    if (title) return title;
  }
  return undefined;
}

/**
 * "… this is the real lesson of Vallamore: what is endangered is not only an animal but what the animals know, and
 * …. Culture in wild animals deserves to be counted …": a conclusion too long to title goes on in the sentence
 * after it, which may say it in fewer words; that sentence's title, or undefined.
 */
function goesOnTitle(ctx: PlanContext, s: AnalyzedSentence): string | undefined {
  const next = sentenceAfter(s, ctx.byRef);
  // (Not "Justice Marwick gives a dissenting judgment": what goes on is a claim of the same voice.)
  if (
    !next ||
    !['claim', 'conclusion'].includes(next.role) ||
    next.figures.length > 0 ||
    REFERS_BACK.test(next.text) ||
    DISSENT.test(next.text)
  )
    return undefined;
  const title = ctx.headlineTitle(next, THESIS_TITLE_WORDS, [], true);
  return title && checkWords(title).length <= THESIS_TITLE_WORDS ? title : undefined;
}

/** Quotation marks: a sentence that quotes someone. */
const QUOTATION = /["“”]/;

/** "We ran …", "We tested …", "We spent a week with …": the writers' own method, told in the first person. */
const OWN_METHOD =
  /^(?:we|i) (?:ran|tested|spent|measured|surveyed|interviewed|analy[sz]ed|looked at|followed|tracked|compared|reviewed|visited|asked|put|used|tried)\b/i;

/** "Okonjo: ": the speaker a bullet names before their words. */
const SPEAKER_LABEL = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}:\s/u;
/** "There is …", "There are …": a clause that says only that something exists. */
const EXISTENTIAL = /^there (?:is|are|was|were|will be|has been|have been)\b/i;
/** A dash between two clauses. */
const DASH_TURN = /\s[–—]\s/;
/** "Rents, pay and housing supply …": a headline part that lists its topics. */
const TOPIC_SERIES = /^[\p{L}'’-]+(?:\s[\p{L}'’-]+)?,\s[^,]+\sand\s/u;

/** Words that open an imperative's object ("Share the …", "Spend our money …", "Put patients first"). */
const IMPERATIVE_OBJECT =
  /^(?:the|a|an|our|your|their|its|this|that|these|those|more|less|fewer|no|every|all|some|patients|people|workers|money|it|them)$/i;
/** Where an imperative's own clause ends and a subordinate one begins. */
const IMPERATIVE_TAIL = /\s(?:before|until|unless|because|while|so that|or|and then|if|when|as)\s/i;

/**
 * The recommendation a headline gives as an order ("Share the Idris Bank before …" → "Share the Idris Bank"), in
 * at most {@link THESIS_TITLE_WORDS} words; undefined when the headline is no imperative.
 */
function imperative(statement: string, body = ''): string | undefined {
  // "Don't blame the cap (mostly)": a negative imperative is one too, its verb after the "Don't".
  const negated = NEGATIVE_IMPERATIVE.exec(statement)?.[0] ?? '';
  const words = wordsOf(capitalise(statement.slice(negated.length)));
  const [verb = '', next = ''] = words;
  // A bare verb (not "Shares", "Shared", "Sharing") before its object; "Share prices fall" has a verb after.
  if (!/^\p{Lu}\p{Ll}+$/u.test(verb) || /(?:s|ed|ing)$/.test(verb) || !IMPERATIVE_OBJECT.test(next))
    return undefined;
  // "Lenavi River Floods, …": a word the article writes with its capital mid-sentence is a name, not a verb.
  if (body && new RegExp(`[\\p{Ll},;] ${verb}\\b`, 'u').test(body)) return undefined;
  // A tagger reads a capitalised first word as a name: asked after "we", it says whether the word is a verb.
  const asked = `we ${verb.toLowerCase()} ${words.slice(1).join(' ')}`;
  if (posOf(verb.toLowerCase(), lexiconOf(asked)) !== 'VERB') return undefined;
  const clause = statement.split(IMPERATIVE_TAIL)[0] ?? statement;
  // "Scrap the fuel subsidy, and pay poorer households directly": headline style drops articles before it cuts.
  // ("… (mostly)": a closing aside in brackets qualifies the whole, and stays.)
  for (const text of [statement, dropArticles(statement), clause])
    if (wordCount(text) <= THESIS_TITLE_WORDS && endsCleanly(text.replace(CLOSING_BRACKETS, '')))
      return text.replace(/[.!]$/, '');
  return undefined;
}

/** "The Kestrel Bridge crisis unfolded": a clause that ends on its one verb, with nothing said of its subject. */
function endsOnItsOnlyVerb(statement: string, lexicon: Lexicon): boolean {
  const words = wordsOf(statement);
  const verbs = words.filter((w) => VERB_TAGS.has(posOf(w, lexicon)));
  return verbs.length === 1 && verbs[0] === words[words.length - 1];
}

/**
 * True when the word after a headline cut completes what the cut kept: "treating cable damage | as bad luck",
 * "… | to …", "… | of …". "Halvorsen Marine to cut 1,150 jobs | as quarterly profit halves" is a join.
 */
function completedBy(fitted: string, next: string): boolean {
  if (/^as$/i.test(next)) return SEEING_VERB.test(fitted);
  return /^(?:to|of|than|that|who|which)$/i.test(next);
}

/** ", argues our legal affairs editor", ", writes Teodora Vask": the writer's own claim, credited to them. */
const WRITER_CLAIM = /^(.+?),\s+(?:argues|writes|contends|says|warns)\s+(.+?)[.!]?$/u;
const THE_WRITER = /^(?:our\s[\p{L}' -]{2,40}|the (?:author|writer|columnist|editor))$/iu;

/** The claim a standfirst sentence credits to the article's own writer, or undefined. */
function writerArgues(sentence: string, author: string | undefined): string | undefined {
  const m = WRITER_CLAIM.exec(sentence.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const surname = author?.split(/\s+/).pop();
  const writer = THE_WRITER.test(m[2]) || (surname !== undefined && m[2].split(/\s+/).pop() === surname);
  return writer ? m[1] : undefined;
}

/** "X far more common below Y", "Y twice as likely among Z": a comparison, stated with its verb or without. */
const VERBLESS_COMPARISON =
  /^\p{Lu}[^,:;?]*?\s(?:(?:far|much|even|no|twice as|three times as)\s)?(?:more|less|fewer)\s\p{Ll}+\s(?:than|below|above|in|among|for|after|near|at|on)\s[^,:;?]+$/u;

/** "(mostly)": a short aside in brackets closing a headline. */
const CLOSING_BRACKETS = /\s*\([^()]{1,30}\)$/;
/** "Corridor care is …": a clause's subject, up to its verb of being or having. */
const CLAUSE_SUBJECT = /^((?:\p{Lu}|the\s)[\p{L}'’ -]{2,60}?)\s(?:is|are|was|were|has|have)\b/u;
/** "Don't ", "Do not ", "Never ": what opens a negative imperative. */
const NEGATIVE_IMPERATIVE = /^(?:don['’]t|do not|never)\s+(?=\p{Ll})/iu;
/** "…, but its order book tells a softer story", "… – but network owners will …": a headline whose second clause
 * turns the first. */
const BUT_JOIN = /^(.+?)(?:,|\s[–—])\s+but\s+(.+)$/i;
/** "its order book": a possessive that points back, which headline style drops. */
const POSSESSIVE_OPENER = /^(?:its|their|his|her|our)\s+/i;

/**
 * "Marrowgate's margins leap as cost cuts bite, but its order book tells a softer story": both sides of the turn
 * are the thesis, each at its core ("Margins leap, but order book tells softer story"), when together they fit;
 * the first side alone says the opposite of the article's point.
 */
function butTitle(headline: string): string | undefined {
  const m = BUT_JOIN.exec(headline);
  if (!m?.[1] || !m[2]) return undefined;
  const core = m[1].split(HEADLINE_JOIN)[0] ?? m[1];
  const firsts = [core, capitalise(core.replace(LEADING_OWNER, ''))].flatMap((t) => [t, dropArticles(t)]);
  const turn = m[2].replace(POSSESSIVE_OPENER, '');
  const turnLexicon = headlineLexicon(turn);
  const seconds = [turn, dropArticles(turn), ...trailingPhraseCuts(dropArticles(turn), turnLexicon)];
  for (const a of new Set(firsts)) {
    // Tagged as running text, so a capitalised first word is not read as a name ("Margins leap").
    const lexicon = headlineLexicon(a.charAt(0).toLowerCase() + a.slice(1));
    // The clause before the join is whole when it has its verb ("margins leap" needs no object).
    if (!hasFiniteVerb(wordsOf(a), lexicon) || !endsCleanly(a)) continue;
    for (const b of new Set(seconds)) {
      const text = `${a}, but ${b.charAt(0).toLowerCase()}${b.slice(1)}`;
      if (
        checkWords(text).length <= THESIS_TITLE_WORDS &&
        isComplete(b, turnLexicon) &&
        endsCleanly(b) &&
        !cutsMeaning(b, turn, turnLexicon)
      )
        return text;
    }
  }
  return undefined;
}

/**
 * A headline's tags, its verb read as one: headlines drop the words that let a tagger see a verb ("central bank
 * lifts rates to 5.75%" tags "lifts" a noun). With no finite verb found, the first "-s" word after the subject that
 * a noun phrase or preposition follows is the verb.
 */
function headlineLexicon(headline: string): Lexicon {
  const lexicon = nounsWhereNoVerbStands(headline);
  const words = wordsOf(headline);
  // "Central bank surprises with 75-point hike as draven slides past 43": the verb looked for is the main
  // clause's, before the clause a joining word adds.
  const join = words.findIndex((w, i) => i > 1 && HEADLINE_CLAUSE_JOIN.test(w));
  if (hasFiniteVerb(join > 0 ? words.slice(0, join) : words, lexicon)) return lexicon;
  // "Supreme Court just rewrote the rules": a prefixed past form the tagger does not know.
  const prefixed = words.findIndex((w, i) => i >= 1 && PREFIXED_PAST.test(w));
  if (prefixed >= 0) return new Map(lexicon).set((words[prefixed] ?? '').toLowerCase(), 'VERB');
  const at = words.findIndex(
    (w, i) =>
      i >= 1 &&
      (join < 0 || i < join) &&
      /^\p{Ll}+[^s]s$/u.test(w) &&
      // "CCA blocks …", "Council approves …": after a name as well as a noun.
      ['NOUN', 'PROPN'].includes(posOf(words[i - 1] ?? '', lexicon)) &&
      ['NOUN', 'DET', 'ADJ', 'ADP', 'NUM', 'PROPN', 'ADV'].includes(posOf(words[i + 1] ?? '', lexicon)) &&
      // "The best portable power stations of 2025": a plural noun before "of" is the head of its phrase.
      !/^of$/i.test(words[i + 1] ?? ''),
  );
  // "Marrowgate's margins leap (as …)": a plural subject's bare verb, last or before its adjunct.
  const bareVerb = words.findIndex(
    (w, i) =>
      i >= 1 &&
      /^\p{Ll}+[^s]$/u.test(w) &&
      /^\p{L}+s$/u.test(words[i - 1] ?? '') &&
      posOf(words[i - 1] ?? '', lexicon) === 'NOUN' &&
      posOf(w, lexicon) === 'NOUN' &&
      (i === words.length - 1 || ['ADP', 'SCONJ'].includes(posOf(words[i + 1] ?? '', lexicon))),
  );
  const verb = at >= 0 ? at : bareVerb;
  if (verb < 0) return lexicon;
  const tags = new Map(lexicon);
  tags.set((words[verb] ?? '').toLowerCase(), 'VERB');
  return tags;
}

/** A word that joins a second clause to a headline's main one. */
const HEADLINE_CLAUSE_JOIN = /^(?:as|while|after|before|because|since|when|amid|despite|but|and|with)$/i;

/** "rewrote", "overtook", "outran", "mistook": an irregular past with a prefix. */
const PREFIXED_PAST =
  /^(?:re|over|out|mis|under|up|with|fore|un)(?:wrote|took|ran|drew|gave|went|came|made|sold|told|broke|spoke|rose|threw|grew|saw|shook|stole|built|dealt|felt|held|kept|led|paid|sent|spent|won|struck|sang|began|cut|set|shot)$/i;
/** A headline that is a quotation, in double or single marks, and then who said it. */
const QUOTE_HEADLINE = /^["“‘']([^"“”]+?)[.!]?["”’']:\s+(.+)$/;
/** A headline that is who speaks and then their quotation ("Brenna Holt: 'A port that will not automate …'"). */
const SPEAKER_QUOTE_HEADLINE = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}:\s+['‘"“](.+?)[.!]?['’"”]$/u;
/** A headline that is a quotation and nothing else ('"We will never be the biggest port. …"'). */
const BARE_QUOTE_HEADLINE = /^["“]([^"“”]+)["”]$|^['‘](.+)['’]$/;
/** Words of a headline's quotation that find the sentence it quotes. */
const QUOTE_PROBE_WORDS = 6;
/** A run of this many words shared with a headline's quotation finds the sentence it was shortened from. */
const QUOTE_RUN_WORDS = 5;

/** The sentence a headline quotes: it opens with the quotation's first words, or shares a run of them. */
function quotedSource(sentences: readonly AnalyzedSentence[], quote: string): AnalyzedSentence | undefined {
  const probe = plainWords(quote).split(' ').slice(0, QUOTE_PROBE_WORDS).join(' ');
  return (
    sentences.find((s) => plainWords(s.text).includes(probe)) ??
    sentences.find((s) => longestCopiedRun(quote, s.text) >= QUOTE_RUN_WORDS)
  );
}

/** The words a headline quotes, either way round, or undefined. */
function headlineQuote(headline: string): string | undefined {
  return (
    QUOTE_HEADLINE.exec(headline)?.[1] ?? SPEAKER_QUOTE_HEADLINE.exec(headline)?.[1] ?? bareQuote(headline)
  );
}

/** The sentence a headline quotes, too long to title whole, said in headline style with its speaker. */
function quotedTitle(ctx: PlanContext, origin: AnalyzedSentence): string | undefined {
  return ctx.headlineTitle(origin, THESIS_TITLE_WORDS + 1, [], true);
}

/** The words of a headline that is a quotation and nothing else, in double or single marks, or undefined. */
function bareQuote(headline: string): string | undefined {
  return BARE_QUOTE_HEADLINE.exec(headline.trim())
    ?.slice(1)
    .find((words) => words !== undefined);
}

/**
 * A headline without the infinitive that says what its subject is for ("plan | to cut hospital waits | misses"):
 * the words from "to" up to the sentence's first finite verb, when that verb follows within a few words.
 */
function withoutSubjectPurpose(text: string, lexicon: Lexicon): string {
  const words = text.split(/\s+/);
  const to = words.findIndex((w, i) => i > 0 && i < 5 && w.toLowerCase() === 'to');
  if (to < 0 || hasFiniteVerb(words.slice(0, to), lexicon)) return text;
  // The main verb takes its object right after it ("misses the real bottleneck"), which "waits" does not.
  const verb = words.findIndex(
    (w, i) =>
      i > to + 2 &&
      i <= to + PURPOSE_WORDS &&
      hasFiniteVerb([w], lexicon) &&
      /^(?:a|an|the|its|their|his|her|our|no|every|all)$/i.test(words[i + 1] ?? ''),
  );
  return verb < 0 ? text : [...words.slice(0, to), ...words.slice(verb)].join(' ');
}
/** The most words an infinitive of purpose in a headline's subject runs to. */
const PURPOSE_WORDS = 6;

/** ", signals pause (as …)": a headline's second action, its verb in -s after a comma. */
const SECOND_ACTION = /,\s+\p{Ll}+s\s(?!and\b|or\b|of\b)[^,]*$/u;
/** The words of a subject's name before its last ("Monetary Policy | Board lowers …"), its verb in -s after it. */
const NAME_BEFORE_HEAD = /^(?:\p{Lu}[\p{L}-]*\s){2,4}(?=\p{Lu}[\p{L}-]*\s\p{Ll}+s\s)/u;
const SUBJECT_HEAD =
  /^(?:\p{Lu}[\p{L}-]*\s)(?!(?:and|or|&)\s)(?=(?:[\p{L}-]+\s){2}(?:will|would|is|are|was|were|has|have|can|could|may|might|must|should|does|did)\b)/u;
/** A sentence that announces the article's own conclusion ("This report argues that …", "We find …"). */
/** An opening that refers back to a sentence the bottom line does not show. */
const REFERS_BACK = referringOpener(
  'this|these|that|those|it|they|such|he|she|the (?:next|other|last|same|latter|former) ones?',
);
/** Headlines join their point to a circumstance with these ("X falls as Y signals Z", "X outruns Y, testing Z"). */
/** ", explained", ": explained", " — explained": a headline's label, not its point. */
const EXPLAINED =
  /(?<!\b(?:be|been|is|are|was|were|being|not|fully|easily))\s+explained$|(?:^|[,:—–-]\s*)(?:explained|(?:your |the )?(?:key )?questions,? answered|what you need to know|everything you need to know|the key questions|a guide|q&a)$|^(?:the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|some) (?:(?:key|big|main) )?(?:things|facts|questions|charts|maps|ways|reasons|lessons|takeaways|numbers)\b(?: (?:to know|you need to know|you should know|to watch|we learned|that explain))?/i;
/**
 * "Bred to survive the heat", "Caught in the crossfire", "Facing the storm": a verb that opens a headline part
 * and goes straight on to its phrase has no subject ("Grounded tanker exposes …" has one).
 */
const PARTICIPLE_OPENING =
  /^(?:\p{L}+(?:ed|ing|en)|bred|built|made|caught|left|lost|born|held|hit|stuck|torn|worn|sold|told|won|run|set|cut)\s(?:to|by|in|into|with|from|for|on|at|out|up|the|a|an|its|their|his|her)\s/iu;
/** A possessive name of two words or more opening a headline, and its first word. */
const LONG_OWNER = /^(\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+)+(['’]s)\s/u;
const VERB_TAGS = new Set(['VERB', 'AUX']);
const CLAUSE_JOIN = /,\s+(?:and|but)\s+(?!why\b|how\b|what\b)/i;
/** "Now spend the money …", "So expect …": the word that turns a headline's second sentence into its point. */
const TURN_WORD = /^(?:now|so|but|and|instead|then|yet)\s+/i;
/** "Here is what researchers know", "This is why": a second sentence that points at the piece, not a point. */
const POINTS_AT_PIECE =
  /^(?:here(?:'s| is| are)|this is|that is|these are|what (?:we|you|it)|read|find out|see)\b/i;
/** "Landlords to be given 14 days to investigate damp": a headline's future, a statement without "will". */
const HEADLINE_FUTURE = /^\p{Lu}[\p{L}'’ -]{1,60}? to (?:be \p{L}+|\p{Ll}+) [\p{L}\d£$€]/u;
const HEADLINE_JOIN =
  /\s(?:as|while|after|amid|despite|because|with)\s|,\s+(?=\S+ing\b)|(?:,|\s[-–—])\s+(?:and|but)\s+(?=why|how|what|who)/i;
/** "…, and why the secret was paperwork": the reason a headline or standfirst gives, as a statement. */
const WHY_PART = /(?:(?:,|\s[-–—])\s+and|\son)\s+why\s+(?!(?:it|they|this|that|these|those)\b)(.+)$/i;

/** "Why X happened, and could it again?": the event a question asks the cause of, stated. */
const WHY_ASKED = /^why\s+([^,?]+?)(?:,?\s+and\s+[^?]+)?\?$/i;

function whyAsked(text: string): string[] {
  const asked = WHY_ASKED.exec(text.trim())?.[1]?.trim();
  // "Why does it matter?": an auxiliary after "why" asks; the statement follows it ("Why X went dark").
  return asked && !/^(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should)\s/i.test(asked)
    ? [capitalise(asked)]
    : [];
}

/** The reason a headline gives after "and why", when it gives one. */
function whyPart(text: string): string[] {
  const why = WHY_PART.exec(text)?.[1]?.trim();
  return why ? [capitalise(why)] : [];
}
/** "…productivity, testing": a headline's trailing participle phrase cut short. */
const TRAILING_PARTICIPLE = /,\s*\S+ing$/;

/**
 * A Title Case headline in sentence case ("A Country That Cannot Fix Things" → "A country that cannot fix
 * things"), names kept: a word stays capitalised when the article writes it so mid-sentence. Other headlines
 * are returned as they are.
 */
export function sentenceCase(headline: string, body: string): string {
  if (shouted(headline)) return unshouted(headline, body);
  const words = headline.split(/\s+/).filter(Boolean);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length < 4 || capitals < words.length * 0.7) return headline;
  // "Mayor Ifeoma Castellane's Address": a name after an office is a name, as is the office before it.
  const lexicon = lexiconOf(headline);
  const named = (w: string | undefined) =>
    w !== undefined &&
    /^\p{Lu}/u.test(w) &&
    ['PROPN', 'X'].includes(posOf(w.replace(/[^\p{L}'’-]/gu, ''), lexicon));
  const titled = words.map((w, i) => NAME_OFFICE.test(w) && named(words[i + 1]));
  // The name runs on from the office while its words are names, and ends on a possessive.
  words.forEach((w, i) => {
    if (i > 0 && titled[i - 1] && named(w) && !/['’]s$/.test(words[i - 1] ?? '')) titled[i] = true;
  });
  // "Kestria–Dunmar": each part of a compound is a name when the article writes it as one.
  const cased = (w: string): string => {
    if (!/^\p{Lu}\p{Ll}/u.test(w)) return w;
    const bare = w.replace(/[^\p{L}'’-]/gu, '');
    // "Estavia", which the article writes only as "Estavian": a name its derived forms show capitalised.
    const derived =
      bare.length >= MIN_DERIVED_NAME && new RegExp(`[a-z,;] ${bare}\\p{Ll}{1,3}\\b`, 'u').test(body);
    return derived || new RegExp(`[a-z,;] ${bare}\\b`).test(body) ? w : w.toLowerCase();
  };
  const out = words.map((w, i) =>
    // "Inflation Is Cooling in Estavia. Rents Are …": a second sentence starts with its capital.
    i === 0 || titled[i] || /[.!?]$/.test(words[i - 1] ?? '')
      ? w
      : w
          .split(/(?<=\p{L})([–—/])(?=\p{L})/u)
          .map(cased)
          .join(''),
  );
  // "…, Sumbara District, Tavoria": a place's last part after a comma, set after a name, is a name too.
  const last = out.length - 1;
  if (last > 1 && /,$/.test(out[last - 1] ?? '') && /^\p{Lu}/u.test(out[last - 1] ?? '') && words[last])
    out[last] = words[last];
  return out.join(' ');
}
/** The shortest name whose derived forms ("Estavian") show it is one. */
const MIN_DERIVED_NAME = 5;
/** ", Sumbara District, Tavoria": a headline ending on two or more places, named in capitals, after commas. */
const PLACE_SERIES = /(?:,\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}){2,}$/u;
/** "Brackenridge Homes Limited v Tamsin Okonjo-Reeve", "Ashby v. Hale": a case named by its parties. */
const CASE_NAME =
  /^\p{Lu}[\p{L}'’.&-]*(?:\s[\p{L}&][\p{L}'’.&-]*){0,6}\sv\.?\s\p{L}[\p{L}'’.&-]*(?:\s\p{L}[\p{L}'’.&-]*){0,6}$/u;
/** An office or title that heads a person's name in a headline ("Mayor Ifeoma Castellane"). */
const NAME_OFFICE =
  /^(?:Mayor|President|Governor|Minister|Premier|Chancellor|Senator|Councillor|Judge|Justice|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Queen|King|Pope|General|Chief)$/;

/** How much closer to the headline and standfirst than to the ending the bottom line's sentence is sought. */
const RESTATED_BONUS = 0.2;
const SUMMARY_HEADING =
  /^(?:\d+[.)]?\s+)?(?:executive summary|summary(?: of (?:recommendations|findings|key points|our response|(?:the |our |main )?proposals))?|key findings|main findings|key takeaways|takeaways|key points|main points|key judge?ments|(?:the )?bottom line up front|bluf|in brief|at a glance|overview|the short version|tl;?dr)\s*$/i;

/** A section that concludes: "Conclusion", "The lesson", "What it means". */
const CONCLUSION_HEADING =
  /^(?:\d+[.)]?\s+)?(?:(?:conclusions?(?: on [\p{L} -]{3,40})?|overall conclusion|in conclusion|(?:our |my )?verdict|the (?:lesson|lessons|verdict|takeaway|bottom line)|lessons?(?: learned)?|what (?:it|this) means|the way forward|final thoughts)\s*|(?:our|my|the) (?:verdict|conclusion|view|take)\s*:.+)$/iu;
/** "How expensive is childcare in Brenmark?": a section's heading put as a question, on a line of its own. */
const QUESTION_HEADING =
  /^(?=(?:\S+\s+){1,11}\S+\?$)(?:how|what|why|who|where|when|which|is|are|can|could|should|will|does|do|did)\b[^.!]*\?$/i;
/** "How, then, should her legacy be judged?", "So what should we make of it all?": a question the verdict answers. */
const VERDICT_QUESTION =
  /^(?:so,?\s+|and\s+)?(?:how|what),?(?:\s+then,?)?\s+(?:should|do|does|can|could|are|is|will|would|to)\b[^?]{0,80}\b(?:judged?|legacy|verdict|make of|assess(?:ed)?|weigh(?:ed)?|remembered|sum(?:med)? up|add up)\b[^?]*\?$/i;
/** "Our verdict: the right call, made the wrong way": a heading that states the article's conclusion. */
/** "what the strike means for …", "why rents keep rising": a heading that names a question, not its answer. */
const TOPIC_QUESTION = /^(?:what|why|how|where|when|who|which|whether)\b/i;
const VERDICT_HEADING =
  /^(?:(?:our|my|the) (?:verdict|conclusion|view|take|judge?ment)|verdict|analysis)\s*:\s*(.+?)[.!]?$/i;
/** A judge's or a member's dissent from the decision. */
const DISSENT =
  /\bwould have (?:dismissed|allowed|upheld|granted|refused|quashed|rejected)\b|\bdissent(?:ed|ing|s)?\b/i;
/**
 * "The research team plans to publish data from a fourth summer in 2025", "The board is due to vote on 17 April":
 * what is scheduled next is the outlook's, not the article's conclusion.
 */
const SCHEDULED_NEXT =
  /\b(?:plans?|planned|intends?|intended|(?:is|are|was|were) (?:due|scheduled|set))\s+to\s+(?:publish|release|meet|vote|report|decide|rule|announce|hold|present|start|begin|open|launch|consider|review|debate|hear)\b|\bwill (?:meet|vote|publish|report|decide|rule|announce|hold|debate|hear)\s+(?:on|in|by|next|again|later)\b|\b(?:will|is to|are to) be held\b|\bwill take place\b/i;
/** A time of day: a scene's, never a conclusion's. */
const CLOCK_TIME = /\b\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/i;
/** A news agency's credit in a dateline: "ROTTERDAM, May 4 (Wire) -", "KYIV (AP) —". */
const WIRE_CREDIT = /^[^(]{2,60}\([^)]{1,20}\)\s*[—–-]/;
/** How much a wire story's lede weighs for its bottom line, as a conclusion's place does in other articles. */
const WIRE_LEDE_BONUS = 0.5;
/** How much a scene weighs against a sentence for the bottom line's conclusion. */
const SCENE_PENALTY = 0.5;

/**
 * True when a sentence tells a scene, not a point: an essay's closing scene ("Back on Line 1, it is 6:40 a.m. and
 * Sol Pereira's tram is crossing the river") ends the piece but does not conclude it. A clock time, a person going
 * about their day, or someone else's words ("'I suppose this is progress too,' she says") are a scene's.
 */
export function isScene(ctx: PlanContext, s: AnalyzedSentence): boolean {
  if (CLOCK_TIME.test(s.text)) return true;
  if (hasLongQuote(s.text) || ctx.quoted(s)) return true;
  return !isAttributed(s) && s.entities.some((n) => personNames(ctx).has(n));
}

/** The names and aliases of the article's people, read once per plan (a sort asks for them often). */
const PERSON_NAMES = new WeakMap<PlanContext, ReadonlySet<string>>();
function personNames(ctx: PlanContext): ReadonlySet<string> {
  let names = PERSON_NAMES.get(ctx);
  if (!names) {
    names = new Set(
      ctx.analysis.entities.filter((e) => e.kind === 'person').flatMap((e) => [e.name, ...e.aliases]),
    );
    PERSON_NAMES.set(ctx, names);
  }
  return names;
}

/** "Our pick: Voltaro Trek 1200": a label and its value on one line. */
const LABELLED_LINE = /^[^:]{2,40}:\s\S/;
/** "Case study: Rosa, Hadleigh Bay", "Box 2: How the levy works": a labelled line that heads a section of its own. */
const SECTION_LABEL =
  /^(?:case study|box(?: \d+)?|spotlight|in focus|profile|appendix|annex|methodology|methods?)\s*(?:\d+\s*)?:/i;

/** The numbers of the paragraphs under a heading `kind` matches, up to the next heading. */
function summaryParagraphs(analysis: Analysis, kind: RegExp): Set<number> {
  const found = new Set<number>();
  let inSummary = false;
  for (const p of analysis.paragraphs) {
    const line = p.sentences.length === 1 ? (p.sentences[0]?.text ?? '') : '';
    // "Our pick: Voltaro Trek 1200 ★★★★½": a labelled line under the summary's heading is one of its items, not
    // the next section's heading.
    const item = inSummary && LABELLED_LINE.test(line.trim()) && !SECTION_LABEL.test(line.trim());
    // ("How expensive is childcare in Brenmark?": a section headed by its question ends the summary too.)
    const question = QUESTION_HEADING.test(line.trim());
    if ((isHeadingParagraph(p) || question) && !item) inSummary = kind.test(line.trim());
    else if (inSummary) found.add(p.number);
  }
  return found;
}

/** "…suggests something else: X", "…tells a different story: X": the reading a piece offers instead, X. */
const OTHER_READING =
  /\b(?:suggests?|shows?|tells?|points? to|reveals?)\s(?:something else|otherwise|a different (?:story|picture|conclusion)|another (?:story|picture)):\s+(.+)$/i;
/** "A nurse-led walk-in clinic has …": the head noun of a sentence's opening subject, before its verb. */
const OPENING_SUBJECT =
  /^(?:A|An|The)\s(?:[\p{L}-]+\s){0,3}?(\p{Ll}[\p{L}-]*)\s(?:has|have|had|is|are|was|were|will|would|can|could)\b/u;
/** "… cheaper on paper", "In theory …", "… may seem …": what a writer grants before turning it. */
const CONCEDED =
  /\b(?:on paper|in theory|at first (?:sight|glance)|(?:may|might|can) (?:seem|look|appear))\b/i;
/** A pronoun or demonstrative that points back to something the standfirst said before it. */
const POINTS_BACK_IN = /^(?:this|that|these|those|such)\b|\b(?:it|its|they|them|their|he|she|his|her|him)\b/i;
/**
 * "A new study adds to evidence that repeated heat stress harms the kidneys", "The trial is good evidence that a
 * four-day week works where …": the finding, after its evidence.
 */
const EVIDENCE_THAT =
  /\b(?:(?:adds?|added) to |(?:is|was|are|were|provides?|offers?) (?:(?:good|strong|clear|compelling|solid|firm|fresh|new|further|more) )?)(?:the |a )?(?:growing |mounting |new )?(?:body of )?evidence that\s+(.+)$/i;

/**
 * A phrase's parts of speech, a "verb" read as the noun it is where no verb can stand: right after a preposition
 * or an article ("A decade of promises, lawsuits and cost overruns"), or capitalised after an adjective in a
 * title ("Short-Term Lets in Coastal and Rural Communities").
 */
function nounsWhereNoVerbStands(text: string): Lexicon {
  const lexicon = new Map(lexiconOf(text));
  const words = wordsOf(text);
  words.forEach((word, i) => {
    const before = posOf(words[i - 1] ?? '', lexicon);
    const titled = /^\p{Lu}/u.test(word) && (before === 'ADJ' || /-/.test(words[i - 1] ?? ''));
    // "Castellane's address to the Civic Forum": a word after a possessive is what the owner has.
    const owned = /\p{L}['’]s$/u.test(words[i - 1] ?? '');
    if (posOf(word, lexicon) === 'VERB' && (['ADP', 'DET'].includes(before) || titled || owned))
      lexicon.set(word.toLowerCase(), 'NOUN');
  });
  return lexicon;
}

/**
 * The standfirst's point as the bottom line's first bullet: the first of its sentences that is a statement standing
 * on its own (no question, no pronoun pointing back, not the title again), whole when it makes a short bullet, else
 * the finding it says a study adds evidence for. Undefined when none does.
 */
function standfirstPoint(
  ctx: PlanContext,
  point: string | undefined,
): { text: string; refs: string[] } | undefined {
  if (!ctx.english) return undefined;
  const sentences = standfirstSentences(ctx.article.standfirst);
  for (const [index, sentence] of sentences.entries()) {
    const text = sentence.trim().replace(/[.!]$/, '');
    // "Its history suggests something else: a fight over who controls the tap": the other reading, after its colon,
    // said of what the framing before it named ("The quarrel over the Ildra: a fight over who controls the tap").
    const other = OTHER_READING.exec(text)?.[1];
    const framed = CONVENTIONAL_VIEW.exec(sentences[index - 1] ?? '');
    const subject = framed ? (sentences[index - 1] ?? '').slice(0, framed.index).trim() : '';
    const said = subject ? `${subject}: ${other?.charAt(0).toLowerCase()}${other?.slice(1)}` : other;
    for (const reading of other ? [said ?? other, capitalise(other)] : [])
      if (checkWords(reading).length <= MAX_BULLET_WORDS && endsCleanly(reading))
        return {
          text: reading,
          refs: [...(reading === said && subject ? [standfirstRef(index - 1)] : []), standfirstRef(index)],
        };
    if (text.includes('?') || POINTS_BACK_IN.test(text) || CONVENTIONAL_VIEW.test(text)) continue;
    // "A rapid bus is cheaper on paper. … tell me it is the more expensive mistake": a concession the piece
    // goes on to turn is no statement of its point.
    if (CONCEDED.test(text) && index < sentences.length - 1) continue;
    if (point && longestCopiedRun(withoutAnyArticle(point), withoutAnyArticle(text)) >= TITLE_ECHO_WORDS)
      continue;
    const found = EVIDENCE_THAT.exec(text)?.[1];
    for (const candidate of [text, ...(found ? [capitalise(found)] : [])]) {
      if (checkWords(candidate).length > MAX_BULLET_WORDS) continue;
      if (isComplete(candidate, nounsWhereNoVerbStands(candidate)) && endsCleanly(candidate))
        return { text: candidate, refs: [standfirstRef(index)] };
    }
  }
  return undefined;
}

/** Concluding sentences on the bottom line, before the main claims join them (see plan.ts): the conclusion is
 * one sentence, the main claims say the rest. */
export const CONCLUDING_BULLETS = 1;
/** A summary's items on the bottom line, at most, when the report lists at least the minimum that make short bullets. */
const SUMMARY_BULLETS = 3;
const MIN_SUMMARY_BULLETS = 2;

/**
 * The bottom line: the article's conclusion. Its sentences come from the last paragraphs (a concluding cue, a
 * restatement of the headline and a short bullet count for a sentence), never a figure alone; the main claims are
 * added once the judgment slides exist.
 */
export function bottomLine(ctx: PlanContext): PlannedSlide {
  const { analysis } = ctx;
  const { thesis } = analysis;
  // "Dr Achterholm, thank you very much. … Two Degrees Off is back next Thursday.": a show's sign-off closes no
  // argument; the last paragraph with something to say does.
  // An obituary's family note and its line of dates close the page, not the appraisal.
  const lastParagraph =
    analysis.paragraphs.findLast(
      (p) =>
        p.sentences.some((s) => !ctx.silent.has(s.ref)) &&
        !p.sentences.some((s) => SURVIVED_BY.test(s.text)) &&
        !p.sentences.every((s) => LIFE_DATES.test(s.text)),
    )?.number ?? lastParagraphOf(analysis);
  const restated = new Set(thesis.restatements);
  const concluding = new Set(thesis.conclusion);
  // A news story's lede: the opening sentence closest to the headline and standfirst states the news.
  const lede = (s: AnalyzedSentence) => s.paragraph === 1 && restated.has(s.ref);
  // A report's summary states its thesis: the paragraph under an "Executive summary" or "Key findings" heading.
  const summary = summaryParagraphs(analysis, SUMMARY_HEADING);
  // "Conclusion", "The lesson": the section that concludes, whose paragraphs may each state the conclusion.
  // "How, then, should her legacy be judged? …": so does a paragraph that opens by asking for the verdict.
  const closing = new Set([
    ...summaryParagraphs(analysis, CONCLUSION_HEADING),
    ...analysis.paragraphs
      .filter((p) => VERDICT_QUESTION.test(p.sentences[0]?.text.trim() ?? '') && p.sentences.length > 1)
      .map((p) => p.number),
  ]);
  // ('"… We argue about the furniture. …"': a source's words in the writer's piece state no thesis of the piece.)
  const thesisCue = (s: AnalyzedSentence) =>
    (statesThesis(s, ctx.byRef) || neitherThenSaid(s, sentenceBefore(s, ctx.byRef))) &&
    (ctx.interview || ctx.transcript || !ctx.insideQuotation(s));
  // "If listeners take one thing from this conversation? … Price the risk honestly, and help the people, not the
  // houses.": an interview's or a show's last answer before its thanks is its guest's conclusion.
  const lastWord = (s: AnalyzedSentence) => ctx.transcript && s.paragraph === lastParagraph && ctx.relayed(s);
  // "Dana Kulik: 'A board that will not invest now …'": the sentence the headline quotes is the piece's point.
  const quote = headlineQuote(ctx.article.title);
  const quotedSentence = quote ? quotedSource(analysis.sentences, quote) : undefined;
  const quoted = (s: AnalyzedSentence) => (s === quotedSentence ? 1 : 0);
  const candidates = analysis.sentences.filter(
    (s) =>
      (quoted(s) ||
        concluding.has(s.ref) ||
        restated.has(s.ref) ||
        summary.has(s.paragraph) ||
        closing.has(s.paragraph) ||
        thesisCue(s) ||
        (s.role === 'conclusion' && s.paragraph >= lastParagraph - 1) ||
        lastWord(s)) &&
      // The opening paragraph sets the scene (the context slide), unless it restates the thesis, as a news
      // story's lede does.
      (s.paragraph !== 1 || thesisCue(s) || lede(s)) &&
      // "The study was funded by …", "Two of the authors reported receiving consulting fees": a disclosure.
      !DISCLOSURE.test(s.text) &&
      // "Brannvik was born on 3 May 1938": a life's dates, never its conclusion.
      !LIFE_DATES.test(s.text) &&
      // "That is the case … for what I will propose …: Port Ellery should lower …": what it announces is whole.
      !REFERS_BACK.test(thesisCue(s) ? (concluded(ctx, s) ?? s.text) : s.text) &&
      // "Health workers told us the same story": a stance that points to what another sentence says.
      !TOLD_LIKEWISE.test(s.text) &&
      // "How, then, should her legacy be judged?": the question the verdict answers; no question is a conclusion.
      !/\?["”’]?$/.test(s.text.trim()) &&
      // "The findings draw on a survey …", "We surveyed 1,150 households": how the writers found out, not what.
      !EVIDENCE_BASE.test(s.text) &&
      !OWN_METHOD.test(s.text) &&
      !SCHEDULED_NEXT.test(s.text) &&
      // A heading, a signpost, a show's greeting: never a bullet, so never the conclusion either.
      !ctx.silent.has(s.ref) &&
      // "Justice Grey would have dismissed the appeal. In his view …": a dissent is no conclusion of the piece.
      !DISSENT.test(ctx.analysis.paragraphs[s.paragraph - 1]?.sentences[0]?.text ?? '') &&
      // "The Working Time Bill is popular because … . MPs should vote against it anyway.": what the next sentence
      // overrides is conceded, not concluded.
      !OVERRIDDEN.test(sentenceAfter(s, ctx.byRef)?.text ?? '') &&
      // An interview concludes in its interviewee's words, not in the writer's introduction of them.
      (!ctx.interview || ctx.relayed(s)),
  );
  const scene = (s: AnalyzedSentence) => !thesisCue(s) && !lede(s) && isScene(ctx, s);
  // A wire story ("ROTTERDAM, May 4 (Wire) - …") puts its news first and its background last: its lede is the
  // bottom line, its last paragraph no conclusion.
  const opening = analysis.paragraphs[0]?.sentences[0]?.text ?? '';
  const wire = DATELINE_LEDE.test(opening) && WIRE_CREDIT.test(opening);
  const closes = (s: AnalyzedSentence) =>
    wire
      ? lede(s)
        ? WIRE_LEDE_BONUS
        : 0
      : (s.role === 'conclusion' || lastWord(s) ? 0.3 : 0) +
        (concluding.has(s.ref) || closing.has(s.paragraph) ? 0.2 : 0);
  const value = (s: AnalyzedSentence) =>
    ctx.evidenceValue(s) +
    (thesisCue(s) ? 0.5 : 0) +
    // "MPs should vote against it anyway.": what the last paragraph asks for is what the piece argues.
    (s.paragraph === lastParagraph && CLOSING_ASK.test(s.text) ? CLOSING_ASK_BONUS : 0) +
    closes(s) +
    (restated.has(s.ref) ? RESTATED_BONUS : 0) -
    (scene(s) ? SCENE_PENALTY : 0) -
    (s.figures.length > 0 && s.role !== 'conclusion' && !lede(s) ? 0.3 : 0);
  // A report's own summary comes first, in its own order, whatever the salience of the sentences around it.
  const inSummary = (s: AnalyzedSentence) => (summary.has(s.paragraph) ? 1 : 0);
  // An explicit statement of the thesis ("My argument is simple. Maintenance is …") comes next.
  const stated = (s: AnalyzedSentence) => (thesisCue(s) ? 1 : 0);
  // Then the section the article heads as its conclusion ("The lesson"), its closing scene aside.
  const inClosing = (s: AnalyzedSentence) => (closing.has(s.paragraph) && !scene(s) ? 1 : 0);
  const bottomLabelled = (s: AnalyzedSentence) =>
    BOTTOM_LINE_LABEL.test(s.text) && concluded(ctx, s) !== undefined ? 1 : 0;
  const concludedReport = (s: AnalyzedSentence) => (summary.size > 0 && inClosing(s) && stated(s) ? 1 : 0);
  const ranked = [...candidates].sort(
    (a, b) =>
      quoted(b) - quoted(a) ||
      // "Conclusion on value for money", after "Key findings": a report's verdict is its thesis, and the
      // summary's findings are the claims it rests on.
      concludedReport(b) - concludedReport(a) ||
      inSummary(b) - inSummary(a) ||
      // "Bottom line: keep the cap, change the formula.": the writer's own label for the bottom line, ahead of a
      // "Short version: …" that sums up the problem first.
      bottomLabelled(b) - bottomLabelled(a) ||
      // "We conclude that …" states the thesis, in a summary or not.
      stated(b) - stated(a) ||
      (inSummary(a) ? 0 : inClosing(b) - inClosing(a)) ||
      (inSummary(a) ? a.paragraph - b.paragraph || a.index - b.index : value(b) - value(a)),
  );
  // What the article states as its conclusion in so many words: a quoted headline's sentence, its summary, an
  // announced thesis, its concluding section, a news story's lede.
  const top = ranked[0];
  const explicit =
    top !== undefined &&
    (quoted(top) || inSummary(top) || stated(top) || inClosing(top) || lede(top) || wire);
  const summaryLeads = ranked.filter(
    (s) =>
      summary.has(s.paragraph) && ranked.findIndex((o) => o.paragraph === s.paragraph) === ranked.indexOf(s),
  );
  // "So here is my commitment. This afternoon I will ask the board to …": the theses the article announces, or its
  // section headed "Verdict", title the slide or nothing does; a sentence ranked below them is no stand-in.
  const thesisPoint = thesisTitle(
    ctx,
    top !== undefined && (stated(top) || inClosing(top)) && !quoted(top) && !inSummary(top)
      ? ranked.filter((s) => stated(s) || inClosing(s))
      : ranked.map((s) => askNamed(ctx, s)),
    summaryLeads.length >= MIN_SUMMARY_BULLETS ? summaryLeads : [],
  );
  // "The first cut comes in August, not May" copies eight words of its sentence: headline style drops the article.
  // "Salvetra should build its escalators and its funicular": nor its possessives, where that is not enough.
  const copies = (t: string) => analysis.sentences.some((s) => longestCopiedRun(t, s.text) >= COPIED_RUN);
  const unarticled = thesisPoint && copies(thesisPoint) ? withoutArticle(thesisPoint) : thesisPoint;
  const point =
    unarticled && copies(unarticled) ? headlineTight(unarticled, headlineLexicon(unarticled)) : unarticled;
  // The conclusion says more than the title: a sentence the title already states is no bullet under it.
  // Compared without articles: a headline-style title drops them ("January was resilience failure …").
  // "My argument is simple: councillors should vote no" says no more than "Bottom line: Councillors should vote no".
  const beyondTitle = ranked.filter(
    (s) =>
      !point ||
      (longestCopiedRun(withoutAnyArticle(point), withoutAnyArticle(s.text)) < TITLE_ECHO_WORDS &&
        !sameClaim(point, concluded(ctx, s) ?? '')),
  );
  // Other languages get no claim titles to add (see plan.ts): their conclusion says more instead.
  // A report's own summary ("Key points") states its main claims itself: one bullet from each of its first items,
  // where they make short bullets, rather than claims gathered from the slides.
  // Each item's opening sentence, when it makes a short bullet ("We conclude that …" says its conclusion in fewer
  // words than the sentence); when too few do, each item's first sentence that does.
  const short = (s: AnalyzedSentence) => !ctx.longBullet(s) || concluded(ctx, s) !== undefined;
  const firstOfItem = (s: AnalyzedSentence, i: number, all: readonly AnalyzedSentence[]) =>
    all.findIndex((o) => o.paragraph === s.paragraph) === i;
  const inSummaryItems = beyondTitle.filter((s) => summary.has(s.paragraph));
  const openings = inSummaryItems.filter(firstOfItem).filter(short);
  const summarised =
    openings.length >= MIN_SUMMARY_BULLETS ? openings : inSummaryItems.filter(short).filter(firstOfItem);
  // "We therefore conclude that the Department has not yet demonstrated … value for money", under "Conclusion on
  // value for money": a report's verdict that no title can say leads the summary's findings it rests on.
  const verdict =
    top !== undefined &&
    concludedReport(top) &&
    beyondTitle.includes(top) &&
    summarised.length >= MIN_SUMMARY_BULLETS &&
    // (A summary that states the conclusion itself, "Our central conclusion is that …", needs it no second time.)
    !summarised.some((s) => stated(s)) &&
    concluded(ctx, top) !== undefined
      ? [top]
      : [];
  const picked = [
    ...verdict,
    ...inReadingOrder(
      summarised.length >= MIN_SUMMARY_BULLETS
        ? summarised.slice(0, SUMMARY_BULLETS - verdict.length)
        : beyondTitle.slice(0, ctx.english ? CONCLUDING_BULLETS : CONCLUDING_BULLETS + 1),
    ),
  ];
  const label = TEMPLATES.labels['bottom-line'];
  const title = ctx.claim(point ? `${label}: ${point.replace(/[.!]$/, '')}` : label);
  // The thesis is the bottom line's: no judgment slide takes it as its own title too.
  if (point) ctx.claim(point.replace(/[.!]$/, ''));
  // Where the body states no conclusion in so many words, the standfirst, written to sum the piece up, says it
  // better than the sentence ranked first; that sentence stays free for the slides that argue it. The notes say
  // and quote the standfirst (the title slide then leaves it out).
  const summed = explicit ? undefined : standfirstPoint(ctx, point);
  if (summed) {
    const slide = ctx.slide(
      'bottom-line',
      'bullets',
      title,
      [],
      [{ text: summed.text, refs: [...summed.refs] }],
    );
    return { ...slide, say: [standfirstSaid(ctx.article.standfirst ?? '')], sources: [...summed.refs] };
  }
  const bullets = picked.filter(short);
  // "Tonight I am announcing that Harwick will not build the bypass": the sentence the title states is said in
  // the notes, never a bullet of another slide.
  const titleSentence = point
    ? ranked.filter((s) => !beyondTitle.includes(s) && concluded(ctx, s)).slice(0, 1)
    : [];
  for (const s of titleSentence) ctx.used.add(s.ref);
  // "… has reached its limit and that the remaining budget should be moved …": the title states the first
  // conclusion, the first bullet the second.
  const further = titleSentence.flatMap((s) => {
    const text = furtherConclusion(ctx, s);
    return text ? [{ text, refs: [s.ref] }] : [];
  });
  return ctx.slide(
    'bottom-line',
    'bullets',
    title,
    [...titleSentence, ...picked],
    [
      ...further,
      ...(bullets.length ? bullets : picked.slice(0, 1)).map((s) => {
        const conclusion = concluded(ctx, s);
        const item = ctx.item(s);
        // "Okonjo: What I'm arguing is that …": the conclusion keeps the speaker its bullet names.
        const speaker = SPEAKER_LABEL.exec(item.text)?.[0] ?? '';
        if (!conclusion) return withTurn(ctx, s, item);
        const said = /^(?:A|An|The)\s/.test(conclusion)
          ? conclusion.charAt(0).toLowerCase() + conclusion.slice(1)
          : commonFirst(conclusion, s.text);
        return withTurn(ctx, s, { ...item, text: speaker ? `${speaker}${said}` : conclusion });
      }),
    ].slice(0, further.length > 0 ? SUMMARY_BULLETS : undefined),
  );
}

/** "Bottom line: …", "Conclusion: …", "Verdict: …": a sentence its writer labels as the piece's conclusion. */
const BOTTOM_LINE_LABEL = new RegExp(String.raw`^(?:the )?(?:${BOTTOM_LINE_WORDS})\s*:\s`, 'i');

/** "That is exactly why its flaws deserve a hearing", "But it is the wrong answer": a turn against what came before. */
const FRAMING_TURNED =
  /^(?:that|this) is (?:exactly |precisely )?(?:why|the problem)\b|^(?:but|yet|and yet)\b/i;
/** An ask in so many words, in the writer's voice. */
const CLOSING_ASK = new RegExp(
  String.raw`^(?!(?:It|They|This|That|These|Those|He|She|There)\b)(?:\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}) ${ASKING_MODAL}\b`,
  'u',
);
const CLOSING_ASK_BONUS = 0.5;
/** "MPs should vote against it anyway.": a sentence that overrides the one before it. */
const OVERRIDDEN = /\b(?:anyway|nonetheless|nevertheless|all the same|regardless)[.!]$/i;
/** "MPs should vote against it anyway": an ask whose object is the thing the sentence before named. */
const ASKED_OF_IT = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3} ${ASKING_MODAL} [\p{L}-]+(?: (?:against|for|down|through|up))?) it\b`,
  'u',
);

/**
 * "The Working Time Bill is popular because … . MPs should vote against it anyway.": the ask with its object named
 * as the sentence before names it, or the sentence as it is.
 */
function askNamed(ctx: PlanContext, s: AnalyzedSentence): AnalyzedSentence {
  const ask = ASKED_OF_IT.exec(s.text);
  const before = sentenceBefore(s, ctx.byRef);
  const named = before && /^The (?:\p{Lu}[\p{L}'’-]*\s){1,4}/u.exec(before.text)?.[0].trim();
  if (!ask || !named) return s;
  return { ...s, text: `${ask[1]} the ${named.slice(4)}${s.text.slice(ask[0].length)}` };
}

/** "It was a failure of ownership.": a short sentence that says what the one before denied. */
const TURNED = /^(?:it|this|that|they) (?:was|is|were|are) ([^.;:,]{3,60})\.$/i;
/** Words a conclusion and its turn may run to together. */
const TURN_BULLET_WORDS = 22;

/**
 * "This was not, at root, a failure of technology. It was a failure of ownership.": a conclusion that says what
 * something was not keeps the next sentence, which says what it was, in the same bullet.
 */
function withTurn<T extends { text: string; refs: string[] }>(
  ctx: PlanContext,
  s: AnalyzedSentence,
  item: T,
): T {
  const next = sentenceAfter(s, ctx.byRef);
  const turn = next && TURNED.exec(next.text.trim());
  if (!turn || !/\bnot\b/i.test(item.text) || /\bnot\b/i.test(next.text)) return item;
  const text = `${item.text.replace(/[.;]$/, '')}; ${next.text
    .trim()
    .replace(/\.$/, '')
    .replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`;
  return checkWords(text).length <= TURN_BULLET_WORDS
    ? { ...item, text, refs: [...item.refs, next.ref] }
    : item;
}

/**
 * True when a conclusion says no more than the title: every word of the title is in it, and at most a few more
 * ("The voucher approach has reached its limit" under "Bottom line: The voucher approach reached its limit").
 */
function sameClaim(title: string, conclusion: string): boolean {
  const said = plainWords(conclusion).split(' ').filter(Boolean);
  const titled = plainWords(title).split(' ').filter(Boolean);
  return (
    said.length > 0 &&
    said.length <= titled.length + SAME_CLAIM_EXTRA_WORDS &&
    titled.every((w) => said.includes(w) || STEMLESS_AUXILIARY.test(w))
  );
}
/** Words a conclusion may add to its title and still say the same ("has", "the"). */
const SAME_CLAIM_EXTRA_WORDS = 2;
const STEMLESS_AUXILIARY = /^(?:has|have|had|is|are|was|were|the|a|an)$/;

/** What triggered the question: the opening paragraph's sentences not yet on a slide. */
export function contextSlide(ctx: PlanContext): PlannedSlide | undefined {
  const first = ctx.analysis.paragraphs[0]?.sentences.filter((s) => !ctx.used.has(s.ref)) ?? [];
  if (first.length === 0) return undefined;
  // The title is the opening's point, from its first sentences; the bullets are the opening's best evidence,
  // wherever in the paragraph it stands ("The replacement … cost £2.3 million" closes a narrative lede).
  const title = ctx.pointTitle('context', first.slice(0, CONTEXT_BULLETS + 1));
  const ranked = [...ctx.besideTitle(first)].sort((a, b) => ctx.evidenceValue(b) - ctx.evidenceValue(a));
  const bullets = inReadingOrder(
    withinWords(ctx, ranked, MAX_EVIDENCE_WORDS)
      .filter((s) => !ctx.longBullet(s))
      .slice(0, CONTEXT_BULLETS),
  );
  // An opening with nothing a bullet can say makes no slide: its sentences stay free for the others.
  if (bullets.length === 0) {
    ctx.withdrawTitle(title);
    return undefined;
  }
  return ctx.slide(
    'context',
    'bullets',
    title,
    first,
    bullets.map((s) => ctx.item(s)),
  );
}
