import sbd from 'sbd';

const SBD_OPTIONS = {
  newline_boundaries: false,
  preserve_whitespace: false,
  sanitize: false,
  abbreviations: [
    'Gen',
    'Lt',
    'Col',
    'Maj',
    'Capt',
    'Adm',
    'Sgt',
    'Gov',
    'Sen',
    'Rep',
    'Rev',
    'Prof',
    'Dr',
    'Mr',
    'Mrs',
    'Ms',
    'St',
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Sept',
    'Oct',
    'Nov',
    'Dec',
    'No',
    'vs',
    'etc',
    'approx',
    'Inc',
    'Ltd',
    'Co',
    'Corp',
    'Jr',
    'Sr',
    'Mt',
    'Ft',
    'e.g',
    'i.e',
  ],
};

/** A fragment ending in an initialism such as "U.S." that is too short to be a sentence on its own. */
const INITIALISM_END = /(?:\b[A-Z]\.){2,}$/;
const MAX_FRAGMENT_WORDS = 3;
/** "KJ1.", "R5.", "Q4)": a numbered item's label, letters then its number. */
const ITEM_LABEL = /^[A-Z]{1,3}\d{1,2}[.)]$/;
/** A piece starting in lower case continues the previous sentence (`"Stop." he said.`). */
const LOWERCASE_START = /^[a-z]/;
const WHITESPACE = /\s+/g;
const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * Splits one paragraph into sentences with `sbd`, then re-joins the fragments it cuts after an initialism
 * followed by a capitalised word ("The U.S. | Army left.") and
 * pieces that start in lower case.
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(WHITESPACE, ' ').trim();
  if (!text) return [];
  const pieces = sbd
    .sentences(text, SBD_OPTIONS)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const out: string[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    // "KJ1. The strike will probably …", "R5. Fund …": an item's label is no sentence of its own.
    const fragment =
      (INITIALISM_END.test(prev ?? '') && (prev ?? '').split(' ').length <= MAX_FRAGMENT_WORDS) ||
      (out.length === 1 && ITEM_LABEL.test(prev ?? ''));
    if (prev !== undefined && (fragment || LOWERCASE_START.test(piece))) {
      out[out.length - 1] = `${prev} ${piece}`;
    } else {
      out.push(piece);
    }
  }
  return out;
}

/** Splits text on blank lines into paragraphs (whitespace normalised, empties dropped). */
export function splitParagraphs(text: string): string[] {
  return text
    .split(PARAGRAPH_BREAK)
    .map((p) => p.replace(WHITESPACE, ' ').trim())
    .filter((p) => p.length > 0);
}

/** The paragraph number references give the standfirst: `p0.s1` is its first sentence (the body counts from 1). */
export const STANDFIRST_PARAGRAPH = 0;

/** The reference of the standfirst's sentence at `index` (0-based): `p0.s1` for the first. */
export function standfirstRef(index: number): string {
  return `p${STANDFIRST_PARAGRAPH}.s${index + 1}`;
}

/** The standfirst's sentences, as `p0.sM` references count them. */
export function standfirstSentences(standfirst: string | undefined): string[] {
  return standfirst ? splitSentences(standfirst) : [];
}
