/** Turns a list of text blocks into an {@link ImportedArticle}: head, body, bio, boilerplate and warnings. */
import {
  BOILERPLATE_PATTERNS,
  boilerplateKind,
  POST_NUMBER,
  siteNameFromAppeal,
  stripBoilerplate,
  THREAD_HEAD,
} from './boilerplate';
import {
  asAuthorBio,
  dateIn,
  findAuthorBio,
  looksLikeStandfirst,
  DATELINE_LEDE,
  isPersonName,
  looksLikeTitle,
  parseByline,
  withoutPost,
  parseDateLine,
  parsePostedLine,
  readableDate,
  siteAndSection,
  splitHeadline,
  SHOUTED_LINE,
} from './articleHead';
import { COURTESY_TITLE } from '../analyze/entityRules';
import { looksNonEnglish, NON_ENGLISH_WARNING } from './language';
import { countWords, normaliseSpace, orderedRuns } from './normalise';
import { MONTHS } from '../months';
import { ImportError, type ImportedArticle } from './types';

/** Metadata an importer already knows (from HTML meta tags, Markdown front matter…), which wins over guesses. */
export type KnownMetadata = Partial<Omit<ImportedArticle, 'paragraphs' | 'format' | 'warnings'>>;

/** How much of the head to guess from the blocks themselves. */
export interface AssembleOptions {
  /** Take the first block as the headline when none is known (plain text). */
  guessTitle: boolean;
  /** Take the block after the headline as the standfirst when it is short (plain text). */
  guessStandfirst: boolean;
  /** Warnings the importer already has. */
  warnings?: string[];
  /** Furniture the importer already removed (embedded posts in a web page), counted with the rest. */
  droppedBefore?: number;
}

/** Byline and date lines sit within this many blocks of the headline. */
const HEAD_SEARCH_DEPTH = 4;
/** A byline this far down still closes a head of labels, headline and standfirst. */
const LABELLED_HEAD_DEPTH = 8;
/** A standfirst is shorter than this share of the median body paragraph. */
const STANDFIRST_SHARE = 0.6;
/** A masthead (the site's name above the headline) is this short. */
const MAX_MASTHEAD_WORDS = 4;
/** Timestamp lines ("Posted on …", "Updated …") are read for the date above the body: within this many blocks… */
const TIMESTAMP_SEARCH_DEPTH = 20;
/** …and before the body's first paragraph (a block this long). */
const BODY_PARAGRAPH_WORDS = 40;
/** A standfirst the importer knows (a page's description) is dropped from the body within this many blocks. */
const STANDFIRST_SEARCH_DEPTH = 3;
/** A standfirst this long that opens the lede word for word repeats it. */
const MIN_LEDE_ECHO_WORDS = 8;
/** The lede is among this many first blocks (a summary box may come first). */
const LEDE_SEARCH_DEPTH = 8;
/** A site's address standing alone as its masthead: "rafaelduarte.dev", "www.example.org". */
const DOMAIN_MASTHEAD = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}$/i;

/** "MINISTRY OF HOUSING AND COMMUNITIES PRESS RELEASE": who issues a release, then its label. */
const RELEASE_HEAD = /^(.{0,120}?)\s*\b(?:press|news|media) release\s*$/i;
/** "FOR IMMEDIATE RELEASE Monday 11 January 2027", "EMBARGOED UNTIL 00:01 …". */
const RELEASE_LINE =
  /^(?:for immediate release|for release(?= (?:at|on|after|until)\b)|embargoed[^\n]{0,40}?(?=\s(?:mon|tue|wed|thu|fri|sat|sun|\d))|embargoed)\b[:.\s]*(.*)$/i;

/** "FOR IMMEDIATE RELEASE" alone on its line. */
const BARE_RELEASE_LINE = /^for immediate release\.?$/i;
const EMBARGO_HOUR =
  /^(?:(?:at|on|after|until)\s+)?\d{1,2}[:.]\d{2}\s*(?:[AP]\.?M\.?\s*)?(?:[A-Z]{2,4}\b)?,?\s*/i;

/** "MINISTRY OF HOUSING" as "Ministry of Housing"; other text as it is. */
export function capitalisedWords(text: string): string {
  if (text !== text.toUpperCase()) return text.trim();
  return text
    .trim()
    .toLowerCase()
    .replace(/\b\p{L}/gu, (c) => c.toUpperCase())
    .replace(/\b(Of|And|For|The|On|In)\b/g, (w, _m, at: number) => (at === 0 ? w : w.toLowerCase()));
}

/**
 * Builds the article from its blocks (already whitespace-normalised, in reading order).
 * Throws ImportError 'no-text' when nothing of the body is left.
 */
