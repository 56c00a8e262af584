// Trunk post-build hook: the demo host pages (site/demos/) go into the build only when
// PK_DEMOS=1 — scripts/run.sh and scripts/test.sh set it. A deployment's build
// (`trunk build --release`) ships no demos: no page on the widget's own origin that frames it or
// drives it as a host would.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir || process.env.PK_DEMOS !== '1') process.exit(0);
fs.cpSync('site/demos', path.join(dir, 'demos'), { recursive: true });
console.log('[demos] site/demos → demos/ (PK_DEMOS=1)');
