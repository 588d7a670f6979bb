/**
 * In the presenter view (Electron): which screen the audience view is on, and a Swap screens button, as
 * PowerPoint's presenter view has. Main sends `present:screens`; a swap is a `swap` sync message main handles.
 * The web host sends no such event, so nothing shows there.
 */
import { useEffect, useState } from 'react';
import type { PresentScreens } from '../../../electron/ipc/contract';
import { invoke, onHostEvent } from '../host';

function isScreens(payload: unknown): payload is PresentScreens {
  const candidate = payload as Partial<PresentScreens> | null;
  return typeof candidate?.audience === 'string' && typeof candidate.presenter === 'string';
}

/** The audience screen's name and, when main can move the views, the control that swaps them. */
export function ScreensNote({ session }: { session: string }) {
  const [screens, setScreens] = useState<PresentScreens | null>(null);
  useEffect(() => onHostEvent('present:screens', (payload) => isScreens(payload) && setScreens(payload)), []);
  if (!screens) return null;
  const swap = () =>
    void invoke('present:sync', { session, message: { type: 'swap', from: 'presenter' } }).catch(
      () => undefined,
    );
  return (
    <span className="presenter-screens" data-testid="presenter-screens" title={screens.note}>
      {screens.external
        ? `Audience view on ${screens.audience}`
        : `Audience view on this screen (${screens.audience}): no second screen`}
      {screens.canSwap ? (
        <button type="button" onClick={swap} data-testid="swap-screens">
          Swap screens
        </button>
      ) : null}
      {screens.note ? <span className="presenter-screens-note">{screens.note}</span> : null}
    </span>
  );
}
