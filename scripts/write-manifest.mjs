// Trunk's post_build hook: writes billing-portal.manifest.json beside the hashed files, with
// each file's path (relative to the manifest) and its SRI integrity, for billing-portal.js to
// load them from wherever the portal's files are served. Hashed files never change; only
// billing-portal.js and this manifest need a short cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('TRUNK_STAGING_DIR is not set: run as a Trunk post_build hook');
const files = readdirSync(stage);
const one = (pattern, what) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one ${what}, found ${JSON.stringify(found)}`);
  return found[0];
};
const entry = (path) => ({
  path,
  integrity: `sha384-${createHash('sha384').update(readFileSync(join(stage, path))).digest('base64')}`,
});
const manifest = {
  js: entry(one(/^billing-portal-[0-9a-f]{16}\.js$/, 'JavaScript glue')),
  wasm: entry(one(/^billing-portal-[0-9a-f]{16}_bg\.wasm$/, 'WebAssembly module')),
  css: entry(one(/^main-[0-9a-f]{16}\.css$/, 'stylesheet')),
};
writeFileSync(join(stage, 'billing-portal.manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
