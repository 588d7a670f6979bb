import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { carryRemainingFigures, pickSentences, pickUnits } from '../../../../slides/draft/coverage';
import { draftDeck } from '../../../../slides/draft';
import type { PlannedSlide } from '../../../../slides/draft/types';
import type { ImportedArticle } from '../../../../slides/import/types';

const article = (
  paragraphs: string[],
  title = 'Harbour trade grows as the port expands',
): ImportedArticle => ({
  title,
  paragraphs,
  format: 'txt',
  warnings: [],
});

const PORT = article([
  'The port of Halden has grown into the busiest harbour on the coast.',
  'Container traffic rose by 12% last year as the port expanded. The port handled 2.4 million containers.',
  'Container traffic rose again in the spring as the port expanded its quays.',
  'Fishermen say the new quays have pushed their boats out of the old harbour.',
  'The council expects traffic to keep growing for a decade.',
]);

const slide = (kind: PlannedSlide['kind'], sources: string[]): PlannedSlide => ({
  kind,
  layout: 'bullets',
  title: 'A point',
  items: [],
  say: [],
  sources,
});

/** Units of one paragraph each, all scored alike, so only novelty and new figures decide. */
const unitsOf = (analysis: ReturnType<typeof analyzeArticle>) =>
  analysis.paragraphs.slice(1).map((p) => ({ sentences: p.sentences, score: 0.5 }));

describe('pickUnits', () => {
  it('prefers a unit that brings new material over one repeating what slides already say', () => {
    const analysis = analyzeArticle(PORT);
    const units = unitsOf(analysis).filter((u) => u.sentences[0]?.paragraph !== 2);
    const [picked] = pickUnits(units, 1, new Set(['p2.s1', 'p2.s2']), analysis);
    expect(picked?.sentences[0]?.text).toMatch(/^Fishermen/);
  });

  it('gives a unit with figures no slide shows a head start', () => {
    const analysis = analyzeArticle(PORT);
    const [picked] = pickUnits(unitsOf(analysis), 1, new Set(), analysis);
    expect(picked?.sentences[0]?.ref).toBe('p2.s1');
  });

  it('returns the picks in reading order and never more than asked', () => {
    const analysis = analyzeArticle(PORT);
    const picked = pickUnits(unitsOf(analysis), 3, new Set(), analysis);
    expect(picked).toHaveLength(3);
    const paragraphs = picked.map((u) => u.sentences[0]?.paragraph ?? 0);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });
});

describe('pickSentences', () => {
  it('skips a sentence whose words the slides already carry', () => {
    const analysis = analyzeArticle(PORT);
    const candidates = analysis.sentences
      .filter((s) => ['p3.s1', 'p4.s1'].includes(s.ref))
      .map((s) => ({ ...s, salience: 0.5 }));
    const picked = pickSentences(candidates, 1, new Set(['p2.s1']), analysis);
    expect(picked.map((s) => s.ref)).toEqual(['p4.s1']);
  });
});

describe('carryRemainingFigures', () => {
  it('quotes each figure sentence no slide carries in the notes of the nearest slide', () => {
    const analysis = analyzeArticle(PORT);
    const slides = [slide('title', []), slide('context', ['p1.s1']), slide('judgment', ['p4.s1'])];
    carryRemainingFigures(slides, analysis);
    expect(slides[0]?.sources).toEqual([]);
    expect(slides[1]?.sources).toEqual(['p1.s1', 'p2.s1', 'p2.s2']);
    expect(slides[2]?.sources).toEqual(['p4.s1']);
  });

  it('leaves sentences that only name a year alone', () => {
    const analysis = analyzeArticle(article(['The quay opened in 2019.', 'Fishermen left the harbour.']));
    const slides = [slide('judgment', ['p2.s1'])];
    carryRemainingFigures(slides, analysis);
    expect(slides[0]?.sources).toEqual(['p2.s1']);
  });
});

describe('drafting a non-English article', () => {
  it('keeps whole source sentences as bullets rather than applying English compression rules', () => {
    const french = article(
      [
        'La ville de Bréval a rendu le réseau de bus gratuit pour ses habitants depuis le mois de janvier.',
        "Selon l'exploitant du réseau, la fréquentation a augmenté de 38 % par rapport au premier semestre.",
        "La vente de tickets rapportait environ 2,1 millions d'euros par an, que la ville doit compenser.",
        "L'opposition municipale dénonce un pari risqué, car l'argent manque pour les bus du soir.",
        'La ville publiera un premier bilan complet à l’automne, et les communes voisines observent.',
      ],
      'La ville de Bréval mise sur les bus gratuits',
    );
    const { text, report } = draftDeck(french);
    expect(report.unsupported).toEqual([]);
    // English rules would drop a trailing relative clause ("que la ville doit compenser") or cut a stat label
    // from it ("d'euros par"): every bullet is a whole source sentence.
    const sentences = new Set(french.paragraphs.map((p) => p.replace(/\.$/, '')));
    const bullets = [...text.matchAll(/^- (.+?) <!-- \.element: data-src/gm)].map((m) => m[1]);
    expect(bullets.length).toBeGreaterThanOrEqual(2);
    for (const bullet of bullets) expect(sentences).toContain(bullet);
    expect(text).not.toContain('data-layout="stat"');
  });
});
