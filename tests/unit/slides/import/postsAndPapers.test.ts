import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../../../slides/import/markdown';
import { importHtml } from '../../../../slides/import/html';
import { parseByline } from '../../../../slides/import/articleHead';
import { importText } from '../../../../slides/import/plainText';

/**
 * A blog post's head and foot (a byline line carrying the reading time and tags, links to the neighbouring posts)
 * and a working paper's small print (how to cite it, its acknowledgements, "any errors are the authors' own"):
 * furniture around the article, never its text, and the byline still gives the writer and the date.
 */

const BODY = [
  'On 9 February 2024 the primary database behind our invoicing API failed over to its standby in forty seconds.',
  'The outage that followed lasted three hours, and almost all of it was caused by our own clients retrying.',
  'Every client retried immediately, and every retry added load to a database that was still warming its caches.',
  'The lesson most teams take is to add more capacity; the better lesson is to make retries wait and give up.',
];

describe("a blog post's head and foot", () => {
  const post = [
    '# Our database recovered in 40 seconds. Our retries kept us down for three hours.',
    '',
    '*Rafa Lindgren · 18 March 2024 · 9 min read · Tags: reliability, postgres, postmortems*',
    '',
    ...BODY.flatMap((p) => [p, '']),
    '← Previous: Why we stopped writing runbooks in the wiki · Next: Notes on our on-call survey →',
  ].join('\n');

  it('reads a byline line with its reading time and tags as the writer and date, not the standfirst', () => {
    const imported = importMarkdown(post);
    expect(imported.author).toBe('Rafa Lindgren');
    expect(imported.date).toBe('18 March 2024');
    expect(imported.standfirst).toBeUndefined();
    expect(imported.paragraphs.join('\n')).not.toMatch(/min read|Tags:/);
  });

  it('drops the links to the neighbouring posts and keeps every paragraph', () => {
    const imported = importMarkdown(post);
    expect(imported.paragraphs.join('\n')).not.toMatch(/Previous:|Next:/);
    expect(imported.paragraphs).toEqual(BODY);
  });

  it('still ends a name at its separator only when a date follows it', () => {
    expect(parseByline('Dr Saskia Oberhauser · 11 February 2025')).toEqual({
      author: 'Dr Saskia Oberhauser',
      rest: '11 February 2025',
    });
    expect(parseByline('Rafa Lindgren · Sweden')).toBeUndefined();
  });
});

describe("a working paper's small print", () => {
  const paper = [
    '<h1>Connecting the last tenth</h1>',
    '<p>Cite as: Mercer, T. and Graves, A. (2024), Connecting the Last Tenth, CRP Working Paper 24/07.</p>',
    ...BODY.map((p) => `<p>${p}</p>`),
    '<p>Any errors are the authors’ own.</p>',
    '<p>Acknowledgements: The authors thank officials in six county councils, and the three operators who answered our questions about build costs, rollout plans and the take-up of the new connections in each county. Any errors are the authors’ own.</p>',
  ].join('\n');

  it('drops how to cite it, its acknowledgements and its disclaimer, and keeps every paragraph', () => {
    const imported = importHtml(paper, { format: 'docx' });
    const text = imported.paragraphs.join('\n');
    expect(text).not.toMatch(/Cite as|Acknowledgements|errors are/);
    expect(imported.paragraphs).toEqual(BODY);
  });
});

describe("a journal paper's head", () => {
  it("drops the journal's running head, the correspondence and the paper's history, and reads its authors", () => {
    const paper = [
      'Vantry Journal of Environmental Policy · Vol. 12, No. 3 (2026) · pp. 211–229 · Policy Paper',
      '',
      'Paying for what you throw away: evidence from pay-as-you-throw charging',
      '',
      'Helena Brask1, Omar Teodorescu2 and Lise Vandermolen1',
      '',
      'Corresponding author: Helena Brask, University of Lowmarsh, 14 Quayside. Email: h.brask@lowmarsh.ac.vt',
      '',
      'Received 3 March 2026; accepted 9 June 2026',
      '',
      ...BODY.flatMap((p) => [p, '']),
    ].join('\n');
    const imported = importText(paper, { format: 'txt' });
    expect(imported.title).toBe('Paying for what you throw away: evidence from pay-as-you-throw charging');
    expect(imported.author).toBe('Helena Brask, Omar Teodorescu and Lise Vandermolen');
    expect(imported.paragraphs).toEqual(BODY);
  });

  it('reads authors marked with their affiliations’ letters in turn, and leaves two names that end so by chance', () => {
    expect(parseByline('Liesl Brandvolda, Tomás Ferreira-Lundb and Ngozi Ekwuemec1')?.author).toBe(
      'Liesl Brandvold, Tomás Ferreira-Lund and Ngozi Ekwueme',
    );
    expect(parseByline('Anna Costa and Bob Lamb')?.author).toBe('Anna Costa and Bob Lamb');
  });
});

describe("a blog's closing bio line", () => {
  it('is the bio, though an invitation to subscribe follows it on the line', () => {
    const post = [
      '---',
      'title: Coverage is lying to you',
      'author: Tobiah Quennell',
      '---',
      '',
      ...BODY.flatMap((p) => [p, '']),
      '*Tobiah Quennell leads the platform engineering group at Ferrowen Systems. Subscribe via RSS or follow along on the fediverse.*',
    ].join('\n');
    const imported = importMarkdown(post);
    expect(imported.authorBio).toBe(
      'Tobiah Quennell leads the platform engineering group at Ferrowen Systems.',
    );
    expect(imported.paragraphs).toEqual(BODY);
  });
});
