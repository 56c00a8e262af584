// config-src (region settings from a file): only an http(s) file of the page's own origin,
// followed through a redirect on that origin but never to another, and at most 1 MB. The host
// page here has no CSP at all, so only the widget's own checks stand between it and another
// origin (under the README's CSP, connect-src 'self' refuses that origin as well).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const json = (o) => ({ type: 'application/json', body: JSON.stringify(o) });
const LISTEN_JS = `window.ready = [];
document.addEventListener('pk-ready', (e) => window.ready.push(e.target.id));`;
// A same-origin blob: address, made by the page before the widget starts.
const BLOB_JS = `document.getElementById('blob').setAttribute('config-src',
  URL.createObjectURL(new Blob([JSON.stringify({ unit: 'Från en blob' })], { type: 'application/json' })));`;
const big = JSON.stringify({ unit: 'Stor fil', $schema: 'x'.repeat(2 * 1024 * 1024) });

let host, foreign;
before(async () => {
  foreign = await serve('dist', {
    extraPages: { '/region.json': { ...json({ unit: 'Annat ursprung' }), headers: { 'access-control-allow-origin': '*' } } },
  });
  const pages = {
    '/listen.js': { type: 'text/javascript', body: LISTEN_JS },
    '/blob.js': { type: 'text/javascript', body: BLOB_JS },
    '/small.json': json({ unit: 'Liten fil' }),
    '/here.json': { status: 302, headers: { location: '/small.json' }, body: '' },
    '/big.json': { type: 'application/json', body: big },
    '/chunked.json': { type: 'application/json', body: big, chunked: true },
    '/config.html': {
      body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>config-src</title>
<link rel="stylesheet" href="/patientkontrakt.css"><script src="/listen.js"></script><script type="module" src="/boot.js"></script></head>
<body><main>
<patient-kontrakt id="ok" storage="none" config-src="/small.json"></patient-kontrakt>
<patient-kontrakt id="here" storage="none" config-src="/here.json"></patient-kontrakt>
<patient-kontrakt id="away" storage="none" config-src="/away.json"></patient-kontrakt>
<patient-kontrakt id="big" storage="none" config-src="/big.json"></patient-kontrakt>
<patient-kontrakt id="chunked" storage="none" config-src="/chunked.json"></patient-kontrakt>
<patient-kontrakt id="blob" storage="none"></patient-kontrakt>
<script src="/blob.js"></script>
</main></body></html>`,
    },
  };
  host = await serve('dist', { csp: false, extraPages: pages });
  // A file of the page's own origin that redirects to another origin, which allows CORS.
  pages['/away.json'] = { status: 302, headers: { location: `${foreign.url}region.json` }, body: '' };
});
after(async () => {
  await host?.close();
  await foreign?.close();
});

test('config-src: a redirect on the same origin is followed; another origin, another scheme and an oversized file are refused', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(host.url + 'config.html');
    await page.waitForFunction(() => window.ready.length === 6);
    const unit = (id) => page.evaluate((i) => document.getElementById(i).getAgreement().agreed_by.unit, id);
    await page.waitForFunction(() => ['ok', 'here'].every((id) => document.getElementById(id).getAgreement().agreed_by.unit));
    assert.equal(await unit('ok'), 'Liten fil');
    assert.equal(await unit('here'), 'Liten fil', 'a redirect within the origin is followed');
    // Give the refused ones time to have arrived, had they been read.
    await page.waitForTimeout(1000);
    const said = (what) => assert.ok(warnings.some((t) => t.includes('config-src') && t.includes(what)), `${what}:\n${warnings.join('\n')}`);
    assert.equal(await unit('away'), '', 'nothing from the other origin the file redirected to');
    said('a redirect to another origin');
    assert.ok(!foreign.requests.includes('/region.json'), 'the browser never asked the other origin');
    assert.equal(await unit('big'), '', 'a 2 MB file is not read');
    assert.equal(await unit('chunked'), '', 'nor one sent without its length');
    assert.equal(warnings.filter((t) => t.includes('is larger than 1048576 bytes')).length, 2, warnings.join('\n'));
    assert.equal(await unit('blob'), '', 'a blob: address of the page itself is not a file of its origin');
    said('is not an http(s) address');
  } finally {
    await browser.context.close();
  }
});
