/** Drafts every fixture article into a folder (default /tmp/drafts), for reading drafts side by side. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../electron/services/import';
import { draftDeck } from '../slides/draft';
import { listArticleFixtures } from './draftFixtures';

const out = process.argv[2] ?? '/tmp/drafts';
mkdirSync(out, { recursive: true });
for (const fixture of listArticleFixtures()) {
  const article = await readArticleFile(fixture.articlePath);
  writeFileSync(join(out, `${fixture.name}.deck.md`), draftDeck(article).text);
}
console.log(`drafts in ${out}`);
