// The release build served by the reference server, under its strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './support/browser.mjs';
import { startApiServer } from './support/api-server.mjs';
import { assertOwnBuildLoaded } from './support/backends.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/browser.mjs';

let browser;
let server;

before(async () => {
  browser = await launch();
  server = await startApiServer(['--base-path', '/console/billing/']);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the app runs under the strict CSP with no violation', async () => {
  const { page, problems } = await openPage(browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const url = server.url('/console/billing/invoices');
  const direct = await page.request.get(url);
  // No inline script at all: the page's one script is billing-portal.js.
  assert.match(direct.headers()['content-security-policy'] ?? '', /script-src 'self' 'wasm-unsafe-eval';/);
  await page.goto(url);
  // The portal started: its WebAssembly ran and rendered under the policy.
  await page.locator('.billing-portal[aria-busy="false"]').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems.filter((p) => /Content Security Policy|Refused/.test(p)), []);
});

test('the page on an API preloads and loads the API\'s build alone, each file once', async () => {
  const { page, problems } = await openPage(browser);
  const manifest = JSON.parse(readFileSync(join(DIST, 'billing-portal.manifest.json'), 'utf8'));
  assert.notEqual(manifest.api.wasm.path, manifest.demo.wasm.path, 'a build for each backend');
  await assertOwnBuildLoaded(page, server.url('/console/billing/invoices'), 'api', '/console/billing/');
  assert.equal(await page.locator('.bp-badge--demo').count(), 0);
  assert.deepEqual(problems, []);
});

test('the build goes compressed, as the browser accepts, and the portal runs from it', async () => {
  const { page, problems } = await openPage(browser);
  const codings = new Map();
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (/\.(wasm|js|css|ftl)$/.test(path)) codings.set(path.split('/').pop(), (await response.allHeaders())['content-encoding']);
  });
  await page.goto(server.url('/console/billing/invoices?lang=fr'));
  await page.locator('tbody tr:visible').first().waitFor();
  const [wasm] = [...codings.keys()].filter((f) => f.endsWith('_bg.wasm'));
  assert.ok(wasm, [...codings.keys()].join(', '));
  // Chromium asks for br over HTTPS and from localhost, as here.
  for (const [file, coding] of codings) assert.equal(coding, 'br', file);
  assert.ok(codings.has('main.ftl') && codings.has('billing-portal.js'), [...codings.keys()].join(', '));
  assert.deepEqual(problems, []);
});
