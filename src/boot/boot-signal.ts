/**
 * How the boot (boot.ts) and the app's entry (app/main.tsx) agree on who draws first. The boot
 * script runs first (it comes before the app's script in index.html, and module scripts run in
 * document order) and leaves its decision here; the app renders once it has decided, so the main
 * thread is the boot's while it checks and inserts the page picture — or after `waitMs` at the
 * latest, so a slow server never holds the app back for long.
 */
declare global {
  interface Window {
    __targetBoardBoot?: Promise<unknown>;
  }
}

export function announceBoot(decision: Promise<unknown>): void {
  window.__targetBoardBoot = decision;
}

/** Settles when the boot has decided, after `waitMs`, or at once where there is no boot (dev, tests). */
export function bootDecided(waitMs: number): Promise<void> {
  const decision = typeof window === 'undefined' ? undefined : window.__targetBoardBoot;
  if (decision === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    void decision
      .catch(() => undefined)
      .then(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}
