import type { ImportedArticle } from '../import/types';
import type { Analysis, AnalyzedParagraph, AnalyzedSentence, Figure } from './types';
import { furnitureKind } from '../check/furniture';
import { BOILERPLATE_PATTERNS } from '../import/boilerplate';
import { datedEvents } from './dates';
import { turnsOf, withoutLabel, withoutSpeakerLabel } from './interview';
import { findMentions, mergeEntities, notPeople } from './entities';
import { findFigures } from './figures';
import { tokenize, tokenizeSentences } from './nlp';
import { classifyRole } from './roles';
import { contentLemmas, overlap, salienceScores } from './salience';
import { splitSentences } from './sentences';

const QUOTED = /["“]([^"”]{2,}?)["”]/g;
const WORD = /\S+/g;
const MAX_RESTATEMENTS = 3;
const MAX_CHROME_WORDS = 15;
/** Site furniture an importer may leave in the body: never drafted from (refs of other sentences stay stable). */
/** An author's bio ("X is a senior fellow at …", "His main research focus is …"): metadata, never drafted from. */
const AUTHOR_BIO =
  /^(?:(?:[\p{Lu}][\p{L}.'’-]*\s){1,3}(?:covers|writes about|reports on|reported from)\s|(?:[\p{Lu}][\p{L}.'’-]*\s){1,4}(?:is|was) (?:a|an|the) (?:[\p{L}-]+\s){0,6}(?:fellow|professor|expert|analyst|journalist|correspondent|editor|director|researcher|author|writer|scholar|economist|lecturer|reporter|columnist|consultant|adviser|advisor|contributor)\b|(?:his|her|their) (?:main )?(?:research|work) (?:focus|focuses|interests?)\b)/iu;
const MAX_BIO_WORDS = 45;
/** A byline or an embedded post's furniture ("By Nadia Farouk March 5", "pic.twitter.com/…", "— Name (@handle)"). */
const FURNITURE =
  /^(?:Correction|Clarification|Editor['’]s note|Update|Updated)\b[^:]{0,60}:|^(?:[Bb]y|[Ww]ritten by|[Ww]ords by)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\b|pic\.twitter\.com\/|https?:\/\/|\(@\w{1,30}\)|^[—–-]\s*\p{Lu}[^()]{0,60}\(@\w+\)/u;
const MAX_FURNITURE_WORDS = 40;

/** Thanks and disclosures closing a post ("Thanks to X for reading drafts of this post"): never drafted from. */
const ACKNOWLEDGEMENT =
  /^(?:\d{1,3}\.\s+)?(?:(?:many |special )?thanks (?:to|go to)|thank you to|i am grateful|i'm grateful|we are grateful|we thank|disclosure:|full disclosure:|the author(?:s)? (?:thanks?|would like to thank|declares?|has no))\b/i;
/** A heading after which a report or post holds only back matter: methods, notes, references, credits. */
const BACK_MATTER =
  /^(?:\d+[.)]?\s+)?(?:notes?|end ?notes|footnotes|references|bibliography|sources(?: and methods)?|acknowledge?ments|appendix(?:\s+\w+)?|annex(?:\s+\w+)?|about (?:the|this) (?:authors?|report|data|study|survey)|disclosures?|corrections?|notes? (?:to|for) editors|editors'? notes?|-*\s*ends\s*-*|#{3}|(?:media|press) (?:enquiries|inquiries|contacts?))\s*$/i;

/** A methods heading: back matter at the end of a report, but a paper's own section in its middle. */
const METHODS_HEADING =
  /^(?:\d+[.)]?\s+)?(?:methodology(?: note)?|methods?(?: note)?|data and methods?|a note on (?:methods?|sources|data))\s*$/i;
/** A methods section closes the article only from this share of its paragraphs on. */
const METHODS_AT_END = 0.6;

const SITE_CHROME =
  /\b(?:read more|sign up|subscribe|newsletter|in your inbox|related:|share this|follow us)\b/i;

function quotesIn(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => m[1] ?? '').filter(Boolean);
}

/** The article's "what it argues": headline and standfirst lemmas. */
function thesisLemmas(article: ImportedArticle): Set<string> {
  const text = [article.title, article.standfirst ?? ''].join('. ');
  return new Set(contentLemmas(tokenize(text).tokens));
}

/**
 * Analyses an imported article: paragraphs then sentences (sbd), tokens and parts of speech (wink-nlp), people,
 * places and organisations, figures with what they measure and who says so, dated events, each sentence's role,
 * the thesis and salience. Pure; the NLP model loads once on first use.
 */
export function analyzeArticle(article: ImportedArticle): Analysis {
  const thesisSet = thesisLemmas(article);
  const paragraphs: AnalyzedParagraph[] = [];
  const sentences: AnalyzedSentence[] = [];
  const mentionsPerSentence: { ref: string; mentions: ReturnType<typeof findMentions> }[] = [];
  const lemmasPerSentence: string[][] = [];
  const paragraphCount = article.paragraphs.length;
  let wordCount = 0;
  // Back matter ("Methodology note", "References") is kept as empty paragraphs, so every ref stays stable.
  const { interview, sections } = turnsOf(article.paragraphs);
  const backMatter = article.paragraphs.findIndex(
    (p, i) =>
      i > 0 &&
      (BACK_MATTER.test(p.trim()) ||
        (METHODS_HEADING.test(p.trim()) && i >= article.paragraphs.length * METHODS_AT_END)),
  );
  article.paragraphs.forEach((paragraphText, pi) => {
    const paragraph: AnalyzedParagraph = { number: pi + 1, text: paragraphText, sentences: [] };
    if (backMatter > 0 && pi >= backMatter) {
      paragraphs.push(paragraph);
      return;
    }
    wordCount += paragraphText.match(WORD)?.length ?? 0;
    // An interview's "A:" or "Holt:" is a speaker's mark, not part of what they say.
    const texts = splitSentences(paragraphText).map((t, i) =>
      i > 0
        ? t
        : interview?.answers.has(pi)
          ? withoutLabel(t, interview)
          : sections?.labelled?.has(pi)
            ? withoutSpeakerLabel(t)
            : t,
    );
    const tokenized = tokenizeSentences(texts);
    texts.forEach((text, si) => {
      const ref = `p${pi + 1}.s${si + 1}`;
      const tokens = tokenized[si] ?? [];
      const mentions = findMentions(tokens);
      mentionsPerSentence.push({ ref, mentions });
      lemmasPerSentence.push(contentLemmas(tokens));
      const { role, cues } = classifyRole(text, { paragraph: pi + 1, paragraphs: paragraphCount });
      const sentence: AnalyzedSentence = {
        ref,
        paragraph: pi + 1,
        index: si + 1,
        text,
        tokens,
        role,
        cues,
        entities: [],
        figures: [],
        quotes: quotesIn(text),
        salience: 0,
      };
      if (SITE_CHROME.test(text) && (text.match(WORD)?.length ?? 0) <= MAX_CHROME_WORDS) return;
      if (AUTHOR_BIO.test(text) && (text.match(WORD)?.length ?? 0) <= MAX_BIO_WORDS) return;
      if (FURNITURE.test(text) && (text.match(WORD)?.length ?? 0) <= MAX_FURNITURE_WORDS) return;
      if (ACKNOWLEDGEMENT.test(text) && (text.match(WORD)?.length ?? 0) <= MAX_FURNITURE_WORDS) return;
      // What the briefing check calls page furniture ("If you value our reporting, please support us") is never
      // drafted from: one rule for both.
      if (furnitureKind(text) && (text.match(WORD)?.length ?? 0) <= MAX_FURNITURE_WORDS) return;
      // A parliamentary paper's office notice ("Current membership: …") runs as long as its list of members.
      if (BOILERPLATE_PATTERNS.officeNotice.test(text)) return;
      paragraph.sentences.push(sentence);
      sentences.push(sentence);
    });
    paragraphs.push(paragraph);
  });

  const entities = notPeople(mergeEntities(mentionsPerSentence), sentences.map((s) => s.text).join(' '));
  const byRef = new Map(sentences.map((s) => [s.ref, s]));
  for (const entity of entities)
    for (const ref of entity.mentions) byRef.get(ref)?.entities.push(entity.name);

  const entityByName = new Map(entities.map((e) => [e.name, e]));
  const figures: Figure[] = [];
  for (const sentence of sentences) {
    const names = sentence.entities
      .map((name) => entityByName.get(name))
      .filter((e) => e !== undefined)
      .flatMap((e) => [e.name, ...e.aliases].filter((n) => sentence.text.includes(n)))
      // "the Rural Gigabit Voucher has spent 23% of its budget": a name by its full form where the sentence gives
      // it, not by a word inside it ("Voucher's budget").
      .filter((n, _, all) => !all.some((m) => m !== n && m.includes(n) && sentence.text.includes(m)))
      .sort((a, b) => sentence.text.lastIndexOf(a) - sentence.text.lastIndexOf(b));
    // The tagger's parts of speech end a figure's label at its clause's verb ("About 60 former staff | took jobs").
    const tags = new Map<string, string>();
    for (const t of sentence.tokens)
      if (!tags.has(t.text.toLowerCase())) tags.set(t.text.toLowerCase(), t.pos);
    for (const figure of findFigures(sentence.text, sentence.ref, names, tags)) {
      sentence.figures.push(figures.length);
      figures.push(figure);
    }
  }

  const mentionCount = new Map(entities.map((e) => [e.name, e.mentions.length]));
  const scores = salienceScores(
    sentences.map((s, i) => ({
      lemmas: lemmasPerSentence[i] ?? [],
      entityMentions: s.entities.map((name) => mentionCount.get(name) ?? 0),
      paragraph: s.paragraph,
      index: s.index,
      thesisOverlap: overlap(lemmasPerSentence[i] ?? [], thesisSet),
    })),
    paragraphCount,
  );
  sentences.forEach((s, i) => (s.salience = scores[i] ?? 0));

  const restatements = sentences
    .map((s, i) => ({ ref: s.ref, score: overlap([...thesisSet], new Set(lemmasPerSentence[i])) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_RESTATEMENTS)
    .map((r) => r.ref);
  const last = [...paragraphs].reverse().find((p) => p.sentences.length > 0);
  return {
    paragraphs,
    sentences,
    entities,
    figures,
    events: datedEvents(sentences),
    thesis: {
      headline: article.title,
      standfirst: article.standfirst,
      conclusion: paragraphs.length > 1 && last ? last.sentences.map((s) => s.ref) : [],
      restatements,
    },
    wordCount,
  };
}
