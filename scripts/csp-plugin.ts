/**
 * Content-Security-Policy for the built app, as a <meta> in dist/index.html (an intranet static
 * server may set no headers, and the app must carry its own policy). Build only: the dev server
 * injects inline scripts for hot reload. The build fails if index.html ever gains an inline
 * script, since `script-src 'self'` would silently block it.
 *
 * `frame-ancestors` cannot be set from a <meta>; a server that can send headers should add it.
 */
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  // blob: for PNG export (the chart's SVG is rasterised through an object URL).
  'img-src': "'self' blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

export function contentSecurityPolicy(directives: Readonly<Record<string, string>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** A <script> element without src, i.e. inline code (JSON data blocks would be allowed; none exist). */
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>/i;

export function cspMeta(policy: string = contentSecurityPolicy()): Plugin {
  if (policy.includes('"')) throw new Error('a CSP in a double-quoted attribute cannot contain "');
  return {
    name: 'target-board:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (INLINE_SCRIPT.test(html))
          throw new Error(
            `index.html has an inline script, which script-src 'self' blocks: ${INLINE_SCRIPT.exec(html)?.[0] ?? ''}`,
          );
        // Right after <meta charset>: before any script or stylesheet it governs.
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        const withMeta = html.replace(
          /<meta charset="[^"]*"\s*\/?>/i,
          (charset) => `${charset}\n    ${meta}`,
        );
        if (withMeta === html) throw new Error('index.html has no <meta charset> to place the CSP after');
        return withMeta;
      },
    },
  };
}
