// Benchmark, not a test: a list view with 10,000 rows in demo mode, in headless Chromium,
// against the release build in dist/. Prints the time from navigation and from the WASM's
// arrival to the table shown, to each filter and to a sort applied (the page's own clock,
// from the event to the DOM updated and to the next frame), and the JS heap.
// Run after `trunk build --release`: `node scripts/bench-list.mjs invoices|items [rows] [runs]`.
import { launch, openPage, DIST } from '../tests/e2e/support/browser.mjs';
import { startStaticServer } from '../tests/e2e/support/static-server.mjs';

/** What is measured on each list: its page, its table, its filters and a column to sort. */
const LISTS = {
  invoices: {
    title: 'invoice table',
    path: (n) => `/invoices?demo_invoices=${n}`,
    table: 'table.bp-table--invoices',
    filters: [{ name: 'type filter', label: 'Type', value: 'recurring' }],
    sortBy: 'Total',
  },
  items: {
    title: 'billing items table',
    path: (n) => `/billing-items?demo_items=${n}`,
    table: 'table.bp-table--items',
    filters: [
      { name: 'view switched to all', label: 'View', value: 'all' },
      { name: 'search', label: 'Description, category or device', value: 'load balancer', submit: true },
    ],
    sortBy: 'Recurring fee',
  },
};

const LIST = LISTS[process.argv[2] ?? 'invoices'];
if (!LIST) throw new Error(`which list? ${Object.keys(LISTS).join(' or ')}`);
const ROWS = Number(process.argv[3] ?? 10000);
const RUNS = Number(process.argv[4] ?? 5);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

/** Installed in the page: does `act`, then resolves with the ms until `changed()` holds,
 *  in the DOM and at the next frame. The portal renders in its element's shadow root. */
function installTimer(table) {
  window.__portal = () => document.querySelector('billing-portal').shadowRoot;
  window.__timeChange = (act, changed) => new Promise((resolve) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!changed()) return;
      observer.disconnect();
      const dom = performance.now() - t0;
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
    });
    observer.observe(window.__portal(), { subtree: true, childList: true, characterData: true, attributes: true });
    act();
  });
  // Defined by billing-portal.js, which gives the element its shadow root at once.
  customElements.whenDefined('billing-portal').then(() => {
    new MutationObserver((_, observer) => {
      if (window.__portal().querySelector(`${table} tbody tr`)) {
        window.__tableShown = performance.now();
        observer.disconnect();
      }
    }).observe(window.__portal(), { subtree: true, childList: true });
  });
}

/** In the page: applies a filter as a customer would, timed until the count changes. */
function applyFilter({ label, value, submit }) {
  const count = () => window.__portal().querySelector('.bp-main p[role="status"]')?.textContent;
  const before = count();
  const field = [...window.__portal().querySelectorAll('label')]
    .map((l) => (l.textContent.trim().startsWith(label) ? l.control : null))
    .find(Boolean);
  return window.__timeChange(() => {
    field.value = value;
    if (submit) field.form.requestSubmit();
    else field.dispatchEvent(new Event('change', { bubbles: true }));
  }, () => count() !== before);
}

/** In the page: sorts by a column, timed until the first row changes. */
function applySort({ table, column }) {
  const first = () => window.__portal().querySelector(`${table} tbody th`)?.textContent;
  const before = first();
  const button = [...window.__portal().querySelectorAll('th button')].find((b) => b.textContent.startsWith(column));
  return window.__timeChange(() => button.click(), () => first() !== before);
}

const browser = await launch();
const server = await startStaticServer({ dist: DIST });
const results = { load: [], fromWasm: [], sort: [], sortFrame: [], heap: [] };
for (const filter of LIST.filters) results[filter.name] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const { page } = await openPage(browser);
    await page.addInitScript(installTimer, LIST.table);
    await page.goto(server.url(LIST.path(ROWS)));
    await page.waitForFunction(() => window.__tableShown);
    const { shown, wasm } = await page.evaluate(() => ({
      shown: window.__tableShown,
      wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? 0,
    }));
    results.load.push(shown);
    results.fromWasm.push(shown - wasm);

    for (const filter of LIST.filters) {
      const timed = await page.evaluate(applyFilter, filter);
      results[filter.name].push(timed);
    }
    const total = await page.locator('.bp-main p[role="status"]').first().textContent();
    if (!/\d/.test(total)) throw new Error(`no count after filtering: "${total}"`);

    const sort = await page.evaluate(applySort, { table: LIST.table, column: LIST.sortBy });
    results.sort.push(sort.dom);
    results.sortFrame.push(sort.frame);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    results.heap.push(metrics.find((m) => m.name === 'JSHeapUsedSize').value);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}

const pad = (label) => label.padEnd(40);
console.log(`${LIST.title}, ${ROWS} rows in demo mode, median of ${RUNS} runs (headless Chromium)`);
console.log(`  ${pad('table shown after navigation')}${ms(median(results.load))}`);
console.log(`  ${pad('table shown after the WASM')}${ms(median(results.fromWasm))}   (target < 500 ms)`);
for (const { name } of LIST.filters) {
  const timed = results[name];
  console.log(`  ${pad(`${name} (DOM / painted)`)}${ms(median(timed.map((t) => t.dom)))} / ${ms(median(timed.map((t) => t.frame)))}   (target < 50 ms)`);
}
console.log(`  ${pad('sort applied (DOM / painted)')}${ms(median(results.sort))} / ${ms(median(results.sortFrame))}   (target < 50 ms)`);
console.log(`  ${pad('JS heap used')}${(median(results.heap) / 1048576).toFixed(1)} MB`);
console.log(`  ${pad('rows in the DOM')}50 (one page)`);
