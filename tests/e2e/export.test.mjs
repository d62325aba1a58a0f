// Downloads of many invoices and payments: the invoice list's filters carried to Download
// invoices; the CSV of every matching invoice (all pages) on both backends; on the reference
// server a ZIP whose entries are the chosen invoices' PDFs and the CSV, read back by Python's
// zipfile; progress and Cancel, which stops the requests and saves nothing; the demo saying
// plainly that it makes no PDFs; Payment history's CSV; Korean headings and words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage } from './support/browser.mjs';
import { backends } from './support/backends.mjs';

const setup = backends();
const BACKENDS = setup.list;

const { api } = setup;

/** Every item of a list, page after page, as the reference server answers it. */
async function every(path) {
  const items = [];
  let cursor = null;
  do {
    const page = await api(`${path}${path.includes('?') ? '&' : '?'}limit=500${cursor ? `&cursor=${cursor}` : ''}`);
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return items;
}

/** A CSV's rows (this app's CSVs: BOM, CRLF, RFC 4180 quoting). */
function rows(text) {
  assert.equal(text[0], '\ufeff', 'a byte-order mark for spreadsheets');
  const out = [];
  for (const line of text.slice(1).split('\r\n').filter(Boolean)) {
    out.push(line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).filter((c) => c !== '').map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));
  }
  return out;
}

async function saved(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), path: await download.path() };
}

const today = () => new Date().toISOString().slice(0, 10);

