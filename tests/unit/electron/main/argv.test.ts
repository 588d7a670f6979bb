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

  it('accepts file: URLs, as Linux launchers pass them (Exec=… %U), decoding them', () => {
    expect(deckPathFromArgv(['briefdeck', 'file:///home/me/Briefings/Q3%20brief.deck.md'], '/tmp')).toBe(
      '/home/me/Briefings/Q3 brief.deck.md',
    );
    expect(deckPathFromArgv(['briefdeck', 'file://localhost/home/me/a.md'], '/tmp')).toBe('/home/me/a.md');
    expect(deckPathFromArgv(['briefdeck', 'FILE:///x/b.deck.md', '.'], '/tmp')).toBe('/x/b.deck.md');
  });

  it('ignores file: URLs on another host, malformed ones, and other schemes', () => {
    expect(deckPathFromArgv(['briefdeck', 'file://server/share/a.deck.md'], '/tmp')).toBeNull();
    expect(deckPathFromArgv(['briefdeck', 'file:///x/a.deck.md', 'file://evil/b.deck.md'], '/tmp')).toBe(
      '/x/a.deck.md',
    );
    expect(deckPathFromArgv(['briefdeck', 'https://example.com/a.deck.md'], '/tmp')).toBeNull();
    expect(deckPathFromArgv(['briefdeck', 'C:\\Decks\\a.deck.md'], '/tmp')).toMatch(/a\.deck\.md$/);
  });
});
