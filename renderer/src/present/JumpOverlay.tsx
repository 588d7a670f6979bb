/** The "go to slide" overlay that shows the digits typed after G (or a digit). */

/** Props of {@link JumpOverlay}. */
export interface JumpOverlayProps {
  /** Digits typed so far; null hides the overlay. */
  digits: string | null;
  total: number;
}

/** Shows "Go to slide 1_ of 12" while a jump is being typed. */
export function JumpOverlay({ digits, total }: JumpOverlayProps) {
  if (digits === null) return null;
  return (
    <div className="present-jump" role="status" data-testid="jump-overlay">
      Go to slide <strong>{digits || '…'}</strong> of {total} <span>Enter to go · Esc to cancel</span>
    </div>
  );
}
