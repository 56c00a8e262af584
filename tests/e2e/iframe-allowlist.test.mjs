// The iframe mode's allowlist (embed-origins.json, read by embed/embed-origins.js): exact
// http(s) origins or { origin, storage } only, "null" and malformed entries left out; the shipped
// list is empty; a message from an opaque origin is never a host's, and where the browser has
// location.ancestorOrigins a host framed by a page that is not on the list is refused. The
// widget here is served without frame-ancestors (as `trunk serve` does), so that embed.js's own
// checks are what is tested; the pages around it are under the README's CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { serve } from './server.mjs';
import { launch, FLAGS } from './browser.mjs';
import { hostPages } from './frame-host.mjs';
import { allowlist } from '../../site/embed/embed-origins.js';

test('allowlist: exact origins and { origin, storage } only; "null", paths, other schemes, unknown keys left out', () => {
  const warnings = [];
  const list = allowlist(
    {
      origins: [
        'https://region.example',
        'http://localhost:8080',
        { origin: 'https://journal.example', storage: 'local' },
        { origin: 'https://panel.example', storage: 'session' },
        { origin: 'https://plain.example' },
        'null',
        'https://region.example/',
        'https://region.example/patientkontrakt',
        'HTTPS://REGION.EXAMPLE',
        'https://user@region.example',
        'ftp://region.example',
        'data:text/html,x',
        '*',
        '',
        { origin: 'null', storage: 'local' },
        { origin: 'https://disk.example', storage: 'disk' },
        { origin: 'https://more.example', storage: 'local', events: 'content' },
        ['https://array.example'],
        42,
        null,
      ],
    },
    (w) => warnings.push(w),
  );
  assert.deepEqual([...list], [
    ['https://region.example', 'session'],
    ['http://localhost:8080', 'session'],
    ['https://journal.example', 'local'],
    ['https://panel.example', 'session'],
    ['https://plain.example', 'session'],
  ]);
  assert.equal(warnings.length, 15, warnings.join('\n'));
  for (const bad of [{}, { origins: 'https://region.example' }, null, []]) assert.deepEqual([...allowlist(bad, () => {})], [], JSON.stringify(bad));
  // What ships: nothing (fail closed); scripts/run.sh and the tests add their own.
  assert.deepEqual(JSON.parse(fs.readFileSync('site/embed/embed-origins.json', 'utf8')).origins, []);
  assert.deepEqual(JSON.parse(fs.readFileSync('dist/embed-origins.json', 'utf8')).origins, [], 'the built list, too');
});

test('allowlist: scripts/run.sh\'s origins (PK_EMBED_ORIGINS) go into the built list only; a malformed one stops the build', () => {
  const run = (env) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-origins-'));
    const r = spawnSync(process.execPath, ['scripts/embed-origins.mjs'], { env: { ...process.env, TRUNK_STAGING_DIR: dir, ...env }, encoding: 'utf8' });
    const file = path.join(dir, 'embed-origins.json');
    return { status: r.status, origins: fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).origins : null };
  };
  assert.deepEqual(run({ PK_EMBED_ORIGINS: '' }), { status: 0, origins: null }, 'unset: the shipped, empty list stays');
  assert.deepEqual(run({ PK_EMBED_ORIGINS: 'http://localhost:8080 https://journal.example=local' }), {
    status: 0,
    origins: ['http://localhost:8080', { origin: 'https://journal.example', storage: 'local' }],
  });
  for (const bad of ['null', 'http://localhost:8080/', 'https://journal.example=disk']) {
    const r = run({ PK_EMBED_ORIGINS: bad });
    assert.ok(r.status !== 0 && r.origins === null, `${bad}: ${JSON.stringify(r)}`);
  }
  const runSh = fs.readFileSync('scripts/run.sh', 'utf8');
  assert.match(runSh, /PK_EMBED_ORIGINS="\$\{PK_EMBED_ORIGINS:-http:\/\/localhost:\$\{PORT:-8080\}\}"/, 'run.sh lists the demo\'s origin');
});

