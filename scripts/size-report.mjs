// Where the bytes of a WebAssembly module go, by crate and by function, in the spirit of
// twiggy's `top`: the code of each function (its body in the code section, named by the
// name section) and the data segments. Run on a module that still has its names, such as
// the split main module before wasm-bindgen and wasm-opt:
//
//   node scripts/size-report.mjs target/wasm-split/billing-portal.wasm [top-n]
//
// Sizes are before wasm-opt (which shrinks code by about a third, evenly), so read shares.
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/size-report.mjs MODULE.wasm [top-n]');
  process.exit(2);
}
const top = Number(topArg ?? 30);
const bytes = readFileSync(file);

let pos = 8;
const u32 = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return result;
    shift += 7;
  }
};
const name = () => {
  const length = u32();
  const text = bytes.toString('utf8', pos, pos + length);
  pos += length;
  return text;
};

let imported = 0;
const bodies = [];
const names = new Map();
const sections = [];
let dataBytes = 0;
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = u32();
  const end = pos + size;
  if (id === 0) {
    const custom = name();
    sections.push([`custom ${custom}`, size]);
    if (custom === 'name') {
      while (pos < end) {
        const kind = bytes[pos++];
        const length = u32();
        const next = pos + length;
        if (kind === 1) {
          for (let n = u32(); n > 0; n--) {
            const index = u32();
            names.set(index, name());
          }
        }
        pos = next;
      }
    }
  } else {
    sections.push([['type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id - 1] ?? `#${id}`, size]);
    if (id === 2) {
      for (let n = u32(); n > 0; n--) {
        name();
        name();
        const kind = bytes[pos++];
        if (kind === 0) {
          imported++;
          u32();
        } else if (kind === 1) {
          pos++;
          const flags = u32();
          u32();
          if (flags & 1) u32();
        } else if (kind === 2) {
          const flags = u32();
          u32();
          if (flags & 1) u32();
        } else {
          pos += 2;
        }
      }
    } else if (id === 10) {
      for (let n = u32(), index = 0; index < n; index++) {
        const length = u32();
        bodies.push(length);
        pos += length;
      }
    } else if (id === 11) {
      dataBytes = size;
    }
  }
  pos = end;
}

// Rust's legacy mangling (`_ZN` length-prefixed segments `E`), enough to read paths.
const ESCAPES = { SP: '@', BP: '*', RF: '&', LT: '<', GT: '>', LP: '(', RP: ')', C: ',' };
const demangle = (symbol) => {
  if (!symbol.startsWith('_ZN')) return symbol;
  const segments = [];
  let at = 3;
  while (at < symbol.length && symbol[at] !== 'E') {
    const digits = /^\d+/.exec(symbol.slice(at))?.[0];
    if (!digits) return symbol;
    at += digits.length;
    segments.push(symbol.slice(at, at + Number(digits)));
    at += Number(digits);
  }
  if (/^h[0-9a-f]{16}$/.test(segments.at(-1) ?? '')) segments.pop();
  return segments
    .map((segment) =>
      segment
        .replace(/^_\$/, '$')
        .replace(/\$u([0-9a-f]+)\$/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
        .replace(/\$([A-Z]+)\$/g, (all, code) => ESCAPES[code] ?? all)
        .replaceAll('..', '::'),
    )
    .join('::');
};

// Where a function belongs: its first path segment, or for `<A as B>::f` the type's (`A`);
// the project's own crates by module. v0-mangled names (`_R…`) give their first crate.
const OWN = new Set(['billing_portal', 'billing_core']);
const groupOf = (fn) => {
  if (fn.startsWith('_R')) {
    const match = /C(?:s[0-9a-zA-Z]*_)?(\d+)/.exec(fn);
    return match ? fn.slice(match.index + match[0].length, match.index + match[0].length + Number(match[1])) : '(unnamed)';
  }
  const path = /^[<&(\[*]*(?:mut |dyn |const )?([A-Za-z_][A-Za-z0-9_]*)(?:::([A-Za-z_][A-Za-z0-9_]*))?/.exec(fn);
  if (!path) return '(unnamed)';
  return OWN.has(path[1]) && path[2] ? `${path[1]}::${path[2]}` : path[1];
};

const byCrate = new Map();
const functions = [];
let codeTotal = 0;
bodies.forEach((size, index) => {
  const fn = demangle(names.get(imported + index) ?? `func${imported + index}`);
  codeTotal += size;
  functions.push([fn, size]);
  const crate = groupOf(fn);
  const entry = byCrate.get(crate) ?? { size: 0, count: 0 };
  entry.size += size;
  entry.count++;
  byCrate.set(crate, entry);
});

const pct = (n, of) => `${((100 * n) / of).toFixed(1).padStart(5)}%`;
const row = (label, size, of, extra = '') =>
  console.log(`${String(size).padStart(9)} B ${pct(size, of)}  ${label}${extra}`);

console.log(`${file}: ${bytes.length} B, ${bodies.length} functions, code ${codeTotal} B, data ${dataBytes} B`);
console.log('\nSections');
for (const [label, size] of sections.sort((a, b) => b[1] - a[1])) row(label, size, bytes.length);
console.log('\nCode by crate (the project\'s own by module)');
for (const [crate, { size, count }] of [...byCrate].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
  row(crate, size, codeTotal, ` (${count} functions)`);
}
// A generic's instances and a function's closures, counted as one: where inlined view code
// ends up (`untrack_with_diagnostics`, `RenderEffect::new…`) shows here.
const family = (fn) => {
  let previous;
  let text = fn;
  while (text !== previous) {
    previous = text;
    text = text.replace(/<[^<>]*>/g, '<>');
  }
  return text.replaceAll('{{closure}}', '{}');
};
const families = new Map();
for (const [fn, size] of functions) {
  const entry = families.get(family(fn)) ?? { size: 0, count: 0 };
  entry.size += size;
  entry.count++;
  families.set(family(fn), entry);
}
console.log(`\nLargest ${top} families (generic instances and closures together)`);
for (const [name, { size, count }] of [...families].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
  row(name.length > 140 ? `${name.slice(0, 137)}...` : name, size, codeTotal, ` (${count})`);
}
console.log(`\nLargest ${top} functions`);
for (const [fn, size] of functions.sort((a, b) => b[1] - a[1]).slice(0, top)) {
  row(fn.length > 140 ? `${fn.slice(0, 137)}...` : fn, size, codeTotal);
}
