// Payment methods on both backends: adding a card of each major brand, every validation
// error, Use company information, a declined card, the card-data boundary, the monthly
// method, removal with confirmation, a viewer's read-only list, and a server fault that
// leaves the form as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { fieldError, focusedElement, openPage } from './support/browser.mjs';
import { backends } from './support/backends.mjs';

const setup = backends();
const { freshServer } = setup;
const BACKENDS = setup.list;


const CARDS = [
  ['Visa', '4242424242424242', '123'],
  ['Mastercard', '5555555555554444', '123'],
  ['American Express', '378282246310005', '1234'],
  ['Discover', '6011111111111117', '123'],
  ['JCB', '3530111333300000', '123'],
];

async function openForm(page, url) {
  await page.goto(url('/payment-methods'));
  await page.getByRole('button', { name: 'Add credit card' }).click();
  await page.getByRole('group', { name: 'Billing address' }).waitFor();
}

async function fillCard(page, { number, expiry = '12/30', cvc = '123', holder = 'Min-jun Lee' }) {
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Expiration date (MM/YY)').fill(expiry);
  await page.getByLabel('Security code').fill(cvc);
  await page.getByLabel('Name on card').fill(holder);
}

const methodsOn = async (server) => (await fetch(server.url('/api/v1/payment-methods'), {
  headers: { authorization: 'Bearer demo-admin-token' },
})).json();

const submit = (page) => page.getByRole('button', { name: 'Add credit card' }).click();

