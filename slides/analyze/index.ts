/** Article analysis: sentences, entities, figures, dates, roles, thesis and salience. */
export { analyzeArticle } from './analyze';
export { splitSentences, splitParagraphs } from './sentences';
export { findFigures, attributionOf } from './figures';
export { findDates, datedEvents } from './dates';
export { classifyRole } from './roles';
export { placeFor } from './places';
export { getNlp, tokenize } from './nlp';
export type * from './types';
