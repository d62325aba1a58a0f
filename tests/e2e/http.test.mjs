// The release build against the reference server over HTTP: every view shows the server's
// data, roles and an expired session are told, and the server's faults (errors, garbled
// and cut-off answers) are retried or shown translated, never a blank page or a crash.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './support/browser.mjs';
import { startApiServer } from './support/api-server.mjs';

const ADMIN = 'demo-admin-token';

let browser;
let admin;
let viewer;
let stranger;

before(async () => {
  browser = await launch();
  [admin, viewer, stranger] = await Promise.all([
    startApiServer(['--faults']),
    startApiServer(['--app-token', 'demo-viewer-token']),
    startApiServer(['--app-token', 'not-a-token']),
  ]);
});
after(async () => {
  await browser?.close();
  await Promise.all([admin, viewer, stranger].map((s) => s?.stop()));
});
afterEach(() => fetch(admin.url('/__test/faults'), { method: 'DELETE' }));

/** The API as the served page's token sees it. */
async function api(path) {
  const response = await fetch(admin.url(`/api/v1${path}`), { headers: { authorization: `Bearer ${ADMIN}` } });
  assert.equal(response.status, 200, path);
  return response.json();
}

/** Calls to the API the page made, by path. */
function apiCalls(page, path) {
  const calls = [];
  page.on('request', (req) => { if (new URL(req.url()).pathname === `/api/v1${path}`) calls.push(req); });
  return calls;
}

const heading = (page) => page.locator('main h1');
const INVOICE_ROWS = 'table.bp-table--invoices tbody tr';
const rowHeaders = (page) => page.locator('table.bp-table--invoices tbody th').allTextContents();

test('invoices: the summary and table show the server data, and a row opens its lines', async () => {
  const { page, problems } = await openPage(browser);
  const list = await api('/invoices');
  await page.goto(admin.url('/invoices'));
  await page.locator(INVOICE_ROWS).first().waitFor();
  assert.equal(await page.locator('.bp-badge--demo').count(), 0, 'no Demo badge on a real backend');
  assert.match(await page.locator('.bp-main').textContent(), new RegExp(`${list.total} invoices`));
  assert.deepEqual(await rowHeaders(page), list.items.map((i) => i.number));

  const first = list.items[0];
  const detail = await api(`/invoices/${first.id}`);
  await page.getByRole('link', { name: first.number, exact: true }).click();
  await page.waitForURL(new RegExp(`/invoices/${first.id}$`));
  await heading(page).filter({ hasText: first.number }).waitFor();
  assert.equal(await page.locator('main table tbody tr.bp-line').count(), detail.lines.length);
  assert.deepEqual(problems, []);
});

test('payment methods, payments and billing items show what the server holds', async () => {
  const { page, problems } = await openPage(browser);
  const methods = await api('/payment-methods');
  await page.goto(admin.url('/payment-methods'));
  await page.locator('.bp-card').first().waitFor();
  const cards = await page.locator('.bp-card__title').allTextContents();
  assert.equal(cards.length, methods.length);
  for (const method of methods.filter((m) => m.type === 'card')) {
    assert.ok(cards.some((c) => c.includes(method.last4)), `card ending ${method.last4} is listed`);
  }

  const items = await api('/billing-items');
  await page.getByRole('link', { name: 'Billing items' }).click();
  await page.locator('main table tbody tr').first().waitFor();
  assert.equal(await page.locator('main table tbody tr').count(), items.items.length);

  const payments = await api('/payments');
  await page.getByRole('link', { name: 'Payment history' }).click();
  await heading(page).filter({ hasText: 'Payment history' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('billing-portal').shadowRoot.querySelector('.bp-main [aria-busy="true"], .bp-main .bp-loading'));
  assert.equal(await page.locator('main table tbody tr').count(), payments.items.length);
  assert.deepEqual(problems, []);
});

test('a slow answer shows the table\'s skeleton, announced as loading, then the rows', async () => {
  const { page, problems } = await openPage(browser);
  await admin.arm({ kind: 'latency', path: '/api/v1/invoices', method: 'GET', latency_ms: 1500 });
  await page.goto(admin.url('/invoices'));
  const skeleton = page.locator('.bp-skeleton[role="status"]');
  await skeleton.waitFor();
  assert.equal(await skeleton.textContent(), 'Loading…');
  await page.locator(INVOICE_ROWS).first().waitFor();
  assert.equal(await skeleton.count(), 0);
  assert.deepEqual(problems, []);
});

test('a viewer is told the portal is read-only', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(viewer.url('/invoices'));
  await page.getByRole('note').filter({ hasText: 'Only a billing administrator can pay' }).waitFor();
  assert.deepEqual(problems, []);
});

test('a refused token shows the session expired and tells the host once', async () => {
  const { page, problems } = await openPage(browser);
  await page.addInitScript(() => {
    window.__expired = 0;
    document.addEventListener('billing-portal:session-expired', () => { window.__expired += 1; });
  });
  await page.goto(stranger.url('/invoices'));
  await page.getByRole('alert').filter({ hasText: 'Your session has expired' }).first().waitFor();
  assert.equal(await page.evaluate(() => window.__expired), 1);
  // The refusals themselves are the point here.
  assert.deepEqual(problems.filter((p) => !/\b401\b/.test(p)), []);
});

