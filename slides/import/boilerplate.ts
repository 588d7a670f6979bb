/**
 * The one list of boilerplate a site wraps around an article: appeals, promos, share widgets, navigation,
 * credits, print-edition and letters lines, timestamps, comment counts and embedded social posts. Every importer
 * filters its blocks through {@link stripBoilerplate} (which uses {@link boilerplateKind}) and counts what it
 * dropped. Patterns are anchored and only ever match short blocks, so a body paragraph that mentions a newsletter
 * or quotes a post in running prose stays.
 */

import { parseByline } from './articleHead';
import { countWords, orderedRuns } from './normalise';

/** Blocks longer than this are body text even when they mention a newsletter or a photo. */
const MAX_BOILERPLATE_LENGTH = 320;
/** A sponsor read is one paragraph, up to this long. */
const MAX_SPONSOR_READ_LENGTH = 900;
/** Navigation lines: at least this many short items separated by `|`, `•`, `·` or `/`. */
const MIN_NAV_ITEMS = 3;
const MAX_NAV_ITEM_WORDS = 4;
const NAV_SEPARATOR = /\s+[|•·∙›»]\s+|\s+\/\s+/;
/** Breadcrumbs ("Business > Agriculture"): two or more short items joined by `>`, `›` or `»`. */
const BREADCRUMB_SEPARATOR = /\s+[>›»]\s+/;

const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** The start of a written date or time: "March 14, 2024", "14 March", "2024-03-14", "3/14/24", "2 hours ago". */
const DATE_START = `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}|${MONTH_NAME}\\s+\\d{1,2}\\b|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d+\\s+(?:minutes?|hours?|days?)\\s+ago)`;
/** "3:14pm GMT", "06:00": a time of day alone, the day being the page's date. */
const CLOCK_TIME = '\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s*\\(?[a-z]{2,5}\\)?)?\\.?';
/** What may follow a timestamp's date: the year, a time and zone, "by Name", "· 9 min read". Never a clause. */
const DATE_TAIL =
  '(?:,?\\s+\\d{4})?(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s*\\(?[a-z]{2,5}\\)?)?)?(?:\\s+by\\s+[^.,;]{2,60})?(?:\\s*[·|•—–]\\s*.*)?\\.?';
/** "— Name (@handle) March 3, 2024": the attribution line under an embedded post (X, Bluesky, Mastodon…). */
const POST_ATTRIBUTION =
  /(?:[—–]{1,2}|-{1,2})\s*[^()]{1,80}\(@[\w.]{1,60}(?:@[\w.-]+)?\)\s+(?:on\s+)?[^()]{3,40}\d{4}\s*$/u;
