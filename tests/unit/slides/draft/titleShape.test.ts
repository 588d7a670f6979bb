import { MONTHS } from '../../../../slides/months';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../../electron/services/import';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { looksNonEnglish } from '../../../../slides/import/language';
import { lexiconOf, posOf } from '../../../../slides/draft/clauses';
import { dropModifiers, eventPhrase, shortenName } from '../../../../slides/draft/eventPhrase';
import { BriefingPlanner } from '../../../../slides/draft/plan';
import {
  badOpening,
  leadingClause,
  mainClause,
  strandsComplement,
  wellShaped,
} from '../../../../slides/draft/titleShape';
import { listArticleFixtures } from '../../../../scripts/draftFixtures';

const LABELLED =
  /^(Key judgment|What to watch|Context|Key figures|What set it off|The other side|Who wants what|Key dates):/;
const SUBORDINATOR =
  /^(?:although|though|while|whereas|because|since|if|unless|when|whenever|once|until|after|before|as|buoyed|given)\b/i;
const PARTICIPLE = /^\p{L}+(?:ed|ing|en)$/u;
const GERUND_SUBJECT =
  /^\p{L}+ing\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must)\b/iu;
const COMPLEMENT_NEXT = /^(?:on|to|for|that|of|with)\b/i;
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu;
const SPACE = /\s+/;
const fixtures = listArticleFixtures();

function bare(word: string): string {
  return word.replace(EDGE, '').toLowerCase();
}

/** A title's last word, then "on" and a day of a month. */
const ON_DATE = new RegExp(String.raw`^\S+\s+on\s+(?:\d{1,2}\s+)?(?:${MONTHS.join('|')})\b`);

/** The word after the title's last words in the source sentence, when the title's ending is found there. */
function continuation(title: string, sentence: string): string | undefined {
  const tail = title.split(SPACE).slice(-2).map(bare).filter(Boolean);
  const words = sentence.split(SPACE).map(bare);
  for (let i = tail.length - 1; i < words.length - 1; i++)
    if (tail.every((w, j) => words[i - tail.length + 1 + j] === w)) return words[i + 1];
  return undefined;
}

describe.each(fixtures.map((f) => [f.name, f] as const))('slide titles of %s', (name, fixture) => {
  it('open on their subject, state a point and do not strand a complement', async () => {
    const article = await readArticleFile(fixture.articlePath);
    const analysis = analyzeArticle(article);
    const byRef = new Map(analysis.sentences.map((s) => [s.ref, s.text]));
    const slides = new BriefingPlanner(article, analysis).plan();
    let labelled = 0;
    for (const slide of slides.filter((s) => s.kind !== 'title' && s.kind !== 'sources')) {
      const point = slide.title.replace(/^Bottom line:\s*/, '').replace(/\s*\(continued\)$/, '');
      const sources = slide.sources.map((r) => byRef.get(r) ?? '');
      const first = bare(point.split(SPACE)[0] ?? '');
      expect(point, `${name}: subordinate opener`).not.toMatch(SUBORDINATOR);
      // A gerund subject ("Recycling is the other opening") opens a clause; a participle phrase does not.
      const gerundSubject = GERUND_SUBJECT.test(point);
      const verbFirst = !gerundSubject && sources.some((s) => posOf(first, lexiconOf(s)) === 'VERB');
      expect(verbFirst && PARTICIPLE.test(first) ? first : '', `${name}: participle opener "${point}"`).toBe(
        '',
      );
      // The actors slide names its cast after its label by design, a stat slide its lead figure; other labelled
      // titles are fallbacks.
      if (LABELLED.test(slide.title) && slide.kind !== 'actors' && slide.kind !== 'figures') labelled++;
      // "Key dates, 2019 to April 9" names the timeline's span; it is not a cut of a sentence.
      // A label and a name ("What set it off: Port of Saltmarsh") is a fallback that names a subject, not a cut.
      const spanTitle =
        (slide.kind === 'timeline' && /^Key dates, /.test(slide.title)) ||
        (LABELLED.test(slide.title) && !slide.titleRef);
      // The sentence the title was cut from, when it has one: another sentence may go on differently after the
      // same words ("the gap of …").
      const own = slide.titleRef ? [byRef.get(slide.titleRef) ?? ''] : sources;
      for (const s of spanTitle ? [] : own) {
        const next = continuation(point, s);
        // "The salvage operation ended | on March 23": a date says when, it completes nothing.
        const dated = next === 'on' && ON_DATE.test(s.slice(s.indexOf(point.split(SPACE).pop() ?? '')));
        expect(
          COMPLEMENT_NEXT.test(next ?? '') && !dated,
          `${name}: stranded complement "${point}" (${next})`,
        ).toBe(false);
      }
    }
    // The compression rules read English: other languages keep whole sentences, so short titles are rarer.
    if (!looksNonEnglish(article.paragraphs.join('\n')))
      expect(labelled, `${name}: label titles`).toBeLessThanOrEqual(2);
  });
});

