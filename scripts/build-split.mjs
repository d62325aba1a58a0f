// Trunk's pre_build hook, in place of its Rust pipeline: builds the app's WebAssembly split
// into a main module and lazily loaded chunks (each `#[lazy]` function's code), and writes
// them into Trunk's staging directory under hashed names. Trunk 0.21 cannot do this itself:
// `wasm-split` has to run between `cargo build` and `wasm-bindgen`.
//
//   cargo build (relocations kept) → wasm-split-cli → wasm-bindgen (main module only)
//   → wasm-opt on the main module and each chunk → hashed names
//
// A release builds all this twice, once for each backend (the crate's `demo` and `http`
// features): a portal loads only its backend's code, the demo without the HTTP client and
// an API without the demo's seed and ledger. A debug build has both in one.
//
// Output, beside Trunk's other files, for each build:
//   billing-portal-<id>.js        wasm-bindgen's glue, importing the link module
//   billing-portal-<id>_bg.wasm   the main module
//   wasm-split-<id>.js            wasm-split's link module: fetches the chunks, relative to
//                                 its own URL, each checked against its integrity
//   split-<name>-<hash>.wasm      one per chunk
// and billing-portal.split.json, the builds by backend, read by write-manifest.mjs.
//
// <id> covers every one of these files: the glue and the link module import each other, so
// neither can be named by its own content alone.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hex16, sri } from './hashes.mjs';
import { minify } from './minify.mjs';
import { shortenImports } from './short-imports.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'billing-portal';
const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('TRUNK_STAGING_DIR is not set: run as a Trunk hook');
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
// For scripts/profile.mjs: optimized as released, but with the functions' names kept (wasm-opt
// drops the name section that wasm-bindgen leaves, unless told `-g`).
const profiling = process.env.BP_PROFILING === '1';
const targetDir = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');

