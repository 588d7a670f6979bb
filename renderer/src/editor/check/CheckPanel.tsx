/**
 * The Check panel, like a code editor's Problems panel: the briefing check's findings grouped by slide. A click
 * selects the finding's slide and element; a fix button applies the finding's one-click fix as one undo step.
 */
import type { FindingElement } from '../../../../slides/check/index';
import { slideTitle } from '../../../../slides/index';
import { actionApplyFix } from '../actions/actionApplyFix';
import { actionSelectSlides, actionSetFocus } from '../actions';
import type { EditorState } from '../state';
import type { EditorStore } from '../store';
import { checkEditorDeck, sameFinding, type EditorFinding } from './useCheck';
import './CheckPanel.css';

/** Props of {@link CheckButton}. */
export interface CheckButtonProps {
  count: number;
  open: boolean;
  onToggle: () => void;
}

/** The toolbar button: "Check (N)", pressed while the panel is open. */
export function CheckButton({ count, open, onToggle }: CheckButtonProps) {
  return (
    <button
      type="button"
      className={`tool-button check-button${count > 0 ? ' has-findings' : ''}`}
      aria-pressed={open}
      aria-label={`Check (${count})`}
      title={count === 0 ? 'The briefing check finds nothing to fix' : `${count} things a briefer would fix`}
      data-testid="check-button"
      onClick={onToggle}
    >
      <span className="tool-icon" aria-hidden="true">
        ✓
      </span>
      <span className="tool-label">Check ({count})</span>
    </button>
  );
}

/** Props of {@link CheckPanel}. */
export interface CheckPanelProps {
  store: EditorStore;
  state: EditorState;
  findings: readonly EditorFinding[];
  onClose: () => void;
  /** Opens the notes editor of the current slide (notes findings). */
  onOpenNotes?: () => void;
}

function elementLabel(element: FindingElement): string {
  if (element.kind === 'item') return element.index === undefined ? 'item' : `item ${element.index + 1}`;
  return element.kind;
}

function groupBySlide(
  findings: readonly EditorFinding[],
): { slideId: string; slide: number; items: EditorFinding[] }[] {
  const groups: { slideId: string; slide: number; items: EditorFinding[] }[] = [];
  for (const finding of findings) {
    const last = groups.at(-1);
    if (last && last.slideId === finding.slideId) last.items.push(finding);
    else groups.push({ slideId: finding.slideId, slide: finding.slide, items: [finding] });
  }
  return groups;
}

/** The panel under the stage. */
export function CheckPanel({ store, state, findings, onClose, onOpenNotes }: CheckPanelProps) {
  const reveal = (finding: EditorFinding) => {
    const { element, slideId } = finding;
    if (element.kind === 'title') store.execute(actionSetFocus, { slideId, field: { kind: 'title' } });
    else if (element.kind === 'notes') {
      store.execute(actionSelectSlides, { id: slideId });
      onOpenNotes?.();
    } else if (element.kind === 'item' && element.index !== undefined)
      store.execute(actionSetFocus, { slideId, field: { kind: 'item', index: element.index } });
    else store.execute(actionSelectSlides, { id: slideId });
  };
  const fix = (finding: EditorFinding) => {
    // The list may be up to one debounce old: take the fix from a check of the deck as it is now.
    const { deck, article } = store.getModel().state;
    const fresh = checkEditorDeck(deck, article).find((f) => sameFinding(f, finding));
    if (fresh?.fix) store.execute(actionApplyFix, { slideId: fresh.slideId, fix: fresh.fix });
  };
  const titles = new Map(state.deck.slides.map((slide) => [slide.id, slideTitle(slide)]));
  return (
    <section className="check-panel" aria-label="Check" data-testid="check-panel">
      <header className="check-panel-head">
        <h2>
          Check{' '}
          <span className="check-count">
            {findings.length === 0
              ? 'no findings'
              : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}
          </span>
        </h2>
        {state.article ? null : (
          <span className="check-note">No article: copied titles, numbers and dates are not checked.</span>
        )}
        <button type="button" className="check-close" aria-label="Close the Check panel" onClick={onClose}>
          ✕
        </button>
      </header>
      {findings.length === 0 ? (
        <p className="check-empty">Nothing to fix: every slide passes the briefing check.</p>
      ) : (
        <ol className="check-groups">
          {groupBySlide(findings).map((group) => (
            <li key={`${group.slideId}:${group.slide}`} className="check-group">
              <div className="check-slide">
                Slide {group.slide + 1}
                <span className="check-slide-title">{titles.get(group.slideId) || 'untitled'}</span>
              </div>
              <ul>
                {group.items.map((finding, i) => (
                  <li key={`${finding.code}:${i}`} className="check-finding" data-code={finding.code}>
                    <button
                      type="button"
                      className="check-finding-main"
                      data-testid="check-finding"
                      onClick={() => reveal(finding)}
                    >
                      <span className="check-code">{finding.code}</span>
                      <span className="check-element">{elementLabel(finding.element)}</span>
                      <span className="check-message">{finding.message}</span>
                    </button>
                    {finding.fix ? (
                      <button
                        type="button"
                        className="check-fix"
                        data-testid="check-fix"
                        title={`${finding.fix.label} (one undo step)`}
                        onClick={() => fix(finding)}
                      >
                        {finding.fix.label}
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
