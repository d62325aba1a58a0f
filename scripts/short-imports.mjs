// wasm-bindgen names each function the WebAssembly imports from its glue by the Rust item and
// a hash (`__wbg_setAttribute_8a2c…`), once in the module's import section and once as a key
// of the glue's imports object: about 220 names, whose hashes do not compress (7 KB gzip of
// every first load, in both files). This renames them, and their module (`./<name>_bg.js`),
// to short names in both files; nothing else refers to them. Refuses (throws) unless every
// name is found exactly once in each, or on anything in the import section it cannot read.
//
//   shortenImports(wasm: Buffer, glue: string, module: string) → { wasm: Buffer, glue: string }

const readU32 = (bytes, at) => {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length || shift > 28) throw new Error('short-imports: a number runs past the module');
    const byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    if (byte < 0x80) return [value >>> 0, at];
    shift += 7;
  }
};

const writeU32 = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
};

const name = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([writeU32(bytes.length), bytes]);
};

/** A value or reference type, one byte; a typed reference (GC's 0x63, 0x64) is longer. */
const oneByteType = (byte) => {
  if (byte === 0x63 || byte === 0x64) throw new Error('short-imports: a typed reference is not read here');
};

/** The bytes of an import's description from `at`: its kind and what follows it. */
function descriptionEnd(bytes, at) {
  const kind = bytes[at++];
  const limits = (from) => {
    const flags = bytes[from++];
    // 1: a maximum; 2: shared; 4: 64-bit. Anything else (a custom page size) is not read here.
    if (flags & ~0x07) throw new Error(`short-imports: limits with flags ${flags}`);
    let [, next] = readU32(bytes, from);
    if (flags & 1) [, next] = readU32(bytes, next);
    return next;
  };
  switch (kind) {
    case 0x00: return readU32(bytes, at)[1]; // function: its type
    case 0x01: oneByteType(bytes[at]); return limits(at + 1); // table: element type, limits
    case 0x02: return limits(at); // memory: limits
    case 0x03: oneByteType(bytes[at]); return at + 2; // global: value type, mutability
    case 0x04: return readU32(bytes, at + 1)[1]; // tag: attribute, type
    default: throw new Error(`short-imports: an import of unknown kind ${kind}`);
  }
}

export function shortenImports(wasm, glue, module) {
  const shortModule = 'b';
  const renamed = new Map();
  let at = 8;
  const sections = [];
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readU32(wasm, at + 1);
    const end = body + size;
    if (id !== 2) {
      sections.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = readU32(wasm, body);
    const entries = [writeU32(count)];
    while (count--) {
      const [moduleLength, moduleAt] = readU32(wasm, p);
      const from = wasm.toString('utf8', moduleAt, moduleAt + moduleLength);
      const [fieldLength, fieldAt] = readU32(wasm, moduleAt + moduleLength);
      const field = wasm.toString('utf8', fieldAt, fieldAt + fieldLength);
      const descAt = fieldAt + fieldLength;
      p = descriptionEnd(wasm, descAt);
      let entry = [name(from), name(field)];
      if (from === module) {
        if (renamed.has(field)) throw new Error(`short-imports: ${field} imported twice`);
        const short = `_${renamed.size.toString(36)}`;
        renamed.set(field, short);
        entry = [name(shortModule), name(short)];
      }
      entries.push(...entry, wasm.subarray(descAt, p));
    }
    const content = Buffer.concat(entries);
    sections.push(Buffer.concat([Buffer.from([2]), writeU32(content.length), content]));
    at = end;
  }
  if (!renamed.size) throw new Error(`short-imports: no import from ${module}`);

  let js = glue;
  const once = (pattern, replacement, what) => {
    const found = js.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
    if (found !== 1) throw new Error(`short-imports: ${what} found ${found} times in the glue`);
    js = js.replace(pattern, replacement);
  };
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // The imports object's keys: `        __wbg_x_0123abcd: function(` on lines of their own.
  for (const [field, short] of renamed) {
    // Named nowhere else, or those places would break.
    const mentions = js.match(new RegExp(`\\b${escape(field)}\\b`, 'g'))?.length ?? 0;
    if (mentions !== 1) throw new Error(`short-imports: ${field} named ${mentions} times in the glue`);
    once(new RegExp(`(\\n\\s+)${escape(field)}(?=: )`), `$1${short}`, field);
  }
  once(new RegExp(`"${escape(module)}"(?=: )`), `"${shortModule}"`, module);
  return { wasm: Buffer.concat([wasm.subarray(0, 8), ...sections]), glue: js };
}