for (const backend of BACKENDS) {
  test(`${backend.name}: a card of each major brand is added, pending validation, and its number is kept nowhere`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    const bodies = [];
    page.on('request', (req) => bodies.push({ url: req.url(), body: req.postData() ?? '' }));
    for (const [brand, number, cvc] of CARDS) {
      await openForm(page, url);
      await page.getByRole('checkbox', { name: 'Use company information' }).check();
      await fillCard(page, { number, cvc });
      assert.equal(await page.getByLabel('Card number').inputValue(), number.length === 15
        ? `${number.slice(0, 4)} ${number.slice(4, 10)} ${number.slice(10)}`
        : number.replace(/(\d{4})(?=\d)/g, '$1 '));
      assert.match(await page.locator('.bp-field__brand').textContent(), new RegExp(brand));
      await submit(page);
      await page.getByRole('status').filter({ hasText: 'Your card was added' }).waitFor();
      const card = page.locator('.bp-card')
        .filter({ hasText: `${brand} ending in ${number.slice(-4)}` })
        .filter({ hasText: 'Expires 12/2030' });
      await card.waitFor();
      assert.match(await card.textContent(), /Pending validation/);
      assert.equal(await card.locator('.bp-mark').getAttribute('aria-hidden'), 'true', 'the brand mark is decoration');
      assert.equal(await page.getByLabel('Card number').count(), 0, 'the form is gone, and the number with it');
    }
    const stored = await page.evaluate(async () => {
      const databases = indexedDB.databases ? await indexedDB.databases() : [];
      return JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie, databases.map((d) => d.name)]);
    });
    const cookies = JSON.stringify(await page.context().cookies());
    for (const [, number] of CARDS) {
      assert.ok(!stored.includes(number) && !cookies.includes(number), `no storage holds ${number}`);
      const carrying = bodies.filter((b) => b.url.includes(number) || b.body.includes(number));
      assert.ok(carrying.every((b) => new URL(b.url).pathname === '/api/v1/card-tokens'), `only the token call carries ${number}`);
      if (backend.name === 'HTTP') assert.equal(carrying.length, 1);
    }
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: each validation error is shown on its field, and submitting focuses the first`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    await openForm(page, url);
    const cases = [
      ['Card number', '4242424242424241', "This card number isn't valid. Check it for a typo."],
      ['Card number', '42424242424', 'This card number has the wrong number of digits.'],
      ['Expiration date (MM/YY)', '01/20', 'This card has expired.'],
      ['Security code', '12', 'Enter the security code: 4 digits for American Express, 3 for other cards.'],
    ];
    for (const [label, value, message] of cases) {
      await page.getByLabel(label, { exact: true }).fill(value);
      await page.getByLabel(label, { exact: true }).press('Tab');
      assert.deepEqual(await fieldError(page, label), { invalid: 'true', text: message }, `${label} ${value}`);
    }
    // An American Express card needs four digits.
    await page.getByLabel('Card number').fill('378282246310005');
    await page.getByLabel('Security code').fill('123');
    await page.getByLabel('Security code').press('Tab');
    assert.equal((await fieldError(page, 'Security code')).text, 'Enter the security code: 4 digits for American Express, 3 for other cards.');
    await page.getByLabel('Security code').fill('1234');
    await page.getByLabel('Security code').press('Tab');
    assert.deepEqual(await fieldError(page, 'Security code'), { invalid: 'false', text: '' });

    // The address, typed by hand: a missing city and a postal code not in the US format.
    await page.getByLabel('First name').fill('Jane');
    await page.getByLabel('Last name').fill('Doe');
    await page.getByLabel('Address', { exact: true }).fill('1 Main St');
    await page.getByLabel('Country').selectOption('US');
    await page.getByLabel('State or province').fill('NY');
    await page.getByLabel('Postal code').fill('ABCDE');
    await submit(page);
    assert.equal((await focusedElement(page))?.id, 'bp-billing-address-city');
    assert.equal((await fieldError(page, 'City')).text, 'Fill in this field.');
    assert.equal((await fieldError(page, 'Postal code')).text, "This postal code isn't in the format of its country.");
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: Use company information fills the address and gives the typing back`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    await openForm(page, url);
    await page.getByLabel('First name').fill('Jane');
    await page.getByLabel('City').fill('Lyon');
    const company = page.getByRole('checkbox', { name: 'Use company information' });
    await company.check();
    assert.equal(await page.getByLabel('First name').inputValue(), 'Min-jun');
    assert.equal(await page.getByRole('textbox', { name: /^Company/ }).inputValue(), 'Nimbus Analytics Ltd.');
    assert.equal(await page.getByLabel('City').getAttribute('readonly'), '');
    await company.uncheck();
    assert.equal(await page.getByLabel('First name').inputValue(), 'Jane');
    assert.equal(await page.getByLabel('City').inputValue(), 'Lyon');
    assert.equal(await page.getByLabel('City').getAttribute('readonly'), null);
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: a declined card keeps the form, all but the security code`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    await openForm(page, url);
    await page.getByRole('checkbox', { name: 'Use company information' }).check();
    await fillCard(page, { number: '4000000000000002' });
    await submit(page);
    await page.getByRole('alert').filter({ hasText: 'Your card was declined' }).waitFor();
    assert.equal(await page.getByLabel('Card number').inputValue(), '4000 0000 0000 0002');
    assert.equal(await page.getByLabel('Expiration date (MM/YY)').inputValue(), '12/30');
    assert.equal(await page.getByLabel('Name on card').inputValue(), 'Min-jun Lee');
    assert.equal(await page.getByLabel('Security code').inputValue(), '');
    assert.equal(await page.getByLabel('First name').inputValue(), 'Min-jun');
    assert.deepEqual(problems.filter((p) => !/\b422\b/.test(p)), []);
  });

  test(`${backend.name}: the monthly method changes, and removal asks first and keeps the last valid card`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    await page.goto(url('/payment-methods'));
    const paypal = page.locator('.bp-card').filter({ hasText: 'PayPal' });
    await paypal.getByRole('button', { name: 'Use as monthly payment method' }).click();
    await page.getByRole('status').filter({ hasText: 'The monthly payment method was changed.' }).waitFor();
    await paypal.filter({ hasText: 'Monthly payment method' }).waitFor();
    // The list is shown again from the backend; a click on a card it is replacing is lost.
    await page.waitForLoadState('networkidle');

    const expired = page.locator('.bp-card').filter({ hasText: 'American Express ending in 0005' });
    await expired.getByRole('button', { name: 'Remove' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove this payment method?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await dialog.isVisible(), false);
    assert.equal(await expired.count(), 1);
    await expired.getByRole('button', { name: 'Remove' }).click();
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('status').filter({ hasText: 'The payment method was removed.' }).waitFor();
    await expired.waitFor({ state: 'detached' });

    // PayPal goes; then the Visa is the last valid method of an account that owes money.
    await paypal.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await paypal.waitFor({ state: 'detached' });
    const visa = page.locator('.bp-card').filter({ hasText: 'Visa ending in 4242' });
    await visa.getByRole('button', { name: 'Remove' }).click();
    const last = page.getByRole('dialog');
    await last.getByRole('button', { name: 'Remove' }).click();
    await last.getByRole('alert').filter({ hasText: 'only valid payment method' }).waitFor();
    await last.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await visa.count(), 1);
    assert.deepEqual(problems.filter((p) => !/\b409\b/.test(p)), []);
  });

  test(`${backend.name}: a viewer sees the methods read-only`, async () => {
    const { url } = await backend.open(['--app-token', 'demo-viewer-token']);
    const { page, problems } = await openPage(setup.browser);
    const path = backend.name === 'demo' ? '/payment-methods?demo_role=viewer' : '/payment-methods';
    await page.goto(url(path));
    await page.locator('.bp-card').first().waitFor();
    await page.getByRole('note').filter({ hasText: 'Only a billing administrator' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Add credit card' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Remove' }).count(), 0);
    assert.deepEqual(problems, []);
  });
}

test('HTTP: a server fault leaves the form as typed, and sending again adds the card once', async () => {
  const server = await freshServer();
  const { page, problems } = await openPage(setup.browser);
  await openForm(page, (path) => server.url(path));
  await page.getByRole('checkbox', { name: 'Use company information' }).check();
  await fillCard(page, { number: '5555555555554444' });
  // Three failures: the first try and both of the client's own retries.
  await server.arm({ kind: 'error', path: '/api/v1/payment-methods', method: 'POST', times: 3 });
  await submit(page);
  await page.getByRole('alert').filter({ hasText: 'The billing service had a problem' }).waitFor();
  assert.equal(await page.getByLabel('Card number').inputValue(), '5555 5555 5555 4444');
  assert.equal(await page.getByLabel('First name').inputValue(), 'Min-jun');
  await page.getByLabel('Security code').fill('123');
  await submit(page);
  await page.getByRole('status').filter({ hasText: 'Your card was added' }).waitFor();
  const methods = await methodsOn(server);
  assert.equal(methods.filter((m) => m.last4 === '4444').length, 2, 'the seeded Mastercard and the one added once');
  assert.deepEqual(problems.filter((p) => !/\b500\b/.test(p)), []);
});

test('HTTP: a connection dropped after the card was added is sent again with its key and adds it once', async () => {
  const server = await freshServer();
  const { page, problems } = await openPage(setup.browser);
  await openForm(page, (path) => server.url(path));
  await page.getByRole('checkbox', { name: 'Use company information' }).check();
  await fillCard(page, { number: '6011111111111117' });
  await server.arm({ kind: 'drop', path: '/api/v1/payment-methods', method: 'POST' });
  await submit(page);
  await page.getByRole('status').filter({ hasText: 'Your card was added' }).waitFor();
  const methods = await methodsOn(server);
  assert.equal(methods.filter((m) => m.last4 === '1117').length, 2, 'the seeded Discover and the one added once');
  assert.deepEqual(problems.filter((p) => !/payment-methods|ERR_EMPTY_RESPONSE/.test(p)), []);
});

test('HTTP: every answer to an add lost, then Add again with the security code retyped, adds the card once', async () => {
  const server = await freshServer();
  const { page, problems } = await openPage(setup.browser);
  await openForm(page, (path) => server.url(path));
  await page.getByRole('checkbox', { name: 'Use company information' }).check();
  await fillCard(page, { number: '3530111333300000' });
  // The card is added, but no answer ever comes, to the first try or any resend.
  // Chromium itself resends a request whose connection closed without an answer, so the
  // fault stays armed until the customer has been told.
  await server.arm({ kind: 'drop', path: '/api/v1/payment-methods', method: 'POST', times: 50 });
  await submit(page);
  await page.getByRole('alert').filter({ hasText: "We couldn't reach the billing service" }).waitFor();
  await server.disarm();
  assert.equal((await methodsOn(server)).filter((m) => m.last4 === '0000').length, 1, 'added, unbeknown to the customer');
  await page.getByLabel('Security code').fill('123');
  const asked = page.waitForResponse((r) => /\/payment-methods\/attempts\/[^/]+\/resolve$/.test(r.url()));
  await submit(page);
  assert.equal((await (await asked).json()).state, 'completed');
  await page.getByRole('status').filter({ hasText: 'Your card was added' }).waitFor();
  assert.equal((await methodsOn(server)).filter((m) => m.last4 === '0000').length, 1, 'not added a second time');
  assert.deepEqual(problems.filter((p) => !/payment-methods|ERR_EMPTY_RESPONSE/.test(p)), []);
});

test('fr: field errors are translated', async () => {
  const { page, problems } = await openPage(setup.browser, { locale: 'fr-FR' });
  await page.goto(setup.demoUrl('/payment-methods?lang=fr'));
  await page.getByRole('button', { name: 'Ajouter une carte de crédit' }).click();
  const number = page.locator('#bp-card-number');
  await number.fill('4242424242424241');
  await number.press('Tab');
  const message = await page.locator('#bp-card-number-error').textContent();
  assert.ok(message.length > 10 && !/card number/i.test(message), message);
  assert.deepEqual(problems, []);
});

test('no axe violations with the form open, errors shown, and the removal dialog open', async () => {
  const { page } = await openPage(setup.browser);
  await openForm(page, (path) => setup.demoUrl(path));
  await page.getByRole('button', { name: 'Add credit card' }).click();
  await page.locator('#bp-card-number-error').filter({ hasText: /./ }).waitFor();
  let results = await new AxeBuilder({ page }).include('billing-portal').analyze();
  assert.deepEqual(results.violations.map((v) => v.id), []);
  await page.locator('.bp-card').first().getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').waitFor();
  results = await new AxeBuilder({ page }).include('billing-portal').analyze();
  assert.deepEqual(results.violations.map((v) => v.id), []);
});
