// Profile, not a test: where the time goes in the invoice list (LIST=items: the billing
// items') of the demo with `rows`
// invoices, from navigation to the table shown (`start`), or while the Type filter applies
// (`filter`) or the Total column is sorted (`sort`). Samples the page's CPU (JavaScript and
// WebAssembly) over CDP, optionally with the CPU slowed, and prints the functions with the
// most self time and the share of the portal's layers (rendering, reactivity, the demo's
// query, the URL); with TRACE=1 also the main thread's time by kind (compiling, script,
// style, layout), and with SAMPLES=0 that alone, without the sampler's own cost;
// PROFILE_OUT=file.cpuprofile keeps the samples for Chromium's DevTools. Names need
// a build that keeps them:
//
//   BP_PROFILING=1 trunk build --release --offline --dist /tmp/prof-dist
//   node scripts/profile.mjs /tmp/prof-dist start|filter|sort [rows] [cpu slowdown]
import { writeFileSync } from 'node:fs';
import { launch } from '../tests/e2e/support/browser.mjs';
import { startStaticServer } from '../tests/e2e/support/static-server.mjs';
import { LISTS, applyFilter, applySort, installTimer } from './list-timing.mjs';

// LIST=items: the billing items' list instead; FILTER=1: its second filter (the items' search).
const LIST = LISTS[process.env.LIST ?? 'invoices'];
const FILTER = Number(process.env.FILTER ?? 0);

const [dist, MODE = 'filter'] = process.argv.slice(2);
if (!dist || !['start', 'filter', 'sort'].includes(MODE)) {
  throw new Error('usage: node scripts/profile.mjs DIST start|filter|sort [rows] [cpu slowdown]');
}
const ROWS = Number(process.argv[4] ?? 10000);
const SLOWDOWN = Number(process.argv[5] ?? 1);
const SAMPLING = process.env.SAMPLES !== '0';

/** The renderer's main thread, by kind of work (self time: a style recalculation forced
 *  inside a script counts as style, not script). */
function reportTrace(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const slices = events
    .filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of slices) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const outer = stack.at(-1);
    if (outer) self.set(outer.name, (self.get(outer.name) ?? 0) - e.dur / 1000);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur / 1000);
    stack.push(e);
  }
  console.log('\nmain thread, self time by kind (top 15):');
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

/** Stack frames that say which part of the portal is at work, innermost first. */
const LAYERS = [
  ['demo query (core::listing)', /billing_core::listing/],
  ['demo API (copying answers)', /billing_portal::api::demo/],
  ['URL (location, query parsing)', /billing_portal::state::(location|list_url)|billing_core::contract::params/],
  ['invoice table', /billing_portal::pages::invoices::table/],
  ['invoice page', /billing_portal::pages::invoices/],
  ['components', /billing_portal::components/],
  ['i18n / Intl', /billing_portal::i18n/],
  ['rendering (tachys)', /tachys::/],
  ['reactivity (reactive_graph)', /reactive_graph::/],
];

const browser = await launch();
const server = await startStaticServer({ dist });
try {
  // No service worker: its downloads are not the page's work.
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.addInitScript(installTimer, LIST.table);
  const url = server.url(LIST.path(ROWS));
  const cdp = await page.context().newCDPSession(page);
  const profile = async () => {
    if (process.env.TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8.wasm', 'blink.user_timing'] });
    if (SLOWDOWN > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    if (!SAMPLING) return;
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  };
  let elapsed;
  if (MODE === 'start') {
    await profile();
    await page.goto(url);
    await page.waitForFunction(() => window.__tableShown);
    elapsed = await page.evaluate(() => window.__tableShown);
  } else {
    await page.goto(url);
    await page.locator('.bp-main p[role="status"]').first().waitFor();
    await page.waitForTimeout(500);
    await profile();
    const stuck = new Promise((_, reject) => setTimeout(() => reject(new Error(`${MODE}: no change in 20 s`)), 20_000));
    const interaction = MODE === 'filter'
      ? page.evaluate(applyFilter, LIST.filters[FILTER])
      : page.evaluate(applySort, { table: LIST.table, column: LIST.sortBy });
    elapsed = (await Promise.race([interaction, stuck])).dom;
  }
  const samples = SAMPLING ? (await cdp.send('Profiler.stop')).profile : null;
  const trace = process.env.TRACE ? JSON.parse((await browser.stopTracing()).toString()) : { traceEvents: [] };
  if (samples && process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(samples));
  if (samples) report(samples, elapsed);
  else console.log(`${MODE}: ${elapsed.toFixed(1)} ms (in the page, CPU ${SLOWDOWN}x)`);
  if (process.env.TRACE) reportTrace(trace.traceEvents ?? trace);
} finally {
  await browser.close();
  await server.close();
}

/** A frame's function name without the crate hashes of v0 symbols (`billing_portal[b34b…]::`). */
function frameName(node) {
  return (node.callFrame.functionName || '(anonymous)').replace(/\[[0-9a-f]+\]/g, '');
}

function report(profile, elapsed) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const layers = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const ms = (dt[i + 1] ?? 0) / 1000;
    const name = frameName(byId.get(id));
    if (['(idle)', '(program)', '(garbage collector)'].includes(name) && ms) {
      self.set(name, (self.get(name) ?? 0) + ms);
      return;
    }
    self.set(name, (self.get(name) ?? 0) + ms);
    // The first frame up the stack that names a layer of ours.
    let layer = 'other';
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = frameName(byId.get(at));
      const found = LAYERS.find(([, re]) => re.test(f));
      if (found) { layer = found[0]; break; }
    }
    layers.set(layer, (layers.get(layer) ?? 0) + ms);
  });
  // Inclusive: each function once per sample, wherever it is on the stack.
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (dt[i + 1] ?? 0) / 1000;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(frameName(byId.get(at)));
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${MODE}: ${elapsed.toFixed(1)} ms (in the page, CPU ${SLOWDOWN}x); ${total.toFixed(1)} ms sampled`);
  console.log('\nby layer (the innermost of ours on the stack):');
  for (const [name, ms] of [...layers].sort((a, b) => b[1] - a[1])) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  console.log('\nthe portal\'s own functions, inclusive time, top 25:');
  for (const [name, ms] of [...inclusive].filter(([n]) => /^billing_portal::/.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name.slice(0, 150)}`);
  console.log('\nself time, top 30:');
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name.slice(0, 150)}`);
}
