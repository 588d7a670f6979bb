import { describe, expect, it } from 'vitest';
import { chooseDisplayBackend, isWaylandSession } from '../../../../electron/main/displayBackend';

const linux = (env: Record<string, string>, ozoneSwitch = '') =>
  chooseDisplayBackend({ platform: 'linux', env, ozoneSwitch });

describe('the display backend (issue 16, item 3)', () => {
  it('uses XWayland on a Wayland session that has it, so windows go where they are put', () => {
    expect(linux({ XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' })).toMatchObject(
      {
        ozonePlatform: 'x11',
        placement: 'exact',
      },
    );
    expect(linux({ WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':1' }).ozonePlatform).toBe('x11');
  });

  it('stays native, and says the compositor places windows, without XWayland or when asked to', () => {
    expect(linux({ XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' })).toMatchObject({
      ozonePlatform: 'native',
      placement: 'compositor',
      reason: expect.stringMatching(/without XWayland/),
    });
    expect(
      linux({ XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0', BRIEFDECK_NATIVE_WAYLAND: '1' }),
    ).toMatchObject({ ozonePlatform: 'native', placement: 'compositor' });
    expect(linux({ XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' }, 'wayland')).toMatchObject({
      ozonePlatform: 'native',
      placement: 'compositor',
    });
  });

  it('changes nothing on X11, with an explicit x11 choice, or off Linux', () => {
    expect(linux({ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' })).toMatchObject({
      ozonePlatform: 'native',
      placement: 'exact',
    });
    expect(linux({ XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' }, 'x11').placement).toBe('exact');
    expect(
      linux({ XDG_SESSION_TYPE: 'wayland', ELECTRON_OZONE_PLATFORM_HINT: 'x11', DISPLAY: ':0' })
        .ozonePlatform,
    ).toBe('native');
    for (const platform of ['darwin', 'win32'] as const) {
      expect(
        chooseDisplayBackend({
          platform,
          env: { XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' },
          ozoneSwitch: '',
        }),
      ).toMatchObject({ ozonePlatform: 'native', placement: 'exact' });
    }
  });

  it('detects Wayland from the session type, the Wayland socket or the switch', () => {
    const at = (env: Record<string, string>, ozoneSwitch = '') =>
      isWaylandSession({ platform: 'linux', env, ozoneSwitch });
    expect(at({ XDG_SESSION_TYPE: 'wayland' })).toBe(true);
    expect(at({ WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(at({}, 'wayland')).toBe(true);
    expect(at({ XDG_SESSION_TYPE: 'x11' })).toBe(false);
    expect(at({ XDG_SESSION_TYPE: 'wayland' }, 'x11')).toBe(false);
  });
});
