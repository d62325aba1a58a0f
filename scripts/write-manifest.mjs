// Trunk's post_build hook: writes billing-portal.manifest.json beside the hashed files, with
// each file's path (relative to the manifest) and its SRI integrity, for billing-portal.js to
// load them from wherever the portal's files are served; and readies the portal's own page.
// Hashed files never change; only billing-portal.js and this manifest need a short cache.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { hex16, sri } from './hashes.mjs';
import { minify, minifyFile } from './minify.mjs';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('TRUNK_STAGING_DIR is not set: run as a Trunk post_build hook');
const files = readdirSync(stage);
const one = (pattern, what) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one ${what}, found ${JSON.stringify(found)}`);
  return found[0];
};
// Trunk names the stylesheet by a hash it writes without leading zeros: 1 to 16 digits.
let stylesheet = one(/^main-[0-9a-f]{1,16}\.css$/, 'stylesheet');
// The scripts and stylesheet Trunk copied as written, minified (build-split.mjs minified
// its own). The stylesheet is named again by its minified bytes: a hashed name must always
// mean the same bytes, whatever esbuild version wrote them.
if ((process.env.TRUNK_PROFILE ?? 'release') === 'release') {
  for (const file of files.filter((f) => /^(billing-portal|sw)\.js$/.test(f))) minifyFile(join(stage, file));
  const css = minify(readFileSync(join(stage, stylesheet), 'utf8'), 'css');
  rmSync(join(stage, stylesheet));
  stylesheet = `main-${hex16(css)}.css`;
  writeFileSync(join(stage, stylesheet), css);
}
const entry = (path) => ({
  path,
  integrity: sri(readFileSync(join(stage, path))),
});
// Each backend's build (scripts/build-split.mjs), for the loader to load the one the element
// asks for: the glue, the main module and the link module the glue imports (which fetches
// the chunks relative to its own URL, checking the integrity written into it), with their
// integrity; and the demo's chunks by path only, for its service worker to keep (an API has
// no worker, and nothing else reads them): their integrity, or an API build's list, would be
// bytes that nothing reads in the file every first load waits for.
const splitInfo = join(stage, 'billing-portal.split.json');
const builds = JSON.parse(readFileSync(splitInfo, 'utf8'));
rmSync(splitInfo);
const manifest = { css: entry(stylesheet) };
for (const [backend, build] of Object.entries(builds)) {
  manifest[backend] = { js: entry(build.js), wasm: entry(build.wasm), link: entry(build.link) };
  if (backend === 'demo') manifest[backend].chunks = build.chunks;
}
// Every language's messages, by the folders the build copied: for the service worker to keep,
// so that a language added as a folder is kept too.
manifest.locales = readdirSync(join(stage, 'locales')).sort()
  .flatMap((lang) => ['main', 'views'].map((part) => `locales/${lang}/${part}.ftl`));
writeFileSync(join(stage, 'billing-portal.manifest.json'), `${JSON.stringify(manifest)}\n`);

// The portal's own page: billing-portal.js is its only script. Trunk's leftovers go (its
// Rust link, the stylesheet it links in the page though the portal's styles live in the
// element's shadow root, blank lines where copied files were named), and in their place
// hints that start every download the loader will ask for while the page is still parsed,
// rather than one after another (manifest, then script, then WebAssembly): the loader's
// requests, of the same mode and integrity, are then answered from them. The demo's build,
// as the page is the demo's; a server that writes an `api-base` into it puts the API's
// build in its place (the reference server does).
const { demo } = manifest;
const hints = [
  '<link rel="preload" href="billing-portal.manifest.json" as="fetch" crossorigin />',
  ...[demo.js, demo.link].map((m) => `<link rel="modulepreload" href="${m.path}" integrity="${m.integrity}" crossorigin />`),
  // Chromium ignores `integrity` on a fetch preload (crbug.com/981419); the loader's fetch
  // checks it.
  `<link rel="preload" href="${demo.wasm.path}" as="fetch" crossorigin />`,
  `<link rel="preload" href="${manifest.css.path}" as="fetch" crossorigin />`,
].map((link) => `    ${link}\n`).join('');
const page = join(stage, 'index.html');
const html = readFileSync(page, 'utf8')
  .replace(/^\s*<link data-trunk rel="rust"[^>]*>\n/m, '')
  .replace(/^\s*<link rel="stylesheet" href="[^"]*main-[0-9a-f]{1,16}\.css"[^>]*>\n/m, '')
  .replace(/^\s*\n/gm, '')
  .replace(/^(\s*<script type="module" src="billing-portal\.js"><\/script>\n)/m, `${hints}$1`);
if (!html.includes(hints)) throw new Error('index.html: no <script src="billing-portal.js"> to put the hints before');
writeFileSync(page, html);

// Compressed copies beside each file a server sends as it is, for it to answer in the best
// coding the browser accepts (the reference server does; see the README for others). The
// page is left out: a server rewrites it for its base path and attributes first.
const compressible = /\.(js|wasm|css|json|ftl|svg)$/;
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
for (const file of walk(stage).filter((f) => compressible.test(f))) {
  const bytes = readFileSync(file);
  const br = brotliCompressSync(bytes, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const gz = gzipSync(bytes, { level: 9 });
  // Not worth a Content-Encoding when compressing saves nothing.
  if (br.length < bytes.length) writeFileSync(`${file}.br`, br);
  if (gz.length < bytes.length) writeFileSync(`${file}.gz`, gz);
}
