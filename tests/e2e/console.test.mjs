// The portal embedded in the example console (examples/console, served by scripts/console.mjs)
// as a console team would embed it: one script and a <billing-portal> element, its files
// under /assets/billing/ while the console's pages live elsewhere, Bootstrap's global
// stylesheet on the page, and a CSP with no inline script.
import { test, before, after } from 'node:test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { DIST, launch, openPage } from './support/browser.mjs';
import { startConsole } from '../../scripts/console.mjs';
import { startApiServer } from './support/api-server.mjs';

let browser;
let console_;
before(async () => {
  browser = await launch();
  console_ = await startConsole({ dist: DIST });
});
after(async () => {
  await browser?.close();
  await console_?.close();
});

/** The console page with the portal shown; `events` lists the host events in order. */
async function openConsole(path = '/console/billing/invoices') {
  const { page, problems } = await openPage(browser);
  await page.addInitScript(() => {
    // Kept in a closure the page cannot see, so that counting globals counts none of ours.
    const before = new Set(Object.getOwnPropertyNames(window));
    const events = [];
    for (const name of ['ready', 'navigate', 'locale-changed']) {
      document.addEventListener(`billing-portal:${name}`, (e) => events.push({ name, detail: e.detail }));
    }
    Object.defineProperty(window, '__embed', {
      value: { events, added: () => Object.getOwnPropertyNames(window).filter((n) => !before.has(n) && n !== '__embed') },
    });
  });
  await page.goto(console_.url(path));
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page, problems };
}

const events = (page) => page.evaluate(() => window.__embed.events);

test('the element mounts in the console, tells it the view, and navigation keeps the console page', async () => {
  const { page, problems } = await openConsole();
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Invoices');
  // Rendered in the element's own shadow root, not the console's document.
  assert.equal(await page.evaluate(() => document.querySelector('.billing-portal')), null);
  assert.equal(await page.evaluate(() => !!document.querySelector('billing-portal').shadowRoot.querySelector('.billing-portal')), true);
  const seen = await events(page);
  assert.deepEqual(seen.map((e) => e.name).slice(0, 2), ['ready', 'navigate']);
  assert.deepEqual(seen[1].detail, { path: '/invoices', title: 'Invoices' });
  assert.equal(await page.locator('#console-crumb').textContent(), 'Billing › Invoices');

  await page.evaluate(() => { window.__samePage = true; });
  await page.getByRole('link', { name: 'Payment methods' }).click();
  await page.getByRole('heading', { level: 1, name: 'Payment methods' }).waitFor();
  await page.waitForURL((u) => u.pathname === '/console/billing/payment-methods');
  assert.equal(await page.evaluate(() => window.__samePage), true, 'no page load');
  assert.equal(await page.title(), 'Payment methods · Nimbus Console');
  // The console's relative links still resolve against its own page: no <base> was set.
  assert.equal(await page.evaluate(() => document.querySelector('base')), null);
  assert.equal(
    await page.locator('.console-sidebar a', { hasText: 'Compute' }).evaluate((a) => a.href),
    console_.url('/console/billing/compute'),
  );
  // The element's method moves within the portal too.
  await page.evaluate(() => document.querySelector('billing-portal').navigate('/billing-items'));
  await page.getByRole('heading', { level: 1, name: 'Billing items' }).waitFor();
  await page.waitForURL((u) => u.pathname === '/console/billing/billing-items');
  assert.deepEqual(problems, []);
});

