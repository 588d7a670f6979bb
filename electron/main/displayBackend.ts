/**
 * Where windows can be placed. On Linux, Electron 38+ runs natively on Wayland when the session is Wayland, and a
 * Wayland client cannot position its windows: the audience view's bounds are ignored and `setFullScreen` goes to
 * whichever output the compositor picks, often the laptop, over the presenter view. Chromium's documented way
 * out is `--ozone-platform=x11`, which runs the app through XWayland, where windows go where they are put.
 *
 * Decided before the app is ready (a switch only counts then): pure, so the decision is unit-tested.
 */

/** What {@link chooseDisplayBackend} decided. */
export interface DisplayBackend {
  /** `x11`: append `--ozone-platform=x11` (XWayland). `native`: leave Electron's choice. */
  ozonePlatform: 'x11' | 'native';
  /**
   * `exact`: windows go on the display they are given. `compositor`: the compositor decides (native Wayland):
   * the presenter view tells the user and cannot swap screens itself.
   */
  placement: 'exact' | 'compositor';
  /** Why, in one line (logged, and shown in the presenter view when placement is `compositor`). */
  reason: string;
}

/** What the decision looks at. */
export interface DisplayEnvironment {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** The command line's own `--ozone-platform` value, if any (the user's choice wins). */
  ozoneSwitch: string;
}

const WAYLAND = 'wayland';

/** Is this a Wayland session (as the desktop says, or as the ozone hint asks)? */
export function isWaylandSession({ env, ozoneSwitch }: DisplayEnvironment): boolean {
  if (ozoneSwitch) return ozoneSwitch === WAYLAND;
  if (env['ELECTRON_OZONE_PLATFORM_HINT'] === 'x11') return false;
  return env['XDG_SESSION_TYPE'] === WAYLAND || Boolean(env['WAYLAND_DISPLAY']);
}

/**
 * The display backend: on a Linux Wayland session with XWayland available (`DISPLAY` set), XWayland, so the
 * audience view lands on the projector; `BRIEFDECK_NATIVE_WAYLAND=1` or an explicit `--ozone-platform` keeps
 * native Wayland. Elsewhere nothing changes.
 */
export function chooseDisplayBackend(environment: DisplayEnvironment): DisplayBackend {
  const { platform, env, ozoneSwitch } = environment;
  if (platform !== 'linux' || !isWaylandSession(environment)) {
    return { ozonePlatform: 'native', placement: 'exact', reason: 'windows can be placed on any display' };
  }
  const compositor = (reason: string): DisplayBackend => ({
    ozonePlatform: 'native',
    placement: 'compositor',
    reason,
  });
  if (ozoneSwitch === WAYLAND) return compositor('running natively on Wayland (--ozone-platform=wayland)');
  if (env['BRIEFDECK_NATIVE_WAYLAND'] === '1')
    return compositor('running natively on Wayland (BRIEFDECK_NATIVE_WAYLAND=1)');
  if (!env['DISPLAY']) return compositor('running on Wayland without XWayland');
  return {
    ozonePlatform: 'x11',
    placement: 'exact',
    reason: 'Wayland session: running through XWayland so the audience view goes to the chosen display',
  };
}
