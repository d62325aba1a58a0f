// Make a payment on both backends: full and partial payments, saved card, new one-time card,
// PayPal, a declined card, amounts in each language's format, the balance and invoice
// updated without a reload, the host told, a viewer refused; and on the reference server,
// a double click and a dropped connection that each charge exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage } from './support/browser.mjs';
import { backends } from './support/backends.mjs';

const setup = backends();
const { freshServer } = setup;
const BACKENDS = setup.list;

/** The reference server's view of the account: the oracle for both backends' seed. */
let oracle;
async function api(path, server) {
  const target = server ?? (oracle ??= await freshServer());
  const response = await fetch(target.url(`/api/v1${path}`), { headers: { authorization: 'Bearer demo-admin-token' } });
  return response.json();
}



const MINOR = { JPY: 0 };
function money({ amount, currency }, locale = 'en') {
  const digits = MINOR[currency] ?? 2;
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(amount));
}
const cents = (amount) => Math.round(Number(amount) * 100);
const usd = (c) => ({ amount: (c / 100).toFixed(2), currency: 'USD' });

async function watchHost(page) {
  await page.addInitScript(() => {
    window.__paid = [];
    document.addEventListener('billing-portal:payment-succeeded', (e) => window.__paid.push(e.detail));
  });
}

const review = (page) => page.getByRole('button', { name: 'Review payment' }).click();
const receipt = (page) => page.getByRole('heading', { name: 'Payment received' });

async function fillNewCard(page, number) {
  await page.getByRole('radio', { name: 'A new credit card, used once and not saved' }).check();
  await page.getByRole('group', { name: 'Credit card billing address' }).getByRole('checkbox', { name: 'Use company information' }).check();
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Expiration date (MM/YY)').fill('12/30');
  await page.getByLabel('Security code').fill('123');
  await page.getByLabel('Name on card').fill('Min-jun Lee');
}

