// Card care on both backends: one banner on every view when the monthly payment method
// (the seed's Visa, valid through August 2028) is about to expire or has expired, with the
// host told each reason and when nothing is needed any more; its action opens Add credit card for a new monthly method, which
// then shows as being validated; a viewer sees the banner without actions; none while the
// card is fine; each language; axe. The browser's clock is set; the app reads the date from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage } from './support/browser.mjs';
import { backends } from './support/backends.mjs';

const setup = backends();
const BACKENDS = setup.list;

/** A page whose clock says `day`, recording the host's attention events. */
async function pageOn(day, options) {
  const opened = await openPage(setup.browser, options);
  await opened.page.clock.setFixedTime(new Date(`${day}T12:00:00Z`));
  await opened.page.addInitScript(() => {
    window.attention = [];
    document.addEventListener('billing-portal:attention', (e) => window.attention.push(e.detail.reason));
  });
  return opened;
}

/** Types a new card, with the company's address, and asks to review the payment. */
async function typeCard(page, number) {
  await page.getByRole('checkbox', { name: 'Use company information' }).check();
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Expiration date (MM/YY)').fill('12/30');
  await page.getByLabel('Security code').fill('123');
  await page.getByLabel('Name on card').fill('Min-jun Lee');
  await page.getByRole('button', { name: 'Review payment' }).click();
}

const banner = (page) => page.getByRole('note').filter({ hasText: 'Your payment method needs attention.' });
const told = (page) => page.evaluate(() => window.attention);

