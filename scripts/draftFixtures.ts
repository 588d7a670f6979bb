import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folder holding one folder per evaluation article. */
export const ARTICLES_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'articles');
const ARTICLE_FILE = /\.(?:txt|md|markdown|html?|docx|pdf)$/i;

/** One evaluation article: its folder name, the article file and its key points (raw JSON) when present. */
export interface ArticleFixture {
  name: string;
  articlePath: string;
  keyPointsJson?: unknown;
}

/** Every article folder under tests/fixtures/articles/, with `article.*` (or its only article file). */
export function listArticleFixtures(dir = ARTICLES_DIR): ArticleFixture[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const folder = join(dir, d.name);
      const files = readdirSync(folder).filter((f) => ARTICLE_FILE.test(f));
      const file = files.find((f) => f.startsWith('article.')) ?? files[0];
      if (!file) return [];
      const kp = join(folder, 'keypoints.json');
      const keyPointsJson = existsSync(kp) ? (JSON.parse(readFileSync(kp, 'utf8')) as unknown) : undefined;
      return [{ name: d.name, articlePath: join(folder, file), keyPointsJson }];
    });
}
