// Comments, indentation and long local names are bytes every first load downloads: the
// build's scripts and stylesheet are minified by esbuild, as the peers' bundles are. Only in
// release builds; a debug build stays as written. No format conversion: an ES module stays
// one (its export names kept, for the modules importing it), a classic script stays classic.
import { readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

export const minify = (code, loader = 'js') =>
  transformSync(code, { loader, minify: true, legalComments: 'none' }).code;

/** Minifies the file at `path` in place. */
export const minifyFile = (path, loader = path.endsWith('.css') ? 'css' : 'js') =>
  writeFileSync(path, minify(readFileSync(path, 'utf8'), loader));