for (const backend of BACKENDS) {
  test(`${backend.name}: Pay now pays an invoice in full with the saved card; it shows paid and the host is told`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    await watchHost(page);
    const due = (await api('/invoices?statuses=due')).items[0];
    await page.goto(url(`/payments/new?invoice=${due.id}`));
    await page.getByLabel('Payment amount').waitFor();
    assert.equal(await page.getByRole('radio', { name: /Visa ending in 4242/ }).isChecked(), true, 'the monthly card is preselected');
    await review(page);
    const summary = page.locator('.bp-summary');
    assert.match(await summary.textContent(), new RegExp(money(due.balance_due).replace(/[$.]/g, '\\$&')));
    assert.match(await summary.textContent(), /Remaining due after payment\$0\.00/);
    await page.getByRole('button', { name: 'Pay with credit card' }).click();
    await receipt(page).waitFor();
    const reference = await page.locator('.bp-summary__item').filter({ hasText: 'Reference' }).locator('dd').textContent();
    assert.match(reference, /^P-\d{4}-\d+$/);
    const told = await page.evaluate(() => window.__paid);
    assert.deepEqual(told, [{ id: told[0].id, reference, amount: due.balance_due.amount, currency: 'USD', invoiceId: due.id }]);

    // Without a reload: the invoice is paid.
    await page.getByRole('link', { name: 'Invoices' }).first().click();
    const row = page.locator('table.bp-table--invoices tbody tr').filter({ hasText: due.number });
    await row.filter({ hasText: 'Paid' }).waitFor();
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: a partial payment of the USD balance leaves the right remainder`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    const before = (await api('/billing-summary')).balances.find((b) => b.current.currency === 'USD').current;
    await page.goto(url('/payments/new?currency=USD'));
    await page.getByLabel('Payment amount').fill('1,000.25');
    const rest = usd(cents(before.amount) - 100025);
    await page.getByText(`Remaining due after this payment: ${money(rest)}`).waitFor();
    await review(page);
    await page.getByRole('button', { name: 'Pay with credit card' }).click();
    await receipt(page).waitFor();
    const balance = page.locator('.bp-summary__item').filter({ hasText: 'New balance' }).locator('dd');
    await balance.waitFor();
    assert.equal(await balance.textContent(), money(rest));
    await page.getByRole('link', { name: 'Invoices' }).first().click();
    const current = page.locator('.bp-summary__item').filter({ hasText: 'Current balance (USD)' }).locator('dd');
    await current.filter({ hasText: money(rest) }).waitFor();
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: a new card pays once and is not saved; PayPal pays after approval`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    const bodies = [];
    page.on('request', (req) => bodies.push({ path: new URL(req.url()).pathname, body: req.postData() ?? '', url: req.url() }));
    await page.goto(url('/payments/new?currency=USD'));
    await page.getByLabel('Payment amount').fill('25.00');
    await fillNewCard(page, '5105105105105100');
    await review(page);
    assert.match(await page.locator('.bp-summary').textContent(), /Mastercard ending in 5100/);
    await page.getByRole('button', { name: 'Pay with credit card' }).click();
    await receipt(page).waitFor();
    await page.getByRole('link', { name: 'Payment methods' }).first().click();
    await page.locator('.bp-card').first().waitFor();
    assert.equal(await page.locator('.bp-card').filter({ hasText: '5100' }).count(), 0, 'the one-time card is not saved');
    const carrying = bodies.filter((b) => b.url.includes('5105105105105100') || b.body.includes('5105105105105100'));
    assert.ok(carrying.every((b) => b.path === '/api/v1/card-tokens'));
    const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
    assert.ok(!stored.includes('5105105105105100'));

    await page.getByRole('link', { name: 'Make a payment' }).first().click();
    // Billed in two currencies, the account chooses which balance to pay.
    await page.getByRole('radio', { name: /^USD/ }).check();
    await page.getByLabel('Payment amount').fill('10.00');
    await page.getByRole('radio', { name: 'PayPal', exact: true }).check();
    await review(page);
    await page.getByRole('button', { name: 'Continue to PayPal' }).click();
    const approval = page.getByRole('dialog', { name: 'Approve the payment in PayPal' });
    await approval.getByRole('button', { name: 'Approve' }).click();
    await receipt(page).waitFor();
    assert.match(await page.locator('.bp-receipt').textContent(), /PayPal/);
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: a declined card brings the form back as typed, all but the security code`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    await page.goto(url('/payments/new?currency=USD'));
    await page.getByLabel('Payment amount').fill('12.00');
    await fillNewCard(page, '4000000000000002');
    await review(page);
    await page.getByRole('button', { name: 'Pay with credit card' }).click();
    await page.getByRole('alert').filter({ hasText: 'Your card was declined' }).waitFor();
    assert.equal(await page.getByLabel('Payment amount').inputValue(), '12.00');
    assert.equal(await page.getByLabel('Card number').inputValue(), '4000 0000 0000 0002');
    assert.equal(await page.getByLabel('Security code').inputValue(), '');
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: a viewer cannot pay and is told why`, async () => {
    const { url } = await backend.open(['--app-token', 'demo-viewer-token']);
    const { page, problems } = await openPage(setup.browser);
    await page.goto(url(backend.name === 'demo' ? '/payments/new?demo_role=viewer' : '/payments/new'));
    await page.getByText('Only a billing administrator can make a payment.').waitFor();
    assert.equal(await page.getByLabel('Payment amount').count(), 0);
    assert.deepEqual(problems, []);
  });
}

