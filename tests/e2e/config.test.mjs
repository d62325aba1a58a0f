// The host configures the portal through its <billing-portal> element's attributes; on the
// portal's page of its own as in a console (console.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, DIST } from './support/browser.mjs';
import { startStaticServer } from './support/static-server.mjs';

let browser;
const servers = [];

before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

async function host(options) {
  const server = await startStaticServer({ dist: DIST, ...options });
  servers.push(server);
  return server;
}

const portal = (page) => page.locator('.billing-portal');

test('attributes set base path, language and theme', async () => {
  const server = await host({ prefix: '/console/billing/', attributes: { locale: 'ko', theme: 'dark' } });
  const { page, problems } = await openPage(browser);
  await page.goto(server.url('/payment-methods'));
  await page.locator('.billing-portal[lang="ko"]').waitFor();
  await page.getByRole('heading', { level: 1, name: '결제 방법' }).waitFor();
  assert.equal(await portal(page).getAttribute('data-theme'), 'dark');
  const background = await portal(page).evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(background, 'rgb(22, 22, 22)', 'the dark theme applies');
  assert.deepEqual(problems, []);
});

test('the host language outranks ?lang= and the browser', async () => {
  const server = await host({ attributes: { locale: 'zh-TW' } });
  const { page } = await openPage(browser, { locale: 'fr-FR' });
  await page.goto(server.url('/invoices?lang=ko'));
  await page.locator('.billing-portal[lang="zh-TW"]').waitFor();
});

test('the theme follows the system when the host does not choose', async () => {
  const server = await host({});
  const { page } = await openPage(browser, { colorScheme: 'dark' });
  await page.goto(server.url('/invoices'));
  await page.locator('main h1').waitFor();
  const background = await portal(page).evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(background, 'rgb(22, 22, 22)');
});

test('a value outside its set is reported with its attribute, not guessed around', async () => {
  for (const [name, value] of [['theme', 'purple'], ['routing', 'hash'], ['demo', 'yes']]) {
    const server = await host({ attributes: { [name]: value } });
    const { page } = await openPage(browser);
    await page.goto(server.url('/invoices'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /not set up correctly/);
    assert.match(await alert.textContent(), new RegExp(`${name}="${value}"`));
    assert.equal(await page.locator('.bp-main').count(), 0, 'no demo data is shown');
  }
});
