/**
 * The root of `present.html`: reads `?view=audience|presenter&session=ID`, loads the session's deck from local
 * storage and shows the matching view.
 */
import { useMemo } from 'react';
import { parseDeck } from '../../../slides/index';
import { LAUNCH_PARAMS } from '../deck/revealConfig';
import { AudienceView } from './AudienceView';
import { PresenterView } from './PresenterView';
import { isSessionId, loadSession } from './session';

function Message({ text }: { text: string }) {
  return (
    <main className="present-message" role="alert">
      <p>{text}</p>
    </main>
  );
}

/** Chooses the view from the launch parameters. */
export function PresentApp() {
  const view = LAUNCH_PARAMS.get('view');
  const session = LAUNCH_PARAMS.get('session');
  const transition = LAUNCH_PARAMS.get('transition') === 'none' ? 'none' : 'slide';
  const loaded = useMemo(() => {
    if (!isSessionId(session)) return null;
    const stored = loadSession(localStorage, session);
    return stored ? { ...stored, deck: parseDeck(stored.text).deck } : null;
  }, [session]);

  if (view !== 'audience' && view !== 'presenter') return <Message text="Unknown presentation view." />;
  if (!loaded || !isSessionId(session))
    return <Message text="This presentation is no longer available: start it again from Briefdeck." />;
  if (loaded.deck.slides.length === 0) return <Message text="This deck has no slides to present." />;
  const startIndex = Math.min(loaded.startIndex, loaded.deck.slides.length - 1);
  return view === 'audience' ? (
    <AudienceView deck={loaded.deck} session={session} startIndex={startIndex} transition={transition} />
  ) : (
    <PresenterView
      deck={loaded.deck}
      text={loaded.text}
      session={session}
      startIndex={startIndex}
      rehearse={loaded.rehearse === true}
      transition={transition}
    />
  );
}
