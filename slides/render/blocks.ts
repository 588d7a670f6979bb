/**
 * Helpers over markdown-it's flat token stream: split it into top-level blocks and list items, and split an
 * item's inline content into a bold lead (`**40%**`, `**2020**`, `**Actor**`) and the rest.
 */
import type { Token } from 'markdown-it';

/** A top-level block: its tokens from open to matching close (or a single self-contained token). */
export interface Block {
  tokens: Token[];
  /** The opening token's type, e.g. `heading_open`, `bullet_list_open`, `fence`. */
  type: string;
  /** The opening token's tag, e.g. `h2`, `ul`. */
  tag: string;
}

/** A list item: its attributes, its first line's inline tokens, and any blocks after it (nested lists). */
export interface ListItem {
  attrs: [string, string][];
  inline: Token[];
  rest: Token[];
}

/** Leading separators after a bold lead: `**2020** — text`, `**Actor**: text`. */
const LEAD_SEPARATOR = /^\s*(?:[—–:-]\s*)?/;
/** The separator between what a figure measures and who says so. */
const SOURCE_SEPARATOR = / [—–] /g;

/** Splits tokens into top-level blocks. */
export function topLevelBlocks(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  tokens.forEach((token, index) => {
    if (start < 0) {
      if (token.nesting === 1) start = index;
      else blocks.push({ tokens: [token], type: token.type, tag: token.tag });
      return;
    }
    if (token.nesting === -1 && token.level === (tokens[start]?.level ?? 0)) {
      const open = tokens[start] as Token;
      blocks.push({ tokens: tokens.slice(start, index + 1), type: open.type, tag: open.tag });
      start = -1;
    }
  });
  return blocks;
}

/** True for a heading block, optionally of one level (`h2`). */
export function isHeading(block: Block, tag?: string): boolean {
  return block.type === 'heading_open' && (tag === undefined || block.tag === tag);
}

/** True for a bullet or ordered list block. */
export function isList(block: Block): boolean {
  return block.type === 'bullet_list_open' || block.type === 'ordered_list_open';
}

/** The items of a list block. */
export function listItems(block: Block): ListItem[] {
  const inner = block.tokens.slice(1, -1);
  return topLevelBlocks(inner).map((item) => {
    const body = item.tokens.slice(1, -1);
    const first = body[0];
    const hasLine = first?.type === 'paragraph_open' && body[1]?.type === 'inline';
    return {
      attrs: (item.tokens[0]?.attrs ?? []) as [string, string][],
      inline: hasLine ? (body[1]?.children ?? []) : [],
      rest: hasLine ? body.slice(3) : body,
    };
  });
}

/** Splits inline tokens into a leading bold run and the rest (with a leading `—` or `:` removed). */
export function splitLead(children: Token[]): { lead: Token[]; rest: Token[] } {
  let start = 0;
  while (children[start]?.type === 'text' && children[start]?.content.trim() === '') start += 1;
  if (children[start]?.type !== 'strong_open') return { lead: [], rest: children };
  const close = children.findIndex((token, index) => index > start && token.type === 'strong_close');
  if (close < 0) return { lead: [], rest: children };
  const rest = children.slice(close + 1);
  const first = rest[0];
  if (first?.type === 'text') {
    first.content = first.content.replace(LEAD_SEPARATOR, '');
    if (first.content === '') rest.shift();
  }
  return { lead: children.slice(start + 1, close), rest };
}

/** Splits inline tokens at the last ` — ` found in a text token: `what it measures — who says so`. */
export function splitSource(children: Token[]): { label: Token[]; source: Token[] } {
  for (let index = children.length - 1; index >= 0; index -= 1) {
    const token = children[index] as Token;
    if (token.type !== 'text') continue;
    const matches = [...token.content.matchAll(SOURCE_SEPARATOR)];
    const last = matches[matches.length - 1];
    if (!last || last.index === undefined) continue;
    const before = cloneText(token, token.content.slice(0, last.index));
    const after = cloneText(token, token.content.slice(last.index + last[0].length));
    return { label: [...children.slice(0, index), before], source: [after, ...children.slice(index + 1)] };
  }
  return { label: children, source: [] };
}

function cloneText(token: Token, content: string): Token {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token);
  copy.content = content;
  return copy;
}

/** Renders `name="value"` attribute pairs (values escaped) with a leading space, or ''. */
export function attrsHtml(attrs: Iterable<[string, string]>, escape: (text: string) => string): string {
  let html = '';
  for (const [name, value] of attrs) html += ` ${name}="${escape(value)}"`;
  return html;
}