/** An embedded post's text is no longer than this (a long post with its attribution stays a paragraph). */
const MAX_POST_CHARS = 700;
/** Links an embedded post carries: "pic.twitter.com/…", "https://t.co/…". */
const POST_LINK = /\s*(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\w+/giu;

/** "Thread by @rheagridwatch on 18 Feb 2025": a pasted thread's head line, with its date. */
export const THREAD_HEAD = /^(?:🧵\s*)?(?:a\s)?thread by\s+@\w{1,30}(?:\s+on\s+(.+)|\b.{0,40})$/iu;
/** "7/18", "2/": a thread post's number on its own line. */
export const POST_NUMBER = /^\d{1,3}\s*\/\s*\d{0,3}$/;

/** Three or more contents entries, each a title, dot leaders and a page number. */
const CONTENTS_ENTRIES = /^(?:[^.]{2,120}\.{6,}\s*\d{1,3}\b\s*){3,}$/;

/** Named patterns; each matches a whole block (a line or a paragraph) that is not article content. */
export const BOILERPLATE_PATTERNS = {
  /** Newsletter calls: an imperative ("Sign up for …", "Get our … in your inbox") or an appeal to the reader. */
  newsletter:
    /^(sign[ -]?up|subscribe|register|get|join|follow)\b.{0,120}\b(newsletter|inbox|briefing|e-?mails?|updates)\b|\b(newsletter|briefing|updates)\b.{0,120}\b(sign[ -]?up|subscribe)\s+(now|today|here|free|below)\b|\bin your inbox\b|\b(sign[ -]?up|subscribe) (to|for) our\b.{0,60}\b(newsletter|briefing|updates)\b|^sign[ -]?up (to|for|now)\b|^(stay informed|get the newsletter)\.?$/i,
  /** Paywall and subscription offers: "Subscribe for $1 a week", "Subscribe to The Long View for four issues". */
  subscription:
    /^(subscribe|already a subscriber|already a paid subscriber|become a subscriber|get unlimited access|start your free trial|keep reading with a (\d+-day )?free trial|upgrade to paid|paid subscribers (get|receive|also get))\b|^[A-Za-z ]{1,30} is the home for great (culture|writing|writers)\b|[.!?]\s+subscribe (to|now|today|for)\b/i,
  donation:
    /^(please\s+)?(donate|support us|support our|become a (member|supporter|patron|subscriber))\b|^support [\p{L}'’]+\s*:|\b(support (our|independent|quality|local|public[- ]interest) (journalism|research|work)|help keep our journalism|make a (donation|contribution) (to|today)|donate (now|today))\b|(^|[.!]\s+)donate to\b|\bdepends on (readers|supporters|donors) like you\b/iu,
  readMore:
    /^(read more|read also|also read|more from [^.]{0,60}|more on this( story)?|see also|you may also like|you might also like|most read|most popular|most viewed|trending( now)?|popular now|recommended( for you| reading)?)\s*([:›»\-–—]|$)|^(read|more|watch|listen)\s*:\s|^\W{0,3}\s*listen to (our|the latest|this week['’]s|the) (podcast|episode|show)\b|^read more\b.{0,80}\b(at|on)\s+[\w-]+(\.[\w-]+)+\S*\.?$|^(previous|next|older|newer) (post|article|story|entry)\s*:|^if you (liked|enjoyed) this( post| piece| article| essay)?,? (you might|you may|you'll|you will) (also )?(like|enjoy)\b/i,
  /** A parliamentary record's furniture: "Volume 771: debated on Tuesday 14 October 2025", "Column 412",
   * "Hon. Members: Hear, hear!". */
  parliamentRecord:
    /^volume \d{1,5}\s*:\s*debated on\b[^.]{0,60}$|^col(?:umn)?s?\.?\s+\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:WH|WS|W)?$|^hon\.? (?:members|friends)\s*:\s*[^.]{0,30}[!.]?$|^(?:the )?(?:official |verbatim )?(?:hansard )?(?:record|report|transcript) of (?:the )?(?:debate|proceedings|sitting)s?\.?$|^hansard\b[^.]{0,60}\b(?:record|report|transcript)\b[^.]{0,40}\.?$|^question (?:put|proposed|accordingly agreed to|agreed to)(?:,? that\b[^.]{0,160})?\.?$/i,
  /** A judgment's cover sheet: its citation and case number, the court, the judges, the parties, counsel, the
   * hearing dates and the note of how it was handed down. */
  judgmentCover:
    /^neutral citation(?: number)?\s*:|^case no(?:s)?\.?\s*:|^in the (?:court of appeal|high court|supreme court|county court|crown court|court of session|family court|upper tribunal|first-tier tribunal)\b|^on appeal from\b|^royal courts of justice\b|^(?:before|between)\s*:?$|^(?:appellants?|respondents?|claimants?|defendants?|applicants?)$|^-\s*and\s*-$|^hearing dates?\s*:|^approved judgm?ent$|^this judgm?ent was handed down\b|\(instructed by [^)]{2,120}\) for the (?:appellant|respondent|claimant|defendant|applicant)s?\b|^crown copyright\b/i,
  /** A judgment's parties and judges, in capitals: "BRACKENRIDGE HOMES LIMITED Appellant", "LORD JUSTICE HALVERSON
   * LADY JUSTICE AMBERLEY and LORD JUSTICE TOVEY" (the judge's heading over their judgment ends on a colon). */
  judgmentParties:
    /^[\p{Lu}\d'’ .,&()-]{3,120}\s(?:[Aa]ppellants?|[Rr]espondents?|[Cc]laimants?|[Dd]efendants?|[Aa]pplicants?)$|^(?:(?:LORD|LADY|MR|MRS|MS|SIR|DAME)(?: JUSTICE)? [\p{Lu}'’-]+(?: [\p{Lu}'’-]+)?(?:,?\s+(?:and\s+)?)?)+$/u,
  related:
    /^related( (articles?|stories|content|coverage|reading|posts|research|links|topics))?\s*([:›»-]|$)/i,
  share:
    /^(share|tweet|email|print|save|bookmark|gift)( (this|on|via|to|article|story|for later)\b.*)?$|^share (on|via) |^share (full|the) (article|story|post|page)$|^(facebook|twitter|x|linkedin|whatsapp|reddit|telegram|email)(\s*[|•·,]\s*(facebook|twitter|x|linkedin|whatsapp|reddit|telegram|email|copy link))+$|^print this (page|article)$|^(?:(?:listen to this (?:article|story)(?:\s*\(\d+\s*min\))?|share|save|print|email|bookmark|gift|comments?(?:\s*\(\d+\))?|\d+\s*min(?:ute)? (?:read|listen)|copy link)\s*(?:[|•·]\s*|$)){2,}$/i,
  follow:
    /^follow (us|me|him|her|them|@\w+|[\p{L}. ]{1,40} on (twitter|x|facebook|instagram|linkedin|bluesky|threads|mastodon)|[\p{L}. ]{1,40} for (live |more |the latest |all the )?(coverage|updates|news|analysis))\b/iu,
  /** "A version of this article appears in print on …", "This essay appears in the Spring 2024 issue of …". */
  printEdition:
    /^(this (?:debate|article|essay|piece|interview|column|story|post|conversation) is (?:the \w+ )?(?:part|one) of (?:our|a|an|the) (?:\w+ )?(?:series|collection)\b|a version of this (article|story|essay|piece|review|column|interview|report) (appears|appeared|was published)\b|this (article|story|essay|piece|review|column|interview|report) (appears|appeared|was (first )?published) in (the )?(print|.{0,60}\b(edition|issue|magazine|newspaper))\b|(it )?(appeared|appears) in (the )?print edition\b|reprinted (with permission )?from\b|this (article|post|story|piece|essay) (was )?(originally|first) (published|appeared) (on|in|at|by)\b|originally (published|appeared) (on|in|at|by)\b|(first )?published in (the )?\p{Lu}[^.]{0,60}\b(page|edition|issue|section)\.?$)/iu,
  /** "SLUG: nitrogen-cap-feature | 1,450 words | Status: subbed", "PICTURE DESK: …": a newsroom's notes on a copy. */
  newsroomNote:
    /^(?:slug|catchline|word ?count|picture desk|photo desk|pix|subs|news desk|embargo(?:ed)?(?: until)?|pull ?quote(?: suggestion)?)\s*:/i,
  /** "03-Mar-2026 14:22 GMT [CW-SOFTS] [COFFEE] Share Save Print": a wire terminal's story codes. */
  wireCodes: /^(?=[^.!?]{0,200}$).*(?:\[[A-Z0-9][A-Z0-9-]{1,15}\]\s*){2,}/,
  /** "(Adds analyst forecasts, exporter comment)": a wire story's note of what its update changed. */
  wireUpdate:
    /^\((?:adds|updates|recasts|rewrites|refiles|corrects|changes|fixes|removes|inserts)\b[^()]{0,160}\)$/i,
  /** "Report 14/2026", "Research paper 24/07", "Policy Brief No. 27", "Campaign update no. 14", "Final report": a
   * document's number or kind on a line (or a part of one) of its own. */
  documentNumber:
    /^(?:report|(?:research |working |briefing )?paper)\s+(?:no\.?\s*)?\d{1,4}(?:[/-]\d{2,4})?$|^(?:[\p{L}-]+\s){0,2}(?:report|paper|brief|briefing|update|bulletin|note|issue|series)\s+(?:no\.|number|#)\s*\d{1,4}\.?$|^(?:final|interim|draft|annual|progress|technical|summary) report$/iu,
  /** "Philippa Oaksey, Auditor General, Aldermark Audit Office, 16 March 2026": who signed a report, and when. */
  signedLine:
    /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}, [^,.]{3,60}, [^,.]{3,80}, \d{1,2} \p{L}{3,9} \d{4}$/u,
  /** "Presented to Parliament pursuant to Section 11(2) of …": a public report's note of how it was laid. */
  laidReport:
    /^(?:presented to (?:parliament|the (?:house|assembly|senate|legislature))\b|(?:this|the) report (?:has been|was|is) (?:prepared|laid|presented) (?:under|pursuant to|before|in accordance with)\b|laid before (?:parliament|the (?:house|assembly))\b|ordered by the house\b.{0,60}\bto be printed\b)/i,
  /** Letters-to-the-editor and feedback calls. */
  letters:
    /^((?:contact|e-?mail) (?:the )?(?:author|writer|reporter)s?\s*:|we want to hear from you|we('d| would) (like|love) to hear (from you|what you think)|have (a|an) (response|reaction|view|opinion|comment|thought)s? (to|on|about) this\b|(send|write|submit) (us )?(a )?letters?( to the editor)?\b|write to us\b|letters to the editor\s*[:.]?$|to submit a letter\b)|\bletters@[\w.-]+/i,
  /** "This interview has been edited and condensed for clarity.", "Transcripts are provided for personal reference
   * only", "Figures may not sum because of rounding", "… and 407 further
   * signatories": notes on the document, not its text. */
  editorNote:
    /^([^.]{0,60}\btranscripts? (?:is|are) (?:provided|supplied|made available) for (?:personal|private|reference|information)\b|(?:figures|totals|percentages|components) may not (?:sum|add up)(?: to (?:the )?totals?| to 100(?:%| per ?cent)?)? (?:because|due) (?:of|to) rounding|\.{3} and \d[\d,]* (?:further|more|other) signatories\b|(this|the) (interview|conversation|transcript|q&a|discussion) (has been|was) (lightly )?(edited|condensed)|this is an? (lightly )?(edited|condensed|abridged|shortened) (transcript|version)\b|(this |the )?(interview|conversation) (has been )?(edited|condensed) for (length|clarity)|this (transcript|speech|text) (is|has been|was) (reproduced|republished|published|provided) (for|with|by)\b|transcript (provided|produced|prepared|supplied) (by|for)\b|\[[^\]]{3,200}\]$)/i,
  /** A speech's courtesies: "Check against delivery", "Thank you, Chair.", "Good morning, and thank you all for
   * coming …" and its thanks, thanks for help with the text. */
  speechCourtesy:
    /^check against delivery\.?$|^good (?:morning|afternoon|evening)\b[^.!?]{0,200}[.!?](?:\s+thank(?:s| you)\b[^.!?]{0,200}[.!?])*$|^thank you(?:,\s*(?:chair|chairman|chairwoman|madam chair|mr\.? speaker|madam speaker|everyone|all))?[.!](?:\s+(?:and\s+)?thank(?:s| you)\b[^.]{0,160}\.)?$|^(?:i|we) (?:would|should|want to|wish to)(?: like to)? thank\b[^.]{0,200}\b(?:preparing|drafting|writing) (?:these|this|the) (?:remarks|speech|text|lecture|address)\b/i,
  /** "This transcript was automatically generated and may contain errors." */
  transcriptNote:
    /^this transcript (?:was|has been|is) (?:automatically|machine|computer|ai|auto)[- ]?(?:generated|produced|transcribed)\b|^this transcript\b[^.]{0,120}\bmay contain (?:errors|mistakes|inaccuracies)\b|^\(?(?:the |this )?transcript (?:is|was) (?:preliminary|unofficial|unedited|provisional|uncorrected)\b|^(?:our |these |all )?transcripts? (?:are|is|was|were|have been) (?:produced|generated|made|created)\b[^.]{0,80}\b(?:automated|automatically|software|machine|ai|speech recognition)\b|^please check (?:against )?the (?:audio|recording|broadcast) before quoting\b|^this transcript (?:has been|was|is) (?:prepared|produced|made) from the (?:approved|official|original) (?:judgm?ent|record|text)\b/i,
  /** A programme's credits: "The Ward Round is produced by …", "Sound design by …", "A Kestra Public Radio production." */
  productionCredit:
    /^[Tt]his (?:story|article|report|piece|content|episode|feature) (?:was|is|has been) (?:produced|written|funded|supported|provided|made) (?:by|with|through|as part of|in (?:partnership|collaboration|association) with)\b|^(?:[\p{L}'’ ]{2,60} is (?:produced|presented|hosted|made|edited|mixed) by\s\p{Lu}|(?:produced|sound design|sound|music|mixed|mixing|edited|presented|hosted|transcript support) by\s\p{Lu}|(?:executive |senior |series )?(?:producer|editor)s?\s*:\s*\p{Lu}|(?:[Aa]n?|[Aa]nother) [\p{L}'’ ]{2,60} production\.)/u,
  /** A parliamentary paper's cover and office lines: the order to print, the committee's remit, its members, its
   * address for correspondence. */
  officeNotice:
    /^(?:contacts?\s*:\s*)?all correspondence (?:should|must|may) be (?:addressed|sent) to\b|^(?:committee|panel|board) members\s*:|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)) report of session\b|^(?:HC|HL|[A-Z]{2,3}) (?:paper )?\d{1,4}$|^telephone:? [+\d][\d ]{6,}.{0,80}$|^(?:current )?membership\s*:|^the (?:current )?staff of the (?:committee|commission|panel|inquiry) (?:are|is|were)\b|^the [\p{L}' ]{2,60} (?:committee|commission|panel) is appointed by\b|^report,? together with (?:formal )?minutes\b|^ordered by the house of [\p{L}]+ to be printed\b|^published on [^.]{3,40} by authority of the house\b/iu,
  /** A table of contents: "Summary ........ 2", its entries run together or on their own lines, and its heading. */
  contents: /^(?:(?:table of )?contents|in this (?:report|issue))$|\.{6,}\s*\d{1,3}\b/i,
  /** "The Ledger view is the collective opinion of The Northgate Ledger's editorial board." */
  boardNote:
    /^(?:the )?[\p{L}'’ ]{2,40} (?:view|leader|editorial)s? (?:is|are|represents?) the (?:collective |agreed )?(?:opinion|view|position)s? of (?:the )?[^.]{2,60}editorial board\b/iu,
  /** "The views expressed in this commentary are the author's own …" */
  disclaimer:
    /^(the )?(views|opinions) expressed (in this|here|are)\b|^(the )?views (expressed )?are (the author'?s?|my) own\b|^(any|all) (remaining )?(errors|mistakes)( and omissions)? (are|remain) (the authors?['’]?s?|my|our|their) (own|responsibility)\b|^(any|all) (remaining )?(errors|mistakes) (are|remain) (mine|ours|my own|our own)\b/i,
  /** "Cite as: Mercer, T. and Graves, A. (2024) …", "Suggested citation: …": how a paper asks to be cited. */
  citation:
    /^(?:cite (?:this (?:paper|report|article|brief|publication) )?as|suggested citation|recommended citation|how to cite(?: this (?:paper|report|article|brief|publication))?|please cite (?:this (?:paper|report|article|brief|publication) )?as)\s*:/i,
  /** "Vantry Journal of Environmental Policy · Vol. 12, No. 3 (2026) · pp. 211–229": a journal's running head. */
  journalHead: /\b(?:vol\.?|volume)\s*\d+\s*,?\s*(?:no\.?|issue)\s*\d+\b.{0,80}\bpp?\.\s*\d+/i,
  /** "All 81 seats declared", "Results are provisional until certified …": a results page's count and status. */
  resultsStatus:
    /^(?:all )?\d{1,4}(?: of \d{1,4})? (?:seats|constituencies|wards|districts|precincts|counties|states) (?:declared|counted|reporting|called)\.?$|^(?:all )?results (?:are|remain) (?:provisional|unofficial|preliminary|subject to (?:change|certification|recount))\b[^.]{0,80}\.?$/i,
  /** "Corresponding author: …", "Received 3 March 2026; accepted 9 June 2026": a paper's correspondence and history. */
  paperHistory:
    /^corresponding author\s*:|^(?:received|submitted|accepted|revised|published online)\s*:?\s*\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\b[^.]{0,120}$/iu,
  /** "Acknowledgements: The authors thank …": a paper's thanks under their label, however long they run. */
  acknowledgements:
    /^acknowledge?ments?\s*:\s|^(?:thanks|many thanks|thank you) to [^.]{1,160}? for (?:reading|reviewing|commenting on|comments on|feedback on|their comments|their feedback|help with|helping with) (?:early |earlier )?(?:drafts?|versions?|this|an? )/i,
  /** A news agency's credits: "(Reporting by X in Y; Editing by Z)", its contact line, its standards link. */
  agencyCredit:
    /^\(?(?:(?:additional )?reporting|writing|editing|compiled|graphics|research) by\b[^()]*\)?\.?$|^\(\([^()]*@[^()]*\)\)$|^our standards\s*:/i,
  /** A review's details of the book: "The Dry Years by Ana Holm, Quarry & Finch, 320pp, £25". */
  bookDetails: /\bby\s\p{Lu}[^,]{1,60},\s[^,]{2,60},\s\d{2,4}\s?pp\b|\b\d{2,4}\s?pp\.?,\s[£$€]\s?\d/u,
  /** A court's press summary's notices: "References in square brackets are to paragraphs in the judgment", "This
   * summary is provided to help in understanding the Court's decision", "Judgments are public documents …". */
  courtNotice:
    /^(?:references in (?:square )?brackets are to paragraphs\b|(?:note\s*:\s*)?this (?:press )?summary is provided to (?:help|assist)\b|it does not form part of the reasons\b|the full judgment of the court is the only authoritative\b|judgments are public documents\b)/i,
  /** A company's registration line: "Registered office: 1 Quarry Road, Askeby. Registered in Aurland No. 2219804." */
  companyNotice:
    /\b[Rr]egistered office\s*:|\b[Rr]egistered in (?:(?:\p{Lu}\p{L}+|and)\s){1,4}(?:under )?(?:[Cc]ompany )?(?:[Nn]o\.?|[Nn]umber)\s*:?\s*\d/u,
  /** A report's legal small print: "This report … is for information purposes only", "Past performance is …". */
  legalNotice:
    /^(?:this (?:report|material|document|publication|note) (?:is|has been) (?:prepared |provided |issued )?(?:by [^.]{1,80} )?for (?:general )?information(?:al)? purposes only\b|past performance is not (?:a guide|indicative|a reliable indicator)\b)/i,
  /** "Disclosure: Fenwick Street Research is an independent research provider …": a report's declarations. */
  // (A disclosure without its label is told by what it declares: see DISCLOSURE_STATEMENT.)
  disclosure: /^(?:important )?(?:disclosures?|analyst certification|conflicts? of interest)\s*:/i,
  /** "Adjusted operating margin … are non-GAAP measures.", "Reconciliations are provided in the Annual Report.",
   * "This letter contains forward-looking statements …": a company's notes on its own figures. */
  financialNote:
    /^[^.]{0,120}\b(?:is|are) (?:an? )?non-(?:gaap|ifrs) (?:financial )?measures?\b|^reconciliations?\b[^.]{0,80}\b(?:are|is) (?:provided|available|set out|included|given)\b|^this (?:letter|report|document|release|presentation|communication) (?:contains|includes|may contain) (?:certain )?forward-looking statements\b|^forward-looking statements\s*:?$/i,
  /** A memo's handling lines: "Ref: SCRU/2025/114 · Copy 3 of 12 · Handling: …", "Distribution: …", "Our ref: …". */
  handling:
    /^(?:(?:our |your )?ref(?:erence)?\.?\s*:\s*[\p{Lu}\d][\p{Lu}\d/._-]{3,}|(?:our |your )?ref\.?\s+(?=[\p{Lu}\d/._-]*\/)[\p{Lu}\d][\p{Lu}\d/._-]{3,}|copy \d+ of \d+\b|handling(?: instructions)?\s*:|distribution(?: list)?\s*:|protective marking\s*:|report (?:reference|ref\.?|number|no\.?)\s*:\s*[\p{Lu}\d][\p{Lu}\d/._-]{3,}|prepared by (?:the |our )?[\p{Lu}][\p{L}'’ &-]{2,60}(?:team|unit|desk|service|group|division|department)\.?$)/iu,
  /** A paper's front matter: "Correspondence: …", "Received 3 June 2024; accepted 19 November 2024". */
  paperFront:
    /^correspondence(?: to| address)?\s*:|^received:?\s+\d{1,2}\s+\p{L}+\s+\d{4}\s*[;,]\s*(?:revised|accepted)\b/iu,
  /** A letter's copy list: "cc: Ronan Keir-Maddox, Chief Executive, Caledmar Ferries". */
  copyList: /^(?:to\s*:\s[^.!?:]{1,120}\s)?cc\s*:\s/i,
  /** A statistical release's schedule: "Next release: 12 August 2025", "Release times are 09:00 local time". */
  releaseSchedule:
    /^(?:next (?:release|report|update|issue|edition)|release date|date of next (?:release|report|update))\s*:|^release times? (?:is|are) \d|^[^.]{0,60}\b(?:are|is) (?:published|produced|released) (?:\w+ )?in accordance with the code of practice\b/i,
  /** "Published on the Association's website and Facebook page, 21 October 2025": where a letter was put out. */
  publishedOn:
    /^published (?:on|in) (?:the|our|its) [^.]{1,80}\b(?:website|site|page|blog|channels?)\b[^.]{0,60}$/i,
  /** "Varrowby City Region Authority – Speeches": the site's section a page was filed under. */
  siteSection:
    /^\p{Lu}[\p{L}'’&.,\s-]{2,80}\s[–—|]\s(?:speeches|news(?:room)?|press (?:releases?|office|statements?)|statements|media (?:centre|center|releases?)|announcements)$/iu,
  /** "Introduced by Rhiannon Feldt, Comment Editor": who presents a debate, not part of it. */
  presenterCredit:
    /^(?:[Ii]ntroduced|[Pp]resented|[Cc]haired|[Mm]oderated|[Cc]ompiled) by \p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3}(?:,\s[^.]{1,60})?\.?$/u,
  /** "Correction: An earlier version of this article said …": the publisher's notice of a fix, not content. */
  correction:
    /^(?:correction|clarification|editor['’]s note)(?:,\s[^:]{1,40})?\s*:\s*(?:an earlier|a previous|this (?:article|story|report|piece)|an? (?:earlier|previous))\b|^an? (?:earlier|previous) version(?: of this (?:article|story|report|piece|review))? (?:said|stated|gave|misstated|wrongly|incorrectly|referred)\b/i,
  /** "Have you been affected by …? Contact the investigations team at …": an appeal for readers' tips. */
  readerCall:
    /^(?:need|want) (?:a )?(?:quote|comment|interview|an expert) (?:from|with)\b.{0,200}(?:@|\bcontact\b|\be-?mail\b)|^(?:have you been affected|were you affected|do you have (?:information|a story|a tip|a question)|got a (?:story|tip|question)|have a question|(?:spotted|spot|seen|see|found) (?:an? )?(?:error|mistake|typo)|(?:any )?(?:more )?questions\?|if you have been affected)\b.{0,200}\b(?:contact|e-?mail|get in touch|reach us|tell us|write to)\b/i,
  /** A bio's second sentence on its own: "Her main research focus is …". */
  researchFocus: /^(his|her|their) (main |primary )?(research|academic) (focus|interests?)\b/i,
  /** "Updated March 14, 2024, 10:28am EST", "Updated 3:14pm GMT", "Published 18 August 2024, 06:00", "Posted on 14 February 2024 by …". */
  timestamp: new RegExp(
    `^(?:updated|published|posted|filed|last (?:updated|modified)|first published|modified)(?: on)?\\s*:?\\s+(?:${DATE_START}${DATE_TAIL}|(?:at\\s+)?${CLOCK_TIME})$`,
    'i',
  ),
  /** "6 min read", "Listen to this article · 6 min": a page's reading and listening widgets. */
  readingTime:
    /^\d+\s*(-\s*)?min(ute)?s?\.?\s+read$|^listen to this (?:article|story|piece|post)\b[^.!?]{0,30}$|^listen\s*[·|(-]\s*\d+\s*min/i,
  /** "JEL codes: R41, R48", "Keywords: congestion pricing; air quality": a paper's indexing lines. */
  indexTerms: /^(?:jel (?:classification|codes?)|key ?words|subject terms)\s*:/i,
  /** "This story is being updated.": a live story's notice, not its content. */
  liveUpdate:
    /^(this|the) (story|article|page|report|post|timeline|tracker|explainer|live blog|list) (is being|will be|has been|is) (updated|developing)\b.{0,60}$|^(live\s*[–—-]\s*)?(this|the|our) (live )?(blog|page|coverage) (is|has) (now )?(closed|ended|finished)\.?$|^(this|the) (story|article|page|report|post|review|brief|analysis|piece|essay|paper) (was|has been) (updated|amended|corrected) (on|at|to|since)\b.{0,240}$/i,
  comments:
    /^(\d[\d,]*\s+comments?|comments?\s*\(\d+\)|view (all )?\d*\s*comments|(join|read) the (conversation|discussion)|leave a (comment|reply)|show comments)$|^comments are (moderated|closed|open|reviewed)\b.{0,120}$/i,
  /** The attribution line of an embedded post: "— Lucia Ferrer (@LuciaFerrerNeph) March 3, 2024". */
  socialPost: new RegExp(`^${POST_ATTRIBUTION.source}`, 'u'),
  /** A pasted thread's furniture: "Thread by @handle on 18 Feb 2025", a post's number ("7/18"), its counts
   * ("💬 52 🔁 611 ❤️ 2.3K"), the profile's "Views my own." and the closing "(end) Thanks for reading." */
  thread: new RegExp(
    [
      THREAD_HEAD.source,
      POST_NUMBER.source,
      String.raw`^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*[\d.,]+\s*[KkMm]?\s*)+$`,
      String.raw`^.{0,200}\b(?:views|opinions)(?: are)?(?: (?:my|all my|mine|all mine))? own\.?$`,
      String.raw`^\(end\)`,
      String.raw`^enjoy(?:ed|ing) this (?:thread|post)\?`,
    ].join('|'),
    'iu',
  ),
  /** An obituary's closing credits: "This obituary was written by …", "An earlier version was prepared in 2022 …".
   * (Its line of dates, "Helga Brannvik, economist, born 3 May 1938; died 12 January 2025", is the life it
   * sums up, and may be the only place the death is dated: it stays.) */
  obituaryCredit:
    /^[*_]*this obituary (?:was|is|has been) (?:written|prepared|compiled|updated)\b|^an? (?:earlier|previous) version (?:of this obituary )?was (?:prepared|written)\b/i,
  /** A live page's rota of writers: "Hannah Corrigan (now) and Ben Toller (earlier) Last updated: …". */
  liveRota:
    /^[\p{L}.' -]{2,60}\((?:now|earlier|until \d{1,2}[:.]\d{2})\)(?:\s*(?:and|,)\s*[\p{L}.' -]{2,60}\((?:now|earlier|until \d{1,2}[:.]\d{2})\))*/iu,
  /** An embedded post's counts: "412 reposts · 1.1K likes". */
  postCounts:
    /^(?:[\d.,]+\s*[KkMm]?\s+(?:reposts?|retweets?|likes?|replies|reply|quotes?|comments?|shares?|views?|bookmarks?|boosts?|favou?rites?)\s*(?:[·|•,]\s*)?)+$/i,
  /** A line that is only a handle or only post links. */
  socialHandle:
    /^@[\w.]{1,30}$|^(?:(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\w+\s*)+$|^[^@\n]{1,60}\s@\w{1,30}\s*·\s*(?:\w{3,9}\.? \d{1,2}(?:, \d{4})?|\d+[smhd])$/i,
  poweredBy: /^(proudly )?powered by\b/i,
  /** A newsletter e-mail's own lines: "View this email in your browser", "You are receiving this email because …". */
  emailChrome:
    /^(?:view (?:this|it) (?:email |newsletter |issue )?(?:in|on) (?:your|a|the) (?:web )?browser|you(?:'re|’re| are) receiving this (?:email|newsletter|message)\b|enjoying [^?]{1,60}\?\s*(?:forward|share|subscribe)\b|(?:to )?unsubscribe\b)|^(?:-{2,}\s*)?(?:forwarded message|original message|begin forwarded message)\s*:?\s*(?:-{2,})?$|^please consider the environment before printing\b|^working (?:pattern|days|hours)\s*:|^this (?:e-?mail|message)(?: and any (?:attachments?|files)(?: transmitted with it)?)? (?:is|are|may be) (?:confidential|private|intended (?:solely|only))\b|^(?:e-?mail )?communications? (?:with|to|from) [^.]{2,80} (?:may|will) be (?:monitored|recorded|intercepted)\b/i,
  /** A letter's greeting: "Dear members of the Board,". */
  salutation: /^(?:dear|hi|hello|hey)\s[^.!?]{1,40}[,:!]$|^\p{Lu}\p{Ll}+,$/iu,
  /** A letter's close: "Yours faithfully,", "Kind regards," (the signature under it goes too: see SIGNATURE_LINES). */
  signOff:
    /^(?:yours (?:faithfully|sincerely|truly)|sincerely(?: yours)?|(?:kind|best|warm|with best) (?:regards|wishes)|with thanks)[,.]?$/i,
  /** "This document is also available in large print, easy read and audio formats on request." */
  otherFormats:
    /^this (?:document|publication|consultation(?: paper| document)?|report|paper|leaflet|summary|guide) is (?:also )?available in (?:large print|braille|easy read|audio|other|alternative|accessible)\b/i,
  /** A publisher's contact lines: "Call 0300 555 0192 (Monday to Friday, 9am to 5pm) or email …", "Post: …". */
  contactLine:
    /^(?:call|phone|telephone|tel\.?|ring)\s*:?\s*\+?[\d(][\d ()-]{6,}\d\b|^(?:post|postal address|by post|write to)\s*:\s|^(?:e-?mail|email us)\s*:?\s*[\w.+-]+@[\w-]+\.[\w.-]+\.?$/i,
  /** A postal address on its own: "Carrick House, 18 Mercer Street, Port Aldery EM1 3RT", its postcode near its end. */
  postalAddress:
    /^[^.!?]{2,200},\s[^.!?]{2,200}\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b(?:[,\s]+[^\s!?]*)?$|^(?!.*\b(?:is|are|was|were|will|has|have|had|would)\b)[^!?]{5,300}\s[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\.?$/,
  /** "We may earn a commission when you buy through links on our site.": a review's affiliate disclosure. */
  affiliate:
    /^we (?:may )?(?:earn|receive|get) (?:a (?:small )?)?(?:commission|affiliate (?:fee|commission)s?)\b|^prices? (?:at|correct at|accurate at) (?:the )?time of (?:writing|publication)\b|^(?:learn more about )?how we test\b|\bcheck (?:the )?(?:latest )?price (?:at|on)\b|^prices? (?:and availability )?(?:are |were )?(?:accurate|correct) (?:as of|at)\b|^rating\s*:\s*[★☆✩✭½\d]/i,
  /** An interactive graphic's placeholder: "Loading interactive content…", "If the map does not load, view it …". */
  interactive:
    /^(?:please )?(?:turn on|enable|activate) javascript\b.{0,60}$|^javascript (?:is )?(?:required|disabled)\b.{0,60}$|^loading\b[^.…]{0,40}(?:…|\.\.\.)|^if (?:the|this) (?:map|chart|graphic|graphics|video|interactive|table|visuali[sz]ation)\b[^.]{0,40}\b(?:does not|doesn['’]t|do not|don['’]t|fails? to) (?:load|display|appear|show)\b/i,
  /** "Rosa's name has been changed to protect her identity.", "Some names have been changed." */
  nameChanged:
    /^(?:\*\s*)?(?:(?:some|all|their|his|her|[\p{Lu}][\p{L}'’-]+['’]s?)\s)?(?:first\s)?names? (?:has|have) been changed\b[^.]{0,80}\.?$/iu,
  /** A call transcript's running order: "Duration: 58 minutes". */
  callAdmin:
    /^(?:call )?duration\s*:\s*\d+\s*(?:minutes?|mins?)\.?$|^[\p{L}\d.&' -]{1,60}\s(?:earnings|conference|investor) call (?:for|covering) the (?:period|quarter|fiscal (?:year|quarter)|three months|half[- ]year) (?:ending|ended)\b[^.]{0,40}\.?$/iu,
  /** A horizontal rule typed as text ("---", "* * *"): a separator, never content. */
  rule: /^[-–—_*=~·•\s]{3,}$|^--$/,
  /** A menu of bare section names: "Home Posts Talks About RSS". */
  menu: /^(?:(?:home|posts?|blog|articles|talks|about(?: me| us)?|rss|feed|archives?|contact(?: us)?|projects|search|menu|tags|categories|newsletters?|subscribe|now|uses|portfolio|news|opinion|world|business|sports?|culture|science|health|politics|climate|tech(?:nology)?|video|podcasts?|events|research|experts)\s*){3,}$/i,
  /** A cookie banner: its notice ("We and our 87 partners use cookies …") and its buttons ("Accept all"). */
  cookies:
    /\b(we use cookies|(we|and our (\d+ )?partners) (use|store) cookies|this (web)?site uses cookies|cookie (policy|settings|preferences)|accept (all )?cookies)\b|^(accept|reject|allow|decline|refuse) all$|^manage (settings|preferences|cookies|choices|consent)$/i,
  /** "© 2026 …", "All rights reserved", "Text licensed under CC BY 4.0": whose the words are, and on what terms. */
  copyright:
    /^(©|\(c\)\s|copyright\b|all rights reserved\b)|^(?:(?:the |all |this )?(?:text|content|work|post|article|page|site|blog)s?(?: (?:is|are|on this (?:site|blog|page)(?: is| are)?))? )?(?:licen[sc]ed|available|published|released) under (?:a |the )?(?:creative commons|cc[ -]by|cc0)\b|^(?:reproduced|republished|used|published|made available) under (?:the |a |an )?[^.]{2,60}\blicen[cs]e\b(?:\s+v?\d+(?:\.\d+)*)?\.?$/i,
  /** A memo's handling lines: "Distribution: Regional desks only", "Not for release outside …", "This product was
   * prepared for …", "All persons and places named are fictional". */
  handlingNotice:
    /^(?:distribution|dissemination|handling|releasability)\s*:\s*[^.]{2,120}\.?$|^not for (?:release|distribution|publication|circulation)\b[^.]{0,120}\.?$|^this (?:product|document|assessment|memo(?:randum)?|paper) (?:was|has been|is) (?:prepared|produced|written) for\b[^.]{0,120}\.?$|^all (?:persons|people|names|characters|places)\b[^.]{0,80}\b(?:are|is) (?:fictional|fictitious|invented)\.?$/i,
  /** A document's protective marking, alone on its line and in capitals: "UNCLASSIFIED // FOR TRAINING",
   * "OFFICIAL-SENSITIVE", "Classification: RESTRICTED" (a heading "Confidential" is no marking). */
  classification:
    /^(?:[Cc]lassification\s*:\s*)?(?:TOP SECRET|SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED|OFFICIAL(?:[- ]SENSITIVE)?|FOR OFFICIAL USE ONLY)(?:\s*(?:\/\/|:|[–—-])\s*[\p{Lu}\d ,/-]{1,60})?$/u,
  advertisement:
    /^((skip )?advertisement|advertising|sponsored( content)?|ad|paid content|story continues below( advertisement)?|scroll to continue)\.?$/i,
  clickHere: /^click here\b|\bclick here to\b/i,
  /** A show's or a newsletter's sponsor read: "… is supported by Tallowmere Coffee. … 20% off with the code …". */
  sponsorRead:
    /\b(?:is|are) (?:supported|sponsored|brought to you|made possible) by\b[^]{0,600}\b(?:(?:promo|discount|offer) )?code\s+[A-Z0-9]{3,}\b|\b(?:is|are) (?:supported|sponsored|brought to you|made possible) by\b[^]{0,600}\b\d{1,2}\s?(?:%|per ?cent) off\b/u,
  /** A report's cover list of who wrote it ("Commissioners: Dr Ruth Okonjo-Harte (chair), Gareth Pembury, …"). */
  contributors:
    /^(?:commissioners|contributors|panel members|steering group|advisory (?:board|group|panel)|project team|research team|authors)\s*:\s*\p{Lu}[^.:]{2,400}$/iu,
  photoCredit:
    /^(photo|image|picture|photograph|illustration|video|graphic)(s)?( credit| caption)?\s*(:|by\b)|^credit\s*:\s*[a-z][^.]{0,60}(\/|\bfor\b)[^.]{1,60}$|^logo(?: of\b|\s*:)|^\(?(getty images|afp|reuters|ap photo|shutterstock|epa|alamy)[^)]*\)?$|\((getty images|afp|reuters|ap photo|epa)[^)]*\)$/i,
  /** A caption ending in its credit: "… lies aground. Photograph: Lars Bjerre/Northern Ledger" (a name, not a clause). */
  captionCredit:
    /\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)s?(?: [Cc]redit)?\s*:\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*(?:\s*\/\s*[^.]{1,60}|\s+for\s+[^.]{1,60})?$/u,
  skipLink:
    /^(skip to (main )?content|jump to|back to top|menu|search|log ?in|sign ?in|home|continue reading|copy link|reuse this content|explore more on (these|this) topics?|page \d{1,4}( of \d{1,4})?|enter your e-?mail( address)?)$/i,
  /** A platform's own links under a post ("Start Writing", "Get the app") and a teaser for paying readers. */
  platformPromo:
    /^(?:start writing|get the app|download the app|open in app|read in app)$|^p\.?\s?s\.?[:\s]|^(?:next week|next time|coming up|in the next (?:issue|post)),? for paid subscribers\b/i,
  /** A row of account controls ("Subscribe Log in Search"). */
  accountBar:
    /^(?:(?:subscribe|log ?in|log ?out|sign ?in|sign ?up|register|search|menu|my account|account)\b\s*){2,}$/i,
  /** "← Previous: Why we stopped … · Next: Notes on … →": a blog's links to its neighbouring posts. */
  postNavigation:
    /^(?:[←‹«]\s*(?:previous|prev|older|newer|next)\b|(?:previous|older|newer)(?: (?:post|article|story|entry))?\s*:|next (?:post|article|story|entry)\s*:).{0,240}$/i,
  /** "Topics: A | B", "Tags: …" lines. */
  topics: /^(topics|tags|filed under|more about)\s*:/i,
} as const satisfies Record<string, RegExp>;

/** The name of a boilerplate pattern. */
export type BoilerplateKind = keyof typeof BOILERPLATE_PATTERNS | 'navigation';

/** Returns which kind of boilerplate a block is, or undefined when it is (or may be) article content. */
export function boilerplateKind(block: string): BoilerplateKind | undefined {
  // A table of contents run into one block is as long as its entries.
  if (CONTENTS_ENTRIES.test(block)) return 'contents';
  // A sponsor read runs as long as a paragraph, and says so.
  if (block.length <= MAX_SPONSOR_READ_LENGTH && BOILERPLATE_PATTERNS.sponsorRead.test(block))
    return 'sponsorRead';
  if (block.length > MAX_BOILERPLATE_LENGTH) return undefined;
  if (isNavigationLine(block)) return 'navigation';
  const kind = patternKind(block);
  if (kind) return kind;
  // "Reporting period: 2–15 February 2026 | Issued: 17 February 2026 | Next report: 3 March 2026": a line of parts,
  // each a date field or small print. (A block of small-print sentences: see furnitureSentences.)
  // "Fenwick Institute for Regional Policy · Policy Brief No. 27 · June 2025": with a part of small print in it,
  // the publisher's name and a bare date are the same line's furniture.
  const parts = block.split(PART_SEPARATOR).map((p) => p.trim().replace(/\.$/, ''));
  const small = parts.map((p) => patternKind(p)).find(Boolean);
  const furniture = (p: string) =>
    DATE_FIELD.test(p) ||
    patternKind(p) ||
    (small && (BARE_DATE.test(p) || (NAME_PART.test(p) && BODY_NAME.test(p))));
  if (parts.length > 1 && parts.every(furniture)) return small ?? 'timestamp';
  return undefined;
}

/** The first pattern a block matches, whole. */
function patternKind(block: string): BoilerplateKind | undefined {
  for (const [kind, pattern] of Object.entries(BOILERPLATE_PATTERNS)) {
    if (pattern.test(block)) return kind as BoilerplateKind;
  }
  return undefined;
}

/** The separators of a line of parts: "Issued: 17 February 2026 | Next report: 3 March 2026". */
const PART_SEPARATOR = /\s+[|·•]\s+/;
/** "Issued: 17 February 2026", "Reporting period: 2–15 February 2026": a labelled date, one part of such a line. */
const DATE_FIELD = new RegExp(
  `^[\\p{L} ]{2,30}:\\s*(?:${DATE_START}|\\d{1,2}\\s*[–-]\\s*\\d{1,2}\\s+${MONTH_NAME})(?:,?\\s+\\d{4})?$`,
  'iu',
);

/** "June 2025", "14 October 2025": a date alone. */
const BARE_DATE = new RegExp(`^(?:\\d{1,2}\\s+)?${MONTH_NAME}\\s+\\d{4}$`, 'i');
/** "Fenwick Institute for Regional Policy": a name of capitalised words, no clause. */
const NAME_PART = /^\p{Lu}[\p{L}'’&-]*(?:\s(?:(?:of|for|and|the|on|de|&)\s)*\p{Lu}[\p{L}'’&-]*){0,7}$/u;

/** A body's name, not a person's: "Fenwick Institute for Regional Policy" (a credit line's author is read, not dropped). */
const BODY_NAME =
  /\b(?:Institute|University|Centre|Center|School|College|Department|Foundation|Commission|Council|Observatory|Laboratory|Trust|Bank|Agency|Authority|Ministry|Office|Group|Association|Society|Partnership|Network|Forum|Alliance|Coalition|Campaign|Advisory|Economics|Policy)\b/;

/** A line of short menu items separated by `|`, `•` and the like. */
export function isNavigationLine(block: string): boolean {
  const crumbs = block.split(BREADCRUMB_SEPARATOR);
  if (crumbs.length >= 2 && crumbs.every(isMenuItem)) return true;
  const items = block.split(NAV_SEPARATOR);
  return items.length >= MIN_NAV_ITEMS && items.every(isMenuItem);
}

function isMenuItem(item: string): boolean {
  const words = item.trim().split(/\s+/).filter(Boolean).length;
  return words > 0 && words <= MAX_NAV_ITEM_WORDS;
}

/** What {@link stripBoilerplate} leaves: the kept blocks, how many were dropped, and the blocks after an "About the author" heading. */
export interface StrippedBlocks {
  kept: string[];
  dropped: number;
  /** Blocks under a closing "About the author(s)" heading: credits, possibly holding the author's bio. */
  credits: string[];
  /** The lines dropped under a letter's sign-off: its signer's name, post and address. */
  signature: string[];
}

/**
 * Drops boilerplate blocks and embedded social posts, cuts the page at an "About the author" heading, and
 * removes post links ("pic.twitter.com/…") from the blocks it keeps.
 */
/** "Photograph: Joaquim Leal/Meridian Ledger": a picture's credit, under its caption. */
const PICTURE_CREDIT = /^(?:photo|photograph|image|picture)s?(?: credit)?\s*(?::|by\b)/i;
/** A picture's caption runs to at most this many words. */
const CAPTION_WORDS = 40;
/** A byline sits within this many blocks of the top. */
const BYLINE_DEPTH = 6;

export function stripBoilerplate(given: readonly string[]): StrippedBlocks {
  // "History[edit]": an encyclopedia heading's edit link, kept when a page was pasted as text.
  const blocks = given.map((block) => block.replace(EDIT_LINK, ''));
  // "###" or "-- ENDS --" closes a release; with another one below it, it only closed the statement above a press
  // conference's transcript, and the last one ends the page.
  const lastEndMark = blocks.findLastIndex((block) => END_MARK.test(block));
  const end = blocks.findIndex(
    (block, i) =>
      i > 0 &&
      ((END_OF_ARTICLE.test(block) &&
        !(END_MARK.test(block) && i < lastEndMark) &&
        !contentsEntry(i, blocks.length)) ||
        TRANSCRIPT_FOOTER.test(block) ||
        INLINE_BIO.test(block)),
  );
  const body = end > 0 ? blocks.slice(0, end) : [...blocks];
  // "About the author: Tomás Reyes has reviewed …": the bio under its label is a credit itself.
  const inlineBio = INLINE_BIO.exec(blocks[end] ?? '');
  const credits =
    end <= 0
      ? []
      : inlineBio
        ? [(blocks[end] ?? '').slice(inlineBio[0].length), ...blocks.slice(end + 1)]
        : blocks.slice(end + 1);
  const drop = new Set<number>(contentsLines(body));
  // How many blocks before the one read are dropped (those are settled by the time it is read).
  let droppedBefore = 0;
  const signature: string[] = [];
  body.forEach((block, index) => {
    // "By Ruth Adeyemi | Opinion | The Courier | 18 February 2027": a byline near the top, with its separators,
    // is the article's head (read by the assembler), not a navigation bar.
    const byline = index < BYLINE_DEPTH && parseByline(block) !== undefined;
    // "Gideon Ashcombe-Frey, candidate for mayor, in a televised debate, 12 February 2025" under a quotation says
    // who said it, and when: a fact-check's claim, not a report's signature.
    const kind = boilerplateKind(block);
    const credit = kind === 'signedLine' && /^[“"‘']/.test(body[index - 1] ?? '');
    if (kind !== undefined && !byline && !credit) drop.add(index);
    // A closing "Disclosure: …" or "Acknowledgements: …" paragraph runs long, and is small print whatever its length.
    const closing = index >= body.length - CLOSING_NOTICE_DEPTH;
    if (
      closing &&
      (BOILERPLATE_PATTERNS.disclosure.test(block) || BOILERPLATE_PATTERNS.acknowledgements.test(block))
    )
      drop.add(index);
    // "Brisk advised the union on an earlier case. She has no involvement in …": a writer's declaration under
    // the byline or at the foot of the page, without its label.
    if (
      (index < BYLINE_DEPTH || closing) &&
      block.length <= MAX_BOILERPLATE_LENGTH &&
      DISCLOSURE_STATEMENT.test(block)
    )
      drop.add(index);
    if (isEmbeddedPost(block)) drop.add(index);
    // A report's cover carries its notices too ("… is an independent commission … © … may be reproduced"), below
    // its contents list and the notes of how it was laid, which count for nothing here.
    if (drop.has(index - 1)) droppedBefore++;
    if (furnitureSentences(block, closing || index - droppedBefore < BYLINE_DEPTH)) drop.add(index);
    if (closing && appealUnderItsCall(block)) drop.add(index);
    // "Yours faithfully," then the writer's name and address, a line each, or in one block where a document
    // breaks its lines inside a paragraph ("Margit Solheim / Chief Executive Officer / …").
    // "Euan", then "Euan Ruthven" and his post: an e-mail signed with the first name, then the signature block.
    // ("--" on its own line is where an e-mail's signature starts.)
    const next = SIGNATURE_MARK.test(body[index + 1] ?? '') ? body[index + 2] : body[index + 1];
    const signedName =
      LONE_NAME.test(block) && (next ?? '').startsWith(`${block} `) && PERSON_LINE.test(next ?? '');
    if (signedName) drop.add(index);
    if (BOILERPLATE_PATTERNS.signOff.test(block) || SIGNATURE_MARK.test(block) || signedName) {
      let words = 0;
      for (const [i, line] of body.slice(index + 1, index + 1 + SIGNATURE_LINES).entries()) {
        words += countWords(line);
        // "Morag Tulloch, Chair, … / Euan Strachan, Secretary, …": several signers' lines may come as one block.
        const limit = i === 0 ? SIGNATURE_WORDS * MAX_SIGNERS : SIGNATURE_WORDS * SIGNATURE_LINES;
        if (words > limit || /[.!?]$/.test(line)) break;
        drop.add(index + 1 + i);
        signature.push(line);
      }
    }
    // "Related stories", then a headline a line: the promoted stories, however many, up to the next sentence.
    if (PROMO_HEADING.test(block))
      for (const [i, line] of body.slice(index + 1, index + 1 + PROMO_LINES).entries()) {
        if (countWords(line) > PROMO_HEADLINE_WORDS || /[.!?:]$/.test(line)) break;
        drop.add(index + 1 + i);
      }
    // The attribution line alone: the post's text is the block above it (unless that block introduces it).
    if (BOILERPLATE_PATTERNS.socialPost.test(block)) {
      const text = body[index - 1];
      if (text !== undefined && text.length <= MAX_POST_CHARS && !text.endsWith(':')) drop.add(index - 1);
    }
  });
  // "Funding: …", "Competing interests: None declared.", "Data availability: …", "Disclaimer: …": a paper's or a
  // note's closing small print, however many, up to the last paragraph of its text.
  for (let index = body.length - 1; index >= 0; index--) {
    const block = body[index] ?? '';
    if (CLOSING_NOTE.test(block) || BOILERPLATE_PATTERNS.disclosure.test(block)) drop.add(index);
    else if (!drop.has(index)) break;
  }
  // "Shipping containers stacked at the port …" over "Photograph: Joaquim Leal/…": a picture's caption, one short
  // sentence on the line above its credit.
  body.forEach((block, index) => {
    const caption = body[index - 1];
    if (
      PICTURE_CREDIT.test(block) &&
      caption !== undefined &&
      /\.["”]?$/.test(caption) &&
      countWords(caption) <= CAPTION_WORDS &&
      !/[.!?]["”]?\s+\p{Lu}/u.test(caption) &&
      parseByline(caption) === undefined
    )
      drop.add(index - 1);
  });
  for (const index of footerAfterRule(body)) drop.add(index);
  for (const index of companyNotes(body)) drop.add(index);
  for (const index of operatorTurns(body)) drop.add(index);
  // "… today's discussion contains forward-looking statements within the meaning of …": a call's safe-harbour
  // notice is small print, however long the paragraph that reads it out.
  body.forEach((block, index) => SAFE_HARBOUR.test(block) && drop.add(index));
  const kept = body
    .filter((_, index) => !drop.has(index))
    .map(withoutPostLinks)
    .filter((block) => block.length > 0);
  return { kept, dropped: blocks.length - kept.length, credits, signature };
}

/** "Daniel Okafor -- President and Chief Executive Officer": a call transcript's turn, its speaker and role. */
export const CALL_SPEAKER =
  /^((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s)?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\s(?:--|—|–)\s[^.!?]{2,120}$/u;
/** A call transcript names this many speakers' turns at least. */
const MIN_CALL_SPEAKERS = 2;
const OPERATOR = /^operator\s*:?$/i;

/**
 * A call transcript's operator: "Operator", then what the operator says ("all participants are in a listen-only
 * mode", "Our next question comes from …") up to the next speaker's turn. Empty unless the page is a transcript.
 */
function operatorTurns(body: readonly string[]): number[] {
  if (body.filter((block) => CALL_SPEAKER.test(block)).length < MIN_CALL_SPEAKERS) return [];
  const turns: number[] = [];
  let operator = false;
  body.forEach((block, index) => {
    if (OPERATOR.test(block.trim())) operator = true;
    else if (CALL_SPEAKER.test(block)) operator = false;
    if (operator) turns.push(index);
  });
  return turns;
}

/** "About Stellwater Diagnostics": the heading over a release's note on a company. */
const ABOUT_HEADING = /^[Aa]bout ((?:\p{Lu}[\p{L}'’&.-]*\s?){1,5})$/u;
/** "Veldmark Instruments, Inc. designs and manufactures …": a company's note of what it does. */
const COMPANY_NOTE =
  /^\p{Lu}[\p{L}'’&.-]*(?:\s\p{Lu}[\p{L}'’&.-]*){0,4},?\s(?:Inc\.|Ltd\.?|plc|LLC|GmbH|AG|S\.A\.|Corp\.|Corporation|Limited|Group)?[,\s]*(?:\([^)]{2,40}\)\s*)?(?:is an?|is the|designs|develops|makes|manufactures|provides|operates|offers|builds|sells|supplies)\b[^]*\b(?:[Ff]ounded in \d{4}|[Hh]eadquartered in|[Bb]ased in)\b/u;
/** A company's note runs to a short paragraph or two. */
const MAX_COMPANY_NOTES = 2;
const MAX_COMPANY_NOTE_WORDS = 150;

/**
 * "About Stellwater Diagnostics", then "Stellwater Diagnostics, Inc. develops … Founded in 2014, …": in the second
 * half of a press release, the notes on the companies, with or without their heading, are no part of its news.
 */
function companyNotes(body: readonly string[]): number[] {
  const notes: number[] = [];
  body.forEach((block, index) => {
    if (index < body.length / 2) return;
    const about = ABOUT_HEADING.exec(block.trim())?.[1]?.trim().split(/\s+/)[0];
    const note = (text: string | undefined) =>
      text !== undefined && countWords(text) <= MAX_COMPANY_NOTE_WORDS && COMPANY_NOTE.test(text);
    if (about && (body[index + 1] ?? '').startsWith(about)) {
      notes.push(index);
      for (let i = index + 1; i <= index + MAX_COMPANY_NOTES && (body[i] ?? '').startsWith(about); i++)
        notes.push(i);
    } else if (note(block)) notes.push(index);
  });
  return notes;
}

/** A call's safe-harbour notice: forward-looking statements, and the legal words that come with them. */
const SAFE_HARBOUR =
  /\bforward-looking statements?\b[\s\S]{0,400}\b(?:Private Securities Litigation Reform Act|undertakes? no (?:obligation|duty)|risks and uncertainties)\b/i;
/** "This article is a transcript of this conference call produced for …": the publisher's small print follows. */
const TRANSCRIPT_FOOTER = /^this (?:article|page|document|text) is (?:a|an edited|the) transcript of\b/i;

/** "About the author: Tomás Reyes has reviewed batteries …": a bio run in after its label, closing the article. */
const INLINE_BIO = /^about the (?:authors?|writers?|reviewers?)\s*:\s*(?=\S)/i;
const EDIT_LINK = /\s*\[edit(?: source)?\]\s*$/i;

/** "--": the line an e-mail's signature starts under. */
const SIGNATURE_MARK = /^--\s*$/;
/** A first name alone on its line, as an e-mail is signed. */
const LONE_NAME = /^\p{Lu}\p{Ll}+$/u;
/** A person's full name alone on its line: two to four capitalised words. */
const PERSON_LINE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}$/u;
/** The lines of a signature under a letter's sign-off: the name, a post or an address. */
const SIGNATURE_LINES = 3;
/** A letter signed by several people lists at most this many of them, a line each. */
const MAX_SIGNERS = 6;
/** A promo box's heading alone on its line ("Related stories", "More on this story", "Most read"). */
const PROMO_HEADING =
  /^(?:related(?: (?:articles?|stories|content|coverage|reading|posts|links))?|more on this(?: story| topic)?|more from [\p{L}' ]{1,40}|you (?:may|might) also like|most (?:read|popular|viewed)|recommended(?: for you| reading)?|read (?:more|next)|trending(?: now)?|popular now)\s*:?$/iu;
/** A promo box lists a few headlines under its heading, each short and no sentence. */
const PROMO_LINES = 8;
const PROMO_HEADLINE_WORDS = 16;
const SIGNATURE_WORDS = 8;
const SENTENCE_BREAK = /(?<=[.!])\s+(?=\p{Lu}|©)/u;
/** A block of notices (a cover's, a page foot's) holds up to this many furniture sentences' length. */
const MAX_NOTICE_SENTENCES = 2;

/**
 * "Read more Sunday Conversations at varrowcourier.com. Got a story? Email …": a short block of two or more
 * sentences, each furniture on its own (at the foot of the page, a note about the publication counts too).
 */
function furnitureSentences(block: string, closing: boolean): boolean {
  // Each sentence is held to furniture's length; a block of several notices may run to a few of them.
  if (block.length > MAX_BOILERPLATE_LENGTH * MAX_NOTICE_SENTENCES) return false;
  const sentences = block.split(SENTENCE_BREAK);
  return (
    sentences.length >= 2 &&
    sentences.every(
      (sentence) => boilerplateKind(sentence) !== undefined || (closing && PUBLICATION_NOTE.test(sentence)),
    )
  );
}

/** An appeal runs to a short paragraph; a longer one is the article's own prose. */
const MAX_APPEAL_WORDS = 120;

/**
 * "Support our journalism. Independent science reporting takes time … every reader who chips in helps": at the foot
 * of the page, a paragraph that opens on a call for money or subscriptions is that appeal, whatever its length.
 */
function appealUnderItsCall(block: string): boolean {
  const first = block.split(SENTENCE_BREAK)[0] ?? '';
  return (
    first !== block &&
    countWords(block) <= MAX_APPEAL_WORDS &&
    (BOILERPLATE_PATTERNS.donation.test(first) || BOILERPLATE_PATTERNS.subscription.test(first))
  );
}

/** "Ines Varga (@soilvarga) · Mar 12, 2025 Ten years, …": an embedded post that opens on its author's handle. */
const POST_HEADER =
  /^[^@\n()]{1,60}\s\(?@[\w.]{1,30}\)?\s*·\s*(?:\p{L}{3,9}\.? \d{1,2}(?:, \d{4})?|\d{1,2} \p{L}{3,9}\.?(?: \d{4})?|\d+[smhd])\s/u;

/** A block that is a whole embedded post: its text followed by "— Name (@handle) date", or after its header. */
export function isEmbeddedPost(block: string): boolean {
  return block.length <= MAX_POST_CHARS && (POST_ATTRIBUTION.test(block) || POST_HEADER.test(block));
}

/** Removes "pic.twitter.com/…" and "t.co/…" links from a block, leaving its prose. */
export function withoutPostLinks(block: string): string {
  return block.includes('t.co/') || block.includes('twitter.com/')
    ? block.replace(POST_LINK, '').trim()
    : block;
}

/** How many of the last blocks are searched for a closing notice of any length. */
const CLOSING_NOTICE_DEPTH = 3;
/** A paper's or a note's closing small print, by its label. */
const CLOSING_NOTE =
  /^(?:funding|competing interests?|declarations? of (?:competing )?interests?|data (?:availability|sharing)(?: statement)?|author contributions|ethics approval|disclaimer)\s*:/i;

/** What a writer declares about their ties: "has no involvement in", "receives funding from", "has advised". */
const DISCLOSURE_STATEMENT =
  /\b(?:has|have|had) no (?:involvement|financial (?:interests?|ties)|conflicts? of interest|competing interests?)\b|\bdeclares? no\b|\bno competing interests\b|\b(?:receives?|has received|received) (?:research )?funding from\b|\b(?:has )?(?:previously )?advised [^.]{1,80} on an? (?:earlier|previous|separate|unrelated)\b/i;

/** What a publisher's footer says about the publication: its schedule, its sources, its funding. */
const PUBLICATION_NOTE =
  /\b(?:appears? (?:every|each|weekly|monthly|fortnightly)|is published (?:every|each|weekly|by)|(?:figures|data|numbers) (?:are|were|come|came) (?:taken |drawn )?from|sources?\s*:|is an? (?:independent|reader-funded|non-?profit)|reader-funded|(?:is )?(?:supported|funded) by (?:its )?(?:readers|members|subscribers|donors)|receives? no (?:[a-z-]+ )?(?:funding|money) from|produced by|newsletter|all rights reserved|©|registered (?:charity|company)|(?:charity|company) (?:no\.?|number)|may be (?:freely )?(?:reproduced|quoted|cited)|do(?:es)? not necessarily (?:reflect|represent) (?:the )?(?:views?|position|policy)|to (?:reproduce|republish|syndicate|license) (?:this|our) (?:article|story|report|piece|content)|\bpermissions@|^\d{5,8}\.?$|\bare circulated for (?:discussion|comment)|\bnot necessarily those of\b|\bis (?:wholly )?independent of (?:the )?(?:government|ministers)\b|^our (?:work|mission|purpose|role) (?:is to|helps|supports|enables)\b|^for (?:further|more) information (?:about|on) this (?:report|publication|paper|study)\b|^corresponding author\s*:|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/i;

/** The most a footer after a closing rule holds: a few short lines, not a postscript to the argument. */
const MAX_FOOTER_WORDS = 60;

/**
 * "---" then "The Balance Sheet appears every Monday. Figures are from …": a rule near the end of the page,
 * followed only by a few short lines, closes the article; the lines are the publisher's footer.
 */
function footerAfterRule(body: readonly string[]): number[] {
  const rule = body.findLastIndex((block) => BOILERPLATE_PATTERNS.rule.test(block));
  if (rule < 0 || rule < body.length - 1 - CLOSING_NOTICE_DEPTH || rule === body.length - 1) return [];
  const after = body.slice(rule + 1);
  const words = after.reduce((n, block) => n + block.split(/\s+/).filter(Boolean).length, 0);
  // Half the page or more after the rule, or lines that do not speak of the publication: the rule divides the
  // article, it does not close it.
  if (words > MAX_FOOTER_WORDS || rule < body.length / 2 || !after.some((b) => PUBLICATION_NOTE.test(b)))
    return [];
  return after.map((_, i) => rule + 1 + i);
}

/**
 * "Witnesses", "Formal minutes" in the first fifth of a long page: an entry of its contents, which closes nothing.
 */
/** "Part Two: Progress and cost 7": a contents entry typed without leader dots, its page number last. */
const CONTENTS_LINE = /^(?=.*\p{L})[^.!?]{2,90}?\s(\d{1,3})$/u;
/** A contents list has at least this many entries, in page order. */
const MIN_CONTENTS_LINES = 3;

/**
 * The indexes of a contents list near the top of a long page whose entries stand a line each, their page numbers
 * in order ("Key facts 3", "Executive summary 4", "Part One: The programme and its objectives 6").
 */
function contentsLines(blocks: readonly string[]): number[] {
  // Near the top of a long page only.
  const end = blocks.findIndex((_, i) => !contentsEntry(i, blocks.length));
  const top = end < 0 ? blocks : blocks.slice(0, end);
  const pageOf = (block: string) => {
    const page = CONTENTS_LINE.exec(block)?.[1];
    return page === undefined || countWords(block) > MAX_CONTENTS_LINE_WORDS ? undefined : Number(page);
  };
  return orderedRuns(top, pageOf, (a, b) => b >= a, MIN_CONTENTS_LINES, true).flat();
}
const MAX_CONTENTS_LINE_WORDS = 12;

function contentsEntry(index: number, blocks: number): boolean {
  return blocks - index > MIN_BLOCKS_AFTER_CONTENTS && index < blocks * CONTENTS_SHARE;
}
const MIN_BLOCKS_AFTER_CONTENTS = 12;
const CONTENTS_SHARE = 0.2;

/** A release's end mark: "###", "-- ENDS --". */
const END_MARK = /^(?:[-–—]*\s*ends\s*[-–—]*|#{3})$/i;
/** A heading after which a page holds only credits or small print: "About the authors", "Important disclosures". */
const END_OF_ARTICLE =
  /^(?:[-–—]*\s*ends\s*[-–—]*|#{3}|notes? (?:to|for) editors?|about the authors?|about this (?:report|study|paper)|author biograph(?:y|ies)|analyst certifications?(?: and (?:important )?disclosures?)?|(?:important |required |regulatory )?disclosures?|disclaimers?|important (?:information|notice)|acknowledge?ments?|references|bibliography|works cited|see also|external links|further reading|show notes|episode notes|appendix(?:\s+[a-z0-9]{1,3}\b.*)?|(?:annex|appendix)(?:\s+[a-z0-9]{1,3}\b)?\s*[:.—–-]\s*(?:(?:list of )?witnesses|oral evidence)|appendices|witnesses|formal minutes|published written evidence|forward-looking statements|cautionary (?:statements?|note)(?: (?:regarding|on|about) forward-looking statements)?|safe harbou?r statement|list of (?:witnesses|reports from the committee\b.*))\s*:?$/i;

const SITE_IN_APPEAL =
  /\b(?:[Ss]ign up for|[Ss]ubscribe to|[Ss]upport)\s+([\p{Lu}][\p{L}.&-]+(?:\s[\p{Lu}][\p{L}.&-]+){0,2})(?:'s|’s|:)/u;

/** The site's name when a dropped appeal names it ("Sign up for Eurasianet's free weekly newsletter"). */
export function siteNameFromAppeal(block: string): string | undefined {
  return SITE_IN_APPEAL.exec(block)?.[1];
}
