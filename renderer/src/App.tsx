/** The viewer: the deck, a status bar and the notes of the current slide. */
import { useState } from 'react';
import { DeckView } from './DeckView';
import { LAUNCH_PARAMS } from './deck/revealConfig';
import { NotesPanel } from './NotesPanel';
import { ParseErrors } from './ParseErrors';
import { StatusBar } from './StatusBar';
import { useDeck } from './useDeck';

/** `?transition=none` (tests, screenshots) turns slide animations off. */
const transition = LAUNCH_PARAMS.get('transition') === 'none' ? 'none' : 'slide';

/** The application shell. */
export function App() {
  const { deck, errors, loadError } = useDeck();
  const [index, setIndex] = useState(0);

  if (loadError) {
    return (
      <main className="app app-message" role="alert">
        <p>Briefdeck could not load a deck: {loadError}</p>
      </main>
    );
  }
  if (!deck) {
    return (
      <main className="app app-message">
        <p>Loading…</p>
      </main>
    );
  }
  const slides = deck.slides;
  return (
    <main className="app">
      <ParseErrors errors={errors} />
      <div className="stage">
        <DeckView
          slides={slides}
          theme={deck.meta.theme}
          aspect={deck.meta.aspect}
          transition={transition}
          onSlideChange={setIndex}
        />
      </div>
      <StatusBar title={deck.meta.title} index={index} total={slides.length} />
      <NotesPanel notes={slides[index]?.notes ?? ''} />
    </main>
  );
}
