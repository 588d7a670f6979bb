import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import/plainText';
import { analyzeArticle } from '../../../../slides/analyze/analyze';

/** The head of a press release and an opinion column's byline, read as the article's metadata, not its body. */

const RELEASE = [
  'MINISTRY OF HOUSING AND COMMUNITIES\nPRESS RELEASE',
  'FOR IMMEDIATE RELEASE\nMonday 11 January 2027',
  'Landlords to be given 14 days to investigate damp and mould',
  'Tenants will gain the legal right to have damp and mould investigated within 14 days, under measures announced today by the Minister for Housing, Rachel Okonedo.',
  'Around 1.3 million rented homes have serious damp or mould problems, according to the ministry. Households with young children are the most likely to be affected.',
  'ENDS',
  'Notes to editors',
  '1. The measures will be set out in regulations laid before Parliament in February.',
  'Media enquiries',
  'Email: newsdesk@housing.gov.example',
].join('\n\n');

describe('a press release', () => {
  const article = importText(RELEASE, { format: 'txt' });

  it('takes its headline, issuer and date from the release head', () => {
    expect(article.title).toBe('Landlords to be given 14 days to investigate damp and mould');
    expect(article.publisher).toBe('Ministry of Housing and Communities');
    expect(article.date).toBe('Monday 11 January 2027');
    expect(article.paragraphs.join('\n')).not.toMatch(/PRESS RELEASE|IMMEDIATE/);
  });

  it('never drafts from what follows "ENDS": notes to editors and media contacts', () => {
    const analysis = analyzeArticle(article);
    const text = analysis.sentences.map((s) => s.text).join(' ');
    expect(text).toContain('Tenants will gain');
    expect(text).not.toMatch(/regulations laid before Parliament|newsdesk/);
  });
});

describe("an opinion column's byline", () => {
  it('reads the author and date from a byline line with separators', () => {
    const article = importText(
      [
        '# Knocking down the Quay Street library would be a mistake',
        '**By Ruth Adeyemi** | Opinion | The Carrow Courier | 18 February 2027',
        'I learned to read in the Quay Street library. So did my mother, who arrived in Carrow in 1979 with two suitcases.',
        'Carrow already has four council car parks in the town centre, with 1,150 spaces between them, and they are rarely full.',
      ].join('\n\n'),
      { format: 'md' },
    );
    expect(article.author).toBe('Ruth Adeyemi');
    expect(article.date).toBe('18 February 2027');
  });
});

describe('names of places and things', () => {
  it('are not taken for people', () => {
    const analysis = analyzeArticle({
      title: 'A club in the Premier Division',
      format: 'txt',
      warnings: [],
      paragraphs: [
        'Dale Whitcombe bought the club when it was promoted to the Premier Division. The library on Quay Street and the shops on Marsh Lane are near the ground.',
        'Professor Samuel Okafor of St. Columba Hospital said the effect was modest. The Rented Homes Regulations name the rules for rented homes.',
      ],
    });
    const people = analysis.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toContain('Dale Whitcombe');
    expect(people.some((p) => /Division|Quay|Marsh|Columba|Rented/.test(p))).toBe(false);
  });
});

describe("a byline with the writer's post and the date", () => {
  it('gives the name alone as the author', () => {
    const article = importText(
      [
        'Eating within a 10-hour window lowered blood pressure, trial finds',
        'By Priya Maddox, Health and Science Correspondent 14 January 2027',
        'Night-shift nurses who ate all their meals within a 10-hour window saw their blood pressure fall, according to a trial.',
        'The trial followed 212 nurses at four hospitals for four months, and most of them finished it.',
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(article.author).toBe('Priya Maddox');
    expect(article.date).toBe('14 January 2027');
    expect(article.paragraphs.join(' ')).not.toContain('Correspondent');
  });
});
