// Benchmark, not a test: the invoice table's first render on each backend, as a customer on
// a mid-range laptop and a mobile network gets it (CPU 4× slower, 150 ms round trips,
// 9 Mbit/s down, as the peers' harness throttles), in headless Chromium, from a fresh
// context each run (nothing cached). The demo is the build served as it is; the API is the
// reference server (`cargo build -p billing-server`) serving the build over HTTP/1.1, its
// page in API mode. Prints, per build and backend, the median time to the table shown, the
// bytes transferred (as sent: the reference server in brotli) and the requests.
//
//   node scripts/bench-start.mjs [runs=5] [dist …]     (default: dist/)
import { resolve } from 'node:path';
import { DIST, launch } from '../tests/e2e/support/browser.mjs';
import { startApiServer } from '../tests/e2e/support/api-server.mjs';
import { startStaticServer } from '../tests/e2e/support/static-server.mjs';
import { LISTS, installTimer } from './list-timing.mjs';

const [runsArg, ...dists] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 5);
const builds = (dists.length ? dists : [DIST]).map((d) => resolve(d));
const LIST = LISTS.invoices;
const NETWORK = { offline: false, latency: 150, downloadThroughput: (9 * 1024 * 1024) / 8, uploadThroughput: (1.5 * 1024 * 1024) / 8 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function firstRender(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(installTimer, LIST.table);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.waitForFunction(() => window.__tableShown, null, { timeout: 60_000 });
  const result = await page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    return {
      shown: window.__tableShown,
      bytes: entries.reduce((sum, e) => sum + e.encodedBodySize, 0),
      requests: entries.length,
    };
  });
  await context.close();
  return result;
}

const browser = await launch();
const servers = [];
const rows = [];
try {
  const targets = [];
  for (const dist of builds) {
    const demo = await startStaticServer({ dist });
    servers.push(() => demo.close());
    // The reference server with its seeded account, the page in API mode.
    const api = await startApiServer(['--dist', dist]);
    servers.push(() => api.stop());
    targets.push({ dist, backend: 'demo', url: demo.url(LIST.path(48)), results: [] });
    targets.push({ dist, backend: 'API', url: api.url('/invoices'), results: [] });
  }
  // Interleaved, builds and backends in each round, so that a busy moment of the machine
  // falls on all of them.
  for (let run = 0; run < RUNS; run++) {
    for (const target of targets) target.results.push(await firstRender(browser, target.url));
  }
  for (const { dist, backend, results } of targets) {
    rows.push({
      build: dist,
      backend,
      shown: median(results.map((r) => r.shown)),
      bytes: median(results.map((r) => r.bytes)),
      requests: median(results.map((r) => r.requests)),
    });
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((stop) => stop()));
}

console.log(`invoice table shown, CPU 4x + 150 ms RTT, 9 Mbit/s; median of ${RUNS} (headless Chromium)`);
for (const r of rows) {
  console.log(`  ${r.backend.padEnd(5)} ${r.shown.toFixed(0).padStart(6)} ms  ${String(r.bytes).padStart(8)} B  ${String(r.requests).padStart(3)} requests  ${r.build}`);
}