const run = (command, args, env = {}) => {
  console.error(`build-split: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
};

// 1. The WebAssembly, with its relocations: wasm-split needs them to move functions. The
// flags are added to the target's rustflags of .cargo/config.toml (a --config array is
// appended to them; RUSTFLAGS would replace them).
//
// A release build also leaves out where in the source each possible panic is: every
// `unwrap`, index and `RefCell` borrow of ours and of our dependencies otherwise keeps a
// file name, line and column (16 bytes of pointers each, which compress badly: 7.7 KB gzip
// of the main module). A panic still shows the crash panel and its message, without the
// place. The flag is unstable: RUSTC_BOOTSTRAP lets the pinned stable compiler take it,
// for this build only (`-Zlocation-detail` has been in rustc since 1.58). Build scripts
// that probe the compiler for unstable features (thiserror's, anyhow's) see it too and may
// use them in this build: the end-to-end suite runs on it; check their probes when the
// toolchain moves.
const rustflags = ['-Clink-args=--emit-relocs', ...(release ? ['-Zlocation-detail=none'] : [])];

/** One build of the app with `features`, split, optimized and named in the staging
 *  directory (its work in target/wasm-split/<name>): what the manifest lists of it. */
function build(name, features) {
  run('cargo', [
    'build', '--target=wasm32-unknown-unknown', '--bin', NAME,
    '--no-default-features', '--features', ['split', ...features].join(','),
    ...(release ? ['--release'] : []),
    '--config', `target.wasm32-unknown-unknown.rustflags=${JSON.stringify(rustflags)}`,
  ], release ? { RUSTC_BOOTSTRAP: '1' } : {});
  const input = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${NAME}.wasm`);

  // 2. Split. The link module is named `./__wasm_split.js` in the main module's imports and
  // imports the glue as `./billing-portal.js`; both are renamed below.
  const work = join(targetDir, 'wasm-split', name);
  rmSync(work, { recursive: true, force: true });
  run('wasm-split-cli', [input, work, '--target', 'web', '--out-name', NAME]);

  // 3. wasm-bindgen on the main module only; it keeps the exports the chunks link to.
  run('wasm-bindgen', [
    join(work, `${NAME}.wasm`), '--out-dir', join(work, 'bg'), '--out-name', NAME,
    '--target', 'web', '--no-typescript', '--keep-lld-exports',
  ]);

  // 3b. Short names for what the main module imports from the glue (scripts/short-imports.mjs).
  if (release) {
    const wasmPath = join(work, 'bg', `${NAME}_bg.wasm`);
    const gluePath = join(work, 'bg', `${NAME}.js`);
    const short = shortenImports(readFileSync(wasmPath), readFileSync(gluePath, 'utf8'), `./${NAME}_bg.js`);
    writeFileSync(wasmPath, short.wasm);
    writeFileSync(gluePath, short.glue);
  }

  // 4. wasm-opt, as Trunk's data-wasm-opt="z" did, on each module.
  const chunks = readdirSync(work).filter((f) => f.endsWith('.wasm') && f !== `${NAME}.wasm`);
  const optimize = (from, to) =>
    release
      ? run('wasm-opt', [
        '-Oz', ...(profiling ? ['-g'] : []),
        // Which tools made the module and the features it uses: for nobody in the browser.
        '--strip-producers', '--strip-target-features',
        from, '-o', to,
      ])
      : renameSync(from, to);
  mkdirSync(join(work, 'opt'));
  optimize(join(work, 'bg', `${NAME}_bg.wasm`), join(work, 'opt', `${NAME}_bg.wasm`));
  for (const chunk of chunks) optimize(join(work, chunk), join(work, 'opt', chunk));

  // 5. Names. Chunks by their own content; the link module gets their names and integrity.
  let link = readFileSync(join(work, '__wasm_split.js'), 'utf8');
  const chunkFiles = [];
  for (const chunk of chunks) {
    const bytes = readFileSync(join(work, 'opt', chunk));
    const stem = chunk.replace(/\.wasm$/, '').replace(/_\d+$/, '').replace(/_/g, '-');
    const path = `${stem}-${hex16(bytes)}.wasm`;
    const integrity = sri(bytes);
    const fetchOf = `fetch(new URL("./${chunk}", import.meta.url))`;
    if (!link.includes(fetchOf)) throw new Error(`the link module does not fetch ${chunk}`);
    link = link.replace(fetchOf, `fetch(new URL("./${path}", import.meta.url), { integrity: "${integrity}" })`);
    writeFileSync(join(stage, path), bytes);
    chunkFiles.push({ path, integrity });
  }
  // wasm-split names the views sharing each chunk in a comment: for whoever reads the build,
  // not for the browser, which would download them on every first load.
  link = link.replace(/^\/\* [\w, ]* \*\/\n/gm, '');
  // Minified before they are named, so that a name always means the same bytes (a newer
  // esbuild writing them otherwise makes new names, not a changed file under an old one).
  let glue = readFileSync(join(work, 'bg', `${NAME}.js`), 'utf8');
  if (release) {
    glue = minify(glue);
    link = minify(link);
  }
  // `from "./x.js"`, or `from"./x.js"` minified: the imports, not the glue's keys that name
  // the WebAssembly's import modules.
  const importOf = (file) => new RegExp(`from\\s*"\\./${file.replace(/\./g, '\\.')}"`, 'g');
  const glueImport = importOf(`${NAME}.js`);
  const linkImport = importOf('__wasm_split.js');
  if (!glueImport.test(link)) throw new Error('the link module does not import the glue');
  if (!linkImport.test(glue)) throw new Error('the glue does not import the link module');
  const mainWasm = readFileSync(join(work, 'opt', `${NAME}_bg.wasm`));
  const id = hex16(mainWasm, glue, link);
  const names = { js: `${NAME}-${id}.js`, wasm: `${NAME}-${id}_bg.wasm`, link: `wasm-split-${id}.js` };
  link = link.replaceAll(glueImport, `from "./${names.js}"`);
  // wasm-bindgen imports the link module once per split function (`import1`, `import2`…).
  glue = glue.replaceAll(linkImport, `from "./${names.link}"`);
  writeFileSync(join(stage, names.js), glue);
  writeFileSync(join(stage, names.wasm), mainWasm);
  writeFileSync(join(stage, names.link), link);
  return { ...names, chunks: chunkFiles.map((c) => c.path) };
}

const builds = release
  ? { demo: build('demo', ['demo']), api: build('api', ['http']) }
  : { demo: build('both', ['demo', 'http']) };
builds.api ??= builds.demo;
writeFileSync(join(stage, `${NAME}.split.json`), `${JSON.stringify(builds, null, 2)}\n`);
