import { isAbsolute } from 'node:path';
import { z } from 'zod';
import {
  RECOVERY_HISTORY_STEPS,
  type Channel,
  type RequestOf,
  type WindowMessage,
  type WindowMessages,
} from './contract';
import { MAX_ADDED_IMAGE_BYTES } from '../../slides/render/imageFile';

/** Longest deck or article text a request may carry (characters). */
export const MAX_TEXT_CHARS = 50 * 1024 * 1024;
/** Longest path a request may carry. */
export const MAX_PATH_CHARS = 4096;

const NUL_PATTERN = /\0/;
const DECK_EXTENSION_PATTERN = /\.md$/i;
const RECOVERY_KEY_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const FILE_NAME_FORBIDDEN_PATTERN = /[/\\\0]/;
const SHA256_HEX_PATTERN = /^[0-9a-f]{64}$/;
const PRINT_JOB_ID_PATTERN = /^[0-9a-f]{32}$/;
const PRESENT_SESSION_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

/** An absolute path with no NUL byte. */
export const absolutePath = z
  .string()
  .min(1)
  .max(MAX_PATH_CHARS)
  .refine((p) => !NUL_PATTERN.test(p), 'path contains a NUL byte')
  .refine((p) => isAbsolute(p), 'path must be absolute');

/** An absolute path to a Markdown deck (`.md`, usually `.deck.md`): the host never writes other files. */
export const deckPath = absolutePath.refine(
  (p) => DECK_EXTENSION_PATTERN.test(p),
  'a deck path must end in .md',
);

/** A presentation session id (random, from the renderer). */
const presentSession = z
  .string()
  .regex(PRESENT_SESSION_PATTERN, 'a session id is 6–64 letters, digits, - or _');
const text = z.string().max(MAX_TEXT_CHARS, 'text is larger than 50 MB');
const empty = z.strictObject({});

/** Request schemas, one per channel; `satisfies` makes the compiler check they cover exactly the contract. */
/** The article a deck came from: sentences per paragraph (bounded so a request stays small). */
const articleSource = z.strictObject({
  title: z.string().max(2_000),
  standfirst: z.array(z.string().max(20_000)).max(100).optional(),
  paragraphs: z.array(z.array(z.string().max(20_000)).max(500)).max(5_000),
  authorBio: z.string().max(20_000).optional(),
});

/** Base64 of at most the 50 MB an article file may have. */
const MAX_BASE64_CHARS = Math.ceil(MAX_TEXT_CHARS / 3) * 4;
const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
/** A dropped file's bytes (the web host has no path for it). */
const articleFile = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(255)
    .refine((n) => !FILE_NAME_FORBIDDEN_PATTERN.test(n), 'a file name has no slashes or NUL bytes'),
  type: z.string().max(255).optional(),
  base64: z
    .string()
    .min(1, 'the file is empty')
    .max(MAX_BASE64_CHARS, 'the file is larger than 50 MB')
    .refine((b) => b.length % 4 === 0 && BASE64_PATTERN.test(b), 'the file data is not base64'),
});

/** Base64 of at most the 20 MB an added image may have. */
const MAX_IMAGE_BASE64_CHARS = Math.ceil(MAX_ADDED_IMAGE_BYTES / 3) * 4;
/** An image dropped or pasted onto a slide, to copy beside its deck. */
const addedImage = z.strictObject({
  deckPath,
  name: z
    .string()
    .min(1)
    .max(255)
    .refine((n) => !FILE_NAME_FORBIDDEN_PATTERN.test(n), 'a file name has no slashes or NUL bytes'),
  base64: z
    .string()
    .min(1, 'the image is empty')
    .max(MAX_IMAGE_BASE64_CHARS, 'the image is larger than 20 MB')
    .refine((b) => b.length % 4 === 0 && BASE64_PATTERN.test(b), 'the image data is not base64'),
});

