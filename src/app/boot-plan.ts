/**
 * What `boot.ts` starts for a link that opens a chart view first: the view's data files (as the
 * registry names them; a unit test holds this list to the registry and `view-preload.ts`). Plain
 * data with no imports: boot must not wait for the shell's chunk.
 */
export const BOOT_FILES: Readonly<Record<string, readonly string[]>> = {
  'black-soil': ['black-soil-targets.csv'],
  counties: ['black-soil-allocation.csv', 'black-soil-hsf-2021.csv', 'black-soil-zones.csv'],
  ip: ['ip-indicators.csv', 'shuangyashan-ip.csv'],
  credit: ['credit-indicators.csv'],
  grain: ['grain-livestock-2022.csv'],
};

/** Where boot leaves the responses it started, by URL, for the first read of each file. */
export const EARLY_KEY = '__targetBoardEarly';
