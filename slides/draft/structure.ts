/**
 * The article's own structure: subheadings and lead-in lines. A subheading ("Jobs market bends but does not
 * break", "What can be done") is the author's label for the section below it, never a sentence of evidence; when
 * it states a point it is that section's slide title. A lead-in ("She summed it up on social media:") introduces
 * what follows it (a list, a quotation, an embedded post the import dropped) and says nothing alone.
 */
import type { AnalyzedParagraph, AnalyzedSentence } from '../analyze/types';
import { TURN_LABEL } from '../analyze/interview';
import { isComplete, lexiconFromTokens, posOf } from './clauses';
import { statesPoint } from './headline';
import { onlyParticiples } from './titleShape';
import { wordCount } from './titles';

/** Longer one-line paragraphs without closing punctuation are sentences that lost their full stop. */
const MAX_HEADING_WORDS = 14;
/** A line that ends like a sentence, perhaps inside a quotation or a bracket; a quoted heading ("'An hour is a
 * long time'") does not. */
const CLOSING = /[.!?:;…]["”'’)\]]*$/;
const LEAD_IN = /:\s*$/;
/** Headings that ask or label rather than state: "What comes next", "3. Why nurses leave", "Box 1: …". */
const LABEL_HEADING = /^(?:what|why|how|where|when|who|which|whether|box\s+\d|part\s+\d|chapter\s)/i;
/** A heading's section number: "1. ", "2 ", "3.3 ". */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=\p{Lu})/u;
/** A heading used as a title copies no run of this many words of the article (the check's copied-title rule). */
const MAX_TITLE_HEADING_WORDS = 7;

/** True when a paragraph is one short line without closing punctuation: a subheading. */
export function isHeadingParagraph(paragraph: AnalyzedParagraph): boolean {
  const only = paragraph.sentences.length === 1 ? paragraph.sentences[0] : undefined;
  return !!only && isHeadingText(only.text);
}

/** "How the study worked", "Methods", "Data and method": a section that says how, not what was found. */
const METHOD_SECTION =
  /^(?:\d+(?:\.\d+)*[.)]?\s+)?(?:how (?:the|this|our|we) (?:study|research|analysis|survey|review)?\s?(?:worked|was done|did it|went about it)|methods?|methodology|data and methods?|(?:setting|context|background),? and data|data(?: and (?:sample|sources|setting))?|our (?:approach|method|methods)|study design|research design|(?:empirical|identification|estimation) strategy|identification|estimation|robustness(?: checks| tests)?(?: and (?:limits|limitations))?|limitations|threats to validity)\s*$/i;

/**
 * "The objection: rewarding pressure", "What critics say": a section for the other side. "The case against" is
 * not: a feature that sets it beside "The case for" reports both sides as its story.
 */
