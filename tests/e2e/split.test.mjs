// The split build (scripts/build-split.mjs): the invoices load without the billing items'
// chunk; it is fetched, once, when that view is first shown, which then works; from the
// page's own path, a sub-path, and another origin; a chunk, or the words of the views in
// chunks, that fail to load are said, with a retry that loads them, rather than stopping the
// portal.
import { test, before, after } from 'node:test';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { TYPES } from '../../scripts/console.mjs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launch, openPage } from './support/browser.mjs';
import { startStaticServer } from './support/static-server.mjs';

// The demo's build: these pages are the demo's.
const manifest = JSON.parse(readFileSync(join(DIST, 'billing-portal.manifest.json'), 'utf8'));
const chunk = manifest.demo.chunks.find((c) => c.startsWith('split-billing-items-'));

let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

async function visit(url) {
  const { page, problems } = await openPage(browser);
  const wasm = [];
  const words = [];
  page.on('request', (req) => { if (req.url().endsWith('.wasm')) wasm.push(req.url()); });
  page.on('request', (req) => { if (req.url().endsWith('.ftl')) words.push(new URL(req.url()).pathname); });
  await page.goto(url('/invoices'));
  await page.locator('tbody tr:visible').first().waitFor();
  // Settled: nothing the invoices need is still on its way.
  await page.waitForLoadState('networkidle');
  const fetchedFirst = wasm.filter((u) => u.endsWith(chunk));
  const wordsFirst = [...words];
  await page.getByRole('link', { name: 'Billing items' }).click();
  await page.locator('table.bp-table--items').waitFor();
  const rows = await page.locator('table.bp-table--items tbody tr').count();
  // Away and back: the chunk is not fetched again.
  await page.getByRole('link', { name: 'Invoices' }).click();
  await page.locator('table.bp-table--items').waitFor({ state: 'detached' });
  await page.getByRole('link', { name: 'Billing items' }).click();
  await page.locator('table.bp-table--items').waitFor();
  // The context, not only the page: its kept-alive connections would hold server.close().
  await page.context().close();
  return { fetchedFirst, chunkFetches: wasm.filter((u) => u.endsWith(chunk)), wasm, rows, problems, wordsFirst, words };
}

for (const prefix of ['/', '/console/billing/']) {
  test(`served at ${prefix}: the billing items' chunk is fetched only when that view is first shown`, async () => {
    assert.ok(chunk, 'the manifest lists the billing items chunk');
    const server = await startStaticServer({ dist: DIST, prefix });
    try {
      const seen = await visit(server.url);
      assert.deepEqual(seen.fetchedFirst, [], 'not fetched with the invoices');
      assert.equal(seen.chunkFetches.length, 1, `fetched once: ${seen.wasm.join(', ')}`);
      assert.ok(seen.chunkFetches[0].startsWith(server.url('')), seen.chunkFetches[0]);
      assert.ok(seen.rows > 0, 'the billing items are listed');
      // English's first-load words are compiled in; its views' words come with the first
      // view in a chunk, once.
      assert.deepEqual(seen.wordsFirst, [], 'no words fetched for the invoices in English');
      assert.deepEqual(seen.words, [`${prefix}locales/en/views.ftl`]);
      assert.deepEqual(seen.problems, []);
    } finally {
      await server.close();
    }
  });
}

