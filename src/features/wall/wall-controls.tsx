/**
 * Controls for someone at the screen with a mouse: shown while the mouse moves, hidden after three
 * seconds. They are real buttons, and they say which keys do the same from a keyboard or remote.
 */
import type { ReactElement } from 'react';
import type { Lang } from '../../data/lang';
import { wallText } from './wall-text';

export function WallControls({
  lang,
  visible,
  paused,
  position,
  onStep,
  onTogglePause,
  onLeave,
  onFocus,
}: {
  readonly lang: Lang;
  readonly visible: boolean;
  readonly paused: boolean;
  /** "3 / 7" */
  readonly position: string;
  readonly onStep: (delta: number) => void;
  readonly onTogglePause: () => void;
  readonly onLeave: () => void;
  readonly onFocus: () => void;
}): ReactElement {
  const text = wallText(lang);
  return (
    <div
      className={`wall-controls${visible ? ' wall-controls--visible' : ''}`}
      data-testid="wall-controls"
      onFocus={onFocus}
    >
      <button
        type="button"
        onClick={() => {
          onStep(-1);
        }}
      >
        {text.previous}
      </button>
      <button type="button" onClick={onTogglePause} aria-pressed={paused}>
        {paused ? text.resume : text.pause}
      </button>
      <button
        type="button"
        onClick={() => {
          onStep(1);
        }}
      >
        {text.next}
      </button>
      <span className="wall-position">{position}</span>
      <span className="wall-keys">{text.keys}</span>
      <button type="button" onClick={onLeave}>
        {text.leave}
      </button>
    </div>
  );
}
