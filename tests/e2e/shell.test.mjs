// The app shell in a real browser against the release build: loading at `/` and under a
// sub-path, navigation by mouse and keyboard, languages, and failures shown, never blank.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, focusedElement, DIST } from './support/browser.mjs';
import { startStaticServer } from './support/static-server.mjs';
import { assertOwnBuildLoaded } from './support/backends.mjs';

let browser;
let root;
let sub;

before(async () => {
  browser = await launch();
  root = await startStaticServer({ dist: DIST });
  sub = await startStaticServer({ dist: DIST, prefix: '/console/billing/' });
});

after(async () => {
  await browser?.close();
  await root?.close();
  await sub?.close();
});

const heading = (page) => page.locator('main h1');

test('loads at / and lands on Invoices with the demo data', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(root.url('/'));
  await page.waitForURL(/\/invoices$/);
  assert.equal(await heading(page).textContent(), 'Invoices');
  assert.equal(await page.locator('.bp-badge--demo').textContent(), 'Demo');
  assert.ok((await page.locator('main table tbody tr').count()) > 10, 'invoice rows are shown');
  assert.deepEqual(problems, []);
});

test('the page starts every download of the portal at once, each file fetched once, the demo\'s build alone', async () => {
  const { page, problems } = await openPage(browser);
  await assertOwnBuildLoaded(page, root.url('/invoices'), 'demo', '/');
  assert.deepEqual(problems, []);
});

test('works under a sub-path: links, navigation and deep links stay inside it', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(sub.url('/'));
  await page.waitForURL(/\/console\/billing\/invoices$/);
  const link = page.getByRole('link', { name: 'Payment methods' });
  assert.equal(await link.getAttribute('href'), '/console/billing/payment-methods');
  await link.click();
  await page.waitForURL(/\/console\/billing\/payment-methods$/);
  assert.equal(await heading(page).textContent(), 'Payment methods');
  assert.equal(await link.getAttribute('aria-current'), 'page');
  // Make a payment lives below Payment history's path; only it is current there. A receipt,
  // below Payment history's path too, is Payment history's.
  const current = () => page.locator('.bp-nav [aria-current="page"]').allTextContents();
  await page.getByRole('link', { name: 'Make a payment' }).click();
  await page.waitForURL(/\/console\/billing\/payments\/new$/);
  assert.deepEqual(await current(), ['Make a payment']);
  await page.getByRole('link', { name: 'Payment history' }).click();
  await page.waitForURL(/\/console\/billing\/payments$/);
  assert.deepEqual(await current(), ['Payment history']);
  await page.locator('table tbody th a').first().click();
  await page.getByRole('heading', { level: 1, name: /^Receipt / }).waitFor();
  assert.deepEqual(await current(), ['Payment history']);
  assert.equal(await page.locator('.bp-breadcrumb [aria-current="page"]').textContent(), 'Payment history');
  await page.goto(sub.url('/billing-items'));
  assert.equal(await heading(page).textContent(), 'Billing items');
  assert.equal(await page.locator('.bp-breadcrumb [aria-current="page"]').textContent(), 'Billing items');
  assert.deepEqual(problems, []);
});

test('arriving at the base path shows the invoices without moving focus; the current view\'s link adds no history entry', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(sub.url('/'));
  await page.waitForURL(/\/console\/billing\/invoices$/);
  await heading(page).waitFor();
  assert.equal((await focusedElement(page))?.tag, 'BODY', 'focus stays where the page put it');
  const entries = await page.evaluate(() => history.length);
  await page.getByRole('link', { name: 'Invoices', exact: true }).click();
  await page.getByRole('link', { name: 'Invoices', exact: true }).click();
  assert.equal(await page.evaluate(() => history.length), entries);
  await page.getByRole('link', { name: 'Payment methods' }).click();
  await page.waitForURL(/\/payment-methods$/);
  assert.equal(await page.evaluate(() => history.length), entries + 1);
  await page.goBack();
  await page.waitForURL(/\/console\/billing\/invoices$/);
  await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
  assert.deepEqual(problems, []);
});

test('views shown in quick succession each enter the history, in order, once drawn', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(root.url('/invoices'));
  await heading(page).waitFor();
  const entries = await page.evaluate(() => history.length);
  // Two moves in one task: the views follow at once, the page URL after the next frame.
  const during = await page.evaluate(() => {
    const portal = document.querySelector('billing-portal');
    portal.navigate('/payment-methods');
    portal.navigate('/billing-items?view=all');
    return location.pathname;
  });
  assert.equal(during, '/invoices', 'the history is written after the frame');
  await page.getByRole('heading', { level: 1, name: 'Billing items' }).waitFor();
  await page.waitForURL(/\/billing-items\?view=all$/);
  assert.equal(await page.evaluate(() => history.length), entries + 2);
  await page.goBack();
  await page.waitForURL(/\/payment-methods$/);
  await page.getByRole('heading', { level: 1, name: 'Payment methods' }).waitFor();
  await page.goBack();
  await page.waitForURL(/\/invoices$/);
  await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
  assert.deepEqual(problems, []);
});

test('keyboard: Tab reaches the menu, Enter navigates, focus moves to the new page', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(root.url('/invoices'));
  await heading(page).waitFor();
  let focused = '';
  for (let i = 0; i < 15 && focused !== 'Billing items'; i++) {
    await page.keyboard.press('Tab');
    focused = (await focusedElement(page))?.text ?? '';
  }
  assert.equal(focused, 'Billing items', 'the menu link is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/billing-items$/);
  await page.locator('.bp-main:focus').waitFor();
  assert.equal(await heading(page).textContent(), 'Billing items');
  assert.deepEqual(problems, []);
});