for (const [lang, locale, accepted, refused] of [
  ['en', 'en-US', '1,234.56', ['', 'abc', '0', '12.345', '99,999,999.00']],
  ['fr', 'fr-FR', '1 234,56', ['', 'abc', '0', '12,345', '99 999 999,00']],
  ['ko', 'ko-KR', '1,234.56', ['', 'abc', '0', '12.345', '99,999,999.00']],
  ['zh-TW', 'zh-TW', '1,234.56', ['', 'abc', '0', '12.345', '99,999,999.00']],
]) {
  test(`${lang}: amounts in the language's format are read, and each wrong one is explained in it`, async () => {
    const { page, problems } = await openPage(setup.browser, { locale });
    await page.goto(setup.demoUrl(`/payments/new?currency=USD&lang=${lang}`));
    const field = page.locator('#bp-amount');
    await field.fill(accepted);
    await field.blur();
    assert.equal(await field.getAttribute('aria-invalid'), 'false', accepted);
    const messages = new Set();
    for (const input of refused) {
      await field.fill(input);
      await field.blur();
      assert.equal(await field.getAttribute('aria-invalid'), 'true', `"${input}" is refused`);
      messages.add(await page.locator('#bp-amount-error').textContent());
    }
    assert.equal(messages.size, refused.length, 'each refusal has its own message');
    if (lang !== 'en') {
      for (const message of messages) assert.ok(!/amount|balance/i.test(message), `translated: ${message}`);
    }
    assert.deepEqual(problems, []);
  });
}

test('HTTP: a double click on Pay charges once', async () => {
  const server = await freshServer();
  const { page, problems } = await openPage(setup.browser);
  const before = (await api('/payments', server)).total;
  await page.goto(server.url('/payments/new?currency=USD'));
  await page.getByLabel('Payment amount').fill('5.00');
  await review(page);
  await server.arm({ kind: 'latency', path: '/api/v1/payments', method: 'POST', latency_ms: 600 });
  await page.getByRole('button', { name: 'Pay with credit card' }).dblclick();
  await receipt(page).waitFor();
  assert.equal((await api('/payments', server)).total, before + 1);
  assert.deepEqual(problems, []);
});

test('HTTP: Make a payment asks for the balance, the invoice and the saved cards at once', async () => {
  const server = await freshServer();
  const { page, problems } = await openPage(setup.browser);
  const due = (await api('/invoices?statuses=due', server)).items[0];
  // Each answer held back: reads made one after another would be asked that long apart.
  const held = 600;
  const asked = {};
  await page.route('**/api/v1/**', async (route) => {
    asked[new URL(route.request().url()).pathname] = Date.now();
    await new Promise((resolve) => setTimeout(resolve, held));
    await route.continue();
  });
  await page.goto(server.url(`/payments/new?invoice=${due.id}`));
  await page.getByLabel('Payment amount').waitFor();
  // The last of each: the portal's own summary, on every view, is asked for first.
  const at = ['/api/v1/billing-summary', `/api/v1/invoices/${due.id}`, '/api/v1/payment-methods'].map((p) => asked[p]);
  assert.ok(at.every(Boolean), JSON.stringify(asked));
  assert.ok(Math.max(...at) - Math.min(...at) < held / 2, JSON.stringify(asked));
  assert.deepEqual(problems, []);
});

test('HTTP: an invoice paid elsewhere while the customer reviews is refused in words that say why', async () => {
  const server = await freshServer();
  const { page, problems } = await openPage(setup.browser);
  const due = (await api('/invoices?statuses=due', server)).items[0];
  await page.goto(server.url(`/payments/new?invoice=${due.id}`));
  await page.getByLabel('Payment amount').waitFor();
  await review(page);
  // Meanwhile another administrator pays it in full.
  const method = (await api('/payment-methods', server)).find((m) => m.is_default);
  const paid = await fetch(server.url('/api/v1/payments'), {
    method: 'POST',
    headers: { authorization: 'Bearer demo-admin-token', 'content-type': 'application/json', 'idempotency-key': 'elsewhere-1' },
    body: JSON.stringify({ amount: due.balance_due, invoice_id: due.id, source: { type: 'saved_method', method_id: method.id }, eu_supported: false }),
  });
  assert.equal(paid.status, 201);
  const before = (await api('/payments', server)).total;
  await page.getByRole('button', { name: 'Pay with credit card' }).click();
  await page.getByRole('alert').filter({ hasText: 'This invoice can no longer be paid' }).waitFor();
  assert.equal((await api('/payments', server)).total, before, 'nothing charged');
  // The refusal itself, which the browser logs, is the answer expected.
  assert.deepEqual(problems.filter((p) => !/422/.test(p)), []);
});

