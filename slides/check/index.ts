/** The briefing check (see `checkDeck.ts` for the finding codes). */
export { checkDeck } from './checkDeck';
export { applyFix } from './applyFix';
export { FINDING_CODES } from './types';
export type {
  Finding,
  FindingCode,
  FindingElement,
  Fix,
  CheckOptions,
  CheckArticle,
  SplitArticle,
} from './types';
