import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WALL_SECONDS,
  DEFAULT_WALL_STATE,
  isWallMode,
  leaveWallSearch,
  MAX_WALL_SECONDS,
  MIN_WALL_SECONDS,
  parseWallState,
  WALL_SLIDES,
  wallSearch,
} from '../../src/view-state/wall-state';

describe('wall state', () => {
  it('is on only for mode=wall', () => {
    expect(isWallMode('?mode=wall')).toBe(true);
    expect(isWallMode('?view=ip&mode=wall&lang=en')).toBe(true);
    expect(isWallMode('')).toBe(false);
    expect(isWallMode('?mode=Wall')).toBe(false);
    expect(isWallMode('?mode=<script>')).toBe(false);
  });

  it('has the defaults when nothing is given', () => {
    expect(parseWallState('?mode=wall')).toEqual(DEFAULT_WALL_STATE);
    expect(DEFAULT_WALL_STATE.slides).toEqual(WALL_SLIDES);
  });

  it('keeps the slides in the link’s order, drops unknown and repeated ones', () => {
    expect(parseWallState('?slides=map,overview,ip').slides).toEqual(['map', 'overview', 'ip']);
    // A dataset-id-shaped name may be a catalog plan's slide: kept here, dropped by the wall when
    // the catalog does not know it. Anything else is dropped at once.
    expect(parseWallState('?slides=MAP，nope,map,、credit,plan_x!').slides).toEqual([
      'map',
      'nope',
      'credit',
    ]);
    expect(parseWallState('?slides=').slides).toEqual(WALL_SLIDES);
    expect(parseWallState('?slides=<img src=x onerror=alert(1)>').slides).toEqual(WALL_SLIDES);
    expect(parseWallState(`?slides=${'ip,'.repeat(5000)}`).slides).toEqual(['ip']);
  });

  it('clamps seconds to 1–600 in tenths and ignores what is not a number', () => {
    expect(parseWallState('?seconds=45').seconds).toBe(45);
    expect(parseWallState('?seconds=2.55').seconds).toBe(2.6);
    expect(parseWallState('?seconds=0.01').seconds).toBe(MIN_WALL_SECONDS);
    expect(parseWallState('?seconds=-5').seconds).toBe(MIN_WALL_SECONDS);
    expect(parseWallState('?seconds=1e9').seconds).toBe(MAX_WALL_SECONDS);
    for (const bad of ['', 'abc', 'NaN', 'Infinity', '1,5'])
      expect(parseWallState(`?seconds=${bad}`).seconds).toBe(DEFAULT_WALL_SECONDS);
  });

  it('takes theme dark or light, anything else is the dark default', () => {
    expect(parseWallState('?theme=light').theme).toBe('light');
    expect(parseWallState('?theme=LIGHT').theme).toBe('light');
    expect(parseWallState('?theme=neon').theme).toBe('dark');
  });

  it('writes a canonical link that parses back to the same state, keeping the other parameters', () => {
    const state = { slides: ['ip', 'map'] as const, seconds: 12.5, theme: 'light' as const };
    const search = wallSearch('?lang=en&slides=x&refresh=30', state);
    expect(search).toBe('?lang=en&refresh=30&mode=wall&slides=ip%2Cmap&seconds=12.5&theme=light');
    expect(parseWallState(search)).toEqual(state);
    expect(wallSearch('', DEFAULT_WALL_STATE)).toBe('?mode=wall');
  });

  it('leaves wall mode by dropping only the wall parameters', () => {
    expect(leaveWallSearch('?mode=wall&slides=ip&seconds=5&theme=light&lang=en&metric=hsf_2021')).toBe(
      '?lang=en&metric=hsf_2021',
    );
    expect(leaveWallSearch('?mode=wall')).toBe('');
  });
});
