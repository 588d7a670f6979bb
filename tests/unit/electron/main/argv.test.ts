import { describe, expect, it } from 'vitest';
import { deckPathFromArgv } from '../../../../electron/main/argv';

describe('deckPathFromArgv', () => {
  it('finds the last deck on the command line and makes it absolute', () => {
    expect(deckPathFromArgv(['/usr/bin/electron', '.', 'decks/a.deck.md'], '/home/me')).toBe(
      '/home/me/decks/a.deck.md',
    );
    expect(deckPathFromArgv(['briefdeck', '/x/a.deck.md', '/x/B.MD'], '/')).toBe('/x/B.MD');
  });

  it('ignores flags, the app path and other files', () => {
    expect(deckPathFromArgv(['briefdeck', '--inspect=evil.md', '.', 'photo.png'], '/')).toBeNull();
    expect(deckPathFromArgv(['deck.md'], '/')).toBeNull();
  });
});
