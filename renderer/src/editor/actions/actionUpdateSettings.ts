/** Changes the deck settings: title, subtitle, author, date, source fields, theme and aspect. */
import { updateMeta } from '../../../../slides/index';
import type { DeckMeta, SourceInfo } from '../../../../slides/model';
import { edited, unchanged, type Action } from './types';

/** The settings a user can change; an empty string removes an optional field. */
export type SettingsPatch = Partial<
  Pick<DeckMeta, 'title' | 'subtitle' | 'author' | 'date' | 'theme' | 'aspect'>
> & {
  source?: SourceInfo;
};

const OPTIONAL = ['subtitle', 'author', 'date'] as const;

function cleanSource(source: SourceInfo): SourceInfo | undefined {
  const entries = Object.entries(source).filter(
    ([, value]) => typeof value === 'string' && value.trim() !== '',
  );
  return entries.length > 0 ? (Object.fromEntries(entries) as SourceInfo) : undefined;
}

function sameSource(a: SourceInfo | undefined, b: SourceInfo | undefined): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
}

export const actionUpdateSettings: Action<SettingsPatch> = {
  name: 'updateSettings',
  perform(state, patch) {
    const meta = state.deck.meta;
    const next: Partial<DeckMeta> = {};
    if (patch.title !== undefined && patch.title !== meta.title) next.title = patch.title;
    if (patch.theme !== undefined && patch.theme !== meta.theme) next.theme = patch.theme;
    if (patch.aspect !== undefined && patch.aspect !== meta.aspect) next.aspect = patch.aspect;
    for (const key of OPTIONAL) {
      const value = patch[key];
      if (value === undefined) continue;
      const cleaned = value.trim() === '' ? undefined : value;
      if (cleaned !== meta[key]) next[key] = cleaned;
    }
    if (patch.source !== undefined) {
      const source = cleanSource(patch.source);
      if (!sameSource(source, meta.source)) next.source = source;
    }
    if (Object.keys(next).length === 0) return unchanged(state);
    const deck = updateMeta(state.deck, next);
    return edited(state, { ...state, deck });
  },
};