test('demos: the demo host pages go into a build only with PK_DEMOS=1 (scripts/run.sh, scripts/test.sh), never into a deployment\'s', () => {
  const run = (env) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-demos-'));
    const r = spawnSync(process.execPath, ['scripts/demos.mjs'], { env: { ...process.env, PK_DEMOS: '', TRUNK_STAGING_DIR: dir, ...env }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return fs.existsSync(path.join(dir, 'demos')) ? fs.readdirSync(path.join(dir, 'demos')).sort() : null;
  };
  assert.equal(run({}), null, 'no demos without PK_DEMOS');
  assert.deepEqual(run({ PK_DEMOS: '1' }), fs.readdirSync('site/demos').sort());
  assert.doesNotMatch(fs.readFileSync('site/index.html', 'utf8'), /href="demos"/, 'Trunk does not copy them itself');
  for (const script of ['scripts/run.sh', 'scripts/test.sh']) assert.match(fs.readFileSync(script, 'utf8'), /PK_DEMOS=1/, script);
});

// A page of an opaque origin (a data: document, not sandboxed, so the widget in it runs as it
// would anywhere) that frames the widget and says hello, then asks it to set an agreement; it
// records every answer. (A sandboxed parent will not do: its frames inherit the sandbox, and a
// sandboxed embed.html cannot load its module scripts at all.)
const OPAQUE = (widget) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Ogenomskinlig</title></head><body><script>
window.got = [];
window.addEventListener('message', (e) => window.got.push(e.data));
const f = document.createElement('iframe');
f.title = 'widget';
f.src = ${JSON.stringify(widget)} + '/embed.html?storage=none';
document.body.append(f);
let n = 0;
const timer = setInterval(() => {
  f.contentWindow.postMessage({ pk: 2, type: 'hello' }, '*');
  f.contentWindow.postMessage({ pk: 2, type: 'call', id: n, method: 'reset', args: [] }, '*');
  if (++n === 30) { clearInterval(timer); window.sent = true; }
}, 100);
</script></body></html>`;
// A page on an origin not on the list that frames the (listed) host page. That host page is
// served without a policy: the README's CSP lets no page but embed.html be framed.
const WRAPPER = (host, widget) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Ram</title></head><body>
<iframe title="Värd" src="${host}frame-host.html?widget=${encodeURIComponent(widget)}&storage=none"></iframe></body></html>`;

let widget, host, nested, third;
before(async () => {
  const widgetPolicy = {};
  const hostPolicy = {};
  const thirdPolicy = {};
  widget = await serve('dist', { csp: false, policy: widgetPolicy });
  host = await serve('dist', { policy: hostPolicy, extraPages: hostPages() });
  nested = await serve('dist', { csp: false, extraPages: hostPages() });
  const thirdPages = { '/wrapper.html': { body: '' } };
  third = await serve('dist', { policy: thirdPolicy, extraPages: thirdPages });
  thirdPages['/wrapper.html'].body = WRAPPER(nested.url, widget.origin);
  // The host is listed; so is "null" (as a careless list might), which must not let an opaque origin in.
  widgetPolicy.embedOrigins = [host.origin, nested.origin, 'null'];
  hostPolicy.frameSrc = [widget.origin, host.origin];
  thirdPolicy.frameSrc = [nested.origin];
});
after(async () => {
  for (const s of [widget, host, nested, third]) await s?.close();
});

// Chromium's local network access checks keep a page of an opaque origin from framing anything
// on 127.0.0.1; a real attacker's opaque page frames the widget's public origin, so they are off
// here.
const OPEN_LOCAL = '--disable-features=BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults,LocalNetworkAccessChecks';

test('allowlist: an opaque origin (a data: page) is no host, even with "null" on the list', async () => {
  const browser = await launch({ args: [...FLAGS, OPEN_LOCAL] });
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(OPAQUE(widget.origin))}`);
    assert.equal(await page.evaluate(() => window.origin), 'null', 'the page is of an opaque origin');
    const framed = () => page.frame({ url: /^http.*\/embed\.html/ }); // (the data: address names it too)
    await page.waitForFunction(() => window.sent === true, null, { polling: 100 });
    await framed().waitForFunction(() => document.readyState === 'complete' && customElements.get('patient-kontrakt') !== undefined);
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.got), [], 'no answer');
    assert.equal(await framed().locator('patient-kontrakt').count(), 0, 'the widget did not start, so nothing was reset');
    // The same list lets the listed host in.
    await page.goto(`${host.url}frame-host.html?widget=${encodeURIComponent(widget.origin)}&storage=none`);
    await page.waitForFunction(() => window.pkReady === true);
  } finally {
    await browser.context.close();
  }
});

test('allowlist: where the browser has location.ancestorOrigins, a listed host framed by an unlisted page is refused', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    // The host page's parent is the third origin's page.
    await page.goto(`${third.url}wrapper.html`);
    const hostFrame = () => page.frame({ url: /frame-host\.html/ });
    await page.waitForFunction(() => document.querySelector('iframe'));
    await page.waitForTimeout(300);
    await hostFrame().waitForFunction(() => window.pk !== undefined);
    const framed = () => page.frame({ url: /embed\.html/ });
    await framed().waitForFunction(() => document.readyState === 'complete');
    assert.ok(await framed().evaluate(() => location.ancestorOrigins?.length === 2), 'Chromium has ancestorOrigins');
    await page.waitForTimeout(2500);
    assert.equal(await hostFrame().evaluate(() => window.pkReady === true), false, 'no answer to the hello');
    assert.equal(await framed().locator('patient-kontrakt').count(), 0, 'the widget did not start');
  } finally {
    await browser.context.close();
  }
});
