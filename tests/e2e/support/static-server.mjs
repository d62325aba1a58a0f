// Serves the release build's page the way the portal's own host would: at `/`, or under a
// sub-path with the page's <base href> and the element's base-path rewritten for it, and
// optionally other attributes on its <billing-portal>.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { TYPES, cacheControl } from '../../../scripts/console.mjs';

/**
 * @param {object} options
 * @param {string} options.dist      the built app
 * @param {string} [options.prefix]  sub-path the app lives under, e.g. `/console/billing/`
 * @param {object} [options.attributes] attributes of the <billing-portal> element, beside
 *   the page's own (`offline`, and `base-path` under a sub-path); `null` removes one
 * @param {boolean} [options.caching] whether files are sent with a Cache-Control; without,
 *   a browser decides for itself how long to keep them
 */
export async function startStaticServer({ dist, prefix = '/', attributes = {}, caching = true }) {
  const index = await readFile(join(dist, 'index.html'), 'utf8');
  const all = { offline: '', ...(prefix === '/' ? {} : { 'base-path': prefix }), ...attributes };
  const attrs = Object.entries(all)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${v}"`))
    .join('');
  const page = index
    .replace('<base href="/" />', `<base href="${prefix}" />`)
    .replace('<billing-portal offline></billing-portal>', `<billing-portal${attrs}></billing-portal>`);
  if (!page.includes(`<billing-portal${attrs}>`)) throw new Error('the built page has no <billing-portal offline> to configure');

  // Every path asked for, in order, whoever asked (the page or its service worker).
  const requested = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requested.push(path);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('outside the app');
      return;
    }
    const relative = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, relative);
    try {
      if (relative && (await stat(file)).isFile()) {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          ...(caching ? { 'cache-control': cacheControl(file) } : {}),
        });
        res.end(await readFile(file));
        return;
      }
    } catch {
      // Not a file: a route of the single-page app.
    }
    // A missing asset must fail loudly, not come back as the page.
    if (extname(relative) && extname(relative) !== '.html') {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES['.html'] });
    res.end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: (path = '') => `http://127.0.0.1:${port}${prefix}${path.replace(/^\//, '')}`,
    requested,
    // Stopped at once: a browser's kept-alive or unfinished requests would otherwise hold
    // close() until they time out.
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }),
  };
}
