/**
 * The carousel's clock: one timeout at a time for the current slide, set again whenever the slide,
 * the pause or the tab's visibility changes, and cleared on unmount — nothing accumulates however
 * many cycles run. When a slide's time is up the next one is shown once it is ready (its data
 * drawn, its chart 'finished'); until then the current slide stays and the check repeats, for at
 * most READY_MAX_WAIT_MS.
 */
import { useCallback, useEffect, useEffectEvent, useState } from 'react';

/** How often to look again when the next slide is not drawn yet (first cycle, map chunk loading). */
const READY_RETRY_MS = 250;
/**
 * How long past its time a slide waits for the next one to draw. A slide whose data never comes
 * (a file that cannot be read, no bundled copy) must not stop the wall: after this it is shown
 * as it is (saying it is loading) and the carousel goes on.
 */
export const READY_MAX_WAIT_MS = 8_000;

export interface Rotation {
  readonly index: number;
  /** Paused by the viewer (space or the button). */
  readonly paused: boolean;
  /** The tab is hidden: the carousel waits, and resumes where it was. */
  readonly hidden: boolean;
  readonly step: (delta: number) => void;
  readonly togglePause: () => void;
}

function useDocumentHidden(): boolean {
  const [hidden, setHidden] = useState(() => document.visibilityState === 'hidden');
  useEffect(() => {
    const onChange = (): void => {
      setHidden(document.visibilityState === 'hidden');
    };
    document.addEventListener('visibilitychange', onChange);
    return () => {
      document.removeEventListener('visibilitychange', onChange);
    };
  }, []);
  return hidden;
}

/**
 * `isReady` is read when the time is up, as it is then: a slide becoming ready (or a new
 * function each render) does not restart the current slide's time.
 */
export function useRotation(count: number, seconds: number, isReady: (index: number) => boolean): Rotation {
  const [position, setPosition] = useState(0);
  const [paused, setPaused] = useState(false);
  const hidden = useDocumentHidden();
  // The slide list can shrink when the link changes: the index always names a slide.
  const index = count > 0 ? position % count : 0;
  const readyNow = useEffectEvent((slide: number): boolean => isReady(slide));
  useEffect(() => {
    if (paused || hidden || count < 2) return undefined;
    const next = (index + 1) % count;
    let timer = 0;
    let waited = 0;
    const tick = (): void => {
      if (readyNow(next) || waited >= READY_MAX_WAIT_MS) setPosition(next);
      else {
        waited += READY_RETRY_MS;
        timer = window.setTimeout(tick, READY_RETRY_MS);
      }
    };
    timer = window.setTimeout(tick, seconds * 1000);
    return () => {
      window.clearTimeout(timer);
    };
  }, [index, paused, hidden, count, seconds]);
  const step = useCallback(
    (delta: number) => {
      // A step by hand shows the slide at once (the viewer asked for it) and restarts its time.
      setPosition((p) => (count > 0 ? ((((p % count) + delta) % count) + count) % count : 0));
    },
    [count],
  );
  const togglePause = useCallback(() => {
    setPaused((p) => !p);
  }, []);
  return { index, paused, hidden, step, togglePause };
}
