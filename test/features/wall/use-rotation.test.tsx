// @vitest-environment jsdom
/** The carousel's clock with fake timers: readiness is asked when a slide's time is up, as it is then. */
import { act, renderHook } from '@testing-library/react';
import { READY_MAX_WAIT_MS, useRotation } from '../../../src/features/wall/use-rotation';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function rotate(isReady: (index: number) => boolean) {
  return renderHook(({ ready }) => useRotation(3, 10, ready), { initialProps: { ready: isReady } });
}

function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe('useRotation', () => {
  it('keeps the slide while the next one is not ready, and shows it at the next look once it is', () => {
    const { result, rerender } = rotate(() => false);
    advance(10_000);
    expect(result.current.index).toBe(0);
    rerender({ ready: (index) => index === 1 });
    advance(250);
    expect(result.current.index).toBe(1);
  });

  it('does not restart a slide’s time when the next slide becomes ready meanwhile', () => {
    const { result, rerender } = rotate(() => false);
    advance(6_000);
    // The wall hands a new function every render; the next slide's chart has just drawn.
    rerender({ ready: () => true });
    advance(4_000);
    expect(result.current.index).toBe(1);
  });

  it(`goes on after ${READY_MAX_WAIT_MS} ms past the time when the next slide never gets ready`, () => {
    const { result } = rotate(() => false);
    advance(10_000 + READY_MAX_WAIT_MS - 250);
    expect(result.current.index).toBe(0);
    advance(250);
    expect(result.current.index).toBe(1);
  });
});