for (const backend of BACKENDS) {
  test(`${backend.name}: a card expiring within 30 days is announced on every view, and the host told once`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await pageOn('2028-08-10');
    await page.goto(url('/invoices'));
    await banner(page).filter({ hasText: 'Visa ending in 4242, expires on Aug 31, 2028' }).waitFor();
    for (const path of ['/billing-items', '/payments', '/billing-profile']) {
      await page.getByRole('navigation').getByRole('link', { name: { '/billing-items': 'Billing items', '/payments': 'Payment history', '/billing-profile': 'Billing profile' }[path], exact: true }).click();
      await page.waitForURL((u) => u.pathname.endsWith(path));
      await banner(page).waitFor();
    }
    assert.deepEqual(await told(page), ['expiring']);
    // A month earlier nothing is needed: the banner goes and the host is told so.
    await page.clock.setFixedTime(new Date('2028-07-01T12:00:00Z'));
    await page.getByRole('navigation').getByRole('link', { name: 'Invoices', exact: true }).click();
    await page.locator('table.bp-table--invoices').waitFor();
    await banner(page).waitFor({ state: 'detached' });
    assert.deepEqual(await told(page), ['expiring', null]);
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: an expired monthly card leads to a new monthly card, then shown as being validated`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await pageOn('2028-09-02');
    await page.goto(url('/invoices'));
    const expired = banner(page).filter({ hasText: 'Visa ending in 4242, has expired' });
    await expired.waitFor();
    // From the payment methods themselves too: the banner's link opens the form.
    await page.getByRole('navigation').getByRole('link', { name: 'Payment methods', exact: true }).click();
    await page.locator('.bp-card').first().waitFor();
    await expired.getByRole('link', { name: 'Add a card' }).click();
    const monthly = page.getByRole('checkbox', { name: 'Make this card the monthly payment method' });
    assert.equal(await monthly.isChecked(), true);
    await page.getByRole('checkbox', { name: 'Use company information' }).check();
    await page.getByLabel('Card number').fill('5555555555554444');
    await page.getByLabel('Expiration date (MM/YY)').fill('12/30');
    await page.getByLabel('Security code').fill('123');
    await page.getByLabel('Name on card').fill('Min-jun Lee');
    await page.getByRole('button', { name: 'Add credit card' }).click();
    await page.getByRole('status').filter({ hasText: 'Your card was added' }).waitFor();
    await banner(page).filter({ hasText: 'Mastercard ending in 4444, is still being validated' }).waitFor();
    // The form's query is gone: a reload does not open it again.
    await page.waitForURL((u) => u.search === '');
    // Waiting needs nothing from the customer: no action offered.
    assert.equal(await banner(page).getByRole('link').count(), 0);
    assert.deepEqual(await told(page), ['expired', 'pending_validation']);
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: a past-due invoice is paid with a new card, which then becomes the monthly one; a declined card is not kept`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await pageOn('2026-11-28');
    const pastDue = (await setup.api('/invoices?statuses=past_due')).items[0];
    const methodsBefore = (await setup.api('/payment-methods')).length;
    const requests = [];
    page.on('request', (req) => requests.push({ url: req.url(), body: req.postData() ?? '' }));
    await page.goto(url(`/invoices/${pastDue.id}`));
    await page.getByRole('link', { name: 'Update card and pay' }).click();
    const radio = page.getByRole('radio', { name: 'A new credit card, which becomes your monthly payment method' });
    await radio.waitFor();
    assert.equal(await radio.isChecked(), true);
    // A card its issuer declines pays nothing and is not kept.
    await typeCard(page, '4000000000000002');
    await page.getByText('Once this payment goes through, Visa ending in 0002 becomes your monthly payment method.').waitFor();
    await page.getByRole('button', { name: 'Pay with credit card' }).click();
    await page.getByRole('alert').filter({ hasText: 'Your card was declined' }).waitFor();
    await typeCard(page, '5555555555554444');
    await page.getByText('Once this payment goes through, Mastercard ending in 4444 becomes your monthly payment method.').waitFor();
    await page.getByRole('button', { name: 'Pay with credit card' }).click();
    await page.getByRole('heading', { name: 'Payment received' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Mastercard ending in 4444 is now your monthly payment method.' }).waitFor();
    // The banner says what the new monthly card needs: its validation.
    await banner(page).filter({ hasText: 'Mastercard ending in 4444, is still being validated' }).waitFor();
    assert.deepEqual(await told(page), ['pending_validation']);
    await page.goto(url(`/invoices/${pastDue.id}`));
    await page.locator('.bp-summary').filter({ hasText: 'Paid' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Payment methods', exact: true }).click();
    await page.locator('.bp-card').first().waitFor();
    assert.equal(await page.locator('.bp-card').count(), methodsBefore + 1, 'the declined card was not kept');
    // The card goes to the token call alone (twice: a token pays once), and into no storage.
    // The demo tokenizes in the page: no request carries a card there, and only storage is
    // looked at.
    const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
    for (const number of ['4000000000000002', '5555555555554444']) {
      const carrying = requests.filter((r) => r.url.includes(number) || r.body.includes(number));
      if (backend.name === 'HTTP') assert.ok(carrying.length > 0, `the token call carries ${number}`);
      assert.ok(carrying.every((r) => new URL(r.url).pathname === '/api/v1/card-tokens'), `only the token call carries ${number}`);
      assert.ok(!stored.includes(number), `no storage holds ${number}`);
    }
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: a viewer sees the banner without its actions`, async () => {
    const { url } = await backend.open(['--app-token', 'demo-viewer-token']);
    const { page, problems } = await pageOn('2028-09-02');
    await page.goto(url(backend.name === 'demo' ? '/invoices?demo_role=viewer' : '/invoices'));
    await banner(page).filter({ hasText: 'has expired' }).waitFor();
    await page.getByRole('note').filter({ hasText: 'Only a billing administrator' }).waitFor();
    assert.equal(await banner(page).getByRole('link').count(), 0);
    // Nor is a past-due invoice's own way to pay with a new card offered to a viewer.
    const pastDue = (await setup.api('/invoices?statuses=past_due')).items[0];
    await page.goto(url(`/invoices/${pastDue.id}${backend.name === 'demo' ? '?demo_role=viewer' : ''}`));
    await page.getByRole('heading', { level: 1, name: new RegExp(pastDue.number) }).waitFor();
    // The role known (the account loaded): the banner says a viewer cannot act.
    await page.getByRole('note').filter({ hasText: 'Only a billing administrator' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Update card and pay' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Pay now' }).count(), 0);
    assert.deepEqual(problems, []);
  });
}

test('HTTP: a monthly card its issuer declined is announced with both ways out, and the host told', async () => {
  const { url } = await BACKENDS[1].open();
  const { page, problems } = await pageOn('2026-11-28');
  // The server has no way to decline a card on file by itself: its answer says so here.
  await page.route('**/api/v1/billing-summary', async (route) => {
    const answer = await route.fetch();
    const summary = await answer.json();
    summary.payment_method.status = 'declined';
    await route.fulfill({ response: answer, json: summary });
  });
  await page.goto(url('/invoices'));
  const declined = banner(page).filter({ hasText: 'Visa ending in 4242, was declined' });
  await declined.waitFor();
  assert.equal(await declined.getByRole('link', { name: 'Add a card' }).count(), 1);
  assert.equal(await declined.getByRole('link', { name: 'Choose another payment method' }).count(), 1);
  assert.deepEqual(await told(page), ['declined']);
  assert.deepEqual(problems, []);
});

test('no banner and no event while the monthly card is fine', async () => {
  const { page, problems } = await pageOn('2026-11-28');
  await page.goto(setup.demoUrl('/invoices'));
  await page.locator('table.bp-table--invoices').waitFor();
  assert.equal(await banner(page).count(), 0);
  assert.deepEqual(await told(page), []);
  assert.deepEqual(problems, []);
});

test('the banner in each language, and axe clean with it', async () => {
  const { page, problems } = await pageOn('2028-08-10');
  for (const [lang, text] of [
    ['fr', 'expire le 31 août 2028'],
    ['ko', 'Visa(끝자리 4242)의 유효 기간이 2028. 8. 31.에 만료됩니다'],
    ['zh-TW', 'Visa（末四碼 4242）將於 2028年8月31日到期'],
  ]) {
    await page.goto(setup.demoUrl(`/invoices?lang=${lang}`));
    await page.getByRole('note').filter({ hasText: text }).waitFor();
  }
  await page.goto(setup.demoUrl('/invoices?lang=en'));
  await banner(page).waitFor();
  const results = await new AxeBuilder({ page }).include('billing-portal').analyze();
  assert.deepEqual(results.violations.map((v) => v.id), []);
  assert.deepEqual(problems, []);
});

test('HTTP: a reload while the new monthly card pays resumes that payment, which charges once and still makes the card the monthly one', async () => {
  const server = await setup.freshServer();
  const api = async (path) => (await fetch(server.url(`/api/v1${path}`), { headers: { authorization: 'Bearer demo-admin-token' } })).json();
  const { page, problems } = await pageOn('2026-11-28');
  const pastDue = (await api('/invoices?statuses=past_due')).items[0];
  const paymentsBefore = (await api('/payments')).total;
  await page.goto(server.url(`/invoices/${pastDue.id}`));
  await page.getByRole('link', { name: 'Update card and pay' }).click();
  await page.getByRole('radio', { name: 'A new credit card, which becomes your monthly payment method' }).waitFor();
  await typeCard(page, '5555555555554444');
  const becomes = page.getByText('Once this payment goes through, Mastercard ending in 4444 becomes your monthly payment method.');
  await becomes.waitFor();
  await server.arm({ kind: 'latency', path: '/api/v1/payments', method: 'POST', latency_ms: 1500 });
  await page.getByRole('button', { name: 'Pay with credit card' }).click();
  await page.getByRole('status').filter({ hasText: 'Processing your payment' }).waitFor();
  await page.reload();
  await page.getByText('We have no answer yet about this payment.', { exact: false }).waitFor();
  // The same attempt, the monthly card's part of it included.
  await becomes.waitFor();
  await page.getByRole('button', { name: 'Pay with credit card' }).click();
  await page.getByRole('heading', { name: 'Payment received' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Mastercard ending in 4444 is now your monthly payment method.' }).waitFor();
  // The request cut short by the reload reaches the server too: it must not charge again.
  await new Promise((done) => setTimeout(done, 1700));
  assert.equal((await api('/payments')).total, paymentsBefore + 1, 'charged once');
  const monthly = (await api('/payment-methods')).find((m) => m.is_default);
  assert.equal(monthly?.last4, '4444');
  assert.deepEqual(problems, []);
});
