/**
 * Whether a server answered a request for a data file with a web page: an SPA fallback or an
 * error page sent with 200, by its content type or, where a server sends none or the wrong one,
 * by how its bytes begin. Shared by the app's served-file reads and the boot's data check.
 */
const HTML_START = /^\s*(<!doctype html|<html)/i;

export function isWebPage(bytes: Uint8Array, contentType: string): boolean {
  return (
    contentType.includes('text/html') || HTML_START.test(new TextDecoder().decode(bytes.subarray(0, 64)))
  );
}
