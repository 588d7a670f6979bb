/**
 * An interview's shape: answers marked with their speaker's label ("A: …", "Holt: …") and the questions between
 * them ("Q: …", or a line ending on a question mark just before an answer). Pure; shared by the analysis (which
 * reads an answer without its label) and the drafting (which names the interviewee and never shows a question).
 */

/** What an interview's paragraphs are (indices into the article's paragraphs). */
export interface InterviewShape {
  /** The answers' label as written: "A", "Answer" or the interviewee's name ("Holt"). */
  label: string;
  answers: ReadonlySet<number>;
  questions: ReadonlySet<number>;
}

const LABEL = /^(\p{Lu}[\p{L}'’-]*):\s/u;
const QUESTION_LABEL = /^(?:Q|Question):\s/;
/** An article with this many answers under one label is an interview. */
const MIN_ANSWERS = 3;

/** The interview shape of an article's paragraphs, or undefined when it is not an interview. */
export function interviewShape(paragraphs: readonly string[]): InterviewShape | undefined {
  const counts = new Map<string, number>();
  for (const p of paragraphs) {
    const label = LABEL.exec(p)?.[1];
    if (label && !QUESTION_LABEL.test(p)) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const [label, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count < MIN_ANSWERS) return undefined;
  const answers = new Set<number>();
  paragraphs.forEach((p, i) => p.startsWith(`${label}: `) && answers.add(i));
  const questions = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (QUESTION_LABEL.test(p) || (/\?["”]?\s*$/.test(p) && answers.has(i + 1))) questions.add(i);
  });
  return { label, answers, questions };
}

/** An answer's text without its label ("Holt: A port that …" → "A port that …"). */
export function withoutLabel(text: string, shape: InterviewShape): string {
  return text.startsWith(`${shape.label}: `) ? text.slice(shape.label.length + 2) : text;
}

/** True when the label names no one ("A", "Answer"): the interviewee is then the person named most. */
export function anonymousLabel(shape: InterviewShape): boolean {
  return /^(?:A|Answer)$/.test(shape.label);
}