test('loaded from another origin, as from a CDN; a file that is not the build\'s is refused', async () => {
  const cdn = await startConsole({ dist: DIST });
  const cdnOrigin = new URL(cdn.url('')).origin;
  const host = await startConsole({ dist: DIST, assets: cdnOrigin });
  try {
    const { page, problems } = await openPage(browser);
    const fetched = [];
    const portalFile = /(\.wasm|\.ftl|manifest\.json|\/main-[0-9a-f]{1,16}\.css|\/billing-portal[-.][^/]*js)$/;
    page.on('request', (r) => { if (portalFile.test(new URL(r.url()).pathname)) fetched.push(new URL(r.url()).origin); });
    await page.goto(host.url('/console/billing/invoices?lang=fr'));
    await page.getByRole('heading', { level: 1, name: 'Factures' }).waitFor();
    assert.ok(fetched.length >= 6, `${fetched}`);
    assert.deepEqual([...new Set(fetched)], [cdnOrigin], 'the portal\'s files, all from the CDN');
    assert.deepEqual(problems, []);
  } finally {
    await host.close();
    await cdn.close();
  }
  // A WebAssembly file that is not the one the build listed (here, a listing that names
  // another file's hash: the file itself still compiles) is refused, and the console told.
  const tampered = await mkdtemp(join(tmpdir(), 'billing-dist-'));
  await cp(DIST, tampered, { recursive: true });
  const manifestPath = join(tampered, 'billing-portal.manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  for (const build of [manifest.demo, manifest.api]) build.wasm.integrity = manifest.css.integrity;
  await writeFile(manifestPath, JSON.stringify(manifest));
  const badCdn = await startConsole({ dist: tampered });
  const badHost = await startConsole({ dist: DIST, assets: new URL(badCdn.url('')).origin });
  try {
    const { page } = await openPage(browser);
    await page.goto(badHost.url('/console/billing/invoices'));
    await page.waitForFunction(() => document.getElementById('console-events').value.includes('load-failed'));
    assert.equal(await page.evaluate(() => document.querySelector('billing-portal').shadowRoot.childElementCount), 0);
  } finally {
    await badHost.close();
    await badCdn.close();
    await rm(tampered, { recursive: true, force: true });
  }
});

test('each language loads from the portal\'s files, not from the console\'s pages', async () => {
  const { page, problems } = await openConsole('/console/billing/invoices?lang=ko');
  const ftl = [];
  page.on('request', (r) => { if (r.url().endsWith('.ftl')) ftl.push(new URL(r.url()).pathname); });
  await page.getByRole('heading', { level: 1, name: '송장' }).waitFor();
  await page.getByLabel('언어').selectOption('fr');
  await page.getByRole('heading', { level: 1, name: 'Factures' }).waitFor();
  assert.deepEqual(ftl, ['/assets/billing/locales/fr/main.ftl']);
  const changed = (await events(page)).filter((e) => e.name === 'locale-changed');
  assert.deepEqual(changed.at(-1).detail, { locale: 'fr' });
  assert.equal(await page.locator('#console-crumb').textContent(), 'Billing › Factures');
  assert.deepEqual(problems, []);
});

test('the locale and theme attributes, changed by the console, apply in place and keep what was typed', async () => {
  const { page, problems } = await openConsole('/console/billing/payments/new?currency=USD');
  await page.getByLabel('Payment amount').fill('12.34');
  const portal = page.locator('billing-portal');
  await portal.evaluate((e) => e.setAttribute('locale', 'zh-TW'));
  await page.getByRole('heading', { level: 1, name: '進行付款' }).waitFor();
  assert.equal(await page.getByLabel('付款金額').inputValue(), '12.34', 'the typing is kept');
  const changed = (await events(page)).filter((e) => e.name === 'locale-changed');
  assert.deepEqual(changed.at(-1).detail, { locale: 'zh-TW' });
  const theme = () => portal.evaluate((e) => e.shadowRoot.querySelector('.billing-portal').dataset.theme);
  assert.equal(await theme(), 'auto');
  await portal.evaluate((e) => e.setAttribute('theme', 'dark'));
  await page.waitForFunction(() => document.querySelector('billing-portal').shadowRoot.querySelector('.billing-portal').dataset.theme === 'dark');
  // A value outside the set changes nothing.
  await portal.evaluate((e) => e.setAttribute('theme', 'blue'));
  await portal.evaluate((e) => e.setAttribute('locale', 'xx'));
  assert.equal(await theme(), 'dark');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '進行付款');
  assert.equal(await page.getByLabel('付款金額').inputValue(), '12.34');
  assert.deepEqual(problems, []);
});

/** A primary button of the portal's (the demo's Reset demo, first in the page, is secondary). */
const PRIMARY = 'button.bp-button:not(.bp-button--secondary):not(.bp-button--danger)';

