// Billing items on both backends: the associated view by default, the other views and
// search in the URL; associate, dissociate and cancel one item; a bulk action over a
// Shift-selected range with one item failing, reported and retried alone; an optimistic
// change put back when refused; a viewer's read-only list; each language; axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { focusedElement, openPage } from './support/browser.mjs';
import { backends } from './support/backends.mjs';

const setup = backends();
const BACKENDS = setup.list;

// The seeded account (core::seed): 36 items, every fifth dissociated, two cancelled.
const ASSOCIATED = 29;
const DISSOCIATED = 7;
const ALL = 36;

const ADMIN = { authorization: 'Bearer demo-admin-token', 'content-type': 'application/json' };
const api = async (server, path, init = {}) =>
  (await fetch(server.url(`/api/v1${path}`), { headers: ADMIN, ...init })).json();
const itemOn = async (server, id) =>
  (await api(server, `/billing-items?view=all&search=${id}`)).items[0];

const count = (page) => page.locator('main p[role="status"]').filter({ hasText: /billing items?$/ });
const row = (page, id) => page.locator('tbody tr').filter({ hasText: id });
const report = (page) => page.locator('.bp-report');
/** The ids of the rows that can be dissociated (active and associated), in page order. */
const associatedIds = (page) => page.locator('tbody tr')
  .filter({ has: page.getByRole('button', { name: /^Dissociate/ }) })
  .locator('th .bp-id').allTextContents();

async function open(page, url, path = '/billing-items') {
  await page.goto(url(path));
  await page.locator('table.bp-table--items').waitFor();
}

