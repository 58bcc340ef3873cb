/**
 * Controls for someone at the screen with a mouse: shown while the mouse moves, hidden after three
 * seconds. They are real buttons, and they say which keys do the same from a keyboard or remote.
 */
import type { ReactElement } from 'react';
import { pick, type Lang } from '../../data/lang';

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
        {pick(lang, '← 上一页', '← Previous')}
      </button>
      <button type="button" onClick={onTogglePause} aria-pressed={paused}>
        {paused ? pick(lang, '▶ 继续', '▶ Resume') : pick(lang, '❚❚ 暂停', '❚❚ Pause')}
      </button>
      <button
        type="button"
        onClick={() => {
          onStep(1);
        }}
      >
        {pick(lang, '下一页 →', 'Next →')}
      </button>
      <span className="wall-position">{position}</span>
      <span className="wall-keys">
        {pick(
          lang,
          '键盘：← → 翻页 · 空格 暂停/继续 · Esc 退出大屏',
          'Keys: ← → step · Space pause/resume · Esc leave',
        )}
      </span>
      <button type="button" onClick={onLeave}>
        {pick(lang, '退出大屏 Esc', 'Leave Esc')}
      </button>
    </div>
  );
}
