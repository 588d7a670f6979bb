// Part of `npm run build`: leaves the self-contained HTML export's assets (reveal.js, themes, inlined fonts) in
// out/export/assets.json, so the packaged app, which ships only out/, can export without the sources.
import { resolve } from 'node:path';
import { writePrebuiltAssets } from '../electron/services/exportHtml/assets';

const target = await writePrebuiltAssets(resolve(import.meta.dirname, '..'));
console.log(`export assets: ${target}`);