export function assembleArticle(
  rawBlocks: readonly string[],
  format: ImportedArticle['format'],
  known: KnownMetadata,
  options: AssembleOptions,
): ImportedArticle {
  const warnings = [...(options.warnings ?? [])];
  // "[2] Halvorsen Utilities Commission, …": a note typed at the end, which a mark in the text ("… is.[2] The")
  // points to. A bracketed number no mark points to is a paragraph's number ("[12] The Court held …").
  // A note list's other entries go with it ("[1] …" above the "[2] …" a mark points to).
  const marked = new Set(rawBlocks.flatMap((block) => [...block.matchAll(NOTE_MARK)].map((m) => m[0])));
  const notes = new Set<number>();
  for (let start = 0; start < rawBlocks.length; start++) {
    let end = start;
    while (end < rawBlocks.length && NOTE_LINE.test(rawBlocks[end] ?? '')) end++;
    const run = rawBlocks.slice(start, end);
    if (run.some((block) => marked.has(NOTE_LINE.exec(block)?.[1] ?? '')))
      for (let i = start; i < end; i++) notes.add(i);
    start = end;
  }
  // "• The bill would raise …": a list item typed with its bullet glyph; the glyph is no part of the text.
  const all = joinBioSentences(
    withoutRunMarkers(joinDropCaps(rawBlocks).map((block) => normaliseSpace(block).replace(BULLET_GLYPH, '')))
      // "4.1 The consultation proposes …": a numbered paragraph's number is its place in the document, not text.
      .map((block) =>
        countWords(block) > NUMBERED_MIN_WORDS
          ? block.replace(PARAGRAPH_NUMBER, '').replace(NUMBERED_PARAGRAPH, '')
          : block,
      )
      .filter((_, index) => !notes.has(index))
      .map((block) => block.replace(NOTE_MARK, '').replace(PARAGRAPH_BRACKET, ''))
      // "[00:04:12] HOST: …", "… apologising. [Laughter] I am …": a transcript's time codes and stage directions.
      .map((block) => block.replace(TIME_CODE, '').replace(STAGE_DIRECTION, '').trim())
      .filter(Boolean),
  );
  const meta: KnownMetadata = { ...known };
  readTimestamps(all, meta);
  readThreadHead(all, meta);
  // "Subject: Fwd: Rent cap options", "From: Euan Ruthven <euan@…>", "Date: …": a pasted e-mail's header lines.
  const headers = readEmailHeaders(all, meta);
  // "Neutral Citation Number: …", the court, the judges, the parties, counsel: a judgment's cover sheet.
  const cover = readJudgmentCover(all, meta);
  // "03-Mar-2026 14:22 GMT [CW-SOFTS] …": a wire terminal's stamp dates the story it heads.
  for (const block of all.slice(0, HEAD_SEARCH_DEPTH)) {
    const stamp = BOILERPLATE_PATTERNS.wireCodes.test(block) ? WIRE_STAMP.exec(block) : null;
    const month = MONTHS.find((m) => m.slice(0, 3).toLowerCase() === stamp?.[2]?.toLowerCase());
    if (stamp && month) meta.date ??= `${Number(stamp[1])} ${month} ${stamp[3]}`;
    // "Volume 771: debated on Tuesday 14 October 2025": a parliamentary record's line dates the debate.
    const debated = DEBATED_ON.exec(block)?.[1];
    if (debated) meta.date ??= parseDateLine(debated.replace(/^\p{L}+day,?\s+/iu, ''));
  }
  // "By Tamsin Ogundele (now) and Rhys Pellow (earlier)": a live page's rota names its writers before it goes.
  const rota = all.slice(0, HEAD_SEARCH_DEPTH).find((block) => boilerplateKind(block) === 'liveRota');
  if (rota) meta.author ??= withoutPost(rota.replace(/\s*(?:last )?updated\b.*$/i, ''));
  const { kept, dropped: strippedCount, credits, signature } = stripBoilerplate(all);
  const dropped = strippedCount + (options.droppedBefore ?? 0);
  meta.publisher ??= publisherFromAppeals(all);
  // A letter's signer, under its sign-off, wrote it.
  meta.author ??= signatureName(signature[0]);
  let blocks = kept.filter((block) => !headers.has(block) && !cover.has(block));
  const forwarding = kept.filter((block) => headers.has(block) && !EMAIL_FIELD.test(block)).length;
  if (forwarding > 0)
    warnings.push(
      `left out the note forwarding the message (${forwarding} ${forwarding === 1 ? 'paragraph' : 'paragraphs'})`,
    );

  // A press release opens on its issuer ("MINISTRY OF HOUSING PRESS RELEASE") and "FOR IMMEDIATE RELEASE" with
  // the date: the issuer is the publisher, the date the article's, and neither the headline.
  if (!meta.title && options.guessTitle) {
    const issuer = RELEASE_HEAD.exec(blocks[0] ?? '');
    if (issuer && blocks.length > 2) {
      // "CASCADIA RESERVE BANK Office of Public Affairs": the issuer's shouted name, without its office.
      const shoutedName = /^([\p{Lu}\d&'’ -]{3,60}?)\s+(?=\p{Lu}\p{Ll})/u.exec(issuer[1] ?? '')?.[1];
      if (issuer[1]) meta.publisher ??= capitalisedWords(shoutedName ?? issuer[1]);
      blocks = blocks.slice(1);
    }
    // "PRESS RELEASE", then the issuer on a line of its own, then "For immediate release".
    if (issuer && RELEASE_LINE.test(blocks[1] ?? '') && isSeriesLine(blocks[0] ?? '') && blocks.length > 3) {
      meta.publisher ??= capitalisedWords(blocks[0] ?? '');
      blocks = blocks.slice(1);
    }
    // "EMBARGOED UNTIL 00:01 BST, 4 JUNE 2025", then "For immediate release after embargo": each is a line of its own.
    for (let release = RELEASE_LINE.exec(blocks[0] ?? ''); release && blocks.length > 2;) {
      // "00:01 BST, WEDNESDAY 4 JUNE 2025": the embargo's hour goes before its date.
      const when = release[1]?.trim().replace(EMBARGO_HOUR, '');
      const date = when ? parseDateLine(when) : undefined;
      if (date) meta.date ??= capitalisedWords(date);
      blocks = blocks.slice(1);
      release = RELEASE_LINE.exec(blocks[0] ?? '');
    }
  }
  // "FOR IMMEDIATE RELEASE" over a page's headline, with no date to give: no publisher, and no part of the text.
  blocks = blocks.filter((block) => !BARE_RELEASE_LINE.test(block));
  // "OPEN LETTER: Corridor care is no longer an emergency measure. It is the system.", then "To: …", "From: …": a
  // line above the cover fields is the title, full stops and all. ("MEMORANDUM" is one for now: the subject
  // line, read with the other fields, takes its place.)
  if (
    !meta.title &&
    options.guessTitle &&
    blocks.length > 3 &&
    COVER_FIELD.test(blocks[1] ?? '') &&
    !COVER_FIELD.test(blocks[0] ?? '') &&
    countWords(blocks[0] ?? '') <= MAX_HEADLINE_WORDS &&
    !parseByline(blocks[0] ?? '')
  ) {
    meta.title = blocks[0];
    blocks = blocks.slice(1);
  }
  // "BANK OF KESTRANIA", "SPEECH", then the headline: the issuer's name and the kind of document it is.
  if (!meta.title && options.guessTitle && blocks.length > 3 && DOCUMENT_KIND.test(blocks[1] ?? '')) {
    const issuer = blocks[0] ?? '';
    if (SHOUTED_LINE.test(issuer) && isSeriesLine(issuer)) {
      meta.publisher ??= capitalisedWords(issuer);
      blocks = blocks.slice(2);
    }
  }
  // "The Eastshore Courier", "LOCAL NEWS", then the headline: the section's label sits between name and headline.
  if (
    !meta.title &&
    options.guessTitle &&
    blocks.length > 3 &&
    shoutedKicker(blocks[1] ?? '', blocks[2] ?? '') &&
    isMasthead([blocks[0] ?? '', ...blocks.slice(2)], all)
  )
    blocks = [blocks[0] ?? '', ...blocks.slice(2)];
  // "The Northern Ledger", "Housing", "Opinion", then the headline and its byline: a masthead and the page's
  // section labels, short lines above the first long one, which the byline a few lines below shows is the head.
  const { labels, dek } = labelsAboveHeadline(blocks);
  if (!meta.title && options.guessTitle && labels > 1) {
    meta.publisher ??= capitalisedWords(blocks[0] ?? '');
    // (The dek stays, for the standfirst: the headline is the short line above it.)
    blocks = blocks.slice(dek ? labels - 1 : labels);
  }
  if (!meta.title && options.guessTitle && isMasthead(blocks, all)) {
    meta.publisher ??= blocks[0];
    blocks = blocks.slice(1);
    // A newsletter's masthead has its tagline under the name ("Notes from a water network engineer"), then the
    // post's own headline right above the byline.
    // A news page's dek sits there too, but runs longer than a headline ("Orchards in the Arden valley are
    // testing …, but growers warn …").
    const [tagline = '', headline = '', byline = ''] = blocks;
    if (
      countWords(tagline) <= MAX_TAGLINE_WORDS &&
      countWords(headline) <= MAX_TAGLINE_WORDS * 2 &&
      looksLikeTitle(tagline) &&
      looksLikeTitle(headline) &&
      parseByline(byline)
    )
      blocks = blocks.slice(1);
  }
  // "DISPATCH | WATER", then the headline and its byline: a rubric of the page's kind and topic, no headline.
  if (
    !meta.title &&
    options.guessTitle &&
    blocks.length > 2 &&
    RUBRIC.test(blocks[0] ?? '') &&
    parseByline(blocks[2] ?? '') !== undefined
  ) {
    // "The wells go deeper every year in the Ardel basin. The rain is only part of the story.": above the byline,
    // the headline, in one sentence or two.
    const headline = blocks[1] ?? '';
    if (countWords(headline) <= MAX_HEADLINE_WORDS && !looksLikeTitle(headline)) {
      meta.title = headline;
      blocks = blocks.slice(2);
    } else blocks = blocks.slice(1);
  }
  // "THE BALANCE SHEET | Football finance" above the headline: the site and its section, a kicker line.
  if (
    !meta.title &&
    options.guessTitle &&
    blocks.length > 2 &&
    shoutedKicker(blocks[0] ?? '', blocks[1] ?? '')
  ) {
    const site = SHOUTED_SECTION.exec(blocks[0] ?? '')?.[1];
    if (site) meta.publisher ??= capitalisedWords(site);
    blocks = blocks.slice(1);
  } else if (
    !meta.title &&
    options.guessTitle &&
    blocks.length > 2 &&
    kickerLine(blocks[0] ?? '', blocks[1] ?? '')
  ) {
    const site = siteAndSection(blocks[0] ?? '')?.site ?? '';
    if (site === site.toUpperCase()) meta.publisher ??= capitalisedWords(site);
    blocks = blocks.slice(1);
  }
  if (!meta.title && options.guessTitle && blocks.length >= 2 && looksLikeTitle(blocks[0] ?? '')) {
    const parts = splitHeadline(blocks[0] ?? '');
    meta.title = parts.title;
    if (parts.site && !meta.publisher) meta.publisher = parts.site;
    blocks = blocks.slice(1);
  } else if (meta.title) {
    const title = meta.title;
    const isTitle = (block: string) => block === title || splitHeadline(block).title === title;
    // "Halden Institute Policy Brief No. 27 | Social Policy Programme" above the headline: the series line.
    const at = blocks.slice(0, HEAD_SEARCH_DEPTH).findIndex(isTitle);
    const above = blocks.slice(0, Math.max(at, 0));
    // "Kestrel Community Transport Association", then "Unit 4, Tannery Yard | Registered charity no. …": an
    // organisation's letterhead, its name and its address line.
    // "KELLAND BUSINESS REVIEW · THE MONDAY INTERVIEW": a magazine's name and its section, shouted above it.
    const shouted = (line: string) => SHOUTED_LINE.test(line) && countWords(line) <= MAX_SHOUTED_WORDS;
    const letterhead = above.every((line) => isSeriesLine(line) || ADDRESS_LINE.test(line) || shouted(line));
    if (at > 0 && blocks.length > at + 1 && letterhead) {
      const shoutedSite = above.find(shouted)?.split(/\s*[|•·—–]\s*/)[0];
      meta.publisher ??=
        above.map((line) => SERIES_LINE.exec(line)?.[1]).find(Boolean) ??
        above.find((line) => isSeriesLine(line) && !ADDRESS_LINE.test(line)) ??
        (shoutedSite ? capitalisedWords(shoutedSite) : undefined);
      blocks = blocks.slice(at + 1);
    } else blocks = dropLeading(blocks, isTitle);
  }
  // "KELLAND BUSINESS REVIEW · THE MONDAY INTERVIEW" atop a body whose headline was found elsewhere (a Word
  // Title, a page's metadata): the publication and its section, a kicker, never the body's first paragraph.
  const kicker = blocks[0] ?? '';
  if (meta.title && blocks.length > 2 && SHOUTED_LINE.test(kicker) && /\s[|•·]\s/.test(kicker)) {
    meta.publisher ??= capitalisedWords(kicker.split(/\s*[|•·]\s*/)[0] ?? '');
    blocks = blocks.slice(1);
  }
  // "Submitted by: …", "Date of submission: 4 April 2025", "This response may be published in full": a
  // submission's cover fields under its title.
  if (meta.title) blocks = takeCoverFields(blocks, meta);
  // "Speech by Ilse Brandvold, Governor of the Bank of Norland, at the … Conference, Kestra, 14 October 2026":
  // who gave the speech, and when.
  const delivered = DELIVERED_BY.exec(blocks[0] ?? '');
  if (meta.title && delivered?.[1] && blocks.length > 2) {
    meta.author ??= delivered[1];
    // "…, Annual Economic Dinner, Kessmark 13 February 2025": the date closes the line, after the venue.
    const date = parseDateLine(blocks[0]?.split(/,\s*/).pop() ?? '') ?? dateIn(blocks[0] ?? '');
    if (date) meta.date ??= date;
    blocks = blocks.slice(1);
  }
  // "The Calder Ledger | Local Democracy Desk" under the headline and above the byline: the site and its desk.
  const underTitle = siteAndSection(blocks[0] ?? '');
  if (meta.title && underTitle && blocks.length > 2 && isHeadLine(blocks[1] ?? '')) {
    const { site } = underTitle;
    meta.publisher ??= site === site.toUpperCase() ? capitalisedWords(site) : site;
    blocks = blocks.slice(1);
  }
  // "Final report of the Fairholt Commission on Skills and Work" under a report's title: who issues it.
  const issuedBy = REPORT_OF.exec(blocks[0] ?? '');
  if (
    meta.title &&
    issuedBy?.[1] &&
    blocks.length > 2 &&
    countWords(blocks[0] ?? '') <= MAX_SERIES_LINE_WORDS
  ) {
    meta.publisher ??= issuedBy[1];
    blocks = blocks.slice(1);
  }
  // The writer's name alone on a line under the headline (a thread's display name) is the byline.
  const author = meta.author;
  if (author) blocks = blocks.filter((block, index) => index >= HEAD_SEARCH_DEPTH || block !== author);
  blocks = blocks.map((block) => block.replace(THREAD_EMOJI, ''));
  // The dek between the headline and the byline is the standfirst, however long it runs.
  if (
    !meta.standfirst &&
    options.guessStandfirst &&
    meta.title &&
    blocks.length > 2 &&
    !isHeadLine(blocks[0] ?? '') &&
    parseByline(blocks[1] ?? '') !== undefined &&
    looksLikeStandfirst(blocks[0] ?? '')
  ) {
    meta.standfirst = blocks[0];
    blocks = blocks.slice(1);
  }
  const firstBeforeHead = blocks[0];
  blocks = takeHeadLines(blocks, meta);
  // Only a byline or date directly under the headline rules out a standfirst; one below the dek does not.
  const hadHeadLines = blocks[0] !== firstBeforeHead;
  if (!meta.standfirst && options.guessStandfirst && meta.title && !hadHeadLines && isStandfirst(blocks)) {
    meta.standfirst = blocks[0];
    blocks = takeHeadLines(blocks.slice(1), meta);
  } else if (meta.standfirst) {
    const standfirst = meta.standfirst;
    const at = blocks.slice(0, STANDFIRST_SEARCH_DEPTH).indexOf(standfirst);
    if (at >= 0 && blocks.length > 1) blocks = blocks.filter((_, index) => index !== at);
    // A page's description that only repeats the start of the lede ("HARLOW BAY, … - Tessaly Minerals … said
    // …") is the lede, not a standfirst: the article says it once.
    const opening = standfirst.replace(/[.!?]["”]?$/, '');
    const echoed = blocks
      .slice(0, LEDE_SEARCH_DEPTH)
      .some((block) => block.replace(DATELINE_LEDE, '').startsWith(opening));
    if (at < 0 && countWords(opening) >= MIN_LEDE_ECHO_WORDS && echoed) delete meta.standfirst;
  }
  blocks = takeTail(blocks, meta);
  // "Topics", "Shipping", "Energy", "Follow": a pasted page's tags and buttons under the article, short lines with
  // no sentence among them after its last paragraph.
  const tail = options.guessTitle ? trailingLabels(blocks) : 0;
  if (tail > 0) blocks = blocks.slice(0, -tail);
  // "CASTLEMOY, 9 June 2025 – The Authority has …": a lede's dateline gives the date when nothing else did.
  const dateline = DATELINE_LEDE.exec(blocks[0] ?? '')?.[0].replace(/\s*[—–-]{1,2}\s*$/, '');
  meta.date ??= dateline === undefined ? undefined : parseDateLine(dateline);
  if (!meta.authorBio) {
    const bio = credits.slice(0, BIO_CREDITS_DEPTH).map(asAuthorBio).find(Boolean);
    if (bio) meta.authorBio = bio.bio;
    // "About the author: Owen Marsh is the maritime editor …": the bio names the writer no byline did.
    if (bio && !meta.author) meta.author = bio.author;
  }
  // "Last updated: Wed 15 Oct 2025 21.44 BST": the date without its label and time.
  if (meta.date) meta.date = readableDate(normaliseSpace(meta.date).replace(DATE_LABEL, ''));
  if (meta.author) meta.author = withoutPost(meta.author);

  headlineUnderMasthead(meta);
  // "Episode 212: Four days, same pay?": an episode's number is its place in the show, not its headline.
  if (meta.title) meta.title = meta.title.replace(EPISODE_NUMBER, '') || meta.title;
  if (blocks.length === 0) {
    throw new ImportError(
      'No article text was found: only a headline, navigation or sign-up lines.',
      'no-text',
    );
  }
  const droppedLines = dropped + tail;
  if (droppedLines > 0)
    warnings.push(`dropped ${droppedLines} boilerplate ${droppedLines === 1 ? 'line' : 'lines'}`);
  if (looksNonEnglish(blocks.join(' '))) warnings.push(NON_ENGLISH_WARNING);
  // "Constance Malabre | Opinion | Tuesday 10 March 2026": a byline's name read as a site as well is the writer only.
  if (meta.publisher && meta.author && meta.publisher.toLowerCase() === meta.author.toLowerCase())
    delete meta.publisher;
  return {
    ...withoutEmpty(meta),
    title: meta.title ?? '',
    paragraphs: withRunInHeadings(blocks),
    format,
    warnings,
  };
}

/**
 * "T" | "he first thing you notice …": a drop cap a Word frame or a styled element sets apart from its paragraph
 * is the paragraph's first letter.
 */
function joinDropCaps(blocks: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] ?? '';
    const next = blocks[i + 1];
    if (next !== undefined && DROP_CAP.test(block.trim()) && /^\p{Ll}/u.test(next.trim())) {
      out.push(`${block.trim()}${/^\s/.test(next) ? ' ' : ''}${next.trim()}`);
      i++;
    } else out.push(block);
  }
  return out;
}
/** A paragraph that is one capital letter, perhaps after an opening quotation mark. */
const DROP_CAP = /^["“‘]?\p{Lu}$/u;

/**
 * "Hosts. Most hosts are small. …", "(a) A mandatory national registration scheme. Every property …": a run-in
 * heading, a short label set in its paragraph before the text it heads. Where a document heads at least
 * {@link MIN_RUN_IN} paragraphs so, each label becomes a heading paragraph of its own; a claim that opens a
 * paragraph ("Self-disconnection is common.") has a verb, and stays.
 */
function withRunInHeadings(blocks: string[]): string[] {
  const found = blocks.map((block) => {
    const match = RUN_IN_HEADING.exec(block);
    const label = match?.[1]?.trim();
    return label && !LABEL_VERB.test(label) && !GREETING.test(label) ? match : undefined;
  });
  // "Fund enforcement. Government should …" beside "Write off the worst debts. A debt relief …": labels come in a
  // list, close together; a short sentence that opens one paragraph here and there in an essay ("Consider the
  // washing machine.", "Perhaps.") is its paragraph's first sentence. A heading may ask its question anywhere
  // ("What stakeholders told us.").
  const listed = (i: number) =>
    found.slice(Math.max(0, i - RUN_IN_REACH), i + RUN_IN_REACH + 1).filter(Boolean).length > 1;
  const labels = found.map((match, i) =>
    match && (listed(i) || QUESTION_LABEL.test(match[1]?.trim() ?? '')) ? match : undefined,
  );
  if (labels.filter(Boolean).length < MIN_RUN_IN) return blocks;
  return blocks.flatMap((block, i) => {
    const match = labels[i];
    return match ? [match[1]!.trim(), block.slice(match[0].length)] : [block];
  });
}
/** A label of up to five words, its full stop, then the text, opening on a capital. */
const RUN_IN_HEADING =
  /^((?:\([a-z\d]{1,3}\)\s)?\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,4})\.\s+(?=["“]?\p{Lu})/u;
/** A verb makes the label a sentence of its own ("Debt is rising, not falling."). */
const LABEL_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|do|does|did|not)\b/i;
const MIN_RUN_IN = 3;
/** "What stakeholders told us.": a heading that names its section by a question's words. */
const QUESTION_LABEL = /^(?:what|how|why|where|when|who|which)\s/i;
/** Labels this close together (in blocks) are a list's. */
const RUN_IN_REACH = 2;
/** "Good morning. I want to push on …", "Thanks, Maren.": a speaker's greeting, no heading. */
const GREETING =
  /^(?:good (?:morning|afternoon|evening)|thanks?|thank you|hello|hi|yes|no|well|right|sure|okay|ok)\b/i;

/**
 * "Transport Committee" over "Keeping rural buses running": a title that only names who wrote the piece is its
 * masthead, and the headline under it, taken for the standfirst, is the title.
 */
export function headlineUnderMasthead(meta: KnownMetadata): void {
  const { title, standfirst } = meta;
  if (
    title &&
    standfirst &&
    (title === meta.author || title === meta.publisher) &&
    looksLikeTitle(standfirst) &&
    !/[.!?]$/.test(standfirst)
  ) {
    meta.title = standfirst;
    delete meta.standfirst;
  }
}

/** The line under a speech's or lecture's title that names who gave it, and usually where and when. */
/** "Ansel Osterlund, Head, Supply Chain Resilience Unit": a person's name before the first comma. */
const PERSON_NAME =
  /^(?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms)\.? )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?:,|$)/u;
/** "SPEECH", "Transcript", "MEMORANDUM": a line that says what kind of document follows. */
const DOCUMENT_KIND =
  /^(?:speech|remarks|address|keynote|lecture|statement|testimony|transcript|memorandum|memo|briefing(?: note)?|submission|consultation response)$/i;
const DELIVERED_BY =
  /^(?:[Ss]peech|[Rr]emarks|[Aa]ddress|[Kk]eynote(?: address| speech)?|[Ll]ecture|[Ss]tatement|[Tt]estimony)(?: (?:given|delivered|made))? by ((?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.? )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}),[^.]{0,240}$/u;

