/** Drafting: analysed article → briefing deck text (.deck.md), every bullet traceable to its sentence. */
export { draftDeck, sourceTextOf } from './draftDeck';
export type { DraftResult } from './draftDeck';
export { compressSentence, titleFromSentence } from './compress';
export { unsupportedTerms } from './faithfulness';
export type * from './types';
