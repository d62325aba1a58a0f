// The build's names and integrity of files, from their bytes: what a hashed name or an
// integrity means lives here once, for build-split.mjs and write-manifest.mjs alike.
import { createHash } from 'node:crypto';

/** 16 hex digits of the SHA-256 of `parts`: a file name that changes when its bytes do. */
export const hex16 = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 16);
};

/** Subresource Integrity, in SHA-256, which browsers take as they take SHA-384: 20
 *  characters shorter for each chunk the link module lists, characters that do not compress. */
export const sri = (bytes) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
