// Invoices on both backends: the billing summary, the table's filters, sort, search and
// paging kept in the URL, Pay now and Pay balance, an invoice's lines by keyboard, the CSV
// byte for byte, the PDF, and each language. The reference server's API is the oracle for
// both: the demo and the server seed the same account from core::seed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage, DIST } from './support/browser.mjs';
import { startApiServer } from './support/api-server.mjs';
import { startStaticServer } from './support/static-server.mjs';

const INVOICES = 120; // more than one page of 50
const MINOR = { JPY: 0, KRW: 0, KWD: 3 };

let browser;
let server;
let demo;

before(async () => {
  browser = await launch();
  server = await startApiServer(['--invoices', String(INVOICES)]);
  demo = await startStaticServer({ dist: DIST });
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await demo?.close();
});

/** Both backends, each with the URL of a page of the app showing the same account. */
const BACKENDS = [
  {
    name: 'demo',
    url: (path) => {
      const url = new URL(demo.url(path));
      url.searchParams.set('demo_invoices', String(INVOICES));
      return url.href;
    },
  },
  { name: 'HTTP', url: (path) => server.url(path) },
];

async function api(path) {
  const response = await fetch(server.url(`/api/v1${path}`), { headers: { authorization: 'Bearer demo-admin-token' } });
  assert.equal(response.status, 200, path);
  return response.json();
}