test('a server error is retried by itself and the customer never sees it', async () => {
  const { page, problems } = await openPage(browser);
  const calls = apiCalls(page, '/invoices');
  await admin.arm({ kind: 'error', path: '/api/v1/invoices', method: 'GET', times: 2 });
  await page.goto(admin.url('/invoices'));
  await page.locator(INVOICE_ROWS).first().waitFor();
  assert.equal(calls.length, 3, 'two failures, then the answer');
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(problems.filter((p) => !/\b500\b/.test(p)), []);
});

test('a failure that outlasts the retries is shown translated, and Retry recovers', async () => {
  const { page, problems } = await openPage(browser, { locale: 'fr-FR' });
  await admin.arm({ kind: 'error', path: '/api/v1/payment-methods', method: 'GET', times: 3 });
  await page.goto(admin.url('/payment-methods'));
  const alert = page.getByRole('alert').filter({ hasText: 'Le service de facturation a rencontré un problème' });
  await alert.waitFor();
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await page.locator('.bp-card').first().waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(problems.filter((p) => !/\b500\b/.test(p)), []);
});

test('over the server\'s rate limit, a read waits as its Retry-After says and the page loads', async () => {
  const limited = await startApiServer(['--rate-limit', '2']);
  try {
    const { page, problems } = await openPage(browser);
    const answers = [];
    page.on('response', (res) => {
      if (new URL(res.url()).pathname.startsWith('/api/')) answers.push({ path: new URL(res.url()).pathname, status: res.status(), at: Date.now() });
    });
    // The first view asks for three things at once; a bucket of two lets two through.
    await page.goto(limited.url('/invoices'));
    await page.locator(INVOICE_ROWS).first().waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    const refused = answers.filter((a) => a.status === 429);
    assert.ok(refused.length > 0, `a request was over the limit: ${JSON.stringify(answers)}`);
    const answered = ({ path, at }) => answers.find((a) => a.path === path && a.status === 200 && a.at > at);
    for (let waited = 0; !refused.every(answered) && waited < 10_000; waited += 100) await page.waitForTimeout(100);
    for (const { path, at } of refused) {
      const after = answered({ path, at });
      assert.ok(after, `${path} answered after its 429`);
      // Retry-After: 1 (the schedule alone would ask again after 0.4 s).
      assert.ok(after.at - at >= 900, `${path} asked again after ${after.at - at} ms`);
    }
    assert.deepEqual(problems.filter((p) => !/\b429\b/.test(p)), []);
  } finally {
    await limited.stop();
  }
});

test('a rate limit too long to sit through is shown translated, and Retry recovers', async () => {
  const { page, problems } = await openPage(browser, { locale: 'fr-FR' });
  const limit = (route) => route.fulfill({ status: 429, headers: { 'retry-after': '3600' }, body: '' });
  await page.route('**/api/v1/payment-methods', limit);
  await page.goto(admin.url('/payment-methods'));
  const alert = page.getByRole('alert').filter({ hasText: 'Trop de demandes' });
  await alert.waitFor();
  await page.unroute('**/api/v1/payment-methods', limit);
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await page.locator('.bp-card').first().waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(problems.filter((p) => !/\b429\b/.test(p)), []);
});

test('a garbled answer is an error on screen, not a crash', async () => {
  const { page, problems } = await openPage(browser);
  const calls = apiCalls(page, '/billing-items');
  await admin.arm({ kind: 'malformed', path: '/api/v1/billing-items', method: 'GET' });
  await page.goto(admin.url('/billing-items'));
  const alert = page.getByRole('alert').filter({ hasText: "an answer we couldn't read" });
  await alert.waitFor();
  assert.equal(calls.length, 1, 'an unreadable answer is not sent again by itself');
  assert.equal(await page.locator('.bp-crash').count(), 0);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.locator('main table tbody tr').first().waitFor();
  assert.deepEqual(problems, []);
});

test('a connection cut before the answer is retried and the page still loads', async () => {
  const { page, problems } = await openPage(browser);
  // Twice: Chromium itself sends a GET again once when a reused connection closes empty.
  await admin.arm({ kind: 'drop', path: '/api/v1/billing-summary', method: 'GET', times: 2 });
  await page.goto(admin.url('/invoices'));
  await page.locator('.bp-summary').waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  const armed = await (await fetch(admin.url('/__test/faults'))).json();
  assert.deepEqual(armed, [], 'both cut requests happened, so the app sent it again itself');
  // The cuts show up as failed requests; nothing else may.
  assert.deepEqual(problems.filter((p) => !/billing-summary|ERR_EMPTY_RESPONSE/.test(p)), []);
});

test('a request a click started is aborted when the customer leaves its view, and nothing comes of it after', async () => {
  const { page, problems } = await openPage(browser);
  await admin.arm({ kind: 'latency', path: '/api/v1/invoices/inv_000002/pdf', method: 'GET', latency_ms: 3000 });
  const ended = new Promise((resolve) => {
    // The PDF is asked for in the portal's language: `…/pdf?lang=en`.
    const isPdf = (req) => new URL(req.url()).pathname.endsWith('/pdf');
    page.on('requestfailed', (req) => { if (isPdf(req)) resolve(req.failure()?.errorText); });
    page.on('requestfinished', (req) => { if (isPdf(req)) resolve('finished'); });
  });
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.goto(admin.url('/invoices/inv_000002'));
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await page.getByRole('button', { name: 'Preparing the PDF…' }).waitFor();
  await page.getByRole('link', { name: 'Payment history' }).first().click();
  assert.equal(await ended, 'net::ERR_ABORTED', 'the PDF request stopped when its view went');
  await page.waitForTimeout(3500);
  assert.equal(downloads, 0, 'no PDF saved after the customer left');
  assert.deepEqual(problems, []);
});