for (const backend of BACKENDS) {
  test(`${backend.name}: associated items by default, the other views and search, kept in the URL`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    await open(page, url);
    assert.equal(await count(page).textContent(), `${ASSOCIATED} billing items`);
    const devices = await page.locator('tbody tr td:nth-child(4)').allTextContents();
    assert.ok(devices.every((d) => d.endsWith('.nimbus.example')), 'every row has a device');

    await page.getByLabel('View', { exact: true }).selectOption({ label: 'Dissociated billing items' });
    await count(page).filter({ hasText: `${DISSOCIATED} billing items` }).waitFor();
    await page.waitForURL(/view=dissociated/);
    const none = await page.locator('tbody tr td:nth-child(4)').allTextContents();
    assert.deepEqual(new Set(none), new Set(['Not associated']));

    await page.getByLabel('View', { exact: true }).selectOption({ label: 'All billing items' });
    await count(page).filter({ hasText: `${ALL} billing items` }).waitFor();
    await page.getByLabel('Description, category or device').fill('load balancer');
    await page.getByLabel('Description, category or device').press('Enter');
    await count(page).filter({ hasText: '6 billing items' }).waitFor();
    await page.waitForURL(/view=all&search=load\+balancer|search=load\+balancer.*view=all/);

    await page.getByRole('button', { name: /Fee|Recurring fee/ }).click();
    await page.waitForURL(/sort=recurring_fee/);
    await page.goBack();
    await page.goBack();
    await count(page).filter({ hasText: `${ALL} billing items` }).waitFor();
    assert.equal(await page.getByLabel('View', { exact: true }).inputValue(), 'all');
    await page.goBack();
    await count(page).filter({ hasText: `${DISSOCIATED} billing items` }).waitFor();
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: one item associated with a chosen device, dissociated, and cancelled both ways`, async () => {
    const { url, server } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    await open(page, url, '/billing-items?view=dissociated');
    const item = row(page, 'item_00004');
    await item.getByRole('button', { name: /^Associate/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Associate with a device' });
    await dialog.getByLabel('Search devices').fill('web-07');
    await dialog.getByText('1 device matches.').waitFor();
    await dialog.getByRole('button', { name: 'Associate' }).click();
    assert.equal(await dialog.getByText('Choose a device.').isVisible(), true, 'nothing chosen yet');
    await dialog.getByLabel('Device', { exact: true }).selectOption({ label: 'web-07.nimbus.example · Bare metal server' });
    await dialog.getByRole('button', { name: 'Associate' }).click();
    await report(page).getByText('1 billing item associated with web-07.nimbus.example.').waitFor();
    assert.equal(await item.locator('td').nth(2).textContent(), 'web-07.nimbus.example');
    if (server) assert.equal((await itemOn(server, 'item_00004')).device.id, 'dev_07');

    await item.getByRole('button', { name: /^Dissociate/ }).click();
    await report(page).getByText('1 billing item dissociated.').waitFor();
    assert.equal(await item.locator('td').nth(2).textContent(), 'Not associated');
    if (server) assert.equal((await itemOn(server, 'item_00004')).device, null);

    await item.getByRole('button', { name: /^Cancel item/ }).click();
    const cancel = page.getByRole('dialog', { name: 'Cancel billing item' });
    assert.equal(await cancel.getByLabel(/At the end of the billing period/).isChecked(), true, 'the gentler choice first');
    assert.match(await cancel.textContent(), /stays active until the end of its billing period.*go down by \$4\.00/);
    await cancel.getByLabel('Immediately').check();
    assert.match(await cancel.textContent(), /Billing stops today\. Your recurring charges go down by \$4\.00\./);
    await cancel.getByRole('button', { name: 'Cancel billing item' }).click();
    await report(page).getByText('1 billing item cancelled.').waitFor();
    assert.match(await item.textContent(), /Cancelled/);
    assert.equal(await item.getByRole('button').count(), 0, 'a cancelled item cannot be acted on again');
    assert.equal(await item.getByRole('checkbox').isDisabled(), true);
    assert.match((await focusedElement(page))?.className ?? '', /\bbp-report\b/, 'focus went to the report');
    if (server) assert.equal((await itemOn(server, 'item_00004')).status, 'cancelled');

    const later = row(page, 'item_00009');
    await later.getByRole('button', { name: /^Cancel item/ }).click();
    await cancel.getByRole('button', { name: 'Keep billing item' }).click();
    assert.equal(await cancel.isVisible(), false);
    assert.doesNotMatch(await later.textContent(), /Cancellation pending/, 'kept');
    await later.getByRole('button', { name: /^Cancel item/ }).click();
    await cancel.getByRole('button', { name: 'Cancel billing item' }).click();
    await report(page).getByText('1 billing item will be cancelled at the end of its billing period.').waitFor();
    assert.match(await later.textContent(), /Cancellation pending/);
    if (server) assert.equal((await itemOn(server, 'item_00009')).status, 'cancellation_pending');
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: a bulk action over a Shift-selected range reports the item that failed and retries only it`, async () => {
    const { url, server } = await backend.open();
    const { page } = await openPage(setup.browser);
    await open(page, url, backend.name === 'demo' ? '/billing-items?demo_fault=item' : '/billing-items');
    const ids = (await associatedIds(page)).slice(0, 3);
    if (server) await server.arm({ kind: 'item_error', path: '/api/v1/billing-items/bulk', item_id: ids[2] });
    await row(page, ids[0]).getByRole('checkbox').click();
    await row(page, ids[2]).getByRole('checkbox').click({ modifiers: ['Shift'] });
    const bulk = page.getByRole('group', { name: 'Bulk actions' });
    await bulk.getByText('3 billing items selected').waitFor();

    const requests = [];
    page.on('request', (r) => { if (r.method() === 'POST') requests.push(r.postData() ?? r.url()); });
    await bulk.getByRole('button', { name: 'Dissociate' }).click();
    await report(page).getByText('2 billing items dissociated.').waitFor();
    const failure = report(page).getByText('1 billing item could not be changed and is shown as it was:');
    await failure.waitFor();
    assert.match(await report(page).locator('li').textContent(), new RegExp(`${ids[2]}.*The billing service had a problem`));
    for (const id of ids.slice(0, 2)) assert.equal(await row(page, id).locator('td').nth(2).textContent(), 'Not associated');
    assert.match(await row(page, ids[2]).locator('td').nth(2).textContent(), /nimbus\.example/, 'put back as it was');
    assert.match(await row(page, ids[2]).textContent(), /Not changed:/);
    await bulk.getByText('1 billing item selected').waitFor();

    await report(page).getByRole('button', { name: 'Retry the failed item' }).click();
    await report(page).getByText('1 billing item dissociated.').waitFor();
    assert.equal(await row(page, ids[2]).locator('td').nth(2).textContent(), 'Not associated');
    assert.doesNotMatch(await row(page, ids[2]).textContent(), /Not changed:/);
    if (backend.name === 'HTTP') {
      assert.equal(requests.length, 2);
      assert.deepEqual(JSON.parse(requests[0]).item_ids, ids);
      assert.match(requests[1], new RegExp(`${ids[2]}/dissociate$`), 'the retry sent only the failure');
      for (const id of ids) assert.equal((await itemOn(server, id)).device, null);
    }

    await page.getByRole('checkbox', { name: 'Select all billing items on this page' }).check();
    const selectable = await page.locator('tbody input[type="checkbox"]:not([disabled])').count();
    await bulk.getByText(`${selectable} billing items selected`).waitFor();
    await bulk.getByRole('button', { name: 'Clear selection' }).click();
    await bulk.getByText('No billing items selected').waitFor();
  });

  test(`${backend.name}: a refused change is shown at once, then put back with the reason`, async () => {
    const { url, server } = await backend.open();
    const { page } = await openPage(setup.browser);
    await open(page, url, backend.name === 'demo' ? '/billing-items?demo_fault=item' : '/billing-items');
    const [id] = await associatedIds(page);
    const item = row(page, id);
    const device = await item.locator('td').nth(2).textContent();
    let reason = 'The billing service had a problem';
    if (server) {
      // Another administrator cancels it after the page loaded; the answer comes slowly.
      await api(server, `/billing-items/${id}/cancel`, { method: 'POST', body: JSON.stringify({ when: 'immediately' }) });
      await server.arm({ kind: 'latency', path: `/api/v1/billing-items/${id}/dissociate`, latency_ms: 1500 });
      reason = 'This billing item is already cancelled.';
    }
    await item.getByRole('button', { name: /^Dissociate/ }).click();
    if (server) {
      assert.equal(await item.locator('td').nth(2).textContent(), 'Not associated', 'shown at once');
      assert.equal(await item.getAttribute('aria-busy'), 'true');
    }
    await item.getByText(`Not changed: ${reason}`).waitFor();
    assert.equal(await item.locator('td').nth(2).textContent(), device, 'put back');
    assert.match(await item.getAttribute('class'), /bp-row--refused/);
    assert.match(await report(page).textContent(), new RegExp(reason));
  });

  test(`${backend.name}: a viewer sees the items read-only, with the reason`, async () => {
    const { url } = await backend.open(['--app-token', 'demo-viewer-token']);
    const { page, problems } = await openPage(setup.browser);
    await open(page, url, backend.name === 'demo' ? '/billing-items?demo_role=viewer' : '/billing-items');
    await page.getByText('Only a billing administrator can pay, change payment methods or change billing items.').waitFor();
    await count(page).filter({ hasText: `${ASSOCIATED} billing items` }).waitFor();
    assert.equal(await page.locator('main table').getByRole('checkbox').count(), 0);
    assert.equal(await page.locator('main table').getByRole('button', { name: /Associate|Dissociate|Cancel/ }).count(), 0);
    assert.equal(await page.getByRole('group', { name: 'Bulk actions' }).count(), 0);
    assert.equal(await page.getByRole('columnheader', { name: 'Actions' }).count(), 0);
    assert.deepEqual(problems, []);
  });
}

