// Serves the release build the way a host console would: at `/`, and under a sub-path with
// the page's <base href> (and optionally a JSON config and mount attributes) rewritten for it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { TYPES } from '../../../scripts/console.mjs';

/**
 * @param {object} options
 * @param {string} options.dist      the built app
 * @param {string} [options.prefix]  sub-path the app lives under, e.g. `/console/billing/`
 * @param {object|string} [options.config]  JSON config element content (a string as it is)
 * @param {object} [options.attributes] data-* attributes for the mount element
 */
export async function startStaticServer({ dist, prefix = '/', config, attributes = {} }) {
  const index = await readFile(join(dist, 'index.html'), 'utf8');
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join('');
  const configText = typeof config === 'string' ? config : JSON.stringify(config);
  const configTag = config
    ? `<script type="application/json" id="billing-portal-config">${configText}</script>`
    : '';
  const page = index
    .replace('<base href="/" />', `<base href="${prefix}" />`)
    .replace('<div id="billing-portal"></div>', `${configTag}<div id="billing-portal"${attrs}></div>`);

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('outside the app');
      return;
    }
    const relative = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, relative);
    try {
      if (relative && (await stat(file)).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
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
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
