import { describe, expect, it } from 'vitest';
import { boilerplateKind } from '../../../../slides/import/boilerplate';
import { importText } from '../../../../slides/import';

/**
 * A committee report's and a podcast's own small print: the members' line, the paper's code, the witnesses annex,
 * the transcript's editing note and the sponsor read. A back-matter heading in a page's contents closes nothing.
 */

describe("a show's and a report's small print", () => {
  it('drops the sponsor read, however long, and the editing note', () => {
    expect(
      boilerplateKind(
        'HOST: Low Tide is supported by Brindle Outdoor. Brindle makes waterproofs in small runs on the Skarra coast, and every jacket can be repaired for free for ten years. Our producers wear nothing else on a wet recording day, which is most of them. Listeners get 15% off their first order with the code LOWTIDE at brindle.example.',
      ),
    ).toBe('sponsorRead');
    expect(
      boilerplateKind(
        'This is an edited transcript of the episode. It has been lightly condensed for clarity. Listen to the full episode on the player above.',
      ),
    ).toBe('editorNote');
    // A sentence about a sponsor in the body is no sponsor read.
    expect(
      boilerplateKind('The stadium is sponsored by a bank that has been fined twice for mis-selling loans.'),
    ).toBeUndefined();
  });

  it("drops a committee's members line and its paper's code", () => {
    expect(
      boilerplateKind('Committee members: Ada Forsgate MA (Chair), Jon Ormsby MA, Wen Prosser MA.'),
    ).toBe('officeNotice');
    expect(boilerplateKind('AS 214')).toBe('officeNotice');
  });

  const body = Array.from(
    { length: 16 },
    (_, i) =>
      `Paragraph ${i + 1} of the report sets out what the committee heard about the alert, and why it failed on the night.`,
  );

  it('ends the report at its witnesses annex', () => {
    const article = importText(
      [
        'Silent phones',
        ...body,
        'Annex: Witnesses',
        'The following witnesses gave oral evidence. Transcripts can be viewed on the inquiry page.',
        'Dr Ada Threlfall, Head of Flood Forecasting',
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(article.paragraphs.join(' ')).not.toMatch(/Witnesses|Transcripts can be viewed|Threlfall/);
    expect(article.paragraphs.join(' ')).toMatch(/Paragraph 16 of the report/);
  });

  it('reads "Witnesses" in the contents at the top of a long page as an entry, not the end', () => {
    const article = importText(['Silent phones', 'Summary', 'Witnesses', ...body].join('\n\n'), {
      format: 'txt',
    });
    expect(article.paragraphs.join(' ')).toMatch(/Paragraph 16 of the report/);
  });
});

describe("an op-ed's byline of name, section and date", () => {
  it('names its writer once, never as the site too, and keeps every paragraph', () => {
    const article = importText(
      [
        'A four-day week by law would reward the workers who need it least',
        'The Working Time Bill is the most popular idea in politics. That is exactly why its flaws deserve a hearing.',
        'Constance Malabre | Opinion | Tuesday 10 March 2026 07.00',
        'Few policies arrive with as much goodwill as the four-day week, and few have been examined so little by the people who would have to pay for it in the end.',
        'A law that imposes one working week on every kind of job, from hospital wards to village shops, would turn a good idea into an expensive one for the workers with least room.',
        'MPs should vote against it anyway.',
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(article.author).toBe('Constance Malabre');
    expect(article.publisher).toBeUndefined();
    // A short page's standfirst is no closing bio: nothing after it is dropped as back matter.
    expect(article.authorBio).toBeUndefined();
    expect(article.paragraphs.join(' ')).toMatch(
      /few have been examined so little.*MPs should vote against it anyway/,
    );
  });
});