test('served from another origin than the page: the chunk is fetched from the files\' origin', async () => {
  // The portal's files on one origin (with CORS, as a CDN would), the page on another.
  const files = createServer(async (req, res) => {
    const path = join(DIST, new URL(req.url, 'http://x').pathname);
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    }
  });
  await new Promise((resolve) => files.listen(0, '127.0.0.1', resolve));
  const filesOrigin = `http://127.0.0.1:${files.address().port}`;
  const page = createServer((req, res) => {
    res.writeHead(200, { 'content-type': TYPES['.html'] });
    res.end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><base href="/" />
      <script type="module" src="${filesOrigin}/billing-portal.js"></script></head>
      <body><main><billing-portal offline></billing-portal></main></body></html>`);
  });
  await new Promise((resolve) => page.listen(0, 'localhost', resolve));
  const url = (path) => `http://localhost:${page.address().port}${path}`;
  try {
    const seen = await visit(url);
    assert.deepEqual(seen.fetchedFirst, []);
    assert.equal(seen.chunkFetches.length, 1);
    assert.ok(seen.chunkFetches[0].startsWith(filesOrigin), seen.chunkFetches[0]);
    assert.ok(seen.rows > 0);
    // The demo's service worker cannot be registered from another origin: that alone.
    assert.deepEqual(seen.problems.filter((p) => !/ServiceWorker|sw\.js/i.test(p)), []);
  } finally {
    await new Promise((resolve) => files.close(resolve));
    await new Promise((resolve) => page.close(resolve));
  }
});

test('a view\'s chunk is fetched once the pointer or the focus is on a link to it, before the click', async () => {
  const server = await startStaticServer({ dist: DIST });
  const { page, problems } = await openPage(browser);
  const fetched = [];
  page.on('request', (req) => { if (req.url().endsWith('.wasm')) fetched.push(new URL(req.url()).pathname.slice(1)); });
  const chunkOf = (name) => manifest.demo.chunks.find((c) => c.startsWith(`split-${name}-`));
  const arrived = (name) => page.waitForResponse((r) => r.url().endsWith(chunkOf(name)));
  try {
    await page.goto(server.url('/invoices'));
    await page.locator('tbody tr:visible').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(fetched.filter((f) => f.startsWith('split-')), [], 'no view\'s chunk with the invoices');
    // The pointer on a menu entry.
    await Promise.all([arrived('billing-items'), page.getByRole('link', { name: 'Billing items' }).hover()]);
    // The keyboard's focus on another.
    await Promise.all([arrived('account'), page.getByRole('link', { name: 'Payment methods' }).focus()]);
    // The pointer on an invoice of the table: its detail's chunk (with the other documents').
    await Promise.all([arrived('documents'), page.locator('tbody tr:visible a').first().hover()]);
    assert.equal(fetched.filter((f) => f.startsWith('split-make-payment-')).length, 0, 'nothing not pointed at');
    await page.locator('tbody tr:visible a').first().click();
    await page.getByRole('heading', { level: 1, name: /Invoice/ }).waitFor();
    await page.getByRole('link', { name: 'Billing items' }).click();
    await page.locator('table.bp-table--items').waitFor();
    for (const name of ['billing-items', 'account', 'documents']) {
      assert.equal(fetched.filter((f) => f === chunkOf(name)).length, 1, `${name}: fetched once: ${fetched}`);
    }
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
    await server.close();
  }
});

// The view's code, or its words (English's, which are not compiled in).
const FAILING = [['chunk', () => chunk], ["views' words", () => '/locales/en/views.ftl']];
for (const [what, file] of FAILING) test(`a view whose ${what} cannot be fetched is said, with a retry that fetches them again`, async () => {
  const server = await startStaticServer({ dist: DIST });
  // No service worker: it would answer the chunk's request before the route below.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  // Unreachable (the prefetch on hover too) until the retry.
  let reachable = false;
  let failed = 0;
  await page.route((u) => u.pathname.endsWith(file()), (route) => {
    if (reachable) return route.continue();
    failed++;
    return route.abort();
  });
  try {
    await page.goto(server.url('/invoices'));
    await page.locator('tbody tr:visible').first().waitFor();
    await page.getByRole('link', { name: 'Billing items' }).click();
    await page.getByRole('alert').filter({ hasText: "This page couldn't be loaded" }).waitFor();
    assert.ok(failed >= 1);
    reachable = true;
    const fetchedAgain = page.waitForResponse((r) => r.url().endsWith(file()));
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('table.bp-table--items').waitFor();
    assert.equal((await fetchedAgain).status(), 200, 'fetched again on retry');
    assert.deepEqual(errors, [], 'no panic');
  } finally {
    await context.close();
    await server.close();
  }
});

test('each view in a chunk fetches its own chunk and the code they share, not the other\'s', async () => {
  const server = await startStaticServer({ dist: DIST });
  const { page, problems } = await openPage(browser);
  const wasm = [];
  page.on('request', (req) => { if (req.url().endsWith('.wasm')) wasm.push(new URL(req.url()).pathname.slice(1)); });
  try {
    await page.goto(server.url('/payment-methods'));
    await page.getByRole('heading', { name: 'Payment methods', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const payment = manifest.demo.chunks.find((c) => c.startsWith('split-account-'));
    assert.ok(wasm.includes(payment), wasm.join(', '));
    assert.ok(!wasm.includes(chunk), 'not the billing items chunk');
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
    await server.close();
  }
});
