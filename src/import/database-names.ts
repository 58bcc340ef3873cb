/**
 * The IndexedDB databases this app keeps in a browser: imports (versions) and imported plans
 * (catalog documents). Named once here: the boot's page picture (src/boot) must know every
 * database whose contents could change what a view shows.
 */
export const VERSION_DATABASE = 'target-board';
export const CATALOG_DATABASE = 'target-board-catalog';
export const APP_DATABASES: readonly string[] = [VERSION_DATABASE, CATALOG_DATABASE];
