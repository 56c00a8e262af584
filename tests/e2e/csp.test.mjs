// The README's Content-Security-Policy for the standalone page, proved live in Chromium: Trusted
// Types are enforced (a string written into an HTML sink throws), yet the app runs a walk under
// them without one violation; the page refuses to be framed (only embed.html may be), and no
// form may be sent anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { Widget, walk } from './pk.mjs';

// A page of the same origin, under the same policy, that tries what the policy forbids.
const PROBE_JS = `window.probe = {};
try { document.getElementById('x').innerHTML = '<b>x</b>'; window.probe.innerHTML = 'written'; }
catch (e) { window.probe.innerHTML = e.name; }
document.addEventListener('securitypolicyviolation', (e) => (window.probe.form = e.violatedDirective));`;
const FRAMER_JS = `const f = document.createElement('iframe'); f.src = '/'; f.id = 'app';
document.body.append(f);`;

let server;
before(async () => {
  server = await serve('dist', {
    extraPages: {
      '/probe.js': { type: 'text/javascript', body: PROBE_JS },
      '/probe.html': { body: '<!doctype html><title>probe</title><p id="x"></p><script src="/probe.js"></script>' },
      '/framer.js': { type: 'text/javascript', body: FRAMER_JS },
      '/framer.html': { body: '<!doctype html><title>framer</title><script src="/framer.js" defer></script>' },
    },
  });
});
after(async () => server?.close());

test('Trusted Types are enforced, and the whole app runs under them with no violation', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    await page.goto(server.url + 'probe.html', { waitUntil: 'domcontentloaded' });
    // A form sent once the page has loaded (sent while loading, it would stall the navigation).
    await page.evaluate(() => {
      const f = document.createElement('form');
      f.action = '/elsewhere';
      f.method = 'post';
      document.body.append(f);
      f.submit();
    });
    await page.waitForFunction(() => window.probe?.form);
    const probe = await page.evaluate(() => window.probe);
    assert.equal(probe.innerHTML, 'TypeError', 'a string into innerHTML is refused: the policy is live here');
    assert.equal(probe.form, 'form-action', 'a form may not be sent anywhere');
    assert.ok(!server.requests.includes('/elsewhere'), 'the form was not sent');

    const violations = [];
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective));
    });
    await page.goto(server.url);
    const w = new Widget(page, 'sv');
    await w.expectStep(0);
    await walk(w, 'consultation', 'Trusted');
    violations.push(...(await page.evaluate(() => window.__csp)));
    assert.deepEqual(violations, [], 'no violation in the page');
    assert.deepEqual(server.cspReports, [], 'none reported to the server');
  } finally {
    await browser.context.close();
  }
});

test('the standalone page is framed by no one, not even a page of its own origin', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    await page.goto(server.url + 'framer.html');
    await page.waitForSelector('#app');
    await page.waitForTimeout(1500);
    const inner = page.frames().find((f) => f !== page.mainFrame());
    const loaded = inner ? await inner.evaluate(() => !!document.querySelector('patient-kontrakt, [data-patientkontrakt]')).catch(() => false) : false;
    assert.equal(loaded, false, 'the app did not load inside the frame');
    assert.ok(server.cspReports.some((r) => r.includes('frame-ancestors')), `the browser reported the refusal: ${server.cspReports}`);
  } finally {
    await browser.context.close();
  }
});
