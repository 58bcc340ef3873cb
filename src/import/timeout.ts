/**
 * Nothing waits forever on browser storage: a step that does not answer in time is given up
 * (the caller falls back to the served data and says so). The step itself may still finish
 * later; its result is then ignored.
 */
export class StorageTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`browser storage did not answer within ${ms} ms`);
    this.name = 'StorageTimeoutError';
  }
}

export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new StorageTimeoutError(ms));
    }, ms);
  });
  return Promise.race([work, late]).finally(() => {
    clearTimeout(timer);
  });
}
