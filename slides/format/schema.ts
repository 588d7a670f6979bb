/**
 * The one schema for a deck's front matter, and the restore step every load goes through: migrate older
 * versions, validate each key, fall back to defaults for what is invalid, keep unknown keys.
 *
 * Migrations from version 0 (files without a `version` key) to version 1:
 * - the key `ratio` is renamed `aspect` (when `aspect` is absent);
 * - reveal.js theme names map to ours: `white` → `briefing`, `black` → `night`, `serif` → `paper`.
 */
import { z } from 'zod';
import { ASPECTS, DECK_FORMAT_VERSION, THEMES } from '../model';
import type { DeckError, DeckMeta, SourceInfo } from '../model';

// zod probes for `new Function` when it builds a schema; the renderer's CSP forbids eval, so build every schema
// without it (the speed difference is irrelevant for front matter).
z.config({ jitless: true });

/** A path into the front matter, e.g. `['source', 'url']`. */
export type MetaPath = readonly (string | number)[];

/** Finds where a front-matter key is written, for error positions. */
export type MetaLocator = (path: MetaPath) => { line: number; column: number };

const TEXT = z.union([z.string(), z.number()]).transform(String);

/** The source article block of the front matter. */
export const SourceSchema = z.looseObject({
  title: TEXT.optional(),
  publisher: TEXT.optional(),
  author: TEXT.optional(),
  url: TEXT.optional(),
  date: TEXT.optional(),
});

/** The front matter as written in a `.deck.md` file (version 1). Unknown keys are allowed and kept. */
export const FrontMatterSchema = z.looseObject({
  version: z.number().int().nonnegative().optional(),
  title: TEXT.optional(),
  subtitle: TEXT.optional(),
  author: TEXT.optional(),
  date: TEXT.optional(),
  theme: z.enum(THEMES).optional(),
  aspect: z.enum(ASPECTS).optional(),
  source: SourceSchema.optional(),
});

/** A restored `DeckMeta` (e.g. to check one that crossed a process boundary). */
export const DeckMetaSchema = z.object({
  version: z.number().int().nonnegative(),
  title: z.string(),
  subtitle: z.string().optional(),
  author: z.string().optional(),
  date: z.string().optional(),
  theme: z.enum(THEMES),
  aspect: z.enum(ASPECTS),
  source: z
    .object({
      title: z.string().optional(),
      publisher: z.string().optional(),
      author: z.string().optional(),
      url: z.string().optional(),
      date: z.string().optional(),
    })
    .optional(),
  extra: z.record(z.string(), z.unknown()),
});

/** The front-matter keys this version knows, in the order they are written. */
export const META_KEYS = [
  'version',
  'title',
  'subtitle',
  'author',
  'date',
  'theme',
  'aspect',
  'source',
] as const;
/** The keys of the `source` block. */
export const SOURCE_KEYS = ['title', 'publisher', 'author', 'url', 'date'] as const;
/** Keys of older versions that a migration consumes; they are not kept as unknown keys. */
export const LEGACY_KEYS = ['ratio'] as const;

const LEGACY_THEMES: Record<string, string> = {
  white: 'briefing',
  black: 'night',
  serif: 'paper',
  // The rest of reveal.js's themes, as reveal-md decks name them: the nearest of ours by background.
  'white-contrast': 'briefing',
  'black-contrast': 'night',
  simple: 'briefing',
  sky: 'briefing',
  beige: 'paper',
  solarized: 'paper',
  league: 'night',
  blood: 'night',
  moon: 'night',
  dracula: 'night',
};

