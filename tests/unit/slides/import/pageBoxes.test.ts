import { describe, expect, it } from 'vitest';
import { importHtml } from '../../../../slides/import/html';

const BODY = [
  'Estravia taxes petrol at the pump, and as cars go electric those receipts will fall by two thirds within fifteen years.',
  'A charge per kilometre driven is the only tax that follows the use of the roads rather than the fuel in the tank.',
  'Other countries that waited until receipts had collapsed found the change far harder to make, and far dearer.',
  'Parliament should therefore legislate this year, with a low charge that rises as the petrol duty falls away.',
];

/** A think-tank page whose recommendations sit in a box beside the text, as such pages print them. */
function briefPage(box: string): string {
  return `<!doctype html><html><head><title>Paying for the roads | Ostwater Institute</title></head><body>
<nav><a href="/">Home</a> <a href="/research">Research</a></nav>
<article><h1>Paying for the roads after the petrol engine</h1>
${BODY.slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
${box}
${BODY.slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</article>
<aside class="sidebar"><h3>Recommended for you</h3><ul><li><a href="/a">Why the tram plan failed</a></li><li><a href="/b">Five charts on housing</a></li></ul></aside>
</body></html>`;
}

const RECOMMENDATIONS = [
  'Legislate for a distance charge in this parliament, before fuel receipts fall further.',
  'Set the first rate low and publish the path by which it replaces petrol duty.',
];

describe("a page's box of key recommendations or findings", () => {
  it('is kept when the page puts it in an aside named by its heading', () => {
    const imported = importHtml(
      briefPage(
        `<aside class="callout"><h2>Key recommendations</h2><ol>${RECOMMENDATIONS.map((r) => `<li>${r}</li>`).join('')}</ol></aside>`,
      ),
    );
    for (const line of [...RECOMMENDATIONS, ...BODY]) expect(imported.paragraphs).toContain(line);
    expect(imported.paragraphs.join(' ')).not.toMatch(/Recommended for you|tram plan/);
  });

  it('is kept when its class calls it the key recommendations', () => {
    const imported = importHtml(
      briefPage(
        `<div class="key-recommendations"><h3>What we recommend</h3><ul>${RECOMMENDATIONS.map((r) => `<li>${r}</li>`).join('')}</ul></div>`,
      ),
    );
    for (const line of RECOMMENDATIONS) expect(imported.paragraphs).toContain(line);
  });

  it('is not kept when it is a list of links to other pieces', () => {
    const imported = importHtml(
      briefPage(
        '<aside><h2>In brief</h2><ul><li><a href="/x">Rail fares to rise by 4% in March, the operator says</a></li><li><a href="/y">Council approves the new bridge over the estuary</a></li></ul></aside>',
      ),
    );
    expect(imported.paragraphs.join(' ')).not.toMatch(/Rail fares|new bridge/);
  });
});

/** A fact-check page: the claim box inside the article, a reader poll, a pull quote. */
function factCheckPage(extra = ''): string {
  return `<html><head><title>Has knife crime tripled? | FactLantern</title></head><body>
<nav><a href="/">Home</a></nav>
<main><article><h1>Has knife crime in Halverton tripled since its police station closed?</h1>
<p class="byline">By Yusra Penhallow · 17 February 2025</p>
<aside class="claim-box"><p>The claim</p><blockquote>“Knife crime in Halverton has tripled since they closed the police station.”</blockquote>
<p>Gideon Ashcombe-Frey, candidate for mayor, in a televised debate on Halverton Community TV, 12 February 2025</p>
<p><span>Our verdict:</span> <strong>Mostly false</strong></p></aside>
<p>During a televised debate, Gideon Ashcombe-Frey said: “Knife crime in Halverton has tripled since they closed the police station. Anyone who lives here knows it.”</p>
<p>Police-recorded knife offences in Halverton rose by 42% between 2020 and 2024. That is a real and significant increase, but it is not a tripling.</p>
<aside class="callout"><p>“That is a real and significant increase, but it is not a tripling.”</p></aside>
<p>Part of the rise reflects a change in how the police record knife offences, not only a change in crime, and the station's closure explains little of it.</p>
${extra}
</article></main></body></html>`;
}

describe('a box set inside the article', () => {
  it("keeps a fact-check's claim, who made it and the verdict, where the page shows them", () => {
    const { paragraphs } = importHtml(factCheckPage());
    const at = (text: string) => paragraphs.findIndex((p) => p.includes(text));
    expect(at('Gideon Ashcombe-Frey, candidate for mayor')).toBeGreaterThanOrEqual(0);
    expect(at('Mostly false')).toBeGreaterThan(at('Gideon Ashcombe-Frey, candidate for mayor'));
    expect(at('Mostly false')).toBeLessThan(at('During a televised debate'));
  });

  it('drops a pull quote that repeats the text, and a reader poll', () => {
    const poll =
      '<aside class="reader-box"><h3>Reader poll</h3><p>Should the station reopen?</p><label><input type="radio"> Yes</label><p>3,906 votes so far · Poll closes Sunday at midnight</p></aside>';
    const { paragraphs } = importHtml(factCheckPage(poll));
    expect(paragraphs.filter((p) => p.includes('it is not a tripling'))).toHaveLength(1);
    expect(paragraphs.join(' ')).not.toMatch(/votes so far|Reader poll/);
  });
});

describe('prose Readability leaves out of the article', () => {
  it("keeps a debate's introduction above the two sides, and names its editor without 'Introduced by'", () => {
    const side = (stance: string, name: string, text: string) =>
      `<section class="side"><h2>${stance}</h2><p class="side-byline">By ${name}</p>${text}</section>`;
    const para = (t: string) => `<p>${t} ${t} ${t}</p>`;
    const page = `<html><head><title>Should schools move to a four-day week?</title></head><body>
<main><article><h1>Should schools move to a four-day week?</h1>
<section class="editor-intro"><p class="intro-byline">Introduced by Saskia Brennard, Opinion Editor</p>
<p>Nine school districts in Aldermark have taught on a four-day week since the province authorised a pilot in 2021, and on June 12 the provincial board votes on whether to let any district make the change.</p></section>
<div class="two-col">
${side('Yes: it kept our schools staffed', 'Delphine Arkwright-Sole', para('Applications rose to eleven for every vacancy after we moved to a four-day week, and turnover fell from 24% to 13%.') + para('Attendance improved too, because families now book appointments on Fridays instead of taking children out of class.'))}
${side('No: a recruitment bonus paid for by children', 'Hamish Adebayo-Thorne', para('The most careful study found that maths achievement fell in four-day districts after three years of the pilot.') + para('Longer days do not make up the difference, because tired children learn less in the last hour of a long day.'))}
</div></article></main></body></html>`;
    const imported = importHtml(page);
    expect(imported.paragraphs[0]).toMatch(/^Nine school districts/);
    expect(imported.author).toBe('Saskia Brennard');
  });
});