export const requestSchemas = {
  'app:info': empty,
  'deck:initial': empty,
  'deck:open': z.strictObject({ path: deckPath.optional() }),
  'deck:stat': z.strictObject({ path: deckPath }),
  'deck:addImage': addedImage,
  'deck:save': z.strictObject({
    path: deckPath,
    text,
    expectedHash: z
      .string()
      .regex(SHA256_HEX_PATTERN, 'expectedHash must be a SHA-256 hex digest')
      .nullable()
      .optional(),
    article: articleSource.optional(),
  }),
  'deck:saveAs': z.strictObject({
    text,
    article: articleSource.optional(),
    suggestedName: z
      .string()
      .min(1)
      .max(255)
      .refine((n) => !FILE_NAME_FORBIDDEN_PATTERN.test(n), 'a file name has no slashes or NUL bytes')
      .optional(),
  }),
  'recent:list': empty,
  'recovery:write': z.strictObject({
    key: z.string().regex(RECOVERY_KEY_PATTERN, 'a recovery key is 1–64 letters, digits, - or _'),
    text,
    path: absolutePath.nullable(),
    article: articleSource.optional(),
    history: z
      .array(z.strictObject({ text, current: z.number().int().min(0) }))
      .max(RECOVERY_HISTORY_STEPS)
      .optional(),
  }),
  'recovery:list': empty,
  'recovery:clear': z.strictObject({ key: z.string().regex(RECOVERY_KEY_PATTERN) }),
  'article:import': z.strictObject({
    path: absolutePath.optional(),
    text: text.optional(),
    file: articleFile.optional(),
    slides: z.number().int().min(1).max(60).optional(),
  }),
  'export:pdf': z.strictObject({
    text,
    kind: z.enum(['slides', 'notes', 'handouts']),
    perPage: z.union([z.literal(3), z.literal(6)]).optional(),
    paper: z.enum(['a4', 'letter']).optional(),
    outPath: absolutePath.optional(),
    article: articleSource.optional(),
  }),
  'print:job': z.strictObject({
    id: z.string().regex(PRINT_JOB_ID_PATTERN, 'a print job id is 32 hex digits'),
  }),
  'export:html': z.strictObject({ text, outPath: absolutePath.optional() }),
  'export:pptx': z.strictObject({ text, outPath: absolutePath.optional() }),
  'present:open': z.strictObject({ session: presentSession }),
  'present:sync': z.strictObject({
    session: presentSession,
    message: z.strictObject({
      type: z.enum(['state', 'hello', 'end', 'swap']),
      from: z.string().min(1).max(64),
      state: z
        .strictObject({
          indexh: z.number().int().min(0).max(100_000),
          indexv: z.number().int().min(0).max(100_000),
          indexf: z.number().int().min(-1).max(10_000),
          paused: z.boolean(),
          overview: z.boolean().optional(),
        })
        .optional(),
    }),
  }),
} satisfies { [C in Channel]: z.ZodType<RequestOf<C>> };

/** The outcome of validating one request. */
export type ParsedRequest<C extends Channel> =
  { ok: true; value: RequestOf<C> } | { ok: false; message: string };

/** Validate a request for a channel; `undefined` counts as `{}` for channels without arguments. */
export function parseRequest<C extends Channel>(channel: C, raw: unknown): ParsedRequest<C> {
  const schema = requestSchemas[channel] as z.ZodType<RequestOf<C>>;
  const result = schema.safeParse(raw === undefined ? {} : raw);
  if (result.success) return { ok: true, value: result.data };
  const message = result.error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') + ': ' : ''}${issue.message}`)
    .join('; ');
  return { ok: false, message: `invalid request for ${channel}: ${message}` };
}

const WINDOW_REQUEST_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Payload schemas of the window messages (renderer → Electron main), checked like the channels. */
export const windowMessageSchemas = {
  'window:state': z.strictObject({ modal: z.boolean(), composing: z.boolean() }),
  'window:closeReady': z.strictObject({ id: z.string().regex(WINDOW_REQUEST_ID_PATTERN), ok: z.boolean() }),
} satisfies { [M in WindowMessage]: z.ZodType<WindowMessages[M]> };
