/** The strip under the deck: deck title and `n / N` (`data-testid="slide-counter"`). */

/** Props of {@link StatusBar}. */
export interface StatusBarProps {
  title: string;
  /** 0-based index of the current slide. */
  index: number;
  total: number;
}

/** Shows where the presenter is in the deck. */
export function StatusBar({ title, index, total }: StatusBarProps) {
  return (
    <footer className="status-bar">
      <span className="status-title">{title}</span>
      <span className="slide-counter" data-testid="slide-counter" aria-live="polite">
        {total === 0 ? '0 / 0' : `${Math.min(index + 1, total)} / ${total}`}
      </span>
    </footer>
  );
}
