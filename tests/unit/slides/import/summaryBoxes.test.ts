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
