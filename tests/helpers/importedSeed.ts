import { readFileSync } from 'node:fs';
import type { ImportedArticle } from '../../slides/import/types';
import { SEED_ARTICLE_PATH } from './seedArticle';

const LINE_BREAK = /\r?\n/;
const BIO_LINE =
  /^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} is an? .*\b(?:expert|analyst|fellow|journalist|writer|researcher|professor|editor)\b/;
const FOOTER_LINE = /newsletter|Support Eurasianet/i;

/**
 * The seed article as an `ImportedArticle`, split the way the import engineer's txt importer is specified:
 * line 1 the headline, line 2 the standfirst, then body paragraphs up to the author's bio and newsletter lines.
 * A test-only adapter, so drafting can be tested without the importer.
 */
export function importedSeed(text: string = readFileSync(SEED_ARTICLE_PATH, 'utf8')): ImportedArticle {
  const lines = text
    .split(LINE_BREAK)
    .map((l) => l.trim())
    .filter(Boolean);
  const [title = '', standfirst, ...rest] = lines;
  const bioAt = rest.findIndex((l) => BIO_LINE.test(l) || FOOTER_LINE.test(l));
  const paragraphs = bioAt >= 0 ? rest.slice(0, bioAt) : rest;
  const bio = rest.find((l) => BIO_LINE.test(l));
  return {
    title,
    standfirst,
    author: bio?.split(' is ')[0],
    authorBio: bio,
    publisher: 'Eurasianet',
    paragraphs,
    format: 'txt',
    warnings: [],
  };
}
