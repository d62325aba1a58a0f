// Benchmark, not a test: a list view with 10,000 rows in demo mode, in headless Chromium,
// against the release build in dist/. Prints the time from navigation and from the WASM's
// arrival to the table shown, to each filter and to a sort applied (the page's own clock,
// from the event to the DOM updated and to the next frame), and the JS heap.
// Run after `trunk build --release`:
//   node scripts/bench-list.mjs invoices|items [rows] [runs] [cpu slowdown]
// With a slowdown (4: a mid-range laptop), the CPU is throttled once the table is shown:
// the filters and the sort are timed at that speed, the first render at full speed.
import { launch, openPage, DIST } from '../tests/e2e/support/browser.mjs';
import { startStaticServer } from '../tests/e2e/support/static-server.mjs';
import { LISTS, applyFilter, applySort, installTimer } from './list-timing.mjs';

const LIST = LISTS[process.argv[2] ?? 'invoices'];
if (!LIST) throw new Error(`which list? ${Object.keys(LISTS).join(' or ')}`);
const ROWS = Number(process.argv[3] ?? 10000);
const RUNS = Number(process.argv[4] ?? 5);
const SLOWDOWN = Number(process.argv[5] ?? 1);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

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
    // As a customer clicks: not in the same instant as the table appears, while the rest of
    // the view (the summary, the chart) is still being drawn.
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    if (SLOWDOWN > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });

    for (const filter of LIST.filters) {
      const timed = await page.evaluate(applyFilter, filter);
      results[filter.name].push(timed);
    }
    const total = await page.locator('.bp-main p[role="status"]').first().textContent();
    if (!/\d/.test(total)) throw new Error(`no count after filtering: "${total}"`);

    const sort = await page.evaluate(applySort, { table: LIST.table, column: LIST.sortBy });
    results.sort.push(sort.dom);
    results.sortFrame.push(sort.frame);

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
const speed = SLOWDOWN > 1 ? `, filters and sort at CPU ${SLOWDOWN}x` : '';
console.log(`${LIST.title}, ${ROWS} rows in demo mode, median of ${RUNS} runs (headless Chromium${speed})`);
console.log(`  ${pad('table shown after navigation')}${ms(median(results.load))}`);
console.log(`  ${pad('table shown after the WASM')}${ms(median(results.fromWasm))}   (target < 500 ms)`);
for (const { name } of LIST.filters) {
  const timed = results[name];
  console.log(`  ${pad(`${name} (DOM / painted)`)}${ms(median(timed.map((t) => t.dom)))} / ${ms(median(timed.map((t) => t.frame)))}   (target < 50 ms)`);
}
console.log(`  ${pad('sort applied (DOM / painted)')}${ms(median(results.sort))} / ${ms(median(results.sortFrame))}   (target < 50 ms)`);
console.log(`  ${pad('JS heap used')}${(median(results.heap) / 1048576).toFixed(1)} MB`);
console.log(`  ${pad('rows in the DOM')}50 (one page)`);
