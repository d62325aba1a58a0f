// axe-core finds no violations on the shell's views, in light and dark, in every language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage, DIST } from './support/browser.mjs';
import { startStaticServer } from './support/static-server.mjs';

let browser;
let server;

before(async () => {
  browser = await launch();
  server = await startStaticServer({ dist: DIST });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function violations(path, options, act = async () => {}) {
  const { page } = await openPage(browser, options);
  await page.goto(server.url(path));
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => !document.querySelector('billing-portal').shadowRoot.querySelector('.bp-loading'));
  await act(page);
  const results = await new AxeBuilder({ page }).include('billing-portal').analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const VIEWS = ['/invoices', '/invoices/inv_000048', '/payment-methods', '/payments/new', '/payments', '/billing-items', '/nowhere'];

for (const path of VIEWS) {
  test(`no axe violations on ${path}`, async () => {
    assert.deepEqual(await violations(path), []);
  });
}

test('no axe violations with the chart tables open and the table sorted', async () => {
  assert.deepEqual(await violations('/invoices', {}, async (page) => {
    for (const summary of await page.locator('.bp-chart summary').all()) await summary.click();
    await page.locator('.bp-help summary').click();
    await page.getByRole('button', { name: 'Total' }).click();
    await page.waitForURL(/sort=total/);
  }), []);
});

test('no axe violations with an invoice line opened', async () => {
  assert.deepEqual(await violations('/invoices/inv_000002', {}, async (page) => {
    await page.locator('.bp-disclosure').first().click();
  }), []);
});

test('no axe violations with the Reset demo confirmation open, in either theme', async () => {
  for (const colorScheme of ['light', 'dark']) {
    assert.deepEqual(await violations('/invoices', { colorScheme }, async (page) => {
      await page.getByRole('button', { name: 'Reset demo' }).click();
      await page.getByRole('group', { name: 'Reset the demo?' }).waitFor();
    }), []);
  }
});

test('no axe violations on a payment amount with its error shown', async () => {
  assert.deepEqual(await violations('/payments/new?currency=USD', {}, async (page) => {
    await page.getByLabel('Payment amount').fill('12,34');
    await page.getByLabel('Payment amount').blur();
    await page.locator('#bp-amount-error').filter({ hasText: /./ }).waitFor();
  }), []);
});

test('no axe violations in the dark theme', async () => {
  assert.deepEqual(await violations('/invoices', { colorScheme: 'dark' }), []);
});

for (const lang of ['fr', 'ko', 'zh-TW']) {
  test(`no axe violations in ${lang}`, async () => {
    assert.deepEqual(await violations(`/invoices?lang=${lang}`), []);
  });
}
