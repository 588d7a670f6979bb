/**
 * The editor's side of the window messages (Electron only; the web host has no `tell` and none of this runs):
 * - it tells main while a modal dialog is open or an input method is composing, so menu commands wait;
 * - it answers main's `window:prepareClose`: Save runs the editor's own save, Don't Save drops the recovery
 *   journal, and each replies `window:closeReady` so main closes the window (or keeps it when the save failed).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { PrepareClose } from '../../electron/ipc/contract';
import { getHost, onHostEvent, tellHost } from './host';

const OPEN_DIALOG = 'dialog[open]';

function isPrepareClose(payload: unknown): payload is PrepareClose {
  const candidate = payload as Partial<PrepareClose> | null;
  return typeof candidate?.id === 'string' && (candidate.action === 'save' || candidate.action === 'discard');
}

/** `save` resolves true once saved; `discard` forgets the unsaved edits (their recovery journal). */
export function useHostWindow(save: () => Promise<boolean>, discard: () => Promise<void>): void {
  const actions = useRef({ save, discard });
  useLayoutEffect(() => {
    actions.current = { save, discard };
  });

  useEffect(
    () =>
      onHostEvent('window:prepareClose', (payload) => {
        if (!isPrepareClose(payload)) return;
        const run =
          payload.action === 'save' ? actions.current.save() : actions.current.discard().then(() => true);
        void run.then(
          (ok) => tellHost('window:closeReady', { id: payload.id, ok }),
          () => tellHost('window:closeReady', { id: payload.id, ok: false }),
        );
      }),
    [],
  );

  useEffect(() => {
    if (!getHost().tell) return;
    let composing = false;
    let last = '';
    const report = () => {
      const state = { modal: document.querySelector(OPEN_DIALOG) !== null, composing };
      const key = `${state.modal}/${state.composing}`;
      if (key === last) return;
      last = key;
      tellHost('window:state', state);
    };
    const onCompositionStart = () => {
      composing = true;
      report();
    };
    const onCompositionEnd = () => {
      composing = false;
      report();
    };
    // A dialog opens by gaining `open` (showModal) and can close by leaving the tree.
    const observer = new MutationObserver(report);
    observer.observe(document.body, { subtree: true, childList: true, attributeFilter: ['open'] });
    document.addEventListener('compositionstart', onCompositionStart, true);
    document.addEventListener('compositionend', onCompositionEnd, true);
    report();
    return () => {
      observer.disconnect();
      document.removeEventListener('compositionstart', onCompositionStart, true);
      document.removeEventListener('compositionend', onCompositionEnd, true);
    };
  }, []);
}
