/**
 * The presentation controller of one window: turns actions (keys, buttons) into reveal.js calls, publishes the
 * resulting state through the sync controller, and applies the other window's state. Blackout blanks the audience
 * view (reveal's pause overlay); the presenter view keeps its slide and only shows a BLACKOUT badge.
 *
 * The overview (O) belongs to the window that opened it: while it is open, arrows move within it and nothing is
 * published, so the other window (the audience) keeps the current slide; Enter (or a click) goes to the chosen
 * slide and publishes it, O or Esc close it back on the slide being shown.
 */
import type Reveal from 'reveal.js';
import type { PresentAction } from './keyActions';
import type { PresentView } from './session';
import {
  INITIAL_STATE,
  type PresentState,
  type SyncController,
  type SyncTransport,
  createSyncController,
} from './syncController';

type RevealDeck = InstanceType<typeof Reveal>;

/** Reveal events after which the local state may have changed. */
const STATE_EVENTS = [
  'slidechanged',
  'fragmentshown',
  'fragmenthidden',
  'overviewshown',
  'overviewhidden',
] as const;

/** Callbacks of {@link Presentation}. */
export interface PresentationHooks {
  /** The state changed (local or remote): re-render. */
  onChange(state: PresentState): void;
  /** The presentation ended (Esc here or in the other window). */
  onEnd(): void;
  /** Fullscreen was asked for (F key). */
  onFullscreen?(): void;
}

/** Drives one window's reveal.js instance and keeps it in step with the other window. */
export class Presentation {
  private state: PresentState = INITIAL_STATE;
  private applying = false;
  private readonly sync: SyncController;
  private readonly refresh = () => this.commit();
  /** Where the overview was opened from (the slide the other window still shows), while it is open. */
  private overviewFrom: { h: number; v: number; f: number } | null = null;

  constructor(
    private readonly deck: RevealDeck,
    private readonly view: PresentView,
    transport: SyncTransport,
    private readonly hooks: PresentationHooks,
  ) {
    this.sync = createSyncController(transport, {
      onRemoteState: (state) => this.apply(state),
      onEnd: () => hooks.onEnd(),
      currentState: () => this.state,
    });
    for (const name of STATE_EVENTS) deck.on(name, this.refresh);
  }

  /** Goes to the start slide and announces this window (the other one answers with its state, if it runs). */
  start(startIndex: number): void {
    // Not published: a window that opens late must follow the running one, which answers the hello.
    this.applying = true;
    try {
      this.deck.slide(startIndex, 0, -1);
      this.state = this.read();
    } finally {
      this.applying = false;
    }
    this.hooks.onChange(this.state);
    this.sync.hello();
  }

  /** The current shared state. */
  current(): PresentState {
    return this.state;
  }

  /** Runs a command from a key or a button. */
  act(action: PresentAction): void {
    const deck = this.deck;
    if (deck.isOverview()) {
      this.actInOverview(action);
      return;
    }
    switch (action) {
      case 'next':
      case 'enter':
        deck.next();
        break;
      case 'prev':
        deck.prev();
        break;
      case 'first':
        deck.slide(0, 0, -1);
        break;
      case 'last':
        deck.slide(deck.getTotalSlides() - 1, 0);
        break;
      case 'blackout':
        this.setPaused(!this.state.paused);
        break;
      case 'overview': {
        const { h, v = 0, f } = deck.getIndices();
        this.overviewFrom = { h, v, f: typeof f === 'number' ? f : -1 };
        deck.toggleOverview(true);
        // The presenter's overview fills its screen (CSS): lay the deck out for the new size.
        deck.layout();
        break;
      }
      case 'fullscreen':
        this.hooks.onFullscreen?.();
        return;
      case 'leave':
        this.sync.end();
        this.hooks.onEnd();
        return;
    }
    this.commit();
  }

  /** True while this window shows the overview. */
  inOverview(): boolean {
    return this.deck.isOverview();
  }

  /** Keys while the overview is open: move the choice, go to it, or close the overview where the show is. */
  private actInOverview(action: PresentAction): void {
    const deck = this.deck;
    switch (action) {
      case 'next':
        deck.right();
        break;
      case 'prev':
        deck.left();
        break;
      case 'first':
        deck.slide(0);
        break;
      case 'last':
        deck.slide(deck.getTotalSlides() - 1);
        break;
      case 'enter':
        this.closeOverview(true);
        break;
      case 'overview':
      case 'leave':
        this.closeOverview(false);
        break;
      case 'blackout':
        this.setPaused(!this.state.paused);
        break;
      case 'fullscreen':
        this.hooks.onFullscreen?.();
        return;
    }
    this.commit();
  }

  /** Closes the overview on the chosen slide (`go`) or back where it was opened. */
  private closeOverview(go: boolean): void {
    const from = this.overviewFrom;
    this.overviewFrom = null;
    if (!go && from) this.deck.slide(from.h, from.v, from.f);
    this.deck.toggleOverview(false);
    this.deck.layout();
  }

  /** Jumps to a slide (0-based), with none of its fragments shown. */
  goTo(index: number): void {
    if (this.deck.isOverview()) this.closeOverview(true);
    this.deck.slide(index, 0, -1);
    this.commit();
  }

  destroy(): void {
    for (const name of STATE_EVENTS) this.deck.off(name, this.refresh);
    this.sync.destroy();
  }

  private setPaused(paused: boolean): void {
    this.state = { ...this.state, paused };
    if (this.view === 'audience') this.deck.togglePause(paused);
  }

  private read(): PresentState {
    const indices = this.deck.getIndices();
    return {
      indexh: indices.h,
      indexv: indices.v ?? 0,
      indexf: typeof indices.f === 'number' ? indices.f : -1,
      paused: this.state.paused,
      overview: this.deck.isOverview(),
    };
  }

  private commit(): void {
    this.state = this.read();
    // Browsing the overview is private to this window; only the slide chosen in it is shared.
    if (this.deck.isOverview()) {
      this.hooks.onChange(this.state);
      return;
    }
    this.overviewFrom = null;
    if (!this.applying) this.sync.publish({ ...this.state, overview: false });
    this.hooks.onChange(this.state);
  }

  private apply(remote: PresentState): void {
    this.applying = true;
    try {
      // The other window's overview stays there: keep this window's own.
      this.deck.setState({
        ...remote,
        overview: this.deck.isOverview(),
        paused: this.view === 'audience' ? remote.paused : false,
      });
      this.state = { ...this.read(), paused: remote.paused };
    } finally {
      this.applying = false;
    }
    this.hooks.onChange(this.state);
  }
}
