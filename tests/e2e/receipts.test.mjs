// Receipts on both backends: reached from the success screen and from Payment history, each
// listing what it paid, how, when, the invoices it settled and whom it is made out to, in
// each language; a payment that did not go through has none; the PDF comes from the server
// in the customer's language, and the demo opens the print view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage } from './support/browser.mjs';
import { backends } from './support/backends.mjs';

const setup = backends();
const BACKENDS = setup.list;

const { api } = setup;

const money = ({ amount, currency }, locale = 'en') =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));

/** The receipt's invoices table, as rows of [number, amount]. */
async function settledRows(page) {
  const table = page.getByRole('table');
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.trim())));
}

const term = (page, name) => page.locator('.bp-summary__item').filter({ hasText: name }).locator('dd');

for (const backend of BACKENDS) {
  test(`${backend.name}: the success screen leads to the receipt, which lists each invoice's part oldest first`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    const invoices = (await api('/invoices?statuses=open,due,past_due&sort=date&limit=200')).items
      .filter((i) => i.balance_due.currency === 'USD' && !['credit', 'refund'].includes(i.type));
    invoices.sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number));
    const [first, second] = invoices;
    // One cent more than the oldest invoice's balance: it settles that one and a cent of the next.
    const paid = (Math.round(Number(first.balance_due.amount) * 100) + 1) / 100;
    await page.goto(url('/payments/new?currency=USD'));
    await page.getByLabel('Payment amount').fill(paid.toFixed(2));
    await page.getByRole('button', { name: 'Review payment' }).click();
    await page.getByRole('button', { name: 'Pay with credit card' }).click();
    await page.getByRole('heading', { name: 'Payment received' }).waitFor();
    const reference = await term(page, 'Reference').textContent();

    await page.getByRole('link', { name: 'View receipt' }).click();
    await page.getByRole('heading', { level: 1, name: `Receipt ${reference}` }).waitFor();
    assert.equal(await term(page, 'Payment amount').textContent(), money({ amount: paid, currency: 'USD' }));
    assert.match(await term(page, 'Payment method').textContent(), /Visa.*4242/);
    assert.deepEqual(await settledRows(page), [
      [first.number, money(first.balance_due)],
      [second.number, money({ amount: 0.01, currency: 'USD' })],
    ]);
    const billTo = page.getByRole('region', { name: 'Issued to' });
    assert.match(await billTo.textContent(), /Nimbus Analytics Ltd\./);
    // The invoice's number leads to the invoice.
    await page.getByRole('link', { name: first.number }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(first.number) }).waitFor();
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: Payment history links each succeeded payment to its receipt; a declined one has none`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    const payments = (await api('/payments')).items;
    const succeeded = payments.find((p) => p.status === 'succeeded');
    const declined = payments.find((p) => p.status === 'declined');
    await page.goto(url('/payments'));
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.filter({ hasText: declined.reference }).getByRole('link', { name: declined.reference }).count(), 0);
    // Each payment's invoice by the number printed on the invoice, not by the API's id.
    for (const payment of [succeeded, declined]) {
      const row = rows.filter({ hasText: payment.reference });
      assert.ok(payment.invoice_number && payment.invoice_number !== payment.invoice_id, payment.reference);
      assert.equal(await row.getByRole('link', { name: payment.invoice_number, exact: true }).count(), 1, payment.reference);
      assert.equal(await row.getByText(payment.invoice_id).count(), 0, payment.reference);
    }
    await rows.filter({ hasText: succeeded.reference }).getByRole('link', { name: succeeded.reference }).click();
    await page.getByRole('heading', { level: 1, name: `Receipt ${succeeded.reference}` }).waitFor();
    const [part] = succeeded.settled;
    assert.deepEqual(await settledRows(page), [[part.number, money(part.amount)]]);

    // Reached by its address, a payment that did not go through says why it has no receipt.
    await page.goto(url(`/payments/${declined.id}`));
    await page.getByRole('status').filter({ hasText: 'Only a payment that went through has a receipt' })
      .filter({ hasText: '“Declined”' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Download PDF' }).count(), 0);
    assert.deepEqual(problems, []);
  });
}

for (const [lang, locale, title, settled, billTo] of [
  ['fr', 'fr-FR', 'Reçu', 'Factures réglées', 'Établi au nom de'],
  ['ko', 'ko-KR', '영수증', '결제된 송장', '영수증 수신처'],
  ['zh-TW', 'zh-TW', '收據', '已付款的發票', '收據抬頭'],
]) {
  test(`${lang}: the receipt is in the customer's language, with its money and dates`, async () => {
    const { page, problems } = await openPage(setup.browser, { locale });
    const payment = (await api('/payments')).items.find((p) => p.status === 'succeeded');
    await page.goto(setup.demoUrl(`/payments/${payment.id}?lang=${lang}`));
    await page.getByRole('heading', { level: 1, name: `${title} ${payment.reference}` }).waitFor();
    await page.getByRole('heading', { name: settled }).waitFor();
    await page.getByRole('heading', { name: billTo }).waitFor();
    const amount = await page.locator('.bp-summary__item').first().locator('dd').textContent();
    assert.equal(amount.replace(/\s/g, ' '), money(payment.amount, locale).replace(/\s/g, ' '));
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(payment.created_at));
    assert.ok((await page.locator('.bp-summary').textContent()).includes(day), `the date as ${locale} writes it: ${day}`);
    const text = await page.locator('billing-portal').evaluate((el) => el.shadowRoot.textContent);
    for (const english of ['Receipt', 'Invoices paid', 'Issued to', 'Download PDF', 'Print', 'Amount applied']) {
      assert.ok(!text.includes(english), `no English "${english}" in ${lang}`);
    }
    assert.deepEqual(problems, []);
  });
}

test('HTTP: the receipt PDF is the server\'s, in the language shown; the demo opens the print view', async () => {
  const { server } = await BACKENDS[1].open();
  const { page, problems } = await openPage(setup.browser);
  const payment = (await api('/payments')).items.find((p) => p.status === 'succeeded');
  const asked = [];
  page.on('request', (request) => { if (request.url().includes('/pdf')) asked.push(new URL(request.url())); });
  await page.goto(server.url(`/payments/${payment.id}?lang=ko`));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PDF 다운로드' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `receipt-${payment.reference}.pdf`);
  const pdf = await readFile(await download.path());
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.deepEqual(asked.map((u) => [u.pathname, u.searchParams.get('lang')]), [[`/api/v1/payments/${payment.id}/pdf`, 'ko']]);

  const { page: demoPage } = await openPage(setup.browser);
  await demoPage.addInitScript(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await demoPage.goto(setup.demoUrl(`/payments/${payment.id}`));
  await demoPage.getByRole('button', { name: 'Download PDF' }).click();
  await demoPage.waitForFunction(() => window.__printed === 1);
  assert.deepEqual(problems, []);
});

test('no axe violations on a receipt, and on a payment without one', async () => {
  const { page } = await openPage(setup.browser);
  const check = async () => {
    const results = await new AxeBuilder({ page }).include('billing-portal').analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  };
  const payments = (await api('/payments')).items;
  await page.goto(setup.demoUrl(`/payments/${payments.find((p) => p.status === 'succeeded').id}`));
  await page.getByRole('table').waitFor();
  await check();
  await page.goto(setup.demoUrl(`/payments/${payments.find((p) => p.status === 'declined').id}`));
  await page.getByRole('status').filter({ hasText: 'receipt' }).waitFor();
  await check();
});
