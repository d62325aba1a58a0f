// Every language on every view: no English message left, shown or in a control's name for
// screen readers, and each such name holding the words shown (English words that are data —
// line descriptions, names — are allowed, as the page shows them as they were written), money
// and dates in the language's own conventions, amounts typed as the language writes them, and
// axe clean in a CJK and a Latin language. The languages are the folders under locales/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage } from './support/browser.mjs';
import { backends } from './support/backends.mjs';

const setup = backends();
const LOCALES = join(import.meta.dirname, '..', '..', 'locales');
const LANGS = readdirSync(LOCALES).filter((l) => l !== 'en').sort();

/** The messages of a locale that are plain text, by id (enough to know English when seen). */
function plainMessages(lang) {
  const text = ['main.ftl', 'views.ftl'].map((file) => readFileSync(join(LOCALES, lang, file), 'utf8')).join('\n');
  return new Map([...text.matchAll(/^([a-z][a-z0-9-]*) = ([^{\n]+)$/gm)].map((m) => [m[1], m[2].trim()]));
}

const english = plainMessages('en');

/** The English phrases a page in `lang` must not show: those the language words otherwise. */
function englishLeft(lang) {
  const own = plainMessages(lang);
  return [...english].filter(([id, value]) => own.has(id) && own.get(id) !== value && value.includes(' ') && value.length >= 8)
    .map(([, value]) => value);
}

const shadowText = (page) => page.locator('billing-portal').evaluate((el) => el.shadowRoot.textContent);

/** The names given to controls in the page (`aria-label`), and those of buttons and links
 *  that do not contain the words they show (a speech-input user says what they see). */
const shadowNames = (page) => page.locator('billing-portal').evaluate((el) => {
  const named = [...el.shadowRoot.querySelectorAll('[aria-label]')];
  const words = (e) => e.textContent.trim().replace(/\s+/g, ' ').toLowerCase();
  return {
    names: named.map((e) => e.getAttribute('aria-label')).join('\n'),
    unlike: named.filter((e) => /^(A|BUTTON)$/.test(e.tagName) && words(e)
      && !e.getAttribute('aria-label').toLowerCase().includes(words(e))).map((e) => e.getAttribute('aria-label')),
  };
});

/** Each view, and what shows it is drawn: its data, not a skeleton. */
const VIEWS = [
  ['/invoices', 'table.bp-table--invoices tbody tr'],
  ['/invoices/inv_000048', '.bp-table--lines'],
  ['/payment-methods', '.bp-card'],
  ['/billing-items', 'table tbody tr'],
  ['/payments/new?currency=USD', 'form.bp-form'],
  ['/payments', 'table tbody tr'],
  ['/payments/pay_inv_000046', 'table tbody tr'],
  ['/billing-profile', '.bp-address__line'],
  ['/export', '.bp-filters'],
];

for (const lang of LANGS) {
  test(`${lang}: every view speaks it, with no English message left`, async () => {
    const { page, problems } = await openPage(setup.browser, { locale: lang });
    const left = englishLeft(lang);
    assert.ok(left.length > 100, `${left.length} English phrases to look for`);
    for (const [path, drawn] of VIEWS) {
      await page.goto(setup.demoUrl(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`));
      await page.locator(`billing-portal ${drawn}`).first().waitFor();
      const text = await shadowText(page);
      const found = left.filter((phrase) => text.includes(phrase));
      assert.deepEqual(found, [], `${lang} ${path}`);
      const { names, unlike } = await shadowNames(page);
      assert.deepEqual(left.filter((phrase) => names.includes(phrase)), [], `${lang} ${path}: names`);
      assert.deepEqual(unlike, [], `${lang} ${path}: names without the words shown`);
    }
    assert.deepEqual(problems, []);
  });

  test(`${lang}: money and dates as the language writes them`, async () => {
    const { page, problems } = await openPage(setup.browser, { locale: lang });
    const [invoice] = (await setup.api('/invoices?limit=1')).items;
    await page.goto(setup.demoUrl(`/invoices/${invoice.id}?lang=${lang}`));
    const summary = page.locator('billing-portal .bp-summary');
    await summary.waitFor();
    const text = (await summary.textContent()).replace(/\s/g, ' ');
    const digits = invoice.total.currency === 'JPY' ? 0 : 2;
    const total = new Intl.NumberFormat(lang, { style: 'currency', currency: invoice.total.currency, minimumFractionDigits: digits })
      .format(Number(invoice.total.amount)).replace(/\s/g, ' ');
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${invoice.date}T12:00:00Z`)).replace(/\s/g, ' ');
    assert.ok(text.includes(total), `${lang}: ${total} in ${text}`);
    assert.ok(text.includes(date), `${lang}: ${date} in ${text}`);
    assert.deepEqual(problems, []);
  });
}

test('amounts are typed as each language writes them: 1.000,25 in German, 1,000.25 in Japanese', async () => {
  for (const [lang, typed] of [['de', '1.000,25'], ['pt-BR', '1000,25'], ['ja', '1,000.25'], ['zh-CN', '1000.25']]) {
    const { page, problems } = await openPage(setup.browser, { locale: lang });
    const before = (await setup.api('/billing-summary')).balances.find((b) => b.current.currency === 'USD').current;
    await page.goto(setup.demoUrl(`/payments/new?currency=USD&lang=${lang}`));
    const field = page.locator('billing-portal #bp-amount');
    await field.fill(typed);
    await field.blur();
    const rest = (Math.round(Number(before.amount) * 100) - 100025) / 100;
    const shown = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' }).format(rest).replace(/\s/g, ' ');
    await page.locator('billing-portal').getByText(shown.replace(/ /g, '\u00a0'), { exact: false }).or(page.locator('billing-portal').getByText(shown)).first().waitFor();
    assert.equal(await page.locator('billing-portal [aria-invalid="true"]').count(), 0, `${lang}: ${typed} is read`);
    assert.deepEqual(problems, []);
  }
});

test('an amount being typed keeps its number when the language changes: 1,5 in French is 1.5 in English, not 15', async () => {
  const { page, problems } = await openPage(setup.browser, { locale: 'fr' });
  const before = (await setup.api('/billing-summary')).balances.find((b) => b.current.currency === 'USD').current;
  await page.goto(setup.demoUrl('/payments/new?currency=USD&lang=fr'));
  const field = page.locator('billing-portal #bp-amount');
  await field.fill('1,5');
  await field.blur();
  const remaining = (lang) => new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' })
    .format((Math.round(Number(before.amount) * 100) - 150) / 100);
  // What remains due once it is paid, as the page writes it with the browser's Intl.
  const shows = (text) => page.locator('billing-portal p[aria-live="polite"]').filter({ hasText: text }).first().waitFor();
  await shows(remaining('fr'));
  await page.locator('billing-portal').getByLabel('Langue').selectOption('en');
  await page.locator('billing-portal').getByLabel('Payment amount').waitFor();
  assert.equal(await field.inputValue(), '1.5', 'written in English separators');
  await shows(remaining('en'));
  assert.equal(await page.locator('billing-portal [aria-invalid="true"]').count(), 0);
  // And back: 1.5 in English is 1,5 in German.
  await page.locator('billing-portal').getByLabel('Language').selectOption('de');
  await page.locator('billing-portal').getByLabel('Zahlungsbetrag').waitFor();
  assert.equal(await field.inputValue(), '1,5');
  await shows(remaining('de'));
  assert.deepEqual(problems, []);
});

for (const lang of ['ja', 'de']) {
  test(`${lang}: no axe violations on the invoices, the payment form and the billing items`, async () => {
    const { page } = await openPage(setup.browser, { locale: lang });
    for (const [path, drawn] of [VIEWS[0], VIEWS[4], VIEWS[3], VIEWS[8]]) {
      await page.goto(setup.demoUrl(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`));
      await page.locator(`billing-portal ${drawn}`).first().waitFor();
      const results = await new AxeBuilder({ page }).include('billing-portal').analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `${lang} ${path}`);
    }
  });
}

test('a language that cannot be fetched, nor English\'s views\' words instead: the page keeps its words and says so', async () => {
  // No service worker: it would answer the requests before the route below.
  const context = await setup.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  try {
    await page.goto(setup.demoUrl('/billing-items?lang=ko'));
    await page.locator('billing-portal table tbody tr').first().waitFor();
    const heading = await page.locator('billing-portal h1').textContent();
    await page.route(/\/locales\/(fr\/|en\/views\.ftl)/, (route) => route.abort());
    await page.locator('billing-portal').getByLabel('언어').selectOption('fr');
    await page.locator('billing-portal').getByRole('status').filter({ hasText: 'Français 언어 파일을 불러올 수 없습니다.' }).waitFor();
    assert.equal(await page.locator('billing-portal h1').textContent(), heading, 'still in Korean');
    assert.ok(await page.locator('billing-portal table tbody tr').count() > 0, 'the view still shown');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
