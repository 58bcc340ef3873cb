/**
 * The chart host's side of prerendering (prerender.ts): which phase of its first drawing a chart
 * is in, and the picture shown until ECharts has drawn the same chart.
 */
import {
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  useState,
  type ReactElement,
  type RefObject,
} from 'react';
import { onServedRead, servedDigest } from '../../import/served-file';
import { findPrerender, prerenderEntries, prerendersLoading, type PrerenderEntry } from './prerender';

/** Runs `callback` once the browser has painted the current frame; returns a cancel function. */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Where a chart is in its first drawing: 'wait' — the boot view's picture list or one of a
 * picture's data files is still being read; 'decide' — measured before the first paint; 'picture'
 * — the picture is shown and ECharts waits for it to be painted; 'live' — ECharts draws (over the
 * picture, if there was one, until it is ready).
 */
export type Phase =
  | { readonly kind: 'wait' }
  | { readonly kind: 'decide' }
  | { readonly kind: 'picture'; readonly entry: PrerenderEntry }
  | { readonly kind: 'live'; readonly entry: PrerenderEntry | null };

const LIVE: Phase = { kind: 'live', entry: null };
const DECIDE: Phase = { kind: 'decide' };

/**
 * How long a chart whose picture matches waits for data files this page has not read yet (the
 * catalog, read by the shell): past that it is drawn live, as without pictures.
 */
export const UNREAD_WAIT_MS = 300;

function initialPhase(): Phase {
  if (prerendersLoading() !== null) return { kind: 'wait' };
  return prerenderEntries().length > 0 ? DECIDE : LIVE;
}

/** Settles when the picture list has been read, or when one more served file has been. */
function nextChange(): { readonly changed: Promise<void>; readonly cancel: () => void } {
  let stop = (): void => undefined;
  const changed = new Promise<void>((resolve) => {
    const list = prerendersLoading();
    if (list !== null) {
      void list.then(resolve);
      return;
    }
    stop = onServedRead(() => {
      resolve();
    });
  });
  return {
    changed,
    cancel: () => {
      stop();
    },
  };
}

/**
 * The first drawing's phase. Without pictures (dev, tests, a boot view without any) a chart is
 * live from the start, as it always was. With them, the figure is measured before the first paint
 * (its option key and size, the page's data files): a matching picture is shown, and ECharts
 * starts once it has been painted; a chart without one also starts after that paint, so no
 * chart's ECharts work holds back another chart's picture.
 */
export function usePrerenderPhase(
  figure: RefObject<HTMLElement | null>,
  key: string,
): readonly [Phase, (phase: Phase) => void] {
  const [phase, setPhase] = useState<Phase>(initialPhase);
  const [waitUntil] = useState(() => performance.now() + UNREAD_WAIT_MS);
  const decide = useEffectEvent((): (() => void) | undefined => {
    const rect = figure.current?.getBoundingClientRect();
    const found =
      rect === undefined
        ? ({ kind: 'none' } as const)
        : findPrerender(
            prerenderEntries(),
            key,
            Math.round(rect.width),
            Math.round(rect.height),
            servedDigest,
          );
    if (found.kind === 'match') {
      setPhase({ kind: 'picture', entry: found.entry });
      return undefined;
    }
    if (found.kind === 'unread' && performance.now() < waitUntil) {
      setPhase({ kind: 'wait' });
      return undefined;
    }
    return afterNextPaint(() => {
      setPhase(LIVE);
    });
  });
  // A measurement before the first paint, which is what layout effects are for: the picture must
  // be in the first frame painted, not one frame after an empty box.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the state set is the layout measured here
  useLayoutEffect(() => (phase.kind === 'decide' ? decide() : undefined), [phase]);
  useEffect(() => {
    if (phase.kind !== 'wait') return undefined;
    const { changed, cancel } = nextChange();
    const timer = setTimeout(
      () => {
        setPhase(DECIDE);
      },
      Math.max(0, waitUntil - performance.now()),
    );
    void changed.then(() => {
      setPhase(DECIDE);
    });
    return () => {
      cancel();
      clearTimeout(timer);
    };
  }, [phase, waitUntil]);
  // A picture stands only for the option it was recorded from: new data or settings while it is
  // shown (the served catalog arriving, a click) and the chart is drawn live at once.
  const current = phase.kind === 'picture' && phase.entry.key !== key ? LIVE : phase;
  return [current, setPhase];
}

/** The prerendered picture, over the figure until the live chart is ready. */
export function Picture({
  entry,
  onPainted,
}: {
  readonly entry: PrerenderEntry;
  readonly onPainted?: () => void;
}): ReactElement {
  const image = useRef<HTMLImageElement>(null);
  const painted = useEffectEvent((): void => {
    onPainted?.();
  });
  useEffect(() => {
    let cancel: (() => void) | undefined;
    let live = true;
    // decode() settles once the picture can be painted (or cannot be: ECharts starts anyway).
    const decoded = image.current?.decode() ?? Promise.resolve();
    decoded
      .catch(() => undefined)
      .then(() => {
        if (live) cancel = afterNextPaint(painted);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      cancel?.();
    };
  }, []);
  return (
    <img
      ref={image}
      className="chart-picture"
      src={entry.svg}
      alt=""
      width={entry.width}
      height={entry.height}
      data-prerendered="true"
    />
  );
}
