import type { SentenceRole } from './types';

/** Cue phrases per role, checked in this order (the first role with a matching cue wins). */
const ROLE_CUES: readonly { role: SentenceRole; cues: readonly [string, RegExp][] }[] = [
  {
    role: 'counterpoint',
    cues: [
      // "however many buses you take": a degree, not a contrast.
      [
        'however',
        /\bhowever\b(?!\s+(?:many|much|long|often|far|hard|small|large|big|little|few|high|low|bad|good)\b)/i,
      ],
      ['although', /^(?:although|though|even though)\b/i],
      ['but', /^(?:but|yet|still|nevertheless|nonetheless|even so|that said)\b/i],
      ['to be sure', /\bto be sure\b/i],
      ['critics', /\b(?:critics|skeptics|sceptics|opponents)\b/i],
      ['in theory', /\bin theory\b/i],
      ['on the other hand', /^on the other hand\b/i],
      ['despite', /^despite\b/i],
    ],
  },
  {
    role: 'reason',
    cues: [
      ['this is because', /^(?:this|that) is (?:largely |partly |mainly )?because\b/i],
      ['because', /\bbecause\b/i],
      ['due to', /\b(?:due to|owing to|thanks to)\b/i],
      ['as a result', /\b(?:as a result|that is why|which is why|the reason)\b/i],
      ['buoyed by', /^(?:buoyed|driven|backed|emboldened) by\b/i],
    ],
  },
  {
    role: 'conclusion',
    cues: [
      ['so', /^(?:so|thus|hence|therefore|in short|ultimately|in the end|overall|in sum|all in all)\b/i],
      ['therefore', /\b(?:therefore|thus)\b/i],
      ['likely', /\b(?:likely|unlikely|probably|expected to|set to|poised to)\b/i],
      ['for now', /\b(?:for now|in the coming|next year|in the future|going forward)\b/i],
      ['will', /\b(?:will|won't|would)\b/i],
    ],
  },
  {
    role: 'counterpoint',
    cues: [
      [', but', /, but\b/i],
      ['doubtful', /\b(?:doubtful|uncertain)\b/i],
    ],
  },
  {
    role: 'evidence',
    cues: [
      ['according to', /\baccording to\b/i],
      ['said', /\b(?:said|says|told|stated)\b/i],
      ['figure', /\d|\b(?:half|third|quarter|millions|billions)\b/i],
      ['for example', /\b(?:for example|for instance|such as|notably|in particular)\b/i],
    ],
  },
];

/**
 * A sentence's role in the argument, from cue phrases and position: the first paragraph sets the context and
 * the last concludes unless a stronger cue says otherwise.
 */
export function classifyRole(
  text: string,
  position: { paragraph: number; paragraphs: number },
): { role: SentenceRole; cues: string[] } {
  for (const { role, cues } of ROLE_CUES) {
    const hits = cues.filter(([, re]) => re.test(text)).map(([cue]) => cue);
    if (hits.length === 0) continue;
    if (role === 'evidence' && position.paragraph === position.paragraphs) break;
    if (role === 'evidence' && position.paragraph === 1) return { role: 'context', cues: hits };
    return { role, cues: hits };
  }
  if (position.paragraph === position.paragraphs && position.paragraphs > 2)
    return { role: 'conclusion', cues: [] };
  if (position.paragraph === 1) return { role: 'context', cues: [] };
  return { role: 'claim', cues: [] };
}