for (const backend of BACKENDS) {
  test(`${backend.name}: the list's filters go to Download invoices, whose CSV holds every matching invoice`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    const expected = await every('/invoices?types=recurring');
    await page.goto(url('/invoices?types=recurring'));
    await page.getByRole('link', { name: 'Download invoices' }).click();
    await page.getByRole('heading', { level: 1, name: 'Download invoices' }).waitFor();
    assert.equal(await page.getByLabel('Type').inputValue(), 'recurring', 'the filter came along');
    await page.getByRole('status').filter({ hasText: `${expected.length} invoices match these filters.` }).waitFor();
    const csv = await saved(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
    assert.equal(csv.name, `invoices-${today()}.csv`);
    const [headings, ...body] = rows(await readFile(csv.path, 'utf8'));
    assert.deepEqual(headings, ['Invoice number', 'Date', 'Due date', 'Type', 'Status', 'Total', 'Balance due', 'Currency']);
    assert.deepEqual(body.map((r) => [r[0], r[1], r[3], r[5], r[7]]),
      expected.map((i) => [i.number, i.date, 'Recurring', i.total.amount, i.total.currency]));
    await page.getByRole('status').filter({ hasText: `Saved ${csv.name}.` }).waitFor();
    assert.deepEqual(problems, []);
  });

  test(`${backend.name}: Payment history downloads every payment as CSV`, async () => {
    const { url } = await backend.open();
    const { page, problems } = await openPage(setup.browser);
    const expected = await every('/payments');
    await page.goto(url('/payments'));
    const csv = await saved(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
    assert.equal(csv.name, `payments-${today()}.csv`);
    const [headings, ...body] = rows(await readFile(csv.path, 'utf8'));
    assert.equal(headings[0], 'Reference');
    assert.deepEqual(body.map((r) => [r[0], r[2], r[3], r[5]]),
      // The invoices each settled; for one that settled none (declined), the one it was for.
      expected.map((p) => [p.reference, 'Visa ending in 4242',
        p.settled.length ? p.settled.map((s) => s.number).join(' ') : p.invoice_number ?? '', p.amount.amount]));
    assert.deepEqual(problems, []);
  });
}

test('HTTP: a date range downloads as one ZIP of those invoices\' PDFs and the CSV', async () => {
  const { server } = await BACKENDS[1].open();
  const { page, problems } = await openPage(setup.browser);
  const all = await every('/invoices');
  const [from, to] = [all[9].date, all[2].date];
  const expected = await every(`/invoices?from=${from}&to=${to}`);
  assert.ok(expected.length >= 3 && expected.length < all.length);
  await page.goto(server.url(`/export?from=${from}&to=${to}`));
  await page.getByRole('status').filter({ hasText: `${expected.length} invoices match` }).waitFor();
  const zip = await saved(page, () => page.getByRole('button', { name: 'Download PDFs and CSV (ZIP)' }).click());
  assert.equal(zip.name, `invoices-${today()}.zip`);
  // Python's zipfile as an independent reader: names, and each file's CRC checked.
  const listing = JSON.parse(execFileSync('python3', ['-c', `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None
    print(json.dumps([[i.filename, z.read(i)[:5].decode('latin-1')] for i in z.infolist()]))
`, zip.path], { encoding: 'utf8' }));
  assert.deepEqual(listing, [
    ...expected.map((i) => [`invoice-${i.number}.pdf`, '%PDF-']),
    // The CSV, its UTF-8 byte-order mark read as Latin-1.
    [`invoices-${today()}.csv`, '\u00ef\u00bb\u00bfIn'],
  ]);
  assert.deepEqual(problems, []);
});

test('HTTP: a long download shows its progress, and Cancel stops it and saves nothing', async () => {
  const { server } = await BACKENDS[1].open();
  const { page, problems } = await openPage(setup.browser);
  let pdfs = 0;
  await page.route('**/api/v1/invoices/*/pdf*', async (route) => {
    pdfs += 1;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue().catch(() => {});
  });
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.goto(server.url('/export'));
  await page.getByRole('button', { name: 'Download PDFs and CSV (ZIP)' }).click();
  await page.getByRole('status').filter({ hasText: /^Adding PDFs: 2 of 48$/ }).waitFor();
  assert.equal(await page.locator('progress').getAttribute('max'), '48');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('status').filter({ hasText: 'Download cancelled. Nothing was saved.' }).waitFor();
  const asked = pdfs;
  await page.waitForTimeout(1000);
  assert.equal(pdfs, asked, 'no PDF is asked for after Cancel');
  assert.equal(downloads, 0);
  assert.equal(await page.getByRole('button', { name: 'Download PDFs and CSV (ZIP)' }).isEnabled(), true);
  assert.deepEqual(problems.filter((p) => !p.includes('/pdf')), []);
});

test('demo: Download invoices says plainly that the demo makes no PDFs, and offers the CSV', async () => {
  const { page, problems } = await openPage(setup.browser);
  await page.goto(setup.demoUrl('/export'));
  await page.getByText('The demo has no billing server to make PDFs').waitFor();
  assert.equal(await page.getByRole('button', { name: /ZIP/ }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Download CSV' }).count(), 1);
  assert.deepEqual(problems, []);
});

test('ko: the CSV\'s headings and words are Korean, and the page has no English', async () => {
  const { page, problems } = await openPage(setup.browser, { locale: 'ko-KR' });
  await page.goto(setup.demoUrl('/export?lang=ko&types=one_time_charge'));
  await page.getByRole('heading', { level: 1, name: '송장 다운로드' }).waitFor();
  await page.getByRole('status').filter({ hasText: '이 필터에 해당하는 송장이' }).waitFor();
  const text = await page.locator('billing-portal').evaluate((el) => el.shadowRoot.textContent);
  for (const english of ['Download', 'invoices', 'filters', 'demo']) assert.ok(!text.includes(english), english);
  const csv = await saved(page, () => page.getByRole('button', { name: 'CSV 다운로드' }).click());
  const [headings, first] = rows(await readFile(csv.path, 'utf8'));
  assert.equal(headings[0], '송장 번호');
  assert.equal(first[3], '일회성 요금');
  // The file keeps its name, a Latin one that every system can write.
  await page.getByRole('status').filter({ hasText: `${csv.name} 파일을 저장했습니다.` }).waitFor();
  assert.deepEqual(problems, []);
});

test('no axe violations on Download invoices, idle and with its outcome said', async () => {
  const { page } = await openPage(setup.browser);
  const check = async () => {
    const results = await new AxeBuilder({ page }).include('billing-portal').analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  };
  await page.goto(setup.demoUrl('/export'));
  await page.getByRole('button', { name: 'Download CSV' }).waitFor();
  await check();
  await saved(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await check();
});