const BUOYED =
  "Buoyed by its strategic alliance with Turkey and understandings with Russia, Azerbaijan sees little need to cede to Iran's demands and expectations.";
const CALL =
  "On November 1, Iran's Supreme Leader Ayatollah Ali Khamenei issued a call on all Muslim nations to sever all diplomatic and economic ties to Israel amid the escalating war in Gaza.";
const OBJECTED =
  'Iran has always strenuously objected to the presence of "extra-regional" powers anywhere near its borders, let alone its principal nemesis, the U.S.';

describe('title shape', () => {
  it('finds the main clause after a participial, subordinate or adverbial opener', () => {
    expect(mainClause(BUOYED, lexiconOf(BUOYED))).toMatch(/^Azerbaijan sees little need/);
    const though =
      "Though many Azerbaijanis sympathize with the Palestinians' plight, Israel's role in supporting Azerbaijan is widely appreciated.";
    expect(mainClause(though, lexiconOf(though))).toMatch(/^Israel's role/);
    const plain = "Turkey also happens to be Azerbaijan's closest ally.";
    expect(mainClause(plain, lexiconOf(plain))).toBe(plain);
  });

  it('rejects participle openers, stranded complements and split ranges', () => {
    expect(badOpening('Buoyed by its strategic alliance with Turkey', lexiconOf(BUOYED))).toBe(true);
    expect(badOpening('Azerbaijan sees little need', lexiconOf(BUOYED))).toBe(false);
    expect(strandsComplement("Iran's Supreme Leader Ayatollah Ali Khamenei issued a call", CALL)).toBe(true);
    expect(strandsComplement('Khamenei issued a call on Muslim nations to sever ties to Israel', CALL)).toBe(
      false,
    );
    const exits = 'Exits from the public hospital sector rose from 3,700 in 2018 to 5,300 in 2023.';
    expect(
      wellShaped('Exits from the public hospital sector rose from 3,700 in 2018', exits, lexiconOf(exits)),
    ).toBe(false);
    const salvage =
      'On March 12, salvage teams began pumping the remaining cargo into two smaller tankers, an operation that took eleven days.';
    expect(wellShaped('An operation that took eleven days', salvage, lexiconOf(salvage))).toBe(false);
  });

  it('cuts a clause at a noun the source does not continue with a complement', () => {
    const lexicon = lexiconOf(OBJECTED);
    expect(leadingClause(OBJECTED, OBJECTED, lexicon, 12)).toBe(
      'Iran has always strenuously objected to the presence of "extra-regional" powers',
    );
    expect(leadingClause(OBJECTED, OBJECTED, lexicon, 8)).toBeUndefined();
  });

  it('says an event in the words left by a date span', () => {
    const lexicon = lexiconOf(CALL);
    expect(shortenName(mainClause(CALL, lexicon), lexicon)).toMatch(/^Khamenei issued a call/);
    expect(dropModifiers('to sever all diplomatic and economic ties to Israel', lexicon)).toBe(
      'to sever ties to Israel',
    );
    expect(
      dropModifiers('the public hospital sector', lexiconOf('Exits from the public hospital sector rose.')),
    ).toBe('the public hospital sector');
    expect(eventPhrase(CALL, lexicon, 7)).toBe("Khamenei's call to sever ties to Israel");
    expect(eventPhrase(CALL, lexicon, 12)).toBe(
      'Khamenei issued a call on Muslim nations to sever ties to Israel',
    );
  });
});
