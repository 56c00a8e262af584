// The iframe mode across origins: the demo host page on one origin drives the widget
// (embed.html) on another through patientkontrakt-frame.js; a page on a third origin is
// ignored, whether it posts from beside the widget or frames it itself. Under the README's
// policy (embed.html framed only by the allowlisted origin), no CSP violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { Widget } from './pk.mjs';

// The third origin's pages: one posts at the widget frame beside it on the host page, one frames
// the widget itself. Both record every answer they get.
const ATTACKER_JS = `window.got = [];
window.addEventListener('message', (e) => window.got.push(e.data));
const own = document.getElementById('f');
const target = own ? own.contentWindow : window.parent.frames[0];
function attack() {
  target.postMessage({ pk: 2, type: 'hello', exports: 'host', events: 'content' }, '*');
  target.postMessage({ pk: 2, type: 'call', id: 1, method: 'reset', args: [] }, '*');
  target.postMessage({ pk: 2, type: 'call', id: 2, method: 'getAgreement', args: [] }, '*');
}
let n = 0;
window.errors = [];
const timer = setInterval(() => { try { attack(); } catch (e) { window.errors.push(String(e)); } if (++n === 30) { clearInterval(timer); window.sent = true; } }, 100);`;
const frameIt = (origin) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Third</title><script src="/attacker.js" defer></script></head><body><iframe id="f" title="widget" src="${origin}/embed.html?storage=none"></iframe></body></html>`;

let widget, unguarded, host, third;
before(async () => {
  // Policies are read at each request: filled in once every origin is known.
  const widgetPolicy = {};
  const unguardedPolicy = {};
  const hostPolicy = {};
  const thirdPolicy = {};
  const thirdPages = {
    '/attacker.js': { type: 'text/javascript; charset=utf-8', body: ATTACKER_JS },
    '/attacker.html': { body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Third</title><script src="/attacker.js" defer></script></head><body><p>Another origin</p></body></html>', frameAncestors: '*' },
  };
  widget = await serve('dist', { policy: widgetPolicy });
  // The same widget served without any frame-ancestors header (as `trunk serve` does): only the
  // allowlist in embed.js stands between it and a foreign parent.
  unguarded = await serve('dist', { csp: false, policy: unguardedPolicy });
  host = await serve('dist', { policy: hostPolicy });
  third = await serve('dist', { policy: thirdPolicy, extraPages: thirdPages });
  widgetPolicy.embedOrigins = [host.origin];
  unguardedPolicy.embedOrigins = [host.origin];
  hostPolicy.frameSrc = [widget.origin, third.origin];
  thirdPolicy.frameSrc = [widget.origin, unguarded.origin];
  thirdPages['/frame-unguarded.html'] = { body: frameIt(unguarded.origin) };
  thirdPages['/frame-guarded.html'] = { body: frameIt(widget.origin) };
});
after(async () => {
  for (const s of [widget, unguarded, host, third]) await s?.close();
});

test('iframe: a host on one origin drives the widget on another; methods, events, height, exports to the host', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.goto(`${host.url}demos/iframe-host.html?widget=${encodeURIComponent(widget.origin)}`);
    await page.locator('#host-status').filter({ hasText: 'Widgeten är klar.' }).waitFor();
    const frame = page.frameLocator('#pk-frame');
    await frame.getByRole('button', { name: 'Börja' }).click();
    await frame.locator('#pk-own-words').fill('Hemligt ord 4711');
    await page.waitForFunction(() => window.pkHostEvents.some((e) => e.type === 'pk-change' && e.detail.field === 'own-words'));
    const events = await page.evaluate(() => window.pkHostEvents);
    assert.deepEqual([...new Set(events.map((e) => e.type))], ['pk-ready', 'pk-step', 'pk-change'], 'in order');
    assert.equal(events.find((e) => e.type === 'pk-step').detail.step, 'what-matters');
    assert.ok(events.every((e) => e.detail.v === 2), 'every event has detail.v = 2');
    assert.ok(!JSON.stringify(events).includes('4711'), 'pk-change carries no typed text across the frame either');
    // Methods, as Promises, across origins.
    const fixture = fs.readFileSync('tests/fixtures/typical.json', 'utf8');
    // Over what she typed: she is asked first.
    const r = await page.evaluate((t) => window.pkFrame.setAgreement(JSON.parse(t), { replace: true }), fixture);
    assert.deepEqual(r, { ok: true, errors: [], asked: true });
    await frame.getByRole('button', { name: 'Ja, ersätt det' }).click();
    const back = await page.evaluate(async () => JSON.stringify(await window.pkFrame.getAgreement(), null, 2) + '\n');
    assert.equal(back, fixture, 'byte-identical to the native export');
    assert.equal(await page.evaluate(() => window.pkFrame.toJournalText()), fs.readFileSync('tests/fixtures/journal/typical.txt', 'utf8'));
    assert.deepEqual(await page.evaluate(() => window.pkFrame.validate()), { ok: true, problems: [] });
    assert.equal((await page.evaluate(() => window.pkFrame.toFhir())).resourceType, 'Bundle');
    const bad = await page.evaluate(() => window.pkFrame.setAgreement({ format: 'patientkontrakt', version: 99 }));
    assert.equal(bad.ok, false);
    // The frame is as tall as the widget (the summary is long).
    await frame.locator('#pk-heading').filter({ hasText: 'Sammanfattning' }).waitFor();
    await page.waitForFunction(() => parseFloat(document.getElementById('pk-frame').style.height) > 1000);
    const inner = await page.frame({ url: /embed\.html/ }).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = await page.evaluate(() => parseFloat(document.getElementById('pk-frame').style.height));
    assert.ok(Math.abs(inner - outer) <= 2, `frame ${outer}px for a widget of ${inner}px`);
    // An export goes to the host, not to a download; on the iframe only (the demo asked for the
    // content), not to a listener on document.
    await page.evaluate(() => {
      window.onDocument = [];
      document.addEventListener('pk-export', (e) => window.onDocument.push(e.detail));
    });
    assert.equal(await frame.locator('#pk-download-json').innerText(), 'Skicka till journalsystemet (JSON)', 'the hello said so, and so does the screen');
    await frame.locator('#pk-download-json').click();
    await page.locator('#host-status').filter({ hasText: 'Skulle skickas' }).waitFor();
    await frame.locator('#pk-exports-status').filter({ hasText: 'Det är skickat genom den här webbplatsen.' }).waitFor();
    assert.equal(await page.locator('#outbox').textContent(), fixture);
    assert.deepEqual(await page.evaluate(() => window.onDocument), [], 'document hears no export');
    await page.waitForTimeout(300);
    assert.equal(downloads, 0, 'nothing downloaded');
    // Accessibility: the host page, and the widget inside the frame.
    assert.deepEqual(await new Widget(page, 'sv').axe(), [], 'axe: the host page');
    assert.deepEqual(await new Widget(page.frame({ url: /embed\.html/ }), 'sv').axe(), [], 'axe: the framed widget');
    assert.deepEqual(widget.cspReports, [], 'no CSP violation in the frame');
    assert.deepEqual(host.cspReports, [], 'no CSP violation on the host page');
  } finally {
    await browser.context.close();
  }
});

test('iframe: a page on a third origin is ignored, beside the widget or framing it; frame-ancestors keeps it out', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    await page.goto(`${host.url}demos/iframe-host.html?widget=${encodeURIComponent(widget.origin)}`);
    await page.locator('#host-status').filter({ hasText: 'Widgeten är klar.' }).waitFor();
    const fixture = JSON.parse(fs.readFileSync('tests/fixtures/typical.json', 'utf8'));
    assert.equal((await page.evaluate((o) => window.pkFrame.setAgreement(o), fixture)).ok, true);
    // Beside it: an iframe from the third origin on the host page posts hello, reset, getAgreement.
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.title = 'Third origin';
      document.body.append(f);
    }, `${third.url}attacker.html`);
    const attacker = () => page.frame({ url: /attacker\.html/ });
    await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
    await page.waitForTimeout(200);
    // Polled by time: an offscreen cross-origin frame gets no animation frames.
    await attacker().waitForFunction(() => window.sent === true, null, { polling: 100 });
    assert.deepEqual(await attacker().evaluate(() => window.errors), [], 'every message was posted');
    await page.waitForTimeout(500);
    assert.deepEqual(await attacker().evaluate(() => window.got), [], 'no answer to the third origin');
    assert.equal((await page.evaluate(() => window.pkFrame.getAgreement())).id, fixture.id, 'its reset was not carried out');
    assert.ok(!(await page.evaluate(() => window.pkHostEvents.some((e) => e.type === 'pk-reset'))));

    // Framing it: the third origin frames a widget whose server sends no frame-ancestors; the
    // page loads, and the allowlist in embed.js ignores its parent: the widget never starts.
    const other = await browser.context.newPage();
    await other.goto(`${third.url}frame-unguarded.html`);
    const framed = other.frame({ url: /embed\.html/ });
    await framed.waitForFunction(() => document.readyState === 'complete');
    await other.waitForFunction(() => window.sent === true, null, { polling: 100 });
    await other.waitForTimeout(500);
    assert.deepEqual(await other.evaluate(() => window.got), [], 'a foreign parent gets no answer, no height, no event');
    assert.equal(await framed.locator('patient-kontrakt, .pk-root').count(), 0, 'no widget, no draft read, under a foreign parent');
    // With the widget's real policy, the browser does not even load it there.
    await other.goto(`${third.url}frame-guarded.html`);
    await other.waitForTimeout(1000);
    const loaded = other.frames().some((f) => /embed\.html/.test(f.url()) && f !== other.mainFrame());
    const rendered = loaded ? await other.frame({ url: /embed\.html/ }).locator('.pk-root').count().catch(() => 0) : 0;
    assert.equal(rendered, 0, 'frame-ancestors: the widget does not load under a foreign origin');
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(widget.cspReports.some((r) => r.includes('frame-ancestors')), `the browser reported the refusal: ${widget.cspReports}`);
    assert.deepEqual(host.cspReports, [], 'no CSP violation on the host page');
  } finally {
    await browser.context.close();
  }
});