test('the console\'s stylesheets change nothing in the portal, and the portal\'s nothing outside it', async () => {
  const { page, problems } = await openConsole();
  const inside = await page.evaluate((PRIMARY) => {
    const root = document.querySelector('billing-portal').shadowRoot;
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    return {
      button: style(PRIMARY).textTransform,
      buttonBackground: style(PRIMARY).backgroundColor,
      table: style('table').borderTopWidth,
      h1: style('h1').fontFamily,
      h1Color: style('h1').color,
    };
  }, PRIMARY);
  assert.equal(inside.button, 'none', 'not the console\'s uppercase buttons');
  assert.notEqual(inside.buttonBackground, 'rgb(255, 193, 7)');
  assert.notEqual(inside.table, '5px');
  assert.doesNotMatch(inside.h1, /Georgia/);
  assert.notEqual(inside.h1Color, 'rgb(102, 16, 242)');
  const outside = await page.evaluate(() => {
    // Markup of the portal's class names in the console's own document gets none of its rules.
    const probe = document.createElement('div');
    probe.className = 'billing-portal';
    probe.innerHTML = '<button class="bp-button">x</button>';
    document.body.append(probe);
    const button = getComputedStyle(probe.querySelector('button'));
    const root = getComputedStyle(document.documentElement);
    return { transform: button.textTransform, background: button.backgroundColor, accent: root.getPropertyValue('--bp-accent') };
  });
  assert.deepEqual(outside, { transform: 'uppercase', background: 'rgb(255, 193, 7)', accent: '' });
  // A console themes the portal through the custom properties, which cross the boundary.
  await page.evaluate(() => document.querySelector('billing-portal').style.setProperty('--bp-accent', 'rgb(1, 2, 3)'));
  const themed = await page.evaluate((PRIMARY) => getComputedStyle(document.querySelector('billing-portal').shadowRoot.querySelector(PRIMARY)).backgroundColor, PRIMARY);
  assert.equal(themed, 'rgb(1, 2, 3)');
  assert.deepEqual(problems, []);
});

test('the portal adds no global to the page, under a CSP without inline script', async () => {
  const { page, problems } = await openConsole();
  const response = await page.request.get(console_.url('/console/billing/invoices'));
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(csp, /unsafe-inline|sha256-|nonce-/);
  assert.equal(await page.locator('script:not([src])').count(), 0);
  assert.deepEqual(await page.evaluate(() => window.__embed.added()), []);
  assert.deepEqual(problems, []);
});

test('removed and added again, the element unmounts cleanly and mounts again', async () => {
  const { page, problems } = await openConsole();
  const cdp = await page.context().newCDPSession(page);
  const windowListeners = async () => {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners.length;
  };
  const documentListeners = async () => {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners.length;
  };
  const mounted = [await windowListeners(), await documentListeners()];
  await page.evaluate(() => { window.__portal = document.querySelector('billing-portal'); window.__portal.remove(); });
  const unmounted = [await windowListeners(), await documentListeners()];
  assert.ok(unmounted[0] < mounted[0], `the router's window listeners go: ${mounted} → ${unmounted}`);
  assert.equal(await page.evaluate(() => window.__portal.shadowRoot.childElementCount), 0, 'nothing left rendered');
  for (let round = 0; round < 3; round++) {
    await page.evaluate(() => document.querySelector('.console-main').append(window.__portal));
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    assert.deepEqual([await windowListeners(), await documentListeners()], mounted, 'as many listeners as the first time');
    await page.evaluate(() => window.__portal.remove());
    assert.deepEqual([await windowListeners(), await documentListeners()], unmounted, 'none left behind');
  }
  assert.deepEqual(problems, []);
});

test('memory routing: the portal moves between views while the page URL and history stay the console\'s', async () => {
  const { page, problems } = await openConsole('/console/compute');
  // Outside its base path, the portal of the page URL has no view to show.
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  const history = await page.evaluate(() => history.length);
  await page.evaluate(() => {
    document.querySelector('billing-portal').remove();
    const panel = document.createElement('billing-portal');
    panel.setAttribute('base-path', '/console/billing/');
    panel.setAttribute('routing', 'memory');
    document.querySelector('.console-main').append(panel);
  });
  await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
  const link = page.getByRole('link', { name: 'Payment methods' });
  assert.equal(await link.getAttribute('href'), '/console/billing/payment-methods', 'a real link, for a new tab');
  await link.click();
  await page.getByRole('heading', { level: 1, name: 'Payment methods' }).waitFor();
  assert.equal(await link.getAttribute('aria-current'), 'page');
  await page.evaluate(() => document.querySelector('billing-portal').navigate('/billing-items'));
  await page.getByRole('heading', { level: 1, name: 'Billing items' }).waitFor();
  // A list's query lives in the portal too.
  await page.getByRole('searchbox').fill('item_00004');
  await page.getByRole('searchbox').press('Enter');
  await page.getByRole('button', { name: 'Clear' }).waitFor();
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/console/compute');
  assert.equal(await page.evaluate(() => history.length), history, 'no history entry');
  const paths = (await events(page)).filter((e) => e.name === 'navigate').map((e) => e.detail.path);
  assert.deepEqual(paths.slice(-3), ['/invoices', '/payment-methods', '/billing-items']);
  assert.deepEqual(problems, []);
});

