import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../../slides/analyze';
import { splitSentences } from '../../../../slides/analyze/sentences';
import { classifyRole } from '../../../../slides/analyze/roles';
import { findFigures } from '../../../../slides/analyze/figures';
import { loadSeedArticle } from '../../../helpers/seedArticle';
import { importedSeed } from '../../../helpers/importedSeed';

const analysis = analyzeArticle(importedSeed());
const entity = (name: string) => analysis.entities.find((e) => e.name === name || e.aliases.includes(name));

describe('splitSentences', () => {
  it('splits the whole seed file into 43 sentences, agreeing with the bundled deck helper', () => {
    const seed = loadSeedArticle();
    const lines = seed.text.split('\n').filter((l) => l.trim());
    expect(lines.flatMap(splitSentences)).toHaveLength(43);
    expect(analysis.paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual(seed.paragraphs);
  });

  it('does not split after abbreviations, dates or quotes', () => {
    expect(splitSentences('The U.S. Army left on Nov. 1 with Gen. Smith. Then "Stop." he said.')).toEqual([
      'The U.S. Army left on Nov. 1 with Gen. Smith.',
      'Then "Stop." he said.',
    ]);
    expect(splitSentences('Armenia held drills with the U.S. Iran objected.')).toEqual([
      'Armenia held drills with the U.S.',
      'Iran objected.',
    ]);
  });
});

describe('figures on the seed', () => {
  const figure = (text: string) => analysis.figures.find((f) => f.text === text);
  it('finds what each figure measures and who says so', () => {
    expect(figure('about 40 percent')?.measures).toBe("Israel's oil needs");
    expect(figure('almost 70 percent')).toMatchObject({ measures: "Azerbaijan's weapons", ref: 'p2.s4' });
    expect(figure('almost 70 percent')?.source).toContain('SIPRI');
    expect(figure('more than half')).toMatchObject({ kind: 'fraction', measures: "Israel's oil demand" });
  });
  it('does not take the number of a chart, exhibit or recommendation for a figure', () => {
    expect(findFigures('As chart 3 shows, services inflation has barely moved.', 'p1.s1')).toEqual([]);
    expect(findFigures('Exhibit 2 and recommendation 4 set out the costs.', 'p1.s1')).toEqual([]);
    expect(findFigures('As chart 3 shows, 40 firms cut shifts.', 'p1.s1').map((f) => f.text)).toEqual(['40']);
  });
  it('does not take a bus line, a route number or a clock time for a figure', () => {
    expect(
      findFigures('The mayor rides a Line 4 bus and she used to catch the number 17 home.', 'p1.s1'),
    ).toEqual([]);
    expect(findFigures('There are eleven passengers on board at a quarter past six.', 'p1.s1')).toEqual([]);
    expect(findFigures('A quarter of the routes were cut.', 'p1.s1').map((f) => f.text)).toEqual([
      'A quarter',
    ]);
  });
  it('does not take years for counts', () => {
    expect(findFigures('In 2023, Azerbaijan finished the task.', 'p1.s1')).toEqual([]);
    expect(
      findFigures('Prices rose two-thirds and $4.5 billion was spent.', 'p1.s1').map((f) => f.kind),
    ).toEqual(['fraction', 'money']);
  });
});

describe('roles', () => {
  it('reads cue phrases', () => {
    const mid = { paragraph: 3, paragraphs: 9 };
    expect(classifyRole('These calls, however, are unlikely to work.', mid).role).toBe('counterpoint');
    expect(classifyRole('This is because the two members cover half.', mid).role).toBe('reason');
    expect(classifyRole('So for now nothing will change.', mid).role).toBe('conclusion');
    expect(classifyRole('Turkey is an ally.', mid).role).toBe('claim');
  });
  it('labels the seed', () => {
    const role = (ref: string) => analysis.sentences.find((s) => s.ref === ref)?.role;
    expect(role('p1.s3')).toBe('counterpoint');
    expect(role('p2.s1')).toBe('reason');
    expect(role('p14.s2')).toBe('conclusion');
  });
});

describe('entities on the seed', () => {
  it.each(['Khamenei', 'Aliyev', 'Erdogan', 'Fidan', 'Amir-Abdollahian', 'Hikmet Hajiyev'])(
    'person %s',
    (name) => {
      expect(entity(name)?.kind).toBe('person');
    },
  );
  it.each(['Azerbaijan', 'Iran', 'Israel', 'Turkey', 'Armenia', 'Russia'])('country %s', (name) => {
    expect(entity(name)?.kind).toBe('place');
  });
  it.each(['SIPRI', 'OIC', 'UN', 'FDD', 'Hudson Institute'])('organisation %s', (name) => {
    expect(entity(name)?.kind).toBe('organization');
  });
  it('maps demonyms and capitals to countries', () => {
    expect(entity('Baku')?.name).toBe('Azerbaijan');
    expect(entity('Tehran')?.name).toBe('Iran');
  });
});

describe('dates, thesis, salience', () => {
  it('orders dated events', () => {
    expect(analysis.events.map((e) => e.when)).toEqual(['2020', '2022', '2023', 'November 1']);
  });
  it('takes the last paragraph as the conclusion', () => {
    expect(analysis.thesis.conclusion).toEqual(['p14.s1', 'p14.s2']);
  });
  it('scores salience in 0..1', () => {
    expect(Math.max(...analysis.sentences.map((s) => s.salience))).toBe(1);
    expect(analysis.sentences.every((s) => s.salience >= 0)).toBe(true);
  });
});

describe('a clock time', () => {
  it('is no figure: "At 06:00 GMT", "closes at 23:59"', () => {
    const texts = findFigures(
      'At 06:00 GMT the shift did not clock in, and 3,400 dockers walked out.',
      'p1.s1',
    ).map((f) => f.text);
    expect(texts).toEqual(['3,400']);
    expect(findFigures('This consultation closes at 23:59 on Friday.', 'p1.s1')).toEqual([]);
    expect(findFigures('Rates rose to 3.75 percent.', 'p1.s1').map((f) => f.text)).toEqual(['3.75 percent']);
  });
});
