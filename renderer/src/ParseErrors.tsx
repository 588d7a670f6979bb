/** A small banner listing the problems found in the deck file (`data-testid="parse-errors"`). */
import type { DeckError } from '../../slides/model';

/** Props of {@link ParseErrors}. */
export interface ParseErrorsProps {
  errors: readonly DeckError[];
}

/** Shows each error as `line:column message`; renders nothing when there are none. */
export function ParseErrors({ errors }: ParseErrorsProps) {
  if (errors.length === 0) return null;
  return (
    <div className="parse-errors" role="alert" data-testid="parse-errors">
      <strong>
        {errors.length === 1 ? 'One problem' : `${errors.length} problems`} in this deck; the slides that
        could be read are shown.
      </strong>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            <span className="parse-error-at">{`${error.line}:${error.column}`}</span> {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