test('HTTP: a payment whose answer is lost is sent again with its key and charges once', async () => {
  const server = await freshServer();
  const { page, problems } = await openPage(setup.browser);
  const before = (await api('/payments', server)).total;
  const balance = (await api('/billing-summary', server)).balances.find((b) => b.current.currency === 'USD').current;
  await page.goto(server.url('/payments/new?currency=USD'));
  await page.getByLabel('Payment amount').fill('7.00');
  await review(page);
  await server.arm({ kind: 'drop', path: '/api/v1/payments', method: 'POST' });
  await page.getByRole('button', { name: 'Pay with credit card' }).click();
  await receipt(page).waitFor();
  assert.equal((await api('/payments', server)).total, before + 1);
  const after = (await api('/billing-summary', server)).balances.find((b) => b.current.currency === 'USD').current;
  assert.equal(cents(balance.amount) - cents(after.amount), 700, 'charged 7.00 once');
  assert.deepEqual(problems.filter((p) => !/api\/v1\/payments|ERR_EMPTY_RESPONSE/.test(p)), []);
});

test('HTTP: a reload while the payment is processing offers that payment again, which charges once', async () => {
  const server = await freshServer();
  const { page, problems } = await openPage(setup.browser);
  const before = (await api('/payments', server)).total;
  await page.goto(server.url('/payments/new?currency=USD'));
  await page.getByLabel('Payment amount').fill('3.00');
  await review(page);
  await server.arm({ kind: 'latency', path: '/api/v1/payments', method: 'POST', latency_ms: 1500 });
  await page.getByRole('button', { name: 'Pay with credit card' }).click();
  await page.getByRole('status').filter({ hasText: 'Processing your payment' }).waitFor();
  await page.reload();
  await page.getByText('We have no answer yet about this payment.', { exact: false }).waitFor();
  assert.match(await page.locator('.bp-summary').textContent(), /Payment amount\$3\.00/);
  await page.getByRole('button', { name: 'Pay with credit card' }).click();
  await receipt(page).waitFor();
  // The request cut short by the reload reaches the server too: it must not charge again.
  await new Promise((done) => setTimeout(done, 1700));
  assert.equal((await api('/payments', server)).total, before + 1);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('billing-portal.pending-payment')), null);
  assert.deepEqual(problems, []);
});

test('HTTP: leaving while the payment is processing charges once, crashes nothing, and the return offers that payment', async () => {
  const server = await freshServer();
  const { page, problems } = await openPage(setup.browser);
  const before = (await api('/payments', server)).total;
  await page.goto(server.url('/payments/new?currency=USD'));
  await page.getByLabel('Payment amount').fill('2.00');
  await review(page);
  await server.arm({ kind: 'latency', path: '/api/v1/payments', method: 'POST', latency_ms: 800 });
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/payments') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Pay with credit card' }).click();
  await page.getByRole('link', { name: 'Invoices' }).click();
  await answered;
  await page.locator('table.bp-table--invoices tbody tr').first().waitFor();
  assert.equal(await page.locator('.bp-crash').count(), 0);
  assert.equal((await api('/payments', server)).total, before + 1);
  await page.getByRole('link', { name: 'Make a payment' }).click();
  await page.getByText('We have no answer yet about this payment.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Pay with credit card' }).click();
  await receipt(page).waitFor();
  assert.equal((await api('/payments', server)).total, before + 1, 'the same payment, not a second');
  assert.deepEqual(problems, []);
});

const usdBalance = async (server) => (await api('/billing-summary', server)).balances.find((b) => b.current.currency === 'USD').current;
const offline = (page) => page.getByRole('alert').filter({ hasText: "We couldn't reach the billing service" });

