// The example console: a host page of its own (header, sidebar, relative links, Bootstrap's
// global stylesheet) that embeds the portal with <billing-portal>, its files served from an
// asset path as a console would, under a CSP with no inline script.
//
//   node scripts/console.mjs [port] [api-origin]   # after `trunk build --release`
//
// With an API origin (the reference server's, say), the console answers /api/ by passing the
// request on to it, as a console's gateway would, and the portal uses it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CONSOLE = join(ROOT, 'examples', 'console');
const ASSETS = '/assets/billing/';

/** The content types of the portal's files, by extension. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Files named by their content's hash never change; the entry, its manifest and the rest are asked about again. */
export const cacheControl = (file) => (/-[0-9a-f]{1,16}(?:_bg)?\.\w+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** Files a request may reach, by URL path: the console's own, the vendor stylesheet, the portal's build. */
function fileFor(path, dist) {
  if (path.startsWith(ASSETS)) {
    const relative = normalize(path.slice(ASSETS.length)).replace(/^(\.\.[/\\])+/, '');
    return relative ? join(dist, relative) : undefined;
  }
  return {
    '/console.css': join(CONSOLE, 'console.css'),
    '/console.js': join(CONSOLE, 'console.js'),
    '/framed.js': join(CONSOLE, 'framed.js'),
    '/vendor/bootstrap.min.css': join(ROOT, 'node_modules', 'bootstrap', 'dist', 'css', 'bootstrap.min.css'),
  }[path];
}

/** Passes an /api/ request on to `api`, as a console's gateway would. */
async function forward(req, res, api) {
  const body = await new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
  });
  const headers = Object.fromEntries(['authorization', 'content-type', 'idempotency-key', 'accept']
    .filter((name) => req.headers[name]).map((name) => [name, req.headers[name]]));
  try {
    const answer = await fetch(new URL(req.url, api), { method: req.method, headers, body: body.length ? body : undefined });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' });
    res.end(Buffer.from(await answer.arrayBuffer()));
  } catch {
    res.writeHead(502).end();
  }
}

/**
 * @param {object} [options]
 * @param {string} [options.dist]  the portal's build, served under /assets/billing/
 * @param {number} [options.port]
 * @param {string} [options.api]   an API origin to pass /api/ requests on to; the portal then uses it
 * @param {() => string} [options.framed]  the origin serving the portal for /framed/, a page
 *   that frames it (the reference server with `--dist` and this console in `--frame-ancestors`)
 * @param {string} [options.assets]  another origin to load the portal's files from, as from a CDN
 */
export async function startConsole({ dist = join(ROOT, 'dist'), port = 0, api, framed, assets } = {}) {
  let page = await readFile(join(CONSOLE, 'index.html'), 'utf8');
  if (api) page = page.replace('<billing-portal ', '<billing-portal api-base="/api/v1" ');
  if (assets) page = page.replace(`src="${ASSETS}billing-portal.js"`, `src="${assets}${ASSETS}billing-portal.js"`);
  const csp = assets
    ? CSP.replace("script-src 'self'", `script-src 'self' ${assets}`).replace("connect-src 'self'", `connect-src 'self' ${assets}`)
    : CSP;
  const framedPage = await readFile(join(CONSOLE, 'framed.html'), 'utf8');
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    if (api && path.startsWith('/api/')) {
      await forward(req, res, api);
      return;
    }
    const file = fileFor(path, dist);
    const headers = { 'content-security-policy': csp, 'x-content-type-options': 'nosniff' };
    if (file) {
      try {
        if ((await stat(file)).isFile()) {
          // The portal's files may come from a CDN on another origin.
          res.writeHead(200, {
            ...headers,
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': cacheControl(file),
            'access-control-allow-origin': '*',
          });
          res.end(await readFile(file));
          return;
        }
      } catch {
        // Missing: a 404 below.
      }
      res.writeHead(404, headers).end('not found');
      return;
    }
    if (extname(path)) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    if (framed && path.startsWith('/framed/')) {
      const origin = framed();
      res.writeHead(200, { ...headers, 'content-security-policy': `${csp}; frame-src ${origin}`, 'content-type': TYPES['.html'] });
      res.end(framedPage.replaceAll('PORTAL_ORIGIN', origin));
      return;
    }
    // Every other path is a page of the console, the billing area's included.
    res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] });
    res.end(page);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: (path = '') => `http://127.0.0.1:${address.port}/${path.replace(/^\//, '')}`,
    // Stopped at once: a browser's kept-alive or unfinished requests would otherwise hold
    // close() until they time out.
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // With an API origin, /framed/ frames the portal that origin serves (the reference server
  // run with `--dist dist --base-path /console/billing/ --frame-ancestors <this console>`).
  const api = process.argv[3];
  const console_ = await startConsole({ port: Number(process.argv[2] ?? 8090), api, framed: api && (() => api) });
  process.stdout.write(`example console on ${console_.url('/console/billing/invoices')}\n`);
}
