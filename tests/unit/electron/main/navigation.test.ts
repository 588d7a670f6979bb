import { describe, expect, it } from 'vitest';
import type { HandlerDetails } from 'electron';
import { isAppUrl, isSafeExternalUrl, vetExternalUrl } from '../../../../electron/main/appUrl';
import { guardNavigation, windowOpenHandler } from '../../../../electron/main/navigation';
import { fakeEvent } from '../../../helpers/electronDouble';

function details(url: string, disposition: HandlerDetails['disposition']): HandlerDetails {
  return { url, disposition, frameName: '', features: '', referrer: { url: '', policy: 'no-referrer' } };
}

describe('navigation guard', () => {
  it.each(['app://briefdeck/index.html', 'app://briefdeck/index.html?window=audience#/3'])(
    'allows %s',
    (url) => {
      const event = fakeEvent({ url });
      guardNavigation(event as never);
      expect(event.defaultPrevented).toBe(false);
    },
  );

  it.each([
    'https://example.com/',
    'http://127.0.0.1:4646/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://briefdeck.evil.com/',
    'app://user@briefdeck/',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'not a url',
  ])('blocks %s', (url) => {
    const event = fakeEvent({ url });
    guardNavigation(event as never);
    expect(event.defaultPrevented).toBe(true);
  });

  it('parses rather than matching prefixes', () => {
    expect(isAppUrl('app://briefdeck@evil.com/')).toBe(false);
    expect(isAppUrl('app://briefdeck:80/')).toBe(false);
  });
});

describe('window-open handler', () => {
  it('denies every window and opens a clicked https link externally', async () => {
    const opened: string[] = [];
    const handler = windowOpenHandler(async (url) => void opened.push(url));
    expect(handler(details('https://eurasianet.org/a', 'foreground-tab'))).toEqual({ action: 'deny' });
    expect(handler(details('mailto:someone@example.com', 'background-tab'))).toEqual({ action: 'deny' });
    expect(handler(details('https://example.com/', 'new-window'))).toEqual({ action: 'deny' });
    expect(handler(details('http://example.com/', 'foreground-tab'))).toEqual({ action: 'deny' });
    expect(handler(details('file:///etc/passwd', 'foreground-tab'))).toEqual({ action: 'deny' });
    expect(handler(details('app://briefdeck/index.html', 'foreground-tab'))).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://eurasianet.org/a', 'mailto:someone@example.com']);
  });

  it('vets external URLs', () => {
    expect(isSafeExternalUrl('https://example.com/x?y=1')).toBe(true);
    expect(isSafeExternalUrl('mailto:a@b.c')).toBe(true);
    for (const bad of [
      'http://example.com',
      'https://user:pw@example.com',
      'javascript:alert(1)',
      'file:///x',
      'smb://host/share',
      'https://' + 'a'.repeat(3000) + '.com',
    ]) {
      expect(isSafeExternalUrl(bad)).toBe(false);
    }
  });
});

describe('vetExternalUrl', () => {
  it('passes vetted URLs through and throws on anything else', () => {
    expect(vetExternalUrl('https://example.com/')).toBe('https://example.com/');
    expect(() => vetExternalUrl('file:///etc/passwd')).toThrow(/refused/);
  });
});
