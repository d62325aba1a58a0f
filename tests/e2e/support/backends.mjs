// The two backends a view is tested on: the in-browser demo (the release build served as
// it is) and the reference server over HTTP, a fresh one per test that changes the account.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launch } from './browser.mjs';
import { startApiServer } from './api-server.mjs';
import { startStaticServer } from './static-server.mjs';

/** Call at the top of a test file: the browser and servers start before its tests and stop after. */
export function backends() {
  let demo;
  let browser;
  const servers = [];
  /** A fresh reference server with fault injection; `args` are more server options. */
  const freshServer = async (args = []) => {
    const server = await startApiServer(['--faults', ...args]);
    servers.push(server);
    return server;
  };
  before(async () => {
    browser = await launch();
    demo = await startStaticServer({ dist: DIST });
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
    await Promise.all(servers.map((s) => s.stop()));
  });
  /** The seeded account as a reference server answers the administrator: the oracle that
   * both backends' seed is checked against. */
  let oracle;
  const api = async (path) => {
    oracle ??= await freshServer();
    const response = await fetch(oracle.url(`/api/v1${path}`), { headers: { authorization: 'Bearer demo-admin-token' } });
    return response.json();
  };
  return {
    get browser() { return browser; },
    freshServer,
    api,
    demoUrl: (path) => demo.url(path),
    /** Each backend's `open(serverArgs)` gives the URL of a page of the app on it. */
    list: [
      { name: 'demo', open: async () => ({ url: (path) => demo.url(path) }) },
      { name: 'HTTP', open: async (args) => { const s = await freshServer(args); return { url: (path) => s.url(path), server: s }; } },
    ],
  };
}

/** Opens `url` in `page` and checks that the page fetched, of the build, `backend`'s files
 *  alone (the build's files under `base`), each once, and used every preload it made. */
export async function assertOwnBuildLoaded(page, url, backend, base) {
  const fetched = [];
  const warnings = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(url);
  await page.locator('table.bp-table--invoices tbody tr').first().waitFor();
  await page.waitForTimeout(3500);
  const manifest = JSON.parse(readFileSync(join(DIST, 'billing-portal.manifest.json'), 'utf8'));
  const path = (file) => `${base}${file}`;
  const builds = [manifest.demo, manifest.api];
  const all = new Set([
    'billing-portal.js', 'billing-portal.manifest.json', manifest.css.path,
    ...builds.flatMap((b) => [b.js.path, b.wasm.path, b.link.path]),
  ].map(path));
  const own = manifest[backend];
  assert.deepEqual(
    fetched.filter((p) => all.has(p)).sort(),
    ['billing-portal.js', 'billing-portal.manifest.json', manifest.css.path, own.js.path, own.wasm.path, own.link.path]
      .map(path).sort(),
  );
  assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), [], 'every preload is used');
}
