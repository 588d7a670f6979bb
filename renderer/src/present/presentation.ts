/**
 * The presentation controller of one window: turns actions (keys, buttons) into reveal.js calls, publishes the
 * resulting state through the sync controller, and applies the other window's state. Blackout blanks the audience
 * view (reveal's pause overlay); the presenter view keeps its slide and only shows a BLACKOUT badge.
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
    switch (action) {
      case 'next':
        if (deck.isOverview()) deck.toggleOverview(false);
        else deck.next();
        break;
      case 'prev':
        if (deck.isOverview()) deck.toggleOverview(false);
        else deck.prev();
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
      case 'overview':
        deck.toggleOverview();
        break;
      case 'fullscreen':
        this.hooks.onFullscreen?.();
        return;
      case 'leave':
        if (deck.isOverview()) {
          deck.toggleOverview(false);
          break;
        }
        this.sync.end();
        this.hooks.onEnd();
        return;
    }
    this.commit();
  }

  /** Jumps to a slide (0-based), with none of its fragments shown. */
  goTo(index: number): void {
    if (this.deck.isOverview()) this.deck.toggleOverview(false);
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
    if (!this.applying) this.sync.publish(this.state);
    this.hooks.onChange(this.state);
  }

  private apply(remote: PresentState): void {
    this.applying = true;
    try {
      this.deck.setState({ ...remote, paused: this.view === 'audience' ? remote.paused : false });
      this.state = { ...this.read(), paused: remote.paused };
    } finally {
      this.applying = false;
    }
    this.hooks.onChange(this.state);
  }
}
