// Trunk post-build hook: minifies the wasm-bindgen JS and boot.js with terser in release
// builds (Trunk's own minifier cannot parse current wasm-bindgen output). Debug builds and
// `trunk serve` keep readable JS.
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir || process.env.TRUNK_PROFILE !== 'release') process.exit(0);
for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const file = path.join(dir, name);
  const source = fs.readFileSync(file, 'utf8');
  const out = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code) throw new Error(`terser produced nothing for ${name}`);
  fs.writeFileSync(file, out.code);
  console.log(`[minify-js] ${name}: ${source.length} → ${out.code.length} bytes`);
}
