/**
 * The wall screen's window plumbing, each piece one listener added once and removed on unmount:
 * the stage's scale (a 1920×1080 canvas fitted to any window, letterboxed), the keys (a remote
 * control sends arrows, PageUp/PageDown, Enter or space), and controls that show while the mouse
 * moves and hide again.
 */
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';

export const STAGE = { width: 1920, height: 1080 } as const;

export interface StageFit {
  readonly scale: number;
  readonly left: number;
  readonly top: number;
}

export function fitStage(width: number, height: number): StageFit {
  const scale = Math.max(0.01, Math.min(width / STAGE.width, height / STAGE.height));
  return { scale, left: (width - STAGE.width * scale) / 2, top: (height - STAGE.height * scale) / 2 };
}

export function useStageFit(): StageFit {
  const [fit, setFit] = useState(() => fitStage(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const onResize = (): void => {
      setFit(fitStage(window.innerWidth, window.innerHeight));
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
    };
  }, []);
  return fit;
}

/** The page scrolls nowhere in wall mode; the class goes when the wall does. */
export function useWallDocument(title: string, lang: string): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('wall-mode');
    return () => {
      root.classList.remove('wall-mode');
    };
  }, []);
  useEffect(() => {
    document.title = title;
    document.documentElement.lang = lang;
  }, [title, lang]);
}

export interface WallKeys {
  readonly step: (delta: number) => void;
  readonly togglePause: () => void;
  readonly leave: () => void;
}

function isButton(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button') !== null;
}

/** One keydown listener for the wall's life; it calls the handlers of the latest render. */
export function useWallKeys(keys: WallKeys): void {
  const onKey = useEffectEvent((event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowRight':
      case 'PageDown':
        keys.step(1);
        break;
      case 'ArrowLeft':
      case 'PageUp':
        keys.step(-1);
        break;
      // On a focused button, space and Enter press the button itself (no double toggle).
      case ' ':
      case 'Enter':
      case 'MediaPlayPause':
        if (isButton(event.target)) return;
        keys.togglePause();
        break;
      case 'Escape':
        keys.leave();
        break;
      default:
        return;
    }
    event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => {
      onKey(event);
    };
    window.addEventListener('keydown', listener);
    return () => {
      window.removeEventListener('keydown', listener);
    };
  }, []);
}

const CONTROLS_HIDE_MS = 3000;

/**
 * True for three seconds after the mouse last moved or Tab was pressed (hidden buttons cannot take
 * focus, so Tab first shows them); keyboard focus inside keeps them up (wall.css).
 */
export function useControlsVisible(): readonly [boolean, () => void] {
  const [visible, setVisible] = useState(false);
  // The pending hide; only the handlers and the cleanup touch it, never rendering.
  const timer = useRef(0);
  const show = useCallback((): void => {
    setVisible(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setVisible(false);
    }, CONTROLS_HIDE_MS);
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Tab') show();
    };
    window.addEventListener('mousemove', show);
    window.addEventListener('pointerdown', show);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('mousemove', show);
      window.removeEventListener('pointerdown', show);
      window.removeEventListener('keydown', onKey);
      window.clearTimeout(timer.current);
    };
  }, [show]);
  return [visible, show];
}