/** The parts of a credit line are short labels, never sentences. */
const MAX_CREDIT_PART_WORDS = 8;

/** A line of three or more parts between separators that names a person and gives a date; undefined otherwise. */
export function creditLine(block: string): { author: string; date: string; publisher?: string } | undefined {
  const parts = block.split(/\s+[·|•]\s+/);
  if (parts.length < 3 || parts.some((p) => countWords(p) > MAX_CREDIT_PART_WORDS || /[.!?]$/.test(p)))
    return undefined;
  const date = parts.map((p) => parseDateLine(p)).find(Boolean);
  // "Latency Budget · Lysander Renquist · 9 July 2025": of two parts that read as names, the one nearer the date.
  const dated = parts.findIndex((p) => parseDateLine(p) !== undefined);
  // ("The Ledger Review" is a site's name: a person's never opens on "The".)
  const named = parts.filter((p) => !/^the\s/i.test(p) && isPersonName(p.replace(COURTESY_TITLE, '')));
  const author = named.filter((p) => parts.indexOf(p) < dated).pop() ?? named[0];
  if (!date || !author) return undefined;
  const publisher = parts.find((p) => p !== author && AFFILIATION.test(p));
  return { author, date, ...(publisher ? { publisher } : {}) };
}

/** An institution's name, or two joined by a comma: capitalised words, one of them naming a kind of body. */
const AFFILIATION =
  /^(?=.*\b(?:University|Institute|Centre|Center|School|College|Department|Foundation|Commission|Council|Observatory|Laboratory|Trust|Bank)\b)(?:\p{Lu}[\p{L}&'’.-]*|of|for|and|on|the|&|,)(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|of|for|and|on|the|&)|,)*$/u;

/** A byline or a date line. */
function isHeadLine(block: string): boolean {
  return parseByline(block) !== undefined || parseDateLine(block) !== undefined;
}

/**
 * The first block is a standfirst when it is short in itself and next to the body: under
 * {@link STANDFIRST_SHARE} of the median paragraph that follows (a news lede is as long as its neighbours).
 * Sites put the dek above the byline, so this is only asked when no byline or date came first.
 */
function isStandfirst(blocks: readonly string[]): boolean {
  const [candidate = '', ...body] = blocks;
  if (body.length < 2 || !looksLikeStandfirst(candidate)) return false;
  const lengths = body.map(countWords).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return countWords(candidate) < median * STANDFIRST_SHARE;
}

/** "Her main research focus is …" on its own line continues the bio above it. */
function joinBioSentences(blocks: string[]): string[] {
  const joined: string[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    if (previous !== undefined && BOILERPLATE_PATTERNS.researchFocus.test(block) && asAuthorBio(previous))
      joined[joined.length - 1] = `${previous} ${block}`;
    else joined.push(block);
  }
  return joined;
}

/** Blocks under an "About the author" heading that may hold the bio. */
const BIO_CREDITS_DEPTH = 3;

/** "Last updated:", "Published:": a date line's label. */
const DATE_LABEL = /^(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?\s+/i;
/** A bullet typed as a character at the start of a block. */
const BULLET_GLYPH = /^[•▪◦‣●■□➢►]\s+/u;

/** The thread emoji after a post's text. */
const THREAD_EMOJI = /\s*🧵\s*$/u;

/**
 * A pasted thread has no headline: its date comes from the head line, its writer from the display name under
 * it, and its title is the first post's opening sentence, the hook the thread is about.
 */
function readThreadHead(blocks: readonly string[], meta: KnownMetadata): void {
  const head = blocks.slice(0, HEAD_SEARCH_DEPTH).findIndex((b) => THREAD_HEAD.test(b));
  if (head < 0) return;
  const date = THREAD_HEAD.exec(blocks[head] ?? '')?.[1];
  if (date && !meta.date) meta.date = parseDateLine(date.trim()) ?? meta.date;
  const name = blocks.slice(head + 1, head + 3).find(isPersonName);
  if (name && !meta.author) meta.author = name;
  const first = blocks.slice(head + 1).findIndex((b) => POST_NUMBER.test(b));
  const post = first < 0 ? undefined : blocks[head + 1 + first + 1];
  const hook = post?.replace(THREAD_EMOJI, '').split(/(?<=[.!?])\s+/)[0];
  if (hook && !meta.title && countWords(hook) <= MAX_HOOK_WORDS) meta.title = hook.replace(/[.!]$/, '');
}
const MAX_HOOK_WORDS = 25;

/** Reads the date (and author) from timestamp lines near the top, before they are dropped as furniture. */
/** A line of parts between separators, the last of them a date (read by {@link parseDateLine}). */
const NAV_WITH_DATE = /[·|•]\s*[^·|•]+$/;

/** An e-mail's header line: its field, then its value. */
const EMAIL_FIELD = /^(from|sent|date|to|cc|bcc|subject)\s*:\s*(.+)$/i;
/** "---------- Forwarded message ---------", "-----Original Message-----": where a forwarded message begins. */
const FORWARDED_MARK = /^-*\s*(?:forwarded message|original message|begin forwarded message)\s*:?\s*-*$/i;
/** "Fwd: ", "RE: FW: ": what replying and forwarding add before a subject. */
const REPLY_PREFIX = /^(?:(?:fwd?|fw|re|aw|tr)\s*:\s*)+/i;
/** "Euan Ruthven <euan.ruthven@…>": a sender's address after their name. */
const ADDRESS_AFTER_NAME = /\s*<[^<>\s]+@[^<>\s]+>\s*$/;
/** How many header lines a message's head runs to. */
const MAX_EMAIL_FIELDS = 8;

/**
 * A pasted e-mail's header lines (From, Date, Subject, To, Cc), read from the head of the message the others
 * forward: the subject, without its "Fwd:", is the title, the sender who wrote it the author, its date the
 * article's. Returns the lines that are no text of the article: the header lines, and the cover note of whoever
 * forwarded the message; nothing when the text is no e-mail (a "From:" with an address, or a forwarded message's
 * mark, shows that it is).
 */
function readEmailHeaders(blocks: readonly string[], meta: KnownMetadata): Set<string> {
  const heads: { fields: Map<string, string>; lines: string[] }[] = [];
  let head: (typeof heads)[number] | undefined;
  blocks.forEach((block, i) => {
    const field = EMAIL_FIELD.exec(block);
    const starts = i === 0 || FORWARDED_MARK.test(blocks[i - 1] ?? '');
    if (field && (head || starts) && (head?.lines.length ?? 0) < MAX_EMAIL_FIELDS) {
      head ??= heads[heads.push({ fields: new Map(), lines: [] }) - 1];
      head?.fields.set((field[1] ?? '').toLowerCase(), (field[2] ?? '').trim());
      head?.lines.push(block);
    } else head = undefined;
  });
  const email =
    heads.some((h) => ADDRESS_AFTER_NAME.test(h.fields.get('from') ?? '')) ||
    blocks.some((b) => FORWARDED_MARK.test(b));
  const fullHeads = heads.filter((h) => h.fields.has('from') || h.fields.has('subject'));
  if (!email || fullHeads.length === 0) return new Set();
  // The message forwarded last, innermost, is the one the others pass on.
  const inner = fullHeads[fullHeads.length - 1];
  const subject = [...fullHeads]
    .reverse()
    .map((h) => h.fields.get('subject'))
    .find(Boolean);
  if (subject) meta.title ??= subject.replace(REPLY_PREFIX, '').trim();
  const sender = (inner?.fields.get('from') ?? '')
    .replace(ADDRESS_AFTER_NAME, '')
    .replace(/^["“](.*)["”]$/, '$1');
  if (PERSON_NAME.test(sender)) meta.author ??= sender.split(/,\s*/)[0];
  const sent = inner?.fields.get('date') ?? inner?.fields.get('sent');
  // "Tue, 10 Feb 2026 at 16:42": the day it was sent, without the weekday and the hour.
  const day = dateIn(sent ?? '')
    ?.replace(/^\p{L}{3,9}\.?,?\s+(?=\d|\p{L}{3,9}\.?\s+\d)/u, '')
    .replace(/,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b.*$/, '');
  if (day) meta.date ??= day;
  // The note that forwards it, above the last mark, is the sender's cover, not the message.
  const mark = blocks.findLastIndex((b) => FORWARDED_MARK.test(b));
  const cover = inner && mark > 0 ? blocks.slice(0, mark) : [];
  return new Set([...cover, ...fullHeads.flatMap((h) => h.lines)]);
}

/** "Volume 771: debated on Tuesday 14 October 2025": the day a parliamentary record's debate took place. */
const DEBATED_ON = /^volume \d{1,5}\s*:\s*debated on\s+(.{6,40})$/i;
/** "Neutral Citation Number: [2024] EWCA Civ 1432": the first line of a judgment's cover sheet. */
const CITATION_LINE = /^neutral citation(?: number)?\s*:/i;
/** A judgment's cover sheet opens within this many lines of the top, and ends within this many more. */
const COVER_START_DEPTH = 4;
const COVER_LINES = 60;
/** "JUDGMENT", "Approved Judgment": the heading the judgment itself starts under. */
const JUDGMENT_HEADING = /^(?:approved )?judgm?ent$/i;
/** "BRACKENRIDGE HOMES LIMITED", then "Appellant" (on its line, or after the name on the same one). */
const PARTY_ROLE = /(?:^|\s)(?:appellants?|respondents?|claimants?|defendants?|applicants?|petitioners?)$/i;
/** "IN THE COURT OF APPEAL (CIVIL DIVISION)": the court that gives the judgment. */
const COURT_LINE =
  /^in the ((?:court|high court|supreme court|county court|crown court|upper tribunal)\b[^.]{0,80})$/i;

/**
 * A judgment's cover sheet, from its neutral citation to the "JUDGMENT" heading: the court, the judges, the
 * parties, counsel and the note of how it was handed down. Titles the article with its parties ("Brackenridge
 * Homes Limited v Tamsin Okonjo-Reeve"), gives the court as its publisher, and returns the sheet's lines, which
 * are no part of the text.
 */
function readJudgmentCover(blocks: readonly string[], meta: KnownMetadata): Set<string> {
  const start = blocks.slice(0, COVER_START_DEPTH).findIndex((block) => CITATION_LINE.test(block));
  if (start < 0) return new Set();
  const heading = blocks
    .slice(start, start + COVER_LINES)
    .findLastIndex((block) => JUDGMENT_HEADING.test(block.trim()));
  if (heading < 0) return new Set();
  const sheet = blocks.slice(start, start + heading + 1);
  const parties = sheet.flatMap((block, i) => {
    const role = PARTY_ROLE.exec(block);
    if (!role) return [];
    const named = block.slice(0, role.index).trim() || (sheet[i - 1] ?? '');
    return /\p{Lu}{2}/u.test(named) && !PARTY_ROLE.test(named) ? [capitalisedWords(named)] : [];
  });
  if (parties.length >= 2) meta.title ??= parties.slice(0, 2).join(' v ');
  const court = sheet.map((block) => COURT_LINE.exec(block.trim())?.[1]).find(Boolean);
  // "Court of Appeal, Civil Division": the division after a comma, not in brackets the title slide adds its own to.
  if (court)
    meta.publisher ??= capitalisedWords(court)
      .replace(/^./, (c) => c.toUpperCase())
      .replace(/\s*\(([^)]+)\)$/, ', $1');
  const handedDown = sheet.map((block) => /^date\s*:\s*(.+)$/i.exec(block.trim())?.[1]).find(Boolean);
  if (handedDown) meta.date ??= parseDateLine(handedDown) ?? handedDown;
  return new Set(sheet);
}

function readTimestamps(blocks: readonly string[], meta: KnownMetadata): void {
  let updated: string | undefined;
  for (const block of blocks.slice(0, TIMESTAMP_SEARCH_DEPTH)) {
    if (countWords(block) >= BODY_PARAGRAPH_WORDS) break;
    const line = parsePostedLine(block);
    // "The Ledger Review · Ideas · 6 May 2025": a site's line, which the navigation rules drop, gives the date.
    // "Winter 2026 issue | 14 December 2026 | 19 minute read": a line of short labels, one of them the date.
    const labels = block.split(/\s*[·|•]\s*/);
    const labelled =
      labels.length > 1 && labels.every((p) => countWords(p) <= MAX_CREDIT_PART_WORDS && !/[.!?]$/.test(p))
        ? labels.map((p) => parseDateLine(p)).find(Boolean)
        : undefined;
    if (!line && !parseDateLine(block) && labelled) meta.date ??= labelled;
    // "Latency Budget · Lysander Renquist · 9 July 2025 · 11 min read": the navigation rules drop a credit line
    // too, and its writer is the article's.
    // "Published on the Association's website and Facebook page, 21 October 2025": where and when a letter went out.
    if (!line && BOILERPLATE_PATTERNS.publishedOn.test(block)) meta.date ??= dateIn(block);
    const credited = line ? undefined : creditLine(block);
    if (credited && !meta.author && parseByline(block) === undefined) meta.author = credited.author;
    if (!line && NAV_WITH_DATE.test(block) && parseDateLine(block)) {
      meta.date ??= parseDateLine(block);
      // Its first part names the site when a section stands between it and the date.
      const parts = block.split(/\s*[·|•]\s*/);
      if (parts.length >= 3 && countWords(parts[0] ?? '') <= MAX_MASTHEAD_WORDS + 1)
        meta.publisher ??= parts[0];
    }
    if (!line) continue;
    if (line.author && !meta.author) meta.author = line.author;
    if (line.updated) updated ??= line.date;
    else if (!meta.date) meta.date = line.date;
  }
  if (!meta.date && updated) meta.date = updated;
}

/** Removes byline and date lines near the top, recording them. */
function takeHeadLines(blocks: string[], meta: KnownMetadata): string[] {
  const rest = [...blocks];
  let bylined = false;
  for (let index = 0; index < Math.min(HEAD_SEARCH_DEPTH, rest.length);) {
    const block = rest[index] ?? '';
    // "Centre for Transport Economics, University of Dunbarrow" under the authors: where they work.
    if (bylined && AFFILIATION.test(block) && countWords(block) <= MAX_SERIES_LINE_WORDS) {
      meta.publisher ??= block;
      rest.splice(index, 1);
      continue;
    }
    // "Dr Selma Karvonen · Altmoor Institute for Public Policy · Policy Brief No. 31 · March 2025": a brief's
    // line of its author, issuer, series and date.
    // "EMBARGOED UNTIL 19:00, FRIDAY 9 OCTOBER 2026 · CHECK AGAINST DELIVERY" under a known title: the release's
    // line gives the date; the shouted line of its office above it ("OFFICE OF THE MAYOR · PRESS OFFICE"), who
    // issues it.
    const release = RELEASE_LINE.exec(block);
    if (release) {
      const date = (release[1] ?? '')
        .split(/\s*[|•·]\s*/)
        .map((part) => parseDateLine(part.replace(EMBARGO_HOUR, '').replace(/^[,\s]+/, '')))
        .find(Boolean);
      if (date) meta.date ??= capitalisedWords(date);
      rest.splice(index, 1);
      continue;
    }
    if (index === 0 && SHOUTED_OFFICE.test(block) && RELEASE_LINE.test(rest[1] ?? '')) {
      meta.publisher ??= capitalisedWords(block.split(/\s*[|•·]\s*/)[0] ?? block);
      rest.splice(index, 1);
      continue;
    }
    const credited = parseByline(block) ? undefined : creditLine(block);
    if (credited) {
      if (!meta.author) meta.author = credited.author;
      if (!meta.date) meta.date = credited.date;
      if (credited.publisher) meta.publisher ??= credited.publisher;
      rest.splice(index, 1);
      continue;
    }
    // "Judgment handed down 18 February 2026. Summary prepared by Imogen Tallis-Okafor, Partner.": a byline run
    // into the line that dates the judgment summarised. That date is the standfirst, not the article's date (the
    // summary may report what followed it).
    const parts = block.split(/(?<=\.)\s+(?=\p{Lu})/u);
    if (parts.length === 2 && JUDGMENT_DATE.test(parts[0] ?? '') && parseByline(parts[1] ?? '')) {
      meta.standfirst ??= parts[0];
      rest.splice(index, 1, parts[1] ?? '');
      continue;
    }
    const byline = parseByline(block);
    bylined = byline !== undefined;
    // "Opinion | The Carrow Courier | 18 February 2027" after the name: the date is one of its parts.
    const restParts = byline?.rest?.split(/\s*[|•·—–]\s*/) ?? [];
    // "14 March 2023" under the body's first paragraphs heads a chronology's entry: the page's date comes before.
    const inBody = rest
      .slice(0, index)
      .some((b) => countWords(b) >= BODY_PARAGRAPH_WORDS && /[.!?]["”’]?$/.test(b));
    const date = byline?.rest
      ? (parseDateLine(byline.rest) ?? restParts.map((p) => parseDateLine(p)).find(Boolean))
      : inBody
        ? undefined
        : parseDateLine(block);
    if (byline || date) {
      if (byline && !meta.author) meta.author = byline.author;
      if (date && !meta.date) meta.date = date;
      rest.splice(index, 1);
    } else {
      index += 1;
    }
  }
  return rest;
}

/**
 * How many short label lines (a masthead, a section, "Opinion") stand above the headline of a page whose byline
 * follows within a few lines: 0 unless every line above the first long title-like one is a label without a stop.
 * `dek` when that long line is the headline's dek and the last label the headline.
 */
function labelsAboveHeadline(blocks: readonly string[]): { labels: number; dek: boolean } {
  const none = { labels: 0, dek: false };
  const byline = blocks.slice(0, LABELLED_HEAD_DEPTH).findIndex((block) => parseByline(block) !== undefined);
  if (byline < 0) return none;
  const long = blocks
    .slice(0, byline)
    .findIndex((block) => countWords(block) > MAX_MASTHEAD_WORDS && looksLikeTitle(block));
  // "The Long Way Up": a headline of a few words is the line above the byline, or above the standfirst there.
  const above = byline - (byline > 1 && /[.!?]$/.test(blocks[byline - 1] ?? '') ? 2 : 1);
  const headline = long >= 0 ? long : looksLikeTitle(blocks[above] ?? '') ? above : -1;
  const isLabel = (block: string) => countWords(block) <= MAX_MASTHEAD_WORDS && !/[.!?:;,]$/.test(block);
  if (headline <= 0 || !blocks.slice(0, headline).every(isLabel)) return none;
  // "Ottoline Kessardy obituary" over "Finance minister who broke Sarvonia's hyperinflation, and spent …": a
  // line too long for a headline is the dek, and the short one above it, neither the site nor its section, the
  // headline.
  const shortLine = blocks[headline - 1] ?? '';
  const dek =
    headline > 1 &&
    countWords(blocks[headline] ?? '') > MAX_HEADLINE_WORDS &&
    // ("Opinion", "Housing": one word names a section.)
    countWords(shortLine) > 1 &&
    !SHOUTED_LINE.test(shortLine) &&
    !/\s[|•·]\s/.test(shortLine) &&
    looksLikeTitle(shortLine);
  return { labels: headline, dek };
}

/** The most words a headline runs to; a longer line under a short one is its dek. */
const MAX_HEADLINE_WORDS = 20;

/** A line of a site and its section, with a longer headline under it. */
function kickerLine(line: string, next: string): boolean {
  return siteAndSection(line) !== undefined && looksLikeTitle(next) && countWords(next) > countWords(line);
}

/** "DISPATCH | WATER", "ANALYSIS · ENERGY": one or two shouted words each side of a separator. */
const RUBRIC = /^[\p{Lu}&'’-]+(?: [\p{Lu}&'’-]+)?(?:\s+[|·•/]\s+[\p{Lu}&'’-]+(?: [\p{Lu}&'’-]+)?)+$/u;
/** A shouted line above a headline names a publication and its section in a few words. */
const MAX_SHOUTED_WORDS = 10;

/** "LOCAL NEWS", "WORLD": a page's section, shouted in a few words above a longer headline. */
function shoutedKicker(line: string, next: string): boolean {
  const name = SHOUTED_SECTION.exec(line)?.[1] ?? line;
  return (
    /^[\p{Lu}&' -]{3,40}$/u.test(name) &&
    countWords(name) <= MAX_MASTHEAD_WORDS &&
    looksLikeTitle(next) &&
    !/[.!?]$/.test(next) &&
    countWords(next) > countWords(line)
  );
}

/** "BANK OF NORLAND Speeches": a site's shouted name and the section of it a page is in. */
const SHOUTED_SECTION = /^([\p{Lu}&' -]{3,40}?)\s+(?:\p{Lu}\p{Ll}+)(?:\s\p{Lu}?\p{Ll}+)?$/u;

/** A newsletter's tagline under its name is a short phrase ("Notes from a water network engineer"). */
const MAX_TAGLINE_WORDS = 8;

/** A signer's post after their name: "Margit Solheim Chief Executive Officer", "Ana Holm, Director". */
const SIGNER_POST =
  /^(?:chief|director|president|chair(?:man|woman|person)?|managing|executive|head|secretary|minister|governor|ceo|cfo|founder|partner|principal|dean|professor|senior|general)\b/i;

/**
 * The signer a letter's first signature line names: the line itself ("Margit Solheim"), or its words before the
 * post when a document ran the lines together ("Margit Solheim Chief Executive Officer Corran Materials plc …").
 */
function signatureName(line: string | undefined): string | undefined {
  const signature = line?.trim();
  if (!signature) return undefined;
  if (isPersonName(signature)) return signature;
  const words = signature.split(/\s+/);
  const post = words.findIndex((word, i) => i > 0 && SIGNER_POST.test(word));
  const name = post > 0 ? words.slice(0, post).join(' ').replace(/,$/, '') : undefined;
  return name && isPersonName(name) ? name : undefined;
}

/** The fewest short lines at the end that make a run of page furniture, not a sign-off. */
const MIN_TRAILING_LABELS = 2;
/** A line that ends a sentence, a quotation or a bracket. */
const SENTENCE_CLOSE = /[.!?:;,"”)’]$/;

/**
 * How many short label lines (a tag list, "Follow", "Share") end the text after a paragraph that ends a sentence:
 * 0 unless there are at least {@link MIN_TRAILING_LABELS} of them.
 */
function trailingLabels(blocks: readonly string[]): number {
  let count = 0;
  while (count < blocks.length) {
    const block = blocks[blocks.length - 1 - count] ?? '';
    if (countWords(block) > MAX_MASTHEAD_WORDS || SENTENCE_CLOSE.test(block)) break;
    count += 1;
  }
  const before = blocks[blocks.length - 1 - count];
  return count >= MIN_TRAILING_LABELS && before !== undefined && /[.!?]["”’)]?$/.test(before) ? count : 0;
}

/** Removes the author bio (and any short lines after it) at the end, recording it. */
function takeTail(blocks: string[], meta: KnownMetadata): string[] {
  // "Rhiannon": a letter's or newsletter's sign-off, the author's name alone on the last line.
  const last = (blocks.at(-1) ?? '').replace(/^[—–-]\s*|[.!,]$/g, '').trim();
  const names = meta.author?.split(/\s+/) ?? [];
  if (blocks.length > 1 && last && (last === meta.author || (names.length > 1 && last === names[0])))
    blocks = blocks.slice(0, -1);
  const bio = findAuthorBio(blocks, meta.author);
  if (!bio) return blocks;
  meta.authorBio = bio.bio;
  if (!meta.author) meta.author = bio.author;
  return blocks.slice(0, bio.index);
}

/**
 * A pasted page often opens with the site's name ("The Valley Courier") above the headline: a short line that
 * the page repeats elsewhere (in its appeals, bio or copyright line), followed by a longer headline.
 */
function isMasthead(blocks: readonly string[], all: readonly string[]): boolean {
  const [first = '', next = ''] = blocks;
  if (DOMAIN_MASTHEAD.test(first) && looksLikeTitle(next) && blocks.length > 2) return true;
  if (
    countWords(first) > MAX_MASTHEAD_WORDS ||
    !looksLikeTitle(next) ||
    countWords(next) <= countWords(first)
  )
    return false;
  // "The Eastshore Courier" is the "Eastshore Courier Ltd" of the copyright line.
  const name = first.replace(/^the\s+/i, '');
  return name.length >= 3 && all.filter((block) => block !== first && block.includes(name)).length >= 1;
}

function publisherFromAppeals(blocks: readonly string[]): string | undefined {
  for (const block of blocks) {
    const kind = boilerplateKind(block);
    const site = kind === 'newsletter' || kind === 'donation' ? siteNameFromAppeal(block) : undefined;
    if (site) return site;
  }
  return undefined;
}

/** "Halden Institute Policy Brief No. 27": the publisher, then the series the piece belongs to. */
const SERIES_LINE =
  /^(.+?)\s+(?:policy brief|briefing(?: paper| note)?|working paper|discussion paper|research report|report|commentary|insight)s?\b(?:\s+(?:no\.?|number|#)\s*\d+)?/i;
/** "Final report of the Fairholt Commission …", "A briefing paper by the Halden Institute": who issues a report. */
const REPORT_OF =
  /^(?:(?:a|an|the|final|interim|annual|first|second|third)\s+){0,2}(?:report|paper|briefing(?: paper)?|policy brief|working paper|review|study)\s+(?:of|by|from)\s+(?:the\s+)?(\p{Lu}[\p{L}&'’ -]{2,80})$/iu;
/** A line above a known headline is a kicker or series line: short, and not a sentence. */
const MAX_SERIES_LINE_WORDS = 12;

function isSeriesLine(block: string): boolean {
  return countWords(block) <= MAX_SERIES_LINE_WORDS && !/[.!?]$/.test(block);
}

/** A footnote typed as a paragraph of its own: its bracketed number, then its text. */
const NOTE_LINE = /^(\[\d{1,3}\])\s+\S/;
/** "[12] The Court held …": a judgment's paragraph number, before its first word. */
const PARAGRAPH_BRACKET = /^\[\d{1,3}\]\s+(?=\S)/;
/** A bracketed note mark right after a word or a stop ("demand is.[2] The"), never one standing alone. */
const NOTE_MARK = /(?<=[\p{L}\p{N}.,;:!?”"’)%])\[\d{1,3}\]/gu;
/** A transcript's bracketed time code opening a turn: "[00:04:12]", "(12:30)". */
const TIME_CODE = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\))\s*/;
/** A transcript's or speech's bracketed stage direction: "[Laughter]", "(Applause)", "[inaudible]", "[AD BREAK]". */
const STAGE_DIRECTION =
  /\s*[[(](?:laughter|laughs|laughing|applause|applauds|cheers|cheering|interruptions?|hon\.? members\s*:|hear, hear|heckling|shouting|uproar|inaudible|crosstalk|cross-talk|pause|pauses|music|sighs|coughs|silence|unclear|ad break|break|end of (?:transcript|recording))[^\])]{0,24}[\])]/giu;
/** "03-Mar-2026 14:22 GMT": a wire terminal's date stamp. */
const WIRE_STAMP = /^(\d{1,2})-(\p{L}{3})-(\d{4})\b/u;
/** "3 The programme is well behind schedule.": a paragraph's bare number, before its first word. */
const BARE_NUMBER = /^(\d{1,3})\s+(?=\p{Lu})/u;
/** "a publish, by September 2026, a re-baselined plan …": a lettered item's letter, before its first word. */
const BARE_LETTER = /^([a-z])\s+(?=\p{Ll})/u;
/** A run of paragraphs numbered or lettered in order (1, 2, 3 or a, b, c) has at least this many. */
const MIN_MARKED_RUN = 3;

/**
 * Paragraphs numbered "1 …", "2 …", "3 …" or lettered "a …", "b …", "c …" without a stop after the mark, as a
 * report's executive summary and recommendations are: the marks are places in the document, not words of it. Only
 * a run in order counts (headings may stand between its paragraphs), so "3 Britons were hurt" stays as written.
 */
function withoutRunMarkers(blocks: readonly string[]): string[] {
  const out = [...blocks];
  const strip = (marker: RegExp, order: (mark: string) => number) => {
    const numberOf = (block: string) => {
      const mark = marker.exec(block)?.[1];
      return mark === undefined ? undefined : order(mark);
    };
    for (const run of orderedRuns(blocks, numberOf, (a, b) => b === a + 1, MIN_MARKED_RUN, false))
      for (const i of run) out[i] = (out[i] ?? '').replace(marker, '');
  };
  strip(BARE_NUMBER, Number);
  strip(BARE_LETTER, (mark) => mark.charCodeAt(0));
  return out;
}

/** "4.1 ", "2.3.1 ": a paragraph's number in a numbered document, before its first word. */
const PARAGRAPH_NUMBER = /^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=[\p{Lu}"“‘'(])/u;
/**
 * "7. The number of bus route-kilometres … fell. Over the same period, …": a numbered paragraph of a report, its
 * number a place in the document. A numbered item of one sentence is a list's item, whose number says its order.
 */
const NUMBERED_PARAGRAPH = /^\d{1,3}\.\s+(?=\p{Lu}[^]*?[.!?]["”’]?\s+["“‘]?\p{Lu})/u;
/** Headings are short: only a paragraph longer than this loses its number. */
const NUMBERED_MIN_WORDS = 8;
/** A letterhead's address or contact line: parts set apart by bars, with a postcode, web address or number. */
const ADDRESS_LINE =
  /^(?=.*\s\|\s)(?=.*(?:\bwww\.|@|\b\d{3,}\b|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b)).{10,200}$/;
/** "Programme transcript: Tuesday 13 May 2025, 17:32-17:44": a broadcast's transcript line, with its date. */
const BROADCAST_LINE = /^(?:programme|program|show|broadcast|radio|episode) transcript\s*:\s*(.+)$/i;
/** 'Segment: "Holiday lets: ban or bust?"': the item of a programme the transcript gives. */
const SEGMENT_LINE = /^(?:segment|item|feature)\s*:\s*["“]?(.+?)["”]?$/i;
/** A cover field of a submission or memo: its label, then its value. */
const COVER_FIELD =
  /^(?:consultation|submitted (?:by|to)|prepared (?:by|for)|date(?: of (?:submission|publication|issue))?|contact(?: for this (?:response|submission))?|reference|ref\.?|version|status|classification|respondent|organisation|organization|to|from|subject|re|host|hosts|guest|guests|presenter|presenters|interviewer|interviewee|producer|episode)\s*:\s*(.+)$/i;
/** "THE WARD ROUND — a podcast about health and care from Kestra Public Radio": a programme's name and tagline. */
const SHOW_LINE =
  /^([\p{Lu}\d'’ &]{3,40})\s[—–-]\s(?:an?|the)\s[^.]{0,80}?\b(?:podcast|programme|program|show|series)\b(?:[^.]{0,80}?\bfrom\s([^.]{2,60}))?\.?$/u;
/** "OFFICE OF THE MAYOR OF BRENNPORT · PRESS OFFICE": an issuer's office, shouted, above its release line. */
const SHOUTED_OFFICE = /^[\p{Lu}\d&'’ ,.·|•-]{6,100}$/u;
/** "Judgment handed down 18 February 2026.": when the court gave the judgment a summary is about. */
const JUDGMENT_DATE =
  /^(?:the )?(?:judgment|decision|ruling|opinion)s? (?:was |were )?(?:handed down|delivered|given|issued)\b/i;
/** "Episode 212: ", "Ep. 14 — ": an episode's number before its title. */
const EPISODE_NUMBER = /^(?:episode|ep\.?)\s*#?\d+\s*[:.—–-]\s*(?=\S)/i;
/** "Released 22 January 2027 · 41 minutes": an episode's date, and its length. */
const RELEASED_LINE =
  /^(?:released|recorded|broadcast|aired|first broadcast)(?: on)?\s+([^·|•]{4,40}?)(?:\s*[·|•]\s*[^.]{1,40})?$/i;
/** A submission's note on how it may be published. */
const COVER_NOTE =
  /^(?:[^.]{0,80}\b(?:may be published in full|content for (?:its|our|their) name to be (?:attributed|published)|(?:is|are) not confidential|can be published)\b[^.]{0,80}[.]?\s*){1,2}$/i;
/** A cover field's line is at most this long. */
const MAX_COVER_FIELD_WORDS = 20;
/** How far under the title a submission's cover fields run. */
const COVER_DEPTH = 8;

function takeCoverFields(blocks: string[], meta: KnownMetadata): string[] {
  let at = 0;
  while (at < Math.min(blocks.length - 1, COVER_DEPTH)) {
    const block = blocks[at] ?? '';
    // A cover field is a line, not a paragraph that opens on a label ("Status: the bill has stalled because …").
    // "HOST: You have said … Is that not provocative?": a turn of a transcript, not a field.
    const field =
      countWords(block) <= MAX_COVER_FIELD_WORDS && !/[?!]$|[.?!]\s+\p{Lu}/u.test(block)
        ? COVER_FIELD.exec(block)
        : null;
    const show = SHOW_LINE.exec(block);
    const released = RELEASED_LINE.exec(block);
    // "Programme transcript: Tuesday 13 May 2025, 17:32-17:44": when the programme went out.
    const broadcast = BROADCAST_LINE.exec(block);
    // 'Segment: "Holiday lets: ban or bust?"' under a programme's shouted name: the segment is the piece.
    const segment = SEGMENT_LINE.exec(block);
    if (broadcast) meta.date ??= dateIn(broadcast[1] ?? '');
    else if (segment?.[1] && SHOUTED_LINE.test(meta.title ?? '')) {
      meta.publisher ??= capitalisedWords(meta.title ?? '');
      meta.title = segment[1];
    } else if (show) meta.publisher ??= show[2]?.trim() ?? capitalisedWords(show[1] ?? '');
    else if (released) meta.date ??= parseDateLine(released[1] ?? '');
    else if (field) {
      const label = block.slice(0, block.indexOf(':')).toLowerCase();
      if (label.startsWith('date')) meta.date ??= parseDateLine(field[1]?.trim() ?? '');
      if (label === 'submitted by' || label === 'prepared by')
        meta.publisher ??= (field[1] ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
      // "MEMORANDUM", then "SUBJECT: Saltmarrow port strike: …" and "FROM: Ansel Osterlund, Head, …": a memo's
      // subject is its title, and who sends it its writer.
      if ((label === 'subject' || label === 're') && DOCUMENT_KIND.test(meta.title ?? ''))
        meta.title = field[1]?.trim();
      // ("From: Hospital Doctors for Safe Care": a group that sends a letter is who publishes it.)
      const sender = field[1]?.trim() ?? '';
      if (label === 'from' && PERSON_NAME.test(sender)) meta.author ??= sender.split(/,\s*/)[0];
      else if (label === 'from' && sender) meta.publisher ??= sender;
    } else if (!COVER_NOTE.test(block)) break;
    at++;
  }
  return blocks.slice(at);
}

function dropLeading(blocks: string[], isDuplicate: (block: string) => boolean): string[] {
  return blocks.length > 1 && isDuplicate(blocks[0] ?? '') ? blocks.slice(1) : blocks;
}

function withoutEmpty(meta: KnownMetadata): KnownMetadata {
  const clean: KnownMetadata = {};
  for (const [key, value] of Object.entries(meta) as [keyof KnownMetadata, string | undefined][]) {
    const text = value === undefined ? '' : normaliseSpace(value);
    if (text) clean[key] = text;
  }
  return clean;
}
