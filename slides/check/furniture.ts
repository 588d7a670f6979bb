/**
 * Page furniture: text from around an article that is not the article — author bios, print-edition lines,
 * letters and newsletter calls, subscribe/support appeals, embedded social posts, "Updated" stamps, ISO
 * timestamps. The site-wide patterns come from the importer's list (`slides/import/boilerplate.ts`).
 */
import { BOILERPLATE_PATTERNS } from '../import/boilerplate';

/** The importer's patterns that can be tested on a single line of a slide. */
const IMPORT_KINDS = [
  'newsletter',
  'donation',
  'readMore',
  'related',
  'follow',
  'cookies',
  'copyright',
  'clickHere',
  'photoCredit',
  'topics',
  'officeNotice',
  'courtNotice',
  'companyNotice',
  'otherFormats',
  'contactLine',
  'interactive',
  'nameChanged',
  'affiliate',
  'editorNote',
  'siteSection',
] as const satisfies readonly (keyof typeof BOILERPLATE_PATTERNS)[];

/** Patterns of our own, each with the name the finding uses. */
const OWN_PATTERNS: readonly [string, RegExp][] = [
  [
    'an author bio',
    /^(?:[\p{Lu}][\p{L}.'’-]+\s){1,4}(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s){0,6}(?:fellow|professor|lecturer|director|editor|correspondent|reporter|columnist|journalist|writer|author|researcher|analyst|expert|scholar|contributor|chair|head)\b/u,
  ],
  ['an author bio', /^(?:his|her|their) (?:main )?(?:research|work) (?:focus(?:es)?|interests?)\b/i],
  [
    'an author bio',
    /^(?:his|her|their) (?:new |latest |next |forthcoming |first |second )?(?:book|novel|memoir)\b[^.]{0,100}\b(?:is|was|will be) (?:published|out|due)\b/i,
  ],
  [
    'a print-edition line',
    /\b(?:a version of this (?:article|story) (?:appears|appeared)|appeared in (?:the )?print|print edition)\b/i,
  ],
  ['a letters call', /\b(?:letters? to the editor|write to us at|send us a letter|submit a letter)\b/i],
  [
    'a subscription appeal',
    /\b(?:subscribe (?:now|today|to)|sign up for (?:our|the)|support (?:us|our work))\b/i,
  ],
  ['a social-media handle', /(?<![\w.])@[A-Za-z_][A-Za-z0-9_]{1,14}\b/],
  ['an embedded post link', /\bpic\.twitter\.com\/|\b(?:twitter|x)\.com\/\w+\/status\//i],
  ['an "Updated" stamp', /\bupdated\b[^.\n]{0,40}\b\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)/i],
  [
    'a clock time stamp',
    /\b\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)\s+(?:EST|EDT|ET|PST|PDT|PT|CST|CDT|GMT|UTC|BST|CET|CEST)\b/,
  ],
  ['an ISO timestamp', /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/],
];

const BIO_KIND = 'an author bio';

/**
 * What kind of furniture a line of slide or notes text is, or undefined when it is not furniture.
 * @param allowBio true on the title and sources slides, where the author's byline belongs.
 */
export function furnitureKind(line: string, allowBio = false): string | undefined {
  const text = line.trim();
  if (!text) return undefined;
  for (const [kind, pattern] of OWN_PATTERNS) {
    if (allowBio && kind === BIO_KIND) continue;
    if (pattern.test(text)) return kind;
  }
  for (const kind of IMPORT_KINDS)
    if (BOILERPLATE_PATTERNS[kind].test(text)) return `site furniture (${kind})`;
  return undefined;
}
