// The host console configures the portal through a JSON element or data-* attributes.
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

test('JSON config sets base path, language and theme', async () => {
  const server = await host({
    prefix: '/console/billing/',
    config: { basePath: '/console/billing/', locale: 'ko', theme: 'dark' },
  });
  const { page, problems } = await openPage(browser);
  await page.goto(server.url('/payment-methods'));
  await page.waitForFunction(() => document.querySelector('.billing-portal')?.lang === 'ko');
  assert.equal(await portal(page).getAttribute('data-theme'), 'dark');
  const background = await portal(page).evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(background, 'rgb(22, 22, 22)', 'the dark theme applies');
  assert.deepEqual(problems, []);
});

test('data-* attributes override the JSON config', async () => {
  const server = await host({
    config: { locale: 'ko', theme: 'dark' },
    attributes: { 'data-locale': 'fr', 'data-theme': 'light' },
  });
  const { page } = await openPage(browser);
  await page.goto(server.url('/invoices'));
  await page.waitForFunction(() => document.querySelector('.billing-portal')?.lang === 'fr');
  assert.equal(await portal(page).getAttribute('data-theme'), 'light');
});

test('the host language outranks ?lang= and the browser', async () => {
  const server = await host({ attributes: { 'data-locale': 'zh-TW' } });
  const { page } = await openPage(browser, { locale: 'fr-FR' });
  await page.goto(server.url('/invoices?lang=ko'));
  await page.waitForFunction(() => document.querySelector('.billing-portal')?.lang === 'zh-TW');
});

test('the theme follows the system when the host does not choose', async () => {
  const server = await host({});
  const { page } = await openPage(browser, { colorScheme: 'dark' });
  await page.goto(server.url('/invoices'));
  await page.locator('main h1').waitFor();
  const background = await portal(page).evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(background, 'rgb(22, 22, 22)');
});

test('a broken configuration is reported, not guessed around', async () => {
  const server = await host({ attributes: { 'data-theme': 'purple' } });
  const { page } = await openPage(browser);
  await page.goto(server.url('/invoices'));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /not set up correctly/);
  assert.match(await alert.textContent(), /theme: "purple"/);
  assert.equal(await page.locator('main').count(), 0, 'no demo data is shown');
});

test('malformed JSON or a misspelt setting is reported with the reason', async () => {
  for (const [config, reason] of [['{"locale": "fr",', /JSON/], ['{"lang": "fr"}', /unknown setting lang/]]) {
    const server = await host({ config });
    const { page } = await openPage(browser);
    await page.goto(server.url('/invoices'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), reason);
  }
});