test('the skip button moves focus to the content', async () => {
  const { page } = await openPage(browser);
  await page.goto(root.url('/invoices'));
  await heading(page).waitFor();
  await page.keyboard.press('Tab');
  assert.equal((await focusedElement(page))?.className, 'bp-skip');
  await page.keyboard.press('Enter');
  assert.equal((await focusedElement(page))?.className, 'bp-main');
});

const LANGUAGES = [
  { tag: 'fr', invoices: 'Factures', money: /\u202f€|\u00a0€/ },
  { tag: 'ko', invoices: '송장', money: /₩|\$/ },
  { tag: 'zh-TW', invoices: '發票', money: /US\$|\$/ },
];

for (const { tag, invoices, money } of LANGUAGES) {
  test(`?lang=${tag} renders in ${tag}, with Intl-formatted money`, async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(root.url(`/invoices?lang=${tag}`));
    await page.locator(`.billing-portal[lang="${tag}"]`).waitFor();
    assert.equal(await heading(page).textContent(), invoices);
    const amounts = await page.locator('main .bp-money').allTextContents();
    assert.ok(amounts.some((a) => money.test(a)), `money in ${tag}: ${amounts.slice(0, 4)}`);
    assert.deepEqual(problems, []);
  });
}

test('a phrase around a value is one message: full-width brackets in Chinese, no stray spaces', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(root.url('/invoices?lang=zh-TW'));
  // Balances in several currencies: a Pay balance button for each, naming it.
  await page.getByRole('link', { name: /^支付餘額/ }).first().waitFor();
  const pay = await page.getByRole('link', { name: /^支付餘額/ }).allTextContents();
  assert.ok(pay.length > 1, `${pay}`);
  for (const text of pay) assert.match(text, /^支付餘額（[A-Z]{3}）$/);
  await page.locator('table.bp-table--invoices tbody tr a').first().click();
  assert.equal(await page.getByRole('link', { name: /所有發票/ }).textContent(), '‹ 所有發票');
  await page.goto(root.url('/payment-methods?lang=zh-TW'));
  await page.getByRole('button', { name: '新增信用卡' }).click();
  // The optional field's label, its mark inside the brackets of Chinese.
  await page.locator('label').filter({ hasText: /^公司（選填）$/ }).waitFor({ timeout: 5_000 });
  assert.deepEqual(problems, []);
});

test('the browser language is used when nothing else says', async () => {
  const { page } = await openPage(browser, { locale: 'ko-KR' });
  await page.goto(root.url('/invoices'));
  await page.locator('.billing-portal[lang=\"ko\"]').waitFor();
  assert.equal(await heading(page).textContent(), '송장');
});

test('switching language re-renders in place, without a reload, and is remembered', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(root.url('/invoices'));
  await heading(page).waitFor();
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.getByLabel('Language').selectOption('zh-TW');
  await page.getByRole('heading', { level: 1, name: '發票' }).waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload happened');
  // The table's rows too: their badges, dates and amounts.
  const badges = await page.locator('table.bp-table--invoices tbody .bp-badge').allTextContents();
  assert.ok(badges.length > 0 && badges.every((b) => /^(未結清|待付款|逾期|已付款|已作廢)$/.test(b)), `${badges}`);
  assert.ok((await page.locator('table.bp-table--invoices tbody .bp-money').allTextContents()).some((m) => m.startsWith('US$')));
  assert.equal(await page.getByRole('link', { name: '付款方法' }).count(), 1);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: '發票' }).waitFor();
  assert.deepEqual(problems, []);
});

test('an unknown address shows a translated not-found page', async () => {
  const { page } = await openPage(browser);
  await page.goto(root.url('/no/such/page?lang=fr'));
  await page.locator('.billing-portal[lang=\"fr\"]').waitFor();
  assert.equal(await heading(page).textContent(), 'Page introuvable');
  await page.getByRole('link', { name: 'Aller aux factures' }).click();
  await page.waitForURL(/\/invoices$/);
});

test('a failing backend shows a translated error with a retry', async () => {
  const { page } = await openPage(browser);
  await page.goto(root.url('/invoices?demo_fault=error&lang=ko'));
  const alert = page.getByRole('alert').first();
  await alert.waitFor();
  assert.match(await alert.textContent(), /결제|청구|서비스/);
  assert.equal(await page.getByRole('button', { name: '다시 시도' }).count() > 0, true);
});

test('a panic replaces the page with a translated panel, never a blank page', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(root.url('/invoices?demo_fault=panic&lang=fr'));
  const panel = page.locator('.bp-crash');
  await panel.waitFor();
  assert.equal(await panel.getAttribute('role'), 'alert');
  assert.equal(await panel.locator('h1').textContent(), 'Une erreur s’est produite');
  assert.ok(await panel.locator('a[href]').count(), 'a reload link is offered');
  assert.ok(problems.some((p) => p.includes('demo fault injection')), 'the panic was logged');
});

test('a viewer is told why the portal is read-only', async () => {
  const { page } = await openPage(browser);
  await page.goto(root.url('/invoices?demo_role=viewer'));
  const note = page.getByRole('note');
  await note.waitFor();
  assert.match(await note.textContent(), /Only a billing administrator/);
});
