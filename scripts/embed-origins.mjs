// Trunk post-build hook: when PK_EMBED_ORIGINS is set (origins separated by spaces; `=local`
// after one marks it for localStorage), writes them as the built embed-origins.json, so a local
// server lets those pages drive embed.html. scripts/run.sh sets it for the iframe demo. Without
// it the build keeps the shipped list, which is empty: no page may drive the frame.
import fs from 'node:fs';
import path from 'node:path';
import { allowlist } from '../site/embed/embed-origins.js';

const dir = process.env.TRUNK_STAGING_DIR;
const wanted = (process.env.PK_EMBED_ORIGINS || '').split(/\s+/).filter(Boolean);
if (!dir || !wanted.length) process.exit(0);
const origins = wanted.map((w) => {
  const [origin, storage] = w.split('=');
  return storage ? { origin, storage } : origin;
});
// The widget's own reading of the list: an entry it would leave out stops the build.
const problems = [];
allowlist({ origins }, (p) => problems.push(p));
if (problems.length) throw new Error(`PK_EMBED_ORIGINS: ${problems.join('; ')}`);
const note = 'Written by scripts/embed-origins.mjs from PK_EMBED_ORIGINS for a local server; the shipped list is empty.';
fs.writeFileSync(path.join(dir, 'embed-origins.json'), `${JSON.stringify({ note, origins }, null, 2)}\n`);
console.log(`[embed-origins] ${wanted.join(' ')}`);