test('the console\'s own pushState elsewhere, and Back and Forward through it, leave the portal\'s view as it was', async () => {
  const { page, problems } = await openConsole();
  await page.getByRole('link', { name: 'Payment methods' }).click();
  await page.getByRole('heading', { level: 1, name: 'Payment methods' }).waitFor();
  // The console's router goes to a page of its own, and says so as some routers do.
  await page.evaluate(() => {
    history.pushState({}, '', '/console/compute');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  const told = (await events(page)).length;
  await page.waitForTimeout(200);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Payment methods', 'not Page not found');
  assert.equal((await events(page)).length, told, 'nothing to tell');
  await page.goBack();
  await page.waitForURL(/\/console\/billing\/payment-methods$/);
  await page.goBack();
  await page.waitForURL(/\/console\/billing\/invoices$/);
  await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Payment methods' }).waitFor();
  await page.goForward();
  await page.waitForURL(/\/console\/compute$/);
  await page.waitForTimeout(200);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Payment methods');
  assert.deepEqual(problems, []);
});

test('two elements on a page: each its own view, language and events; removing one leaves the other working', async () => {
  const { page, problems } = await openConsole();
  await page.evaluate(() => {
    const panel = document.createElement('billing-portal');
    panel.id = 'panel';
    panel.setAttribute('routing', 'memory');
    panel.setAttribute('locale', 'fr');
    panel.addEventListener('billing-portal:navigate', (e) => { panel.dataset.told = e.detail.path; });
    document.querySelector('billing-portal').addEventListener('billing-portal:navigate', (e) => { document.body.dataset.told = e.detail.path; });
    document.querySelector('.console-main').append(panel);
  });
  const main = page.locator('billing-portal:not(#panel)');
  const panel = page.locator('#panel');
  await panel.getByRole('heading', { level: 1, name: 'Factures' }).waitFor();
  await panel.getByRole('link', { name: 'Éléments de facturation' }).click();
  await panel.getByRole('heading', { level: 1, name: 'Éléments de facturation' }).waitFor();
  assert.equal(await panel.getAttribute('data-told'), '/billing-items');
  assert.equal(await page.locator('body').getAttribute('data-told'), null, 'not told to the other');
  assert.equal(await main.getByRole('heading', { level: 1 }).textContent(), 'Invoices');
  assert.match(page.url(), /\/console\/billing\/invoices$/, 'the memory-routed one leaves the URL alone');
  await page.evaluate(() => document.getElementById('panel').remove());
  await main.getByRole('link', { name: 'Billing items' }).click();
  await main.getByRole('heading', { level: 1, name: 'Billing items' }).waitFor();
  assert.equal(await page.locator('body').getAttribute('data-told'), '/billing-items');
  assert.deepEqual(problems, []);
});

test('a fresh token after session-expired loads what failed, and a half-typed payment then completes once', async () => {
  const api = await startApiServer();
  const withApi = await startConsole({ dist: DIST, api: api.url('') });
  try {
    const { page, problems } = await openPage(browser);
    const asked = [];
    page.on('request', (r) => { if (r.url().includes('/api/v1/')) asked.push(r.headers().authorization ?? 'none'); });
    // No token yet: the API refuses, the console is told, and its handler sets one.
    await page.goto(withApi.url('/console/billing/payments/new?currency=USD'));
    await page.getByLabel('Payment amount').fill('3.00');
    await page.getByRole('button', { name: 'Review payment' }).click();
    await page.getByRole('heading', { name: 'Review your payment' }).waitFor();
    assert.ok(asked.includes('none') && asked.at(-1) === 'Bearer demo-admin-token', `${asked}`);
    const told = (await page.locator('#console-events').textContent()).split(' ');
    assert.equal(told.filter((name) => name === 'session-expired').length, 1, `told once: ${told}`);
    const payments = async () => (await (await fetch(api.url('/api/v1/payments'), { headers: { authorization: 'Bearer demo-admin-token' } })).json()).total;
    const before = await payments();
    // The token expires while the customer reviews: Pay is refused, the console renews it.
    await page.evaluate(() => { document.querySelector('billing-portal').token = 'expired-token'; });
    await page.getByRole('button', { name: 'Pay with credit card' }).click();
    await page.getByRole('alert').filter({ hasText: 'session' }).waitFor();
    await page.waitForFunction(() => document.querySelector('billing-portal').token === 'demo-admin-token');
    assert.match(await page.locator('.bp-summary').textContent(), /Payment amount\$3\.00/, 'the review as it was');
    await page.getByRole('button', { name: 'Pay with credit card' }).click();
    await page.getByRole('heading', { name: 'Payment received' }).waitFor();
    assert.equal(await payments(), before + 1);
    const toldAll = (await page.locator('#console-events').textContent()).split(' ');
    assert.equal(toldAll.filter((name) => name === 'session-expired').length, 2, 'once per refused token');
    assert.deepEqual(problems.filter((p) => !/\b401\b/.test(p)), []);
  } finally {
    await withApi.close();
    await api.stop();
  }
});

test('framed from another origin: postMessage with the allowed parent only, the frame sized to its content', async () => {
  let portalOrigin = '';
  const framing = await startConsole({ dist: DIST, framed: () => portalOrigin });
  const consoleOrigin = new URL(framing.url('')).origin;
  const server = await startApiServer(['--base-path', '/console/billing/', '--frame-ancestors', consoleOrigin]);
  portalOrigin = new URL(server.url('')).origin;
  try {
    const { page, problems } = await openPage(browser);
    const served = await page.request.get(server.url('/console/billing/invoices'));
    assert.match(served.headers()['content-security-policy'], new RegExp(`frame-ancestors ${consoleOrigin}`));
    await page.goto(framing.url('/framed/'));
    const frame = page.frameLocator('#billing-frame');
    await frame.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    await page.waitForFunction(() => document.getElementById('console-crumb').textContent === 'Billing › Invoices');
    // The console sizes the frame from the portal's messages: no scrollbar inside it.
    const inner = page.frames().find((f) => f.url().startsWith(portalOrigin));
    await page.waitForFunction(() => parseInt(document.getElementById('billing-frame').style.height, 10) > 500);
    // Fails by timing out if the portal never fits its frame.
    const fits = () => inner.waitForFunction(() => document.documentElement.scrollHeight <= window.innerHeight + 1, null, { timeout: 5000 });
    await fits();
    // The console drives the portal: language, then view.
    const post = (message) => page.evaluate(([m, origin]) => document.getElementById('billing-frame').contentWindow.postMessage(m, origin), [message, portalOrigin]);
    await post({ type: 'billing-portal:set-locale', locale: 'fr' });
    await frame.getByRole('heading', { level: 1, name: 'Factures' }).waitFor();
    await post({ type: 'billing-portal:navigate', path: '/billing-items' });
    await page.waitForFunction(() => document.getElementById('console-crumb').textContent.startsWith('Billing › ') && !document.getElementById('console-crumb').textContent.endsWith('Factures'));
    assert.equal(new URL(inner.url()).pathname, '/console/billing/billing-items');
    // The height follows the new view.
    await frame.getByRole('table').first().waitFor();
    await fits();
    // A message from any other origin is ignored, whatever it says.
    await inner.evaluate(() => window.dispatchEvent(new MessageEvent('message', {
      data: { type: 'billing-portal:set-locale', locale: 'ko' }, origin: 'http://127.0.0.9:1', source: window.parent,
    })));
    await inner.evaluate(() => window.dispatchEvent(new MessageEvent('message', {
      data: { type: 'billing-portal:set-locale', locale: 'ko' }, origin: window.location.origin, source: window,
    })));
    await new Promise((done) => setTimeout(done, 300));
    assert.equal(await frame.locator('.billing-portal').getAttribute('lang'), 'fr');
    const told = (await page.locator('#console-events').textContent()).split(' ');
    assert.ok(told.includes('navigate') && told.includes('locale-changed'), `${told}`);
    assert.deepEqual(problems, []);
  } finally {
    await framing.close();
    await server.stop();
  }
});

test('no axe violations inside the element', async () => {
  const { page } = await openConsole();
  await page.getByRole('table').first().waitFor();
  const results = await new AxeBuilder({ page }).include('billing-portal').analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
});
