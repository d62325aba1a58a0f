// The split build (scripts/build-split.mjs): the invoices load without the billing items'
// chunk; it is fetched, once, when that view is first shown, which then works; from the
// page's own path, a sub-path, and the example console (files under an asset path).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launch, openPage } from './support/browser.mjs';
import { startStaticServer } from './support/static-server.mjs';

const manifest = JSON.parse(readFileSync(join(DIST, 'billing-portal.manifest.json'), 'utf8'));
const chunk = manifest.chunks?.find((c) => c.path.startsWith('split-billing-items-view-'));

let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

async function visit(url) {
  const { page, problems } = await openPage(browser);
  const wasm = [];
  page.on('request', (req) => { if (req.url().endsWith('.wasm')) wasm.push(req.url()); });
  await page.goto(url('/invoices'));
  await page.locator('tbody tr:visible').first().waitFor();
  // Settled: nothing the invoices need is still on its way.
  await page.waitForLoadState('networkidle');
  const fetchedFirst = wasm.filter((u) => u.endsWith(chunk.path));
  await page.getByRole('link', { name: 'Billing items' }).click();
  await page.locator('table.bp-table--items').waitFor();
  const rows = await page.locator('table.bp-table--items tbody tr').count();
  // Away and back: the chunk is not fetched again.
  await page.getByRole('link', { name: 'Invoices' }).click();
  await page.locator('table.bp-table--items').waitFor({ state: 'detached' });
  await page.getByRole('link', { name: 'Billing items' }).click();
  await page.locator('table.bp-table--items').waitFor();
  await page.close();
  return { fetchedFirst, chunkFetches: wasm.filter((u) => u.endsWith(chunk.path)), wasm, rows, problems };
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
      assert.deepEqual(seen.problems, []);
    } finally {
      await server.close();
    }
  });
}