/** The metadata of a deck with nothing set. */
export function defaultMeta(): DeckMeta {
  return { version: DECK_FORMAT_VERSION, title: '', theme: 'briefing', aspect: '16:9', extra: {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Version 0 → 1: `ratio` → `aspect`, reveal theme names → ours. */
function migrateFrom0(record: Record<string, unknown>): Record<string, unknown> {
  const next = { ...record };
  if ('ratio' in next) {
    if (!('aspect' in next)) next.aspect = next.ratio;
    delete next.ratio;
  }
  if (typeof next.theme === 'string' && next.theme in LEGACY_THEMES) next.theme = LEGACY_THEMES[next.theme];
  return next;
}

/** Migrations indexed by the version they upgrade from. */
const MIGRATIONS: readonly ((record: Record<string, unknown>) => Record<string, unknown>)[] = [migrateFrom0];

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

/**
 * Turns parsed front matter (any value) into a valid `DeckMeta`: migrates from its version, validates every
 * key against `FrontMatterSchema`, replaces each invalid value by its default with an error, and keeps
 * unknown keys in `extra`. `locate` gives the position of a key for error messages.
 */
export function restoreMeta(
  raw: unknown,
  locate: MetaLocator = () => ({ line: 1, column: 1 }),
): { meta: DeckMeta; errors: DeckError[] } {
  const meta = defaultMeta();
  const errors: DeckError[] = [];
  const fail = (path: MetaPath, message: string): void => {
    errors.push({ ...locate(path), message });
  };
  if (raw === null || raw === undefined) return { meta, errors };
  if (!isRecord(raw)) {
    fail([], 'The front matter should be a list of "key: value" lines; using default settings.');
    return { meta, errors };
  }

  let version = 0;
  if (raw.version !== undefined) {
    const parsed = FrontMatterSchema.shape.version.safeParse(raw.version);
    if (parsed.success && parsed.data !== undefined) version = parsed.data;
    else
      fail(
        ['version'],
        `version ${describe(raw.version)} should be a whole number; reading the file as version 0.`,
      );
  }
  let record: Record<string, unknown> = raw;
  for (let v = version; v < DECK_FORMAT_VERSION; v++) record = MIGRATIONS[v]?.(record) ?? record;
  if (version > DECK_FORMAT_VERSION) {
    fail(
      ['version'],
      `This file was written by a newer Briefdeck (format version ${version}); some settings may be ignored.`,
    );
  }
  meta.version = Math.max(version, DECK_FORMAT_VERSION);

  for (const key of ['title', 'subtitle', 'author', 'date'] as const) {
    if (record[key] === undefined || record[key] === null) continue;
    const parsed = FrontMatterSchema.shape[key].safeParse(record[key]);
    if (parsed.success && parsed.data !== undefined) meta[key] = parsed.data;
    else fail([key], `${key} should be text, not ${describe(record[key])}; it is left empty.`);
  }
  if (record.theme !== undefined) {
    const parsed = FrontMatterSchema.shape.theme.safeParse(record.theme);
    if (parsed.success && parsed.data) meta.theme = parsed.data;
    else
      fail(
        ['theme'],
        `Unknown theme ${describe(record.theme)}; use one of ${THEMES.join(', ')}. Using briefing.`,
      );
  }
  if (record.aspect !== undefined) {
    const parsed = FrontMatterSchema.shape.aspect.safeParse(record.aspect);
    if (parsed.success && parsed.data) meta.aspect = parsed.data;
    else fail(['aspect'], `Unknown aspect ${describe(record.aspect)}; use "16:9" or "4:3". Using 16:9.`);
  }
  if (record.source !== undefined && record.source !== null) {
    if (isRecord(record.source)) meta.source = restoreSource(record.source, fail);
    else fail(['source'], 'source should hold title, publisher, author, url and date lines; it is ignored.');
  }
  for (const [key, value] of Object.entries(record)) {
    if (!(META_KEYS as readonly string[]).includes(key)) meta.extra[key] = value;
  }
  return { meta, errors };
}

function restoreSource(
  record: Record<string, unknown>,
  fail: (path: MetaPath, message: string) => void,
): SourceInfo {
  const source: SourceInfo = {};
  for (const key of SOURCE_KEYS) {
    if (record[key] === undefined || record[key] === null) continue;
    const parsed = SourceSchema.shape[key].safeParse(record[key]);
    if (parsed.success && parsed.data !== undefined) source[key] = parsed.data;
    else
      fail(['source', key], `source ${key} should be text, not ${describe(record[key])}; it is left empty.`);
  }
  return source;
}
