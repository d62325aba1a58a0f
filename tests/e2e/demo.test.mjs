// The demo keeps what the customer changed across a reload, in this browser only and never a
// card number or security code, until Reset demo (behind a confirmation) brings back the seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/browser.mjs';
import { backends } from './support/backends.mjs';

const setup = backends();

const invoiceRow = (page, number) => page.locator('table.bp-table--invoices tbody tr').filter({ hasText: number });
const cardRow = (page) => page.locator('.bp-cards li').filter({ hasText: /ending in 4444/ });

/** Pays the oldest due invoice in full with the saved card; its number. */
async function payFirstDueInvoice(page, url) {
  await page.goto(url('/invoices?statuses=due'));
  const row = page.locator('table.bp-table--invoices tbody tr').first();
  await row.waitFor();
  const number = (await row.locator('td, th').first().textContent()).trim();
  await row.getByRole('link', { name: /Pay now/ }).click();
  await page.getByRole('button', { name: 'Review payment' }).click();
  await page.getByRole('button', { name: 'Pay with credit card' }).click();
  await page.getByRole('heading', { name: 'Payment received' }).waitFor();
  return number;
}

async function addMastercard(page, url) {
  await page.goto(url('/payment-methods'));
  await page.getByRole('button', { name: 'Add credit card' }).click();
  await page.getByRole('checkbox', { name: 'Use company information' }).check();
  await page.getByLabel('Card number').fill('5555555555554444');
  await page.getByLabel('Expiration date (MM/YY)').fill('12/30');
  await page.getByLabel('Security code').fill('737');
  await page.getByLabel('Name on card').fill('Min-jun Lee');
  await page.getByRole('button', { name: 'Add credit card' }).click();
  await page.getByRole('status').filter({ hasText: 'Your card was added' }).waitFor();
}

test('demo: a payment and a new card survive a reload, with no card number or security code stored', async () => {
  const url = setup.demoUrl;
  const { page, problems } = await openPage(setup.browser);
  const number = await payFirstDueInvoice(page, url);
  await addMastercard(page, url);
  const cards = await cardRow(page).count();

  await page.reload();
  await page.goto(url('/invoices'));
  await invoiceRow(page, number).filter({ hasText: 'Paid' }).waitFor();
  await page.goto(url('/payments'));
  await page.locator('table tbody tr').first().filter({ hasText: 'Succeeded' }).waitFor();
  await page.goto(url('/payment-methods'));
  await cardRow(page).first().waitFor();
  assert.equal(await cardRow(page).count(), cards, 'the added card is kept, once');

  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  assert.match(stored, /billing-portal\.demo/, 'the changes are in this browser');
  assert.doesNotMatch(stored.replace(/\s/g, ''), /5555555555554444|555555\d{6}4444/, 'no card number');
  assert.doesNotMatch(stored, /"cvc"|"737"/, 'no security code');
  assert.deepEqual(problems, []);
});

test('demo: Reset demo asks first, then brings back the seeded account, also after a reload', async () => {
  const url = setup.demoUrl;
  const { page, problems } = await openPage(setup.browser);
  const number = await payFirstDueInvoice(page, url);
  await page.goto(url('/invoices'));
  await invoiceRow(page, number).filter({ hasText: 'Paid' }).waitFor();

  // Cancel, and the button again, change nothing; the confirmation is next in the tab order.
  const reset = page.getByRole('button', { name: 'Reset demo' });
  const ask = page.getByRole('group', { name: 'Reset the demo?' });
  await reset.click();
  await ask.waitFor();
  assert.equal(await reset.getAttribute('aria-expanded'), 'true');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await ask.waitFor({ state: 'hidden' });
  const focused = () => page.evaluate(() => (document.querySelector('billing-portal')?.shadowRoot ?? document).activeElement?.textContent);
  assert.equal(await focused(), 'Reset demo', 'the focus is back on the button');
  await reset.click();
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Reset');
  await reset.click();
  await ask.waitFor({ state: 'hidden' });
  assert.equal(await invoiceRow(page, number).filter({ hasText: 'Paid' }).count(), 1);

  await reset.click();
  await ask.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('status').filter({ hasText: 'The demo was reset.' }).waitFor();
  assert.equal(await focused(), 'Reset demo');
  // Shown again without a reload, and still so after one.
  await invoiceRow(page, number).filter({ hasText: 'Due' }).waitFor();
  await page.reload();
  await invoiceRow(page, number).filter({ hasText: 'Due' }).waitFor();
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('billing-portal.demo')).length), 0);
  assert.deepEqual(problems, []);
});

test('demo: another size of demo account starts from its own seed', async () => {
  const url = setup.demoUrl;
  const { page, problems } = await openPage(setup.browser);
  await payFirstDueInvoice(page, url);
  const reference = await page.locator('.bp-summary__item').filter({ hasText: 'Reference' }).locator('dd').textContent();
  await page.goto(url('/payments'));
  await page.locator('table tbody tr').filter({ hasText: reference }).waitFor();
  await page.goto(url('/payments?demo_invoices=60'));
  await page.locator('table tbody tr').first().waitFor();
  assert.equal(await page.locator('table tbody tr').filter({ hasText: reference }).count(), 0);
  assert.deepEqual(problems, []);
});
