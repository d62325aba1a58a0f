// The billing profile on both backends: the billing address and tax ID edited for the
// invoices issued from now on (an issued invoice keeps its own, and Use company information
// copies the new one), tax IDs refused in the words of their rule with the typing kept,
// billing contacts added, changed and removed after a confirmation, never the last one
// receiving the invoices, a viewer's read-only profile, the demo keeping it over a reload,
// each language, and axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { fieldError, openPage } from './support/browser.mjs';
import { backends } from './support/backends.mjs';

const setup = backends();
const BACKENDS = setup.list;

const profileOn = async (server) => (await fetch(server.url('/api/v1/billing-profile'), {
  headers: { authorization: 'Bearer demo-admin-token' },
})).json();

const billTo = (page) => page.locator('section').filter({ has: page.getByRole('heading', { name: 'Invoices are made out to' }) });
const contacts = (page) => page.locator('section').filter({ has: page.getByRole('heading', { name: 'Billing contacts' }) });

async function openProfile(page, url, path = '/billing-profile') {
  await page.goto(url(path));
  await billTo(page).locator('address').waitFor();
}

for (const backend of BACKENDS) {
  test(`${backend.name}: the billing address and tax ID change for invoices issued from now on`, async () => {
    const { url, server } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    await openProfile(page, url);
    await billTo(page).getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Company (optional)').fill('Nimbus Pty Ltd');
    await page.getByLabel('Country', { exact: true }).selectOption('AU');
    await page.getByLabel('State or province').fill('NSW');
    await page.getByLabel('City').fill('Sydney');
    await page.getByLabel('Postal code').fill('2000');
    await page.getByLabel('Address', { exact: true }).fill('1 Martin Place');
    await page.getByLabel('Issuing country').selectOption('AU');
    // The ATO's own example ABN, typed with its spaces.
    await page.getByLabel('Tax ID number (optional)').fill('51 824 753 556');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Billing profile saved' }).waitFor();
    const shown = await billTo(page).textContent();
    assert.match(shown, /Nimbus Pty Ltd/);
    assert.match(shown, /Sydney, NSW 2000/);
    assert.match(shown, /Tax ID \(Australia\): 51824753556/);
    if (server) {
      const stored = await profileOn(server);
      assert.equal(stored.billing_address.company, 'Nimbus Pty Ltd');
      assert.deepEqual(stored.tax_id, { country: 'AU', value: '51824753556' });
    }
    // An invoice already issued keeps whom it was made out to.
    await page.goto(url('/invoices'));
    await page.locator('tbody tr a').first().click();
    const madeOut = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Made out to' }) });
    await madeOut.waitFor();
    assert.match(await madeOut.textContent(), /Nimbus Analytics Ltd\./);
    assert.doesNotMatch(await madeOut.textContent(), /Nimbus Pty Ltd/);
    // Use company information copies the profile as it now is.
    await page.goto(url('/payment-methods'));
    await page.getByRole('button', { name: 'Add credit card' }).click();
    await page.getByRole('checkbox', { name: 'Use company information' }).check();
    assert.equal(await page.getByLabel('Company (optional)').inputValue(), 'Nimbus Pty Ltd');
    assert.equal(await page.getByLabel('City').inputValue(), 'Sydney');
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: a tax ID its country's rule refuses is said on its field, the typing kept`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    await openProfile(page, url);
    await billTo(page).getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Issuing country').selectOption('AU');
    await page.getByLabel('Tax ID number (optional)').fill('51 824 753 557');
    await page.getByRole('button', { name: 'Save' }).click();
    assert.equal((await fieldError(page, 'Tax ID number (optional)', /Check it for a typo/)).invalid, 'true');
    assert.equal(await page.getByLabel('Tax ID number (optional)').inputValue(), '51 824 753 557');
    await page.getByLabel('Issuing country').selectOption('DE');
    await page.getByLabel('Tax ID number (optional)').fill('DE12345');
    await page.getByRole('button', { name: 'Save' }).click();
    await fieldError(page, 'Tax ID number (optional)', /format of a tax ID from that country/);
    await page.getByText('What a tax ID from this country looks like: DE123456789').waitFor();
    // Nothing was saved.
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert.match(await billTo(page).textContent(), /Tax ID \(United States\): 94-3172658/);
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: billing contacts are added, changed and removed, never the last one receiving invoices`, async () => {
    const { url, server } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    await openProfile(page, url);
    const list = contacts(page);
    // The only contact cannot go: someone must receive the invoices.
    await list.getByRole('row').filter({ hasText: 'billing@nimbus.example' }).getByRole('button', { name: 'Remove' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'At least one contact must receive the invoices' }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await list.getByRole('button', { name: 'Add contact' }).click();
    await list.getByLabel('Email address').fill('billing@nimbus.example');
    await list.getByRole('button', { name: 'Save contact' }).click();
    assert.equal((await fieldError(page, 'Email address', /already a billing contact/)).invalid, 'true');
    await list.locator('#bp-receives-error').filter({ hasText: /Fill in this field/ }).waitFor();
    await list.getByLabel('Email address').fill('finance@nimbus.example');
    await list.getByRole('checkbox', { name: 'Invoices' }).check();
    await list.getByRole('checkbox', { name: 'Payment receipts' }).check();
    await list.getByRole('button', { name: 'Save contact' }).click();
    await page.getByRole('status').filter({ hasText: 'Contact added' }).waitFor();
    const finance = list.getByRole('row').filter({ hasText: 'finance@nimbus.example' });
    assert.match(await finance.textContent(), /Invoices.*Payment receipts/);

    // The first contact no longer receives invoices: the new one does.
    await list.getByRole('row').filter({ hasText: 'billing@nimbus.example' }).getByRole('button', { name: 'Edit' }).click();
    await list.getByRole('checkbox', { name: 'Invoices' }).uncheck();
    await list.getByRole('button', { name: 'Save contact' }).click();
    await page.getByRole('status').filter({ hasText: 'Contact saved' }).waitFor();
    // Now the new one is the last to receive them: it cannot stop.
    await finance.getByRole('button', { name: 'Edit' }).click();
    await list.getByRole('checkbox', { name: 'Invoices' }).uncheck();
    await list.getByRole('button', { name: 'Save contact' }).click();
    await list.getByRole('alert').filter({ hasText: 'At least one contact must receive the invoices' }).waitFor();
    await list.getByRole('button', { name: 'Cancel' }).click();

    // Removed after its confirmation; Cancel first changes nothing.
    const billing = list.getByRole('row').filter({ hasText: 'billing@nimbus.example' });
    await billing.getByRole('button', { name: 'Remove' }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await billing.count(), 1);
    await billing.getByRole('button', { name: 'Remove' }).click();
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('status').filter({ hasText: 'Contact removed' }).waitFor();
    assert.equal(await billing.count(), 0);
    if (server) {
      const stored = await profileOn(server);
      assert.deepEqual(stored.contacts.map((c) => [c.email, c.receives]), [['finance@nimbus.example', ['invoices', 'receipts']]]);
    }
    assert.deepEqual(problems.filter((p) => !/\b(409|422)\b/.test(p)), []);
  });

  test(`${backend.name}: a viewer reads the profile and changes nothing`, async () => {
    const { url } = await backend.open(['--app-token', 'demo-viewer-token']);
    const { page, problems } = await openPage(setup.browser);
    await openProfile(page, url, backend.name === 'demo' ? '/billing-profile?demo_role=viewer' : '/billing-profile');
    await contacts(page).getByRole('row').filter({ hasText: 'billing@nimbus.example' }).waitFor();
    for (const name of ['Edit', 'Remove', 'Add contact']) {
      assert.equal(await page.getByRole('button', { name }).count(), 0, name);
    }
    assert.deepEqual(problems, []);
  });
}

test('demo: the profile is kept over a reload until Reset demo', async () => {
  const { page, problems } = await openPage(setup.browser);
  await openProfile(page, setup.demoUrl);
  await contacts(page).getByRole('button', { name: 'Add contact' }).click();
  await page.getByLabel('Email address').fill('ap@nimbus.example');
  await page.getByRole('checkbox', { name: 'Payment receipts' }).check();
  await page.getByRole('button', { name: 'Save contact' }).click();
  await page.getByRole('status').filter({ hasText: 'Contact added' }).waitFor();
  await page.reload();
  await contacts(page).getByRole('row').filter({ hasText: 'ap@nimbus.example' }).waitFor();
  assert.deepEqual(problems, []);
});

test('the profile in each language, and axe clean shown and edited', async () => {
  const { page, problems } = await openPage(setup.browser);
  for (const [lang, heading] of [['fr', 'Profil de facturation'], ['ko', '청구 프로필'], ['zh-TW', '帳單資料']]) {
    await page.goto(setup.demoUrl(`/billing-profile?lang=${lang}`));
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('address').first().waitFor();
  }
  await page.goto(setup.demoUrl('/billing-profile?lang=zh-TW'));
  await page.getByText('稅籍編號（美國）：94-3172658').waitFor();
  await page.goto(setup.demoUrl('/billing-profile?lang=en'));
  await page.locator('address').first().waitFor();
  let results = await new AxeBuilder({ page }).include('billing-portal').analyze();
  assert.deepEqual(results.violations.map((v) => v.id), []);
  await billTo(page).getByRole('button', { name: 'Edit' }).click();
  await contacts(page).getByRole('button', { name: 'Add contact' }).click();
  await page.getByRole('button', { name: 'Save contact' }).click();
  results = await new AxeBuilder({ page }).include('billing-portal').analyze();
  assert.deepEqual(results.violations.map((v) => v.id), []);
  assert.deepEqual(problems, []);
});
