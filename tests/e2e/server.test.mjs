// The release build served by the reference server, under its strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './support/browser.mjs';
import { startApiServer } from './support/api-server.mjs';

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
