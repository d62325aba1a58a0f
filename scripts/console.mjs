// The example console: a host page of its own (header, sidebar, relative links, Bootstrap's
// global stylesheet) that embeds the portal with <billing-portal>, its files served from an
// asset path as a console would, under a CSP with no inline script.
//
//   node scripts/console.mjs [port]     # after `trunk build --release`; then open /console/
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CONSOLE = join(ROOT, 'examples', 'console');
const ASSETS = '/assets/billing/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

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
    '/vendor/bootstrap.min.css': join(ROOT, 'node_modules', 'bootstrap', 'dist', 'css', 'bootstrap.min.css'),
  }[path];
}

export async function startConsole({ dist = join(ROOT, 'dist'), port = 0 } = {}) {
  const page = await readFile(join(CONSOLE, 'index.html'));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = fileFor(path, dist);
    const headers = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' };
    if (file) {
      try {
        if ((await stat(file)).isFile()) {
          // The portal's files may come from a CDN on another origin.
          res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
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
    // Every other path is a page of the console, the billing area's included.
    res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] });
    res.end(page);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: (path = '') => `http://127.0.0.1:${address.port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const console_ = await startConsole({ port: Number(process.argv[2] ?? 8090) });
  process.stdout.write(`example console on ${console_.url('/console/billing/invoices')}\n`);
}
