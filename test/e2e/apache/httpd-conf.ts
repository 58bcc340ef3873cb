/**
 * The Apache httpd configuration of the README's deployment recipe, generated for a test server:
 * static files with compression, data/ readable by everyone and writable (WebDAV PUT) only with
 * Basic auth, no directory listing, history/ inside data/ so it is writable too. Only paths and
 * the port differ from the README's copy.
 */

export interface HttpdPaths {
  readonly serverRoot: string;
  /** The built app (dist/), with data/ inside. */
  readonly docRoot: string;
  readonly port: number;
  readonly htpasswd: string;
  readonly modules?: string;
}

const MODULES = [
  'mpm_event',
  'authz_core',
  'authz_user',
  'authn_core',
  'authn_file',
  'auth_basic',
  'mime',
  'dir',
  'headers',
  'filter',
  'deflate',
  'dav',
  'dav_fs',
  'setenvif',
];

export function httpdConf(p: HttpdPaths): string {
  const modules = p.modules ?? '/usr/lib/apache2/modules';
  return `ServerRoot "${p.serverRoot}"
PidFile "${p.serverRoot}/httpd.pid"
Listen 127.0.0.1:${p.port}
ServerName 127.0.0.1
${MODULES.map((m) => `LoadModule ${m}_module ${modules}/mod_${m}.so`).join('\n')}
ErrorLog "${p.serverRoot}/error.log"
LogLevel warn
TypesConfig /etc/mime.types
AddDefaultCharset utf-8
DavLockDB "${p.serverRoot}/davlock"
# By default mod_deflate adds "-gzip" to the ETag of a compressed response, and a PUT's If-Match
# with that ETag then never matches (412 for every publish). One ETag per file (server context only).
DeflateAlterETag NoChange

DocumentRoot "${p.docRoot}"
DirectoryIndex index.html
<Directory />
  Require all denied
  AllowOverride None
</Directory>
<Directory "${p.docRoot}">
  Options None
  Require all granted
  AddOutputFilterByType DEFLATE text/html text/css text/javascript application/javascript application/json text/csv image/svg+xml
</Directory>
<Directory "${p.docRoot}/data">
  Dav On
  AuthType Basic
  AuthName "Target Board data"
  AuthBasicProvider file
  AuthUserFile "${p.htpasswd}"
  <LimitExcept GET HEAD OPTIONS>
    Require valid-user
  </LimitExcept>
  Header set Cache-Control "no-cache"
</Directory>
`;
}
