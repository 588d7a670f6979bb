import { describe, expect, it } from 'vitest';
import { inlineLocalImages } from '../../../../slides/render/inlineImages';

const resolve = (path: string): string | undefined =>
  ({ 'img/a.png': 'data:image/png;base64,AAAA', 'b c.svg': 'data:image/svg+xml;base64,PHN2Zy8+' })[path];

describe('inlineLocalImages', () => {
  it('writes local Markdown and HTML images as data URLs, leaving everything else byte for byte', () => {
    const text = [
      '## Images',
      '',
      '![a](img/a.png "A") and ![remote](https://x.org/r.png) and ![gone](none.png)',
      '<img src="./b%20c.svg" width="40"> <img src=\'img/a.png\'>',
      '',
      '```md',
      '![a](img/a.png)',
      '```',
    ].join('\n');
    expect(inlineLocalImages(text, resolve)).toBe(
      [
        '## Images',
        '',
        '![a](data:image/png;base64,AAAA "A") and ![remote](https://x.org/r.png) and ![gone](none.png)',
        '<img src="data:image/svg+xml;base64,PHN2Zy8+" width="40"> <img src=\'data:image/png;base64,AAAA\'>',
        '',
        '```md',
        '![a](img/a.png)',
        '```',
      ].join('\n'),
    );
  });
});