test('HTTP: every answer to Pay lost, then Change, shows the payment made and charges once', async () => {
  const server = await freshServer();
  const { page, problems } = await openPage(setup.browser);
  const before = (await api('/payments', server)).total;
  const balance = await usdBalance(server);
  await page.goto(server.url('/payments/new?currency=USD'));
  await page.getByLabel('Payment amount').fill('6.00');
  await review(page);
  // Charged each time it arrives, but no answer ever comes back.
  // Chromium itself resends a request whose connection closed without an answer, so the
  // fault stays armed until the customer has been told.
  await server.arm({ kind: 'drop', path: '/api/v1/payments', method: 'POST', times: 50 });
  await page.getByRole('button', { name: 'Pay with credit card' }).click();
  await offline(page).waitFor();
  await server.disarm();
  await page.getByText('We have no answer yet about this payment.', { exact: false }).waitFor();
  assert.equal((await api('/payments', server)).total, before + 1, 'the server did charge');
  await page.getByRole('button', { name: 'Change' }).click();
  await receipt(page).waitFor();
  assert.match(await page.locator('.bp-summary').textContent(), /Payment amount\$6\.00/);
  assert.equal((await api('/payments', server)).total, before + 1, 'charged once');
  assert.equal(cents(balance.amount) - cents((await usdBalance(server)).amount), 600);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('billing-portal.pending-payment')), null);
  assert.deepEqual(problems.filter((p) => !/api\/v1\/payments|ERR_EMPTY_RESPONSE/.test(p)), []);
});

test('HTTP: a payment that never arrived is closed before a changed one is paid, which alone is charged', async () => {
  const server = await freshServer();
  const { page, problems } = await openPage(setup.browser);
  const before = (await api('/payments', server)).total;
  const balance = await usdBalance(server);
  await page.goto(server.url('/payments/new?currency=USD'));
  await page.getByLabel('Payment amount').fill('9.00');
  await review(page);
  const sent = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/payments')) sent.push(r.headers()['idempotency-key']); });
  // Not carried out, and no answer: the customer cannot know that.
  await server.arm({ kind: 'error', path: '/api/v1/payments', method: 'POST', times: 3 });
  await page.getByRole('button', { name: 'Pay with credit card' }).click();
  await page.getByRole('alert').filter({ hasText: 'The billing service had a problem' }).waitFor();
  // While the backend cannot say what became of it, the payment cannot be changed.
  await server.arm({ kind: 'error', path: '/api/v1/payments/attempts', method: 'POST', times: 3 });
  await page.getByRole('button', { name: 'Change' }).click();
  await page.getByRole('alert').filter({ hasText: 'The billing service had a problem' }).waitFor();
  await page.getByRole('button', { name: 'Pay with credit card' }).waitFor();
  assert.equal(await page.getByLabel('Payment amount').count(), 0, 'still on the review');
  await page.getByRole('button', { name: 'Change' }).click();
  await page.getByRole('status').filter({ hasText: 'Your earlier payment was not made, and nothing was charged.' }).waitFor();
  await page.getByLabel('Payment amount').fill('4.00');
  await review(page);
  await page.getByRole('button', { name: 'Pay with credit card' }).click();
  await receipt(page).waitFor();
  assert.equal((await api('/payments', server)).total, before + 1);
  assert.equal(cents(balance.amount) - cents((await usdBalance(server)).amount), 400, 'only the changed payment');
  // The first attempt's key is closed: arriving late, it charges nothing.
  assert.equal(sent.length, 4);
  assert.notEqual(sent[0], sent[3]);
  const late = await fetch(server.url('/api/v1/payments'), {
    method: 'POST',
    headers: { authorization: 'Bearer demo-admin-token', 'content-type': 'application/json', 'idempotency-key': sent[0] },
    body: JSON.stringify({ amount: { amount: '9.00', currency: 'USD' }, invoice_id: null, source: { type: 'saved_method', method_id: 'pm_visa' }, eu_supported: false }),
  });
  assert.equal(late.status, 409);
  assert.equal((await api('/payments', server)).total, before + 1);
  assert.deepEqual(problems.filter((p) => !/\b500\b/.test(p)), []);
});