test('HTTP: leaving the page while an action is on its way neither crashes nor loses the change', async () => {
  const server = await setup.freshServer();
  const { page, problems } = await openPage(setup.browser);
  await open(page, (path) => server.url(path));
  const [id] = await associatedIds(page);
  await server.arm({ kind: 'latency', path: `/api/v1/billing-items/${id}/dissociate`, latency_ms: 800 });
  const answered = page.waitForResponse((r) => r.url().endsWith(`${id}/dissociate`));
  await row(page, id).getByRole('button', { name: /^Dissociate/ }).click();
  await page.getByRole('link', { name: 'Invoices' }).click();
  await answered;
  await page.locator('table.bp-table--invoices tbody tr').first().waitFor();
  await page.waitForTimeout(100);
  assert.equal(await page.locator('.bp-crash').count(), 0);
  assert.equal((await itemOn(server, id)).device, null, 'the backend did it');
  assert.deepEqual(problems, []);
});

const LOCALES = [
  ['fr', 'Éléments de facturation', 'Actions par lot'],
  ['ko', '청구 항목', null],
  ['zh-TW', '計費項目', null],
];

for (const [lang, heading, bulkName] of LOCALES) {
  test(`the billing items page in ${lang}`, async () => {
    const { page, problems } = await openPage(setup.browser);
    await open(page, setup.demoUrl, `/billing-items?lang=${lang}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    const text = await page.locator('.bp-main').textContent();
    for (const english of ['Associated billing items', 'Bulk actions', 'Not associated', 'Cancel item', 'billing items selected']) {
      assert.ok(!text.includes(english), `"${english}" is translated in ${lang}`);
    }
    if (bulkName) await page.getByRole('group', { name: bulkName }).waitFor();
    await page.locator('tbody tr:has(button)').first().getByRole('button').last().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert.ok(!/Billing stops|stays active|Keep billing item/.test(await dialog.textContent()), 'the dialog is translated');
    assert.deepEqual(problems, []);
  });
}

test('no axe violations with a selection, a partial failure, and each dialog open', async () => {
  const { page } = await openPage(setup.browser);
  await open(page, setup.demoUrl, '/billing-items?demo_fault=item');
  const ids = (await associatedIds(page)).slice(0, 2);
  for (const id of ids) await row(page, id).getByRole('checkbox').check();
  await page.getByRole('group', { name: 'Bulk actions' }).getByRole('button', { name: 'Dissociate' }).click();
  await report(page).getByRole('button', { name: 'Retry the failed item' }).waitFor();
  const check = async (what) => {
    const results = await new AxeBuilder({ page }).include('billing-portal').analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), [], what);
  };
  await check('the table with a selection and a partial failure');
  await page.getByRole('group', { name: 'Bulk actions' }).getByRole('button', { name: 'Associate' }).click();
  await page.getByRole('dialog', { name: 'Associate with a device' }).getByRole('listbox').waitFor();
  await check('the associate dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('group', { name: 'Bulk actions' }).getByRole('button', { name: 'Cancel item' }).click();
  await page.getByRole('dialog', { name: 'Cancel billing item' }).waitFor();
  await check('the cancel dialog');
});