function money({ amount, currency }, locale = 'en') {
  const digits = MINOR[currency] ?? 2;
  return new Intl.NumberFormat(locale, {
    style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(Number(amount));
}

const rows = (page) => page.locator('table.bp-table--invoices tbody tr');
const numbers = (page) => page.locator('table.bp-table--invoices tbody th').allTextContents();
const count = (page) => page.locator('main p[role="status"]').first().textContent();

/** Each row's marks, which the stylesheet colours: a credit or refund, and each amount below
 *  zero; and what they should be for `items` (an API page's). */
const marks = (page) => rows(page).evaluateAll((trs) => trs.map((tr) => ({
  credit: tr.classList.contains('bp-row--credit'),
  negative: [...tr.querySelectorAll('.bp-money')].map((m) => m.classList.contains('bp-money--negative')),
})));
const marksOf = (items) => items.map((i) => ({
  credit: ['credit', 'refund'].includes(i.type),
  negative: [i.total, i.balance_due].map((m) => m.amount.startsWith('-')),
}));

/** Waits until the table shows the numbers of `expected` (an API page). */
async function tableShows(page, expected) {
  const want = expected.items.map((i) => i.number);
  await page.waitForFunction(
    (want) => JSON.stringify([...document.querySelector('billing-portal').shadowRoot.querySelectorAll('table.bp-table--invoices tbody th')].map((th) => th.textContent)) === JSON.stringify(want),
    want,
  );
  assert.equal(await count(page), `${expected.total} invoices`);
}

test('an amount below zero is marked as such, and only it', async () => {
  // The seed has none: the reference server's answer is rewritten to hold one.
  const { page, problems } = await openPage(browser);
  const list = await api('/invoices');
  list.items[0].balance_due.amount = `-${list.items[0].total.amount}`;
  await page.route('**/api/v1/invoices?*', async (route) => {
    const answer = await route.fetch();
    await route.fulfill({ response: answer, json: list });
  });
  await page.goto(server.url('/invoices'));
  await tableShows(page, list);
  assert.deepEqual(await marks(page), marksOf(list.items));
  assert.deepEqual((await marks(page))[0].negative, [false, true]);
  assert.deepEqual(problems, []);
});

for (const backend of BACKENDS) {
  test(`${backend.name}: the summary shows the balances, method and dates of the account`, async () => {
    const { page, problems } = await openPage(browser);
    const summary = await api('/billing-summary');
    await page.goto(backend.url('/invoices'));
    const term = (label) => page.locator('.bp-summary__item').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd');
    await term('Current balance').first().waitFor();
    for (const { current, estimated_next: next } of summary.balances) {
      assert.equal(await term(`Current balance (${current.currency})`).textContent(), money(current));
      assert.equal(await term(`Estimated next balance (${next.currency})`).textContent(), money(next));
    }
    const method = summary.payment_method;
    assert.match(await term('Payment method').textContent(), new RegExp(`ending in ${method.last4} Active$`));
    assert.ok((await term('Next recurring invoice').textContent()).length > 0);
    // The chart's table equivalent: twelve months per currency.
    const charts = page.locator('.bp-chart');
    assert.equal(await charts.count(), summary.balances.length);
    await charts.first().locator('summary').click();
    assert.equal(await charts.first().locator('tbody tr').count(), 12);
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: filters, search and sort apply, live in the URL and come back`, async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(backend.url('/invoices'));
    await tableShows(page, await api('/invoices'));

    await page.getByLabel('Type').selectOption({ label: 'Credit' });
    await page.waitForURL(/types=credit/);
    const credits = await api('/invoices?types=credit');
    await tableShows(page, credits);
    assert.deepEqual(await marks(page), marksOf(credits.items));

    await page.getByLabel('Status').selectOption({ label: 'Past due' });
    await page.waitForURL(/statuses=past_due/);
    await page.getByLabel('Type').selectOption({ label: 'All' });
    const pastDue = await api('/invoices?statuses=past_due');
    await tableShows(page, pastDue);
    assert.deepEqual(await marks(page), marksOf(pastDue.items));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('From').fill('2026-01-01');
    await page.getByLabel('To').fill('2026-06-30');
    await page.getByLabel('To').press('Tab');
    await tableShows(page, await api('/invoices?from=2026-01-01&to=2026-06-30'));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('searchbox', { name: 'Invoice number' }).fill('23000 4');
    await page.getByRole('searchbox', { name: 'Invoice number' }).press('Enter');
    await page.waitForURL(/search=23000\+4/);
    await page.locator('.bp-main .bp-empty').waitFor();
    assert.equal(await page.locator('main .bp-empty').textContent(), 'No invoices match these filters.');
    await page.getByRole('searchbox', { name: 'Invoice number' }).fill('230004');
    await page.getByRole('button', { name: 'Search' }).click();
    await tableShows(page, await api('/invoices?search=230004'));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    const total = page.getByRole('columnheader', { name: 'Total' });
    await total.getByRole('button').click();
    await page.waitForURL(/sort=total/);
    assert.equal(await total.getAttribute('aria-sort'), 'descending');
    await tableShows(page, await api('/invoices?sort=total&dir=desc'));
    await total.getByRole('button').click();
    assert.equal(await total.getAttribute('aria-sort'), 'ascending');
    await tableShows(page, await api('/invoices?sort=total&dir=asc'));
    assert.equal(await page.getByRole('columnheader', { name: 'Date' }).getAttribute('aria-sort'), null);

    // Back returns to the previous view; a link restores a view whole.
    await page.goBack();
    await tableShows(page, await api('/invoices?sort=total&dir=desc'));
    const link = page.url();
    const { page: other } = await openPage(browser);
    await other.goto(link);
    await tableShows(other, await api('/invoices?sort=total&dir=desc'));
    assert.equal(await other.getByRole('columnheader', { name: 'Total' }).getAttribute('aria-sort'), 'descending');
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: long lists are paged, never rendered whole`, async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(backend.url('/invoices'));
    await tableShows(page, await api('/invoices'));
    assert.equal(await rows(page).count(), 50);
    const pager = page.getByRole('navigation', { name: 'Pages' });
    assert.match(await pager.textContent(), new RegExp(`1–50 of ${INVOICES}`));
    assert.equal(await pager.getByRole('button', { name: 'Previous page' }).isDisabled(), true);
    await pager.getByRole('button', { name: 'Next page' }).click();
    await page.waitForURL(/cursor=50/);
    await tableShows(page, await api('/invoices?cursor=50'));
    assert.match(await pager.textContent(), new RegExp(`51–100 of ${INVOICES}`));
    await pager.getByRole('button', { name: 'Previous page' }).click();
    await tableShows(page, await api('/invoices'));
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: Pay now and Pay balance open Make a payment with the amount filled in`, async () => {
    const { page, problems } = await openPage(browser);
    const due = (await api('/invoices?statuses=due')).items[0];
    await page.goto(backend.url(`/invoices?statuses=due`));
    await tableShows(page, await api('/invoices?statuses=due'));
    await page.getByRole('link', { name: `Pay now for invoice ${due.number}` }).click();
    await page.waitForURL(new RegExp(`/payments/new\\?invoice=${due.id}`));
    const amount = page.getByLabel('Payment amount');
    await amount.waitFor();
    assert.equal(await amount.inputValue(), due.balance_due.amount);
    assert.match(await page.locator('.bp-main').textContent(), new RegExp(`invoice ${due.number}`));

    const usd = (await api('/billing-summary')).balances.find((b) => b.current.currency === 'USD').current;
    await page.goto(backend.url('/invoices'));
    await page.getByRole('link', { name: 'Pay balance (USD)' }).click();
    await page.waitForURL(/\/payments\/new\?currency=USD/);
    await amount.waitFor();
    assert.equal(await amount.inputValue(), usd.amount);
    assert.ok(await page.getByRole('radio', { name: /USD/ }).isChecked());
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: Pay now is offered on exactly the invoices a payment may go to, open ones too`, async () => {
    const { page, problems } = await openPage(browser);
    const list = await api('/invoices?limit=100');
    const all = list.items;
    const payable = (i) => ['open', 'due', 'past_due'].includes(i.status)
      && ['new', 'recurring', 'one_time_charge'].includes(i.type) && Number(i.balance_due.amount) > 0;
    assert.ok(all.some((i) => i.status === 'open' && payable(i)), 'the seed has an open invoice to pay');
    await page.goto(backend.url('/invoices?limit=100'));
    await tableShows(page, list);
    const offered = await page.getByRole('link', { name: /^Pay now / }).evaluateAll((links) =>
      links.map((a) => a.getAttribute('aria-label') ?? a.textContent));
    assert.deepEqual(offered.map((name) => name.replace('Pay now for invoice ', '')).sort(), all.filter(payable).map((i) => i.number).sort());
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: an invoice's lines open by keyboard and download as CSV byte for byte`, async () => {
    const { page, problems } = await openPage(browser);
    const detail = await api('/invoices/inv_000002');
    await page.goto(backend.url('/invoices/inv_000002'));
    const first = detail.lines[0];
    const button = page.getByRole('button', { name: first.description }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    const details = page.locator(`#${await button.getAttribute('aria-controls')}`);
    assert.ok(await details.isVisible());
    assert.match(await details.textContent(), new RegExp(money(first.tax).replace(/[$.]/g, '\\$&')));
    await page.keyboard.press('Space');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await details.isVisible(), false);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `invoice-${detail.number}.csv`);
    const csv = await readFile(await download.path(), 'utf8');
    const cell = (text) => {
      const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    };
    const heading = 'Invoice number,Description,Category,Resource,Period start,Period end,Quantity,Unit price,Amount,Tax,Currency';
    const lines = detail.lines.map((l) => [
      cell(detail.number), cell(l.description), cell(l.category), cell(l.resource ?? ''), l.period_start, l.period_end,
      String(Number(l.quantity)), l.unit_price.amount, l.amount.amount, l.tax.amount, l.amount.currency,
    ].join(','));
    assert.equal(csv, `\uFEFF${[heading, ...lines].join('\r\n')}\r\n`);
    assert.deepEqual(problems, []);
  });
}

test('HTTP: Download PDF saves the server\'s PDF; the demo opens the print view', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(server.url('/invoices/inv_000002'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^invoice-\d+\.pdf$/);
  const pdf = await readFile(await download.path());
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  // Made in the portal's language (`?lang=`), which the PDF's catalog names.
  assert.ok(pdf.toString('latin1').includes('/Lang(en)'), 'an English PDF');

  const { page: demoPage } = await openPage(browser);
  await demoPage.addInitScript(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await demoPage.goto(demo.url('/invoices/inv_000002'));
  await demoPage.getByRole('button', { name: 'Download PDF' }).click();
  await demoPage.waitForFunction(() => window.__printed === 1);
  assert.deepEqual(problems, []);
});

for (const [lang, locale, heading, column] of [
  ['fr', 'fr-FR', 'Factures', 'Solde dû'],
  ['ko', 'ko-KR', '송장', '결제할 잔액'],
  ['zh-TW', 'zh-TW', '發票', '應付餘額'],
]) {
  test(`${lang}: the invoice views speak the language and format money its way`, async () => {
    const { page, problems } = await openPage(browser, { locale });
    const first = (await api('/invoices')).items[0];
    await page.goto(server.url(`/invoices?lang=${lang}`));
    await page.locator('table.bp-table--invoices').waitFor();
    assert.equal(await page.locator('main h1').textContent(), heading);
    assert.ok(await page.getByRole('columnheader', { name: column }).isVisible(), `column ${column}`);
    const cells = await page.locator('table.bp-table--invoices tbody tr').first().locator('td').allTextContents();
    assert.ok(cells.includes(money(first.total, lang)), `${money(first.total, lang)} in ${cells}`);
    assert.deepEqual(problems, []);
  });
}

test('counts in messages are grouped as each language groups them', async () => {
  const { page, problems } = await openPage(browser);
  for (const [lang, count] of [['en', '10,000 invoices'], ['fr', '10\u202f000\u00a0factures'], ['ko', '10,000'], ['zh-TW', '10,000']]) {
    await page.goto(demo.url(`/invoices?demo_invoices=10000&lang=${lang}`));
    await page.locator('table.bp-table--invoices').waitFor();
    await page.getByRole('status').filter({ hasText: count }).first().waitFor();
  }
  assert.deepEqual(problems, []);
});
