// The demo opens offline once visited: its service worker keeps the page, the script and
// WebAssembly, the styles and every language. The app on an API registers none.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, DIST } from './support/browser.mjs';
import { startStaticServer } from './support/static-server.mjs';
import { startApiServer } from './support/api-server.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the demo, once visited under a sub-path, opens with its server gone, in another language', async () => {
  const host = await startStaticServer({ dist: DIST, prefix: '/console/billing/' });
  const { page } = await openPage(browser);
  try {
    await page.goto(host.url('/invoices'));
    await page.locator('table.bp-table--invoices tbody tr').first().waitFor();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(new URL(scope).pathname, '/console/billing/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  } finally {
    await host.close();
  }
  await assert.rejects(fetch(host.url('/invoices')), 'the server is gone');
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(host.url('/billing-items?lang=ko'));
  await page.getByRole('heading', { level: 1, name: '청구 항목' }).waitFor();
  await page.locator('table.bp-table--items tbody tr').first().waitFor();
  await page.getByRole('link', { name: '송장' }).click();
  await page.locator('table.bp-table--invoices tbody tr').first().waitFor();
  assert.deepEqual(problems, []);
});

test('the demo\'s worker keeps the files the page loaded without downloading them again', async () => {
  // No Cache-Control: left to itself, the browser could ask for each file again.
  const host = await startStaticServer({ dist: DIST, caching: false });
  const { page, problems } = await openPage(browser);
  try {
    await page.goto(host.url('/invoices'));
    await page.locator('table.bp-table--invoices tbody tr').first().waitFor();
    await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    const manifest = JSON.parse(readFileSync(join(DIST, 'billing-portal.manifest.json'), 'utf8'));
    const counted = [manifest.demo.js, manifest.demo.wasm, manifest.css, manifest.demo.link].map((f) => `/${f.path}`);
    for (const path of counted) {
      assert.equal(host.requested.filter((p) => p === path).length, 1, `${path}: ${host.requested.join(' ')}`);
    }
    // What the page had not loaded yet (the views' chunks) the worker did fetch, once.
    const chunk = `/${manifest.demo.chunks[0]}`;
    assert.equal(host.requested.filter((p) => p === chunk).length, 1, chunk);
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
    await host.close();
  }
});

test('the demo\'s worker waits while the customer is using the page', async () => {
  const host = await startStaticServer({ dist: DIST });
  const { page, problems } = await openPage(browser);
  const registrations = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  try {
    await page.goto(host.url('/invoices'));
    await page.locator('table.bp-table--invoices tbody tr').first().waitFor();
    // Four seconds of a customer at work: a key or a click every half second.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press(i % 2 ? 'Tab' : 'Shift+Tab');
      await page.waitForTimeout(500);
    }
    assert.equal(await registrations(), 0, 'no worker while the page is in use');
    assert.ok(!host.requested.includes('/sw.js'));
    // Left alone, the page gets its worker.
    await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(await registrations(), 1);
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
    await host.close();
  }
});

test('the app on an API registers no service worker', async () => {
  const server = await startApiServer(['--dist', DIST]);
  const { page, problems } = await openPage(browser);
  try {
    await page.goto(server.url('/invoices'));
    await page.locator('table.bp-table--invoices tbody tr').first().waitFor();
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    assert.deepEqual(problems, []);
  } finally {
    await server.stop();
  }
});
