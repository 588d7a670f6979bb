/**
 * A small modal question with buttons (unsaved changes, a conflicting file on disk…), and the hook that asks it:
 * `ask(message, choices)` resolves with the chosen value, or null when dismissed with Escape.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

/** One button of a question. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  primary?: boolean;
}

interface Question {
  title: string;
  message: string;
  choices: Choice<string>[];
  resolve: (value: string | null) => void;
}

/** Asks questions one at a time; render `dialog` somewhere in the tree. */
export function useChoice(): {
  ask: <T extends string>(title: string, message: string, choices: Choice<T>[]) => Promise<T | null>;
  dialog: ReactNode;
} {
  const [question, setQuestion] = useState<Question | null>(null);
  const ask = useCallback(
    <T extends string>(title: string, message: string, choices: Choice<T>[]) =>
      new Promise<T | null>((resolve) => {
        setQuestion({ title, message, choices, resolve: (value) => resolve(value as T | null) });
      }),
    [],
  );
  const answer = (value: string | null) => {
    question?.resolve(value);
    setQuestion(null);
  };
  return { ask, dialog: question ? <ChoiceDialog question={question} onAnswer={answer} /> : null };
}

function ChoiceDialog({
  question,
  onAnswer,
}: {
  question: Question;
  onAnswer: (value: string | null) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLButtonElement>('button.primary')?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="choice-dialog"
      aria-labelledby="choice-title"
      aria-describedby="choice-message"
      data-testid="choice-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(null);
      }}
    >
      <h2 id="choice-title">{question.title}</h2>
      <p id="choice-message">{question.message}</p>
      <div className="dialog-buttons">
        {question.choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            className={choice.primary ? 'primary' : undefined}
            onClick={() => onAnswer(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