const OBJECTION_SECTION =
  /^(?:\d+(?:\.\d+)*[.)]?\s+)?(?:the |an? )?(?:(?:main |strongest |obvious )?(?:objections?|counter-?arguments?)|other side|what (?:the )?critics say|critics['’]? case)\b/i;

/** The text of the nearest heading above a sentence's paragraph, or undefined. */
function sectionHeading(s: AnalyzedSentence, paragraphs: readonly AnalyzedParagraph[]): string | undefined {
  for (let n = s.paragraph - 1; n >= 1; n--) {
    const p = paragraphs[n - 1];
    if (p && isHeadingParagraph(p)) return p.text.trim();
  }
  return undefined;
}

/** True when a sentence stands in a methods section: the nearest heading above its paragraph names one. */
export function inMethodSection(s: AnalyzedSentence, paragraphs: readonly AnalyzedParagraph[]): boolean {
  return METHOD_SECTION.test(sectionHeading(s, paragraphs) ?? '');
}

/** "Case study: Rosa, Hadleigh Bay", "Box 2: One family's winter": a section that illustrates, not argues. */
const EXAMPLE_SECTION =
  /^(?:\d+(?:\.\d+)*[.)]?\s+)?(?:case stud(?:y|ies)|(?:an? )?example|illustration|box(?: \d+)?|spotlight|in focus)\b/i;

/** True when a sentence stands in a section that illustrates the argument with one case: evidence, no claim. */
export function inExampleSection(s: AnalyzedSentence, paragraphs: readonly AnalyzedParagraph[]): boolean {
  return EXAMPLE_SECTION.test(sectionHeading(s, paragraphs) ?? '');
}

/** True when a sentence stands in the section that puts the other side's case: not one of the article's claims. */
export function inObjectionSection(s: AnalyzedSentence, paragraphs: readonly AnalyzedParagraph[]): boolean {
  return OBJECTION_SECTION.test(sectionHeading(s, paragraphs) ?? '');
}

/** True when a line of text reads as a subheading: short, and not closed like a sentence. */
export function isHeadingText(text: string): boolean {
  const line = text.trim();
  // "— Hestia Carrodus, Chief Executive": a credit line under a quotation heads nothing.
  return wordCount(line) <= MAX_HEADING_WORDS && !CLOSING.test(line) && !/^[—–]\s/.test(line);
}

/** "Thanks, Daniel", "Happy to be here", "Welcome, Priya", "Hugh, welcome": a guest's welcome and thanks. */
const PLEASANTRY = String.raw`(?:good (?:morning|afternoon|evening|night)(?:,?\s+(?:everyone|everybody|all|friends|colleagues))?)|(?:[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2},\s+)?(?:thanks|thank you)(?:\s+(?:both|all|everyone|so much|very much|for (?:coming on|joining us|having me|your time|listening)(?: today)?)){0,2}(?:,\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?|(?:i['’]m |it['’]s )?(?:good|great|happy|glad|nice|a pleasure) to be (?:here|with you|on the show|back)|(?:[\p{L}'’-]+,\s+)?welcome(?:,?\s+[\p{L}'’-]+){0,2}`;

/** "Section 3 examines why nurses leave", "The report is structured as follows": the document's map of itself, or a
 * live page's talk about its own coverage. */
const SIGNPOST = [
  /^(?:sections?|chapters?|parts?|annex(?:es)?|appendix|appendices)\s+(?:\d+|[ivx]+)\b(?:\s+(?:and|to)\s+(?:\d+|[ivx]+))?\s+(?:sets?|reports?|explains?|details?|documents?|examines?|looks?|assess(?:es)?|draws?|describes?|discusses?|considers?|presents?|summari[sz]es?|concludes?|reviews?|turns?|outlines?|explores?|analy[sz]es?|covers?|provides?|gives?)\b/i,
  /^(?:the|this) (?:report|paper|brief|study|document|chapter|section|article)(?:'s| is)? (?:is )?(?:structured|organi[sz]ed|laid out|set out|arranged|divided)\b/i,
  /\b(?:is|are) (?:set out|described|given|listed|detailed|explained|summari[sz]ed) in (?:the )?(?:annex|appendix|section|chapter|box|table|figure)\b/i,
  /\bappears? (?:at the end|in (?:the |an )?(?:annex|appendix))\b/i,
  // A live page's talk about its own coverage: "Good morning and welcome to our live coverage", "We will bring
  // you updates throughout the day", "As this live blog draws to a close …".
  // A show's own business: a sponsor read, its small print, the break and the sign-off ("This episode of The
  // Ledger Line is supported by …", "subscribe wherever you get your podcasts", "leave us a rating").
  /\b(?:is|are|was) (?:supported|sponsored|brought to you|made possible) by\b|^book a free\b.{0,80}\bat\s\S+\.\S+|\b(?:authori[sz]ed|licensed) and regulated by\b|\bsubscribe (?:to (?:the|our) (?:show|podcast) )?(?:wherever|on|in) (?:you get |your )?(?:your )?podcasts?\b|\bleave us a (?:rating|review)\b|^(?:[a-z'’ ]{2,40} (?:is|are|will be)|we['’]ll be|we will be|i['’]ll be) back (?:next (?:week|time|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:a|two) weeks?)\b[^.]{0,40}[.!]?$|^(?:thanks for listening|see you next (?:week|time))\b|^that['’]s (?:it|all) for (?:(?:this|today['’]s|this week['’]s) (?:episode|show)\b|(?:this week|today|now)[.!]?$)|\b(?:take|taking) a (?:short|quick) break\b|^when we come back\b|^next week(?: on the show)?:/i,
  // A speaker's own signposts: "So here is what we will do instead.", "Think about what that means.", "Let me be
  // honest about the risks, because you deserve that."
  /^(?:so,? )?here(?:['’]s| is) what (?:we|i)(?:['’]ll| will| are going to| am going to)? do(?: instead| about it| next)?[.!:]?$|^(?:just |now )?(?:think|consider) (?:about )?what (?:that|this|it) means[.!]?$|^let me be (?:honest|clear|frank|blunt|straight)(?: with you)?(?: about [^,.:]{1,40})?(?:,[^.:]{0,40})?[.!]?$/i,
  // A speech's courtesies: "Thank you to the Civic Forum for having me", "I want to say a special thank you to …",
  // "Thank you, chair, and thank you to …", "I want to thank the businesses of …", "Please, sit down, you're very kind."
  /^(?:and )?(?:(?:i|we) (?:want|would like|['’]d like|wish) to (?:say )?)?(?:a )?(?:(?:special |big |huge |particular |heartfelt )?(?:thank you|word of thanks)|(?:special|big|huge|particular|heartfelt) thanks) (?:to|for)\b|^(?:thank you|thanks),? (?:(?:madam|mister|mr\.?|madame) )?(?:chair|chairman|chairwoman|chairperson|president|speaker|everyone|everybody|all)\b|^(?:and )?(?:i|we) (?:want|would like|['’]d like|wish) to (?:(?:begin|start) by )?thank(?:ing)?\b|^please,? (?:sit down|be seated|take your seats?)\b/i,
  // A letter's closing courtesies: "Thank you for your confidence and your patience.", "I look forward to seeing
  // many of you at our annual meeting on May 7, 2026."
  /^(?:and )?(?:(?:thank you|thanks)(?: (?:again|once again|all))? for (?:your|all your) (?:confidence|support|patience|trust|continued support|loyalty|interest|time|attention)\b[^.!]{0,60}[.!]?$|(?:i|we) look forward to (?:seeing|meeting|welcoming|hearing from|speaking with|talking with) (?:many of |all of |each of )?you\b[^.!]{0,120}[.!]?$)/i,
  // A station's idents and handovers: "… you're listening to The Evening Edition, I'm …", "Welcome back.",
  // "Coming up after the six o'clock news …".
  /\byou(?:['’]re| are) listening to\b|^(?:welcome back|coming up (?:after|next|later|on)\b)/i,
  // "Hello and welcome to The Ledger Line, the show that …": a show's greeting.
  // "Thanks, Daniel.", "Happy to be here.", "Welcome, Priya.", "Priya Venkat, Hugh Calder, thank you both.": a
  // guest's welcome and thanks.
  new RegExp(
    String.raw`^(?:${PLEASANTRY})[.!]?(?:\s+(?:${PLEASANTRY})[.!]?)*$|\bthank you (?:both|all|everyone)[.!]?$`,
    'iu',
  ),
  /^(?:(?:hello|hi|good (?:morning|afternoon|evening))[,!]?\s+(?:and\s+)?)?welcome (?:back )?to (?:the|this|our|\p{Lu})/iu,
  // A call's hand-overs: "With that, I will hand over to Ilse", "Operator, we are ready for questions".
  /^(?:with that,?\s+|and\s+)?(?:(?:i|we)(?:['’]ll| will| would like to|['’]d like to)|let me) (?:now )?(?:hand|turn|pass)(?: (?:it|the call|things|the floor))?(?: back)? (?:over|back) to\b|^operator,? (?:we are|we['’]re) (?:now )?ready (?:for|to take) (?:questions|the first question)\b|^(?:our|the) (?:next|first) question (?:comes|is) from\b/i,
  /\b(?:welcome to (?:our|the|this) (?:live )?(?:coverage|blog)|(?:we|i)(?:['’]ll| will) (?:bring you|keep you (?:updated|posted)|be bringing you|be updating)|(?:stay|keep) with us\b|as (?:this|our) (?:live )?(?:blog|coverage) (?:draws|comes) to|(?:thanks|thank you)(?:,[^,]{1,20},)? for (?:reading|following|joining us)|we(?:['’]ve| have) been piecing together)/i,
];

/** True when a sentence describes where the document says what, not anything the document says. */
export function isSignpost(s: Pick<AnalyzedSentence, 'text'>): boolean {
  // "MARK FERRIS: Hello and welcome to …": a transcript's turn is read without its speaker's label (see
  // interview.ts).
  const text = s.text.trim().replace(TURN_LABEL, '');
  return SIGNPOST.some((re) => re.test(text));
}

/** "Table 1. Estimated effects …", "Source: national census 2021 …", "Note: estimates relative to …". */
const TABLE_FURNITURE = /^(?:table|figure|chart|exhibit)\s+[a-z]?\d+[.:]|^(?:sources?|notes?)\s*:/i;
/** A table's row read as text: at least this many numbers, making up at least this share of its words. */
const TABLE_ROW_NUMBERS = 3;
const TABLE_ROW_SHARE = 0.25;

/**
 * True when a "sentence" is a table's caption, source line or row as a PDF's text gives it ("Outcome Estimated
 * effect 95% confidence interval … −17.4% −20.7% to −14.1% 38 traffic counters"): no sentence to draft from.
 */
export function isTableText(s: Pick<AnalyzedSentence, 'text'>): boolean {
  const text = s.text.trim();
  if (TABLE_FURNITURE.test(text)) return true;
  const words = text.split(/\s+/).filter(Boolean);
  const numbers = words.filter((w) => /\d/.test(w)).length;
  if (numbers < TABLE_ROW_NUMBERS || numbers / words.length < TABLE_ROW_SHARE || /[.!?]["”]?$/.test(text))
    return false;
  // A table's cells stand side by side ("+8.6% +5.9%"); "Rents rose 38% between 2019 and 2024", a list item
  // without its full stop, puts words between its numbers.
  return words.some((w, i) => i > 0 && /\d/.test(w) && /\d/.test(words[i - 1] ?? ''));
}

/**
 * True when a paragraph is a figure's or table's caption ("Figure 2: Event-study estimates … Horizontal axis: …"):
 * every sentence of it describes the graphic, none states the article's point.
 */
export function isCaptionParagraph(p: Pick<AnalyzedParagraph, 'sentences'>): boolean {
  return CAPTION.test(p.sentences[0]?.text.trim() ?? '');
}
const CAPTION = /^(?:table|figure|fig\.|chart|exhibit|map|graphic)(?:\s+[a-z]?\d+[a-z]?[.:]|\s*:)/i;

/** True when a sentence ends on a colon: it introduces what follows and says nothing alone. */
export function isLeadIn(s: Pick<AnalyzedSentence, 'text'>): boolean {
  return LEAD_IN.test(s.text);
}

/**
 * A subheading as a slide title, when it states a point ("Carmakers have lost their nerve", "Budget gap
 * widens"): a complete clause with a subject, short enough not to copy the article at length. Questions and
 * labels ("What comes next", "A cautious central bank") give undefined.
 */
export function headingPoint(heading: AnalyzedSentence): string | undefined {
  // "1. The warning came after the water", "3.3 Provision has thinned out": a numbered heading's point is its words.
  // "4. The catch: small shops can opt out": a short label, then the point it introduces.
  const numbered = heading.text.trim().replace(SECTION_NUMBER, '');
  const labelled = HEADING_LABEL.exec(numbered);
  // ("Best for quiet rooms: Solvane Go 900" names a pick: a point says something in words of its own.)
  const point = labelled ? numbered.slice(labelled[0].length) : '';
  const text = labelled && /\s\p{Ll}/u.test(point) ? capitaliseFirst(point) : numbered;
  // "'An hour is a long time'": a quotation as a subheading has no speaker to give it.
  if (
    LABEL_HEADING.test(text) ||
    text.includes(':') ||
    /^["“'‘]/.test(text) ||
    wordCount(text) > MAX_TITLE_HEADING_WORDS
  )
    return undefined;
  const lexicon = lexiconFromTokens(heading.tokens);
  // "A plan built for scarcity": a noun and its participle, a label rather than a clause.
  if (onlyParticiples(text.split(/\s+/), lexicon) || participleLabel(heading)) return undefined;
  // "Rents and pay since 2019": a word after "and" that the tagger reads as the verb is the second topic.
  const words = text.split(/\s+/);
  const verb = words.findIndex((w) =>
    ['VERB', 'AUX'].includes(posOf(w.replace(/[^\p{L}'’-]/gu, ''), lexicon)),
  );
  if (verb > 0 && /^(?:and|or)$/i.test(words[verb - 1] ?? '')) return undefined;
  // "Joint zones have worked before", "The boundary will not be settled by waiting": a heading is whole, so a
  // closing adverb or gerund phrase, which in a cut text would open what was cut, only rounds the clause off.
  const clause = text.replace(CLOSING_ADVERBIAL, '');
  return isComplete(clause, lexicon) && statesPoint(text, lexicon) ? text : undefined;
}

/** "The catch: ", "Lesson two: ", "Why it matters: ": a heading's short label before the point it introduces. */
const HEADING_LABEL = /^(?:[\p{L}'’-]+\s){0,2}[\p{L}'’-]+:\s+(?=\S)/u;
const capitaliseFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "… before", "… by waiting": what may close a whole heading's clause after its verb. */
const CLOSING_ADVERBIAL = /\s(?:(?:by|without|from|through)\s\p{Ll}+ing|before|since|again)$/u;

/** Past participles, regular and common irregular ("designed", "built", "driven", "caught"). */
const PARTICIPLE = /(?:ed|en|wn|ne|lt|pt|ught|ung|ade|id)$/i;

/** "A plan built for scarcity": the first verb follows its noun as a participle, with no auxiliary. */
function participleLabel(heading: AnalyzedSentence): boolean {
  const tokens = heading.tokens.filter((t) => t.pos !== 'PUNCT');
  if (tokens.some((t) => t.pos === 'AUX')) return false;
  const at = tokens.findIndex((t) => t.pos === 'VERB');
  return at > 0 && tokens[at - 1]?.pos === 'NOUN' && PARTICIPLE.test(tokens[at]?.text ?? '');
}
