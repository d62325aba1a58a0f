// Benchmark, not a test: the invoice table with 10,000 invoices in demo mode, in headless
// Chromium, against the release build in dist/. Prints the time from navigation and from
// the WASM's arrival to the table shown, to a filter and a sort applied (the page's own
// clock, from the event to the DOM updated and to the next frame), and the JS heap.
// Run after `trunk build --release`: `node scripts/bench-invoices.mjs [invoices] [runs]`.
import { launch, openPage, DIST } from '../tests/e2e/support/browser.mjs';
import { startStaticServer } from '../tests/e2e/support/static-server.mjs';

const INVOICES = Number(process.argv[2] ?? 10000);
const RUNS = Number(process.argv[3] ?? 5);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

/** Installed in the page: does `act`, then resolves with the ms until `changed()` holds,
 *  in the DOM and at the next frame. */
function installTimer() {
  window.__timeChange = (act, changed) => new Promise((resolve) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!changed()) return;
      observer.disconnect();
      const dom = performance.now() - t0;
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
    });
    observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
    act();
  });
  new MutationObserver((_, observer) => {
    if (document.querySelector('table.bp-table--invoices tbody tr')) {
      window.__tableShown = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
}

const browser = await launch();
const server = await startStaticServer({ dist: DIST });
const results = { load: [], fromWasm: [], filter: [], filterFrame: [], sort: [], sortFrame: [], heap: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    const { page } = await openPage(browser);
    await page.addInitScript(installTimer);
    await page.goto(server.url(`/invoices?demo_invoices=${INVOICES}`));
    await page.waitForFunction(() => window.__tableShown);
    const { shown, wasm } = await page.evaluate(() => ({
      shown: window.__tableShown,
      wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? 0,
    }));
    results.load.push(shown);
    results.fromWasm.push(shown - wasm);
    const total = await page.locator('main p[role="status"]').first().textContent();
    if (!total.includes(String(INVOICES))) {
      throw new Error(`expected ${INVOICES} invoices, the page says "${total}"`);
    }

    const filter = await page.evaluate(() => {
      const count = () => document.querySelector('main p[role="status"]')?.textContent;
      const before = count();
      const select = [...document.querySelectorAll('label')].find((l) => l.textContent.startsWith('Type'))?.querySelector('select');
      return window.__timeChange(() => {
        select.value = 'recurring';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, () => count() !== before);
    });
    results.filter.push(filter.dom);
    results.filterFrame.push(filter.frame);

    const sort = await page.evaluate(() => {
      const first = () => document.querySelector('table.bp-table--invoices tbody th')?.textContent;
      const before = first();
      const button = [...document.querySelectorAll('th button')].find((b) => b.textContent.startsWith('Total'));
      return window.__timeChange(() => button.click(), () => first() !== before);
    });
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

console.log(`invoice table, ${INVOICES} invoices in demo mode, median of ${RUNS} runs (headless Chromium)`);
console.log(`  table shown after navigation   ${ms(median(results.load))}`);
console.log(`  table shown after the WASM      ${ms(median(results.fromWasm))}   (target < 500 ms)`);
console.log(`  filter applied (DOM / painted)  ${ms(median(results.filter))} / ${ms(median(results.filterFrame))}   (target < 50 ms)`);
console.log(`  sort applied (DOM / painted)    ${ms(median(results.sort))} / ${ms(median(results.sortFrame))}   (target < 50 ms)`);
console.log(`  JS heap used                    ${(median(results.heap) / 1048576).toFixed(1)} MB`);
console.log(`  rows in the DOM                 50 (one page)`);
