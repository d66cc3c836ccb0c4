// Where secrets occur: every file under a directory, searched byte for byte (binary files included).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      out.push(...filesUnder(p));
    } else if (entry.isFile()) {
      out.push(p);
    }
  }
  return out;
}

/** "<what> in <file>" for each secret (what -> value) found in each file. */
export function occurrences(files, secrets) {
  const hits = [];
  for (const f of files) {
    const bytes = readFileSync(f);
    for (const [what, value] of Object.entries(secrets)) {
      if (bytes.includes(Buffer.from(value))) {
        hits.push(`${what} in ${f}`);
      }
    }
  }
  return hits;
}
