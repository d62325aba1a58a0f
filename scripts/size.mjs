// What a browser downloads on first load, as the reference server sends it (the build's own
// `.br` and `.gz` copies), on the demo and on an API (each loads its own build), and each
// view's chunk fetched later; fails over the budgets.
// Run after `trunk build --release`:  node scripts/size.mjs [dist]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
// Bytes: the whole first load (HTML, the entry and its manifest, the glue, the main WASM and
// the chunk loader, CSS, one locale, and on the demo its worker), gzip and brotli.
const BUDGETS = {
  demo: { gzip: 287_400, br: 233_900 },
  api: { gzip: 298_400, br: 242_600 },
};
// The one script a console includes, alone.
const ENTRY_BUDGET = 2_048;
// Each view's chunk, fetched on its first visit, gzip.
const CHUNK_BUDGET = 80_000;

const manifest = JSON.parse(readFileSync(join(dist, 'billing-portal.manifest.json'), 'utf8'));
const files = readdirSync(dist);
// The copy a server sends, or (for the page, which a server rewrites) compressed here alike.
const sent = (file, extension, compress) =>
  existsSync(`${file}.${extension}`) ? statSync(`${file}.${extension}`).size : compress(readFileSync(file)).length;
const gzip = (file) => sent(file, 'gz', (b) => gzipSync(b, { level: 9 }));
const measure = (file) => ({
  raw: statSync(file).size,
  gzip: gzip(file),
  // The reference server gzips the page it writes, even for a browser that takes brotli.
  br: file.endsWith('.html')
    ? gzip(file)
    : sent(file, 'br', (b) =>
        brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
      ),
});

// English is compiled in; any other language costs one .ftl fetch: the largest is counted.
const locales = readdirSync(join(dist, 'locales')).map((l) => join(dist, 'locales', l, 'main.ftl'));
const largestLocale = locales.sort((a, b) => statSync(b).size - statSync(a).size)[0];
const firstLoad = (backend) => [
  // The API's page is the same but for its attributes and the build it preloads.
  ['html', join(dist, 'index.html')],
  ['entry', join(dist, 'billing-portal.js')],
  ['manifest', join(dist, 'billing-portal.manifest.json')],
  ['js', join(dist, manifest[backend].js.path)],
  ['wasm', join(dist, manifest[backend].wasm.path)],
  // wasm-split's link module, which the glue imports: it fetches a view's chunk when needed.
  ['link', join(dist, manifest[backend].link.path)],
  ['css', join(dist, manifest.css.path)],
  ['locale', largestLocale],
  // Fetched once the demo runs and the page is idle, to keep it for offline use.
  ...(backend === 'demo' ? [['worker', join(dist, 'sw.js')]] : []),
];
const chunks = files.filter((f) => /^(split|chunk)-.*\.wasm$/.test(f)).map((f) => join(dist, f));

const n = (value) => String(value).padStart(9);
const line = (label, size, file, note = '') =>
  console.log(`${label.padEnd(9)} ${n(size.raw)} B ${n(size.gzip)} B gzip ${n(size.br)} B br  ${file}${note}`);
const totals = {};
for (const backend of Object.keys(BUDGETS)) {
  const total = { raw: 0, gzip: 0, br: 0 };
  console.log(`first load on ${backend === 'demo' ? 'the demo' : 'an API'}:`);
  for (const [label, file] of firstLoad(backend)) {
    const size = measure(file);
    for (const key of Object.keys(total)) total[key] += size[key];
    line(label, size, relative(dist, file));
  }
  totals[backend] = total;
}
console.log('later, on a view\'s first visit, both builds\' chunks:');
let chunksOver = 0;
for (const file of chunks) {
  const size = measure(file);
  const over = size.gzip > CHUNK_BUDGET;
  chunksOver += over;
  line('chunk', size, relative(dist, file), over ? ` (later) OVER ${CHUNK_BUDGET} B gzip` : ' (later)');
}

const entry = measure(join(dist, 'billing-portal.js')).gzip;
const verdict = (ok) => (ok ? 'within' : 'OVER');
const entryOk = entry <= ENTRY_BUDGET;
console.log(`entry      ${entry} B gzip (budget ${ENTRY_BUDGET} B): ${verdict(entryOk)}`);
let loadsOk = true;
for (const [backend, budget] of Object.entries(BUDGETS)) {
  for (const [coding, name] of [['gzip', 'gzip'], ['br', 'brotli']]) {
    const ok = totals[backend][coding] <= budget[coding];
    loadsOk &&= ok;
    console.log(`first load, ${backend.padEnd(4)} ${totals[backend][coding]} B ${name} (budget ${budget[coding]} B): ${verdict(ok)}`);
  }
}
if (chunksOver) console.error(`${chunksOver} chunk(s) over the budget of ${CHUNK_BUDGET} B gzip`);
process.exit(entryOk && loadsOk && !chunksOver ? 0 : 1);
