/**
 * The keyboard of a presentation window: jump input first (G or digits, then Enter), then the shared key table.
 * reveal's own keyboard handling is turned off, so every key goes through here in both windows.
 */
import { useEffect, useRef, useState } from 'react';
import { jumpKey, jumpTarget, type JumpState } from './jumpInput';
import { actionForKey } from './keyActions';
import type { Presentation } from './presentation';

/** Listens for presentation keys on the window; returns the jump overlay's digits (null when closed). */
export function usePresentKeys(presentation: Presentation | null, total: number): JumpState {
  const [jump, setJump] = useState<JumpState>(null);
  const jumpRef = useRef<JumpState>(null);

  useEffect(() => {
    if (!presentation) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const step = jumpKey(jumpRef.current, event.key);
      if (step.consumed || jumpRef.current !== null) {
        jumpRef.current = step.state;
        setJump(step.state);
        if (step.go !== undefined) presentation.goTo(jumpTarget(step.go, total));
        if (step.consumed) {
          event.preventDefault();
          return;
        }
      }
      const action = actionForKey(event.key, event.shiftKey);
      if (!action) return;
      event.preventDefault();
      presentation.act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presentation, total]);

  return jump;
}