test('HTTP: approvals of two pending payments for one invoice take its balance once; the second is told why', async () => {
  const server = await freshServer();
  const { page, problems } = await openPage(setup.browser);
  const invoice = (await api('/invoices?statuses=due,past_due&limit=1', server)).items[0];
  // Another tab, or another administrator, started a PayPal payment of the whole invoice.
  const other = await fetch(server.url('/api/v1/payments'), {
    method: 'POST',
    headers: { authorization: 'Bearer demo-admin-token', 'content-type': 'application/json', 'idempotency-key': 'other-tab' },
    body: JSON.stringify({ amount: invoice.balance_due, invoice_id: invoice.id, source: { type: 'paypal' }, eu_supported: false }),
  }).then((r) => r.json());
  assert.equal(other.status, 'requires_action');
  await page.goto(server.url(`/payments/new?invoice=${invoice.id}`));
  await page.getByRole('radio', { name: 'PayPal' }).check();
  await review(page);
  await page.getByRole('button', { name: 'Continue to PayPal' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  // The other payment is approved first.
  await fetch(server.url(`/api/v1/payments/${other.id}/confirm`), { method: 'POST', headers: { authorization: 'Bearer demo-admin-token' } });
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await page.getByRole('alert').filter({ hasText: 'This payment was not made' }).waitFor();
  assert.equal(await page.locator('.bp-receipt').count(), 0);
  const paid = (await api(`/payments?invoice_id=${invoice.id}`, server)).items.filter((p) => p.status === 'succeeded');
  assert.equal(paid.length, 1, 'one payment took the balance');
  assert.equal(Number((await api(`/invoices/${invoice.id}`, server)).balance_due.amount), 0);
  assert.deepEqual(problems, []);
});

test('a payment left unanswered too long ago is not sent again: the customer is sent to the history', async () => {
  const { page, problems } = await openPage(setup.browser);
  const sent = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().includes('/api/v1/payments')) sent.push(r.url()); });
  const attempt = (sentAt) => JSON.stringify({
    key: 'a-day-old-attempt',
    request: { amount: { amount: '5.00', currency: 'USD' }, invoice_id: null, source: { type: 'saved_method', method_id: 'pm_visa' }, eu_supported: false },
    method: { type: 'card', brand: 'visa', last4: '4242', status: 'active' },
    sent_at: sentAt,
  });
  const dayAgo = new Date(Date.now() - 25 * 3600 * 1000).toISOString();
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('billing-portal.pending-payment', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, attempt(dayAgo));
  await page.goto(setup.demoUrl('/payments/new?currency=USD'));
  await page.getByRole('status').filter({ hasText: 'too much time has passed to resume it safely' }).waitFor();
  await page.getByRole('link', { name: 'Payment history' }).last().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Pay with credit card' }).count(), 0, 'not offered again');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('billing-portal.pending-payment')), null);
  // A recent one is offered again, as before.
  await page.evaluate((value) => sessionStorage.setItem('billing-portal.pending-payment', value), attempt(new Date().toISOString()));
  await page.reload();
  await page.getByText('We have no answer yet about this payment.', { exact: false }).waitFor();
  assert.deepEqual(sent, []);
  assert.deepEqual(problems, []);
});

test('no axe violations on the payment form with a new card, the review and the receipt', async () => {
  const { page } = await openPage(setup.browser);
  const check = async () => {
    const results = await new AxeBuilder({ page }).include('billing-portal').analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  };
  await page.goto(setup.demoUrl('/payments/new?currency=USD'));
  await fillNewCard(page, '4242424242424242');
  await check();
  await review(page);
  await page.getByRole('button', { name: 'Pay with credit card' }).waitFor();
  await check();
  await page.getByRole('button', { name: 'Pay with credit card' }).click();
  await receipt(page).waitFor();
  await check();
});
