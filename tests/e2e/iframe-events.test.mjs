// The iframe mode's events on the host page (patientkontrakt-frame.js): pk-agreed carries the
// agreement only to a host that asked (connect({ events: 'content' })), and then only on the
// iframe: a listener on document hears that it happened and nothing more. The host side also
// dispatches only the pk-* events the contract declares, takes content only when it asked for
// it even from a frame that sends it, and bounds the frame's height. Under the README's CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { hostPages } from './frame-host.mjs';

// A page posing as the widget (served as /fake/embed.html, so that the server frames it as it
// frames embed.html: only for the listed host): once the host says hello it sends what a broken or hostile frame
// might, then pk-step as a marker.
const FAKE_JS = `window.addEventListener('message', (e) => {
  if (e.source !== window.parent || e.data?.type !== 'hello') return;
  const post = (m) => window.parent.postMessage({ pk: 2, ...m }, e.origin);
  post({ type: 'hello', ready: true });
  post({ type: 'event', name: 'pk-evil', detail: { v: 2 } });
  post({ type: 'event', name: 'click', detail: { v: 2 } });
  post({ type: 'event', name: 'pk-agreed', detail: { v: 2, agreement: { secret: 'Anna 4711' } } });
  post({ type: 'event', name: 'pk-export', detail: { v: 2, format: 'json', filename: 'x.json', content: 'Anna 4711' } });
  post({ type: 'height', height: 1e9 });
  for (const height of [-5, NaN, Infinity, '600', null]) post({ type: 'height', height });
  post({ type: 'event', name: 'pk-step', detail: { v: 2, step: 'summary' } });
});`;
const FAKE_HTML = '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Låtsas</title><script type="module" src="/fake-embed.js"></script></head><body></body></html>';

let widget, host;
before(async () => {
  const widgetPolicy = {};
  widget = await serve('dist', {
    policy: widgetPolicy,
    extraPages: { '/fake/embed.html': { body: FAKE_HTML }, '/fake-embed.js': { type: 'text/javascript; charset=utf-8', body: FAKE_JS } },
  });
  host = await serve('dist', { policy: { frameSrc: [widget.origin] }, extraPages: hostPages() });
  widgetPolicy.embedOrigins = [host.origin];
});
after(async () => {
  for (const s of [widget, host]) await s?.close();
});

/** Opens the host page with `query`, sets a (not yet agreed) agreement and marks it agreed in the frame. */
async function agree(page, query) {
  await page.goto(`${host.url}frame-host.html?widget=${encodeURIComponent(widget.origin)}&mode=consultation&storage=none&${query}`);
  await page.waitForFunction(() => window.pkReady === true);
  const fixture = JSON.parse(fs.readFileSync('tests/fixtures/typical.json', 'utf8'));
  assert.equal((await page.evaluate((a) => window.pk.setAgreement(a), { ...fixture, status: 'draft' })).ok, true);
  const frame = page.frameLocator('#pk-frame');
  await frame.locator('#pk-mark').click();
  await page.waitForFunction(() => window.onFrame.some((e) => e.type === 'pk-agreed'));
  await page.waitForTimeout(200);
  return { name: fixture.agreed_by.patient_name, onDocument: await page.evaluate(() => window.onDocument), onFrame: await page.evaluate(() => window.onFrame) };
}

test('iframe events: without events: "content" a document listener hears pk-agreed without the agreement; with it, only the iframe hears the agreement', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    // A host that did not ask.
    const plain = await agree(page, '');
    const heard = plain.onDocument.filter((e) => e.type === 'pk-agreed');
    assert.deepEqual(heard.map((e) => [e.detail, e.bubbles]), [[{ v: 2 }, true]], 'that it happened, nothing more');
    assert.ok(!JSON.stringify(plain.onDocument.concat(plain.onFrame)).includes(plain.name), 'her name reaches no listener');
    // A host that asked.
    const asked = await agree(page, 'events=content');
    const [agreed] = asked.onFrame.filter((e) => e.type === 'pk-agreed');
    assert.equal(agreed.detail.agreement.agreed_by.patient_name, asked.name, 'the iframe hears the agreement');
    assert.deepEqual([agreed.bubbles, agreed.composed], [false, false]);
    assert.deepEqual(asked.onDocument.filter((e) => e.type === 'pk-agreed'), [], 'document hears none of it');
    assert.ok(!JSON.stringify(asked.onDocument).includes(asked.name));
    assert.deepEqual(widget.cspReports.concat(host.cspReports), [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});

test('iframe events: the host side dispatches only declared pk-* events, content only when asked, and a bounded height', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    for (const query of ['', 'events=content']) {
      await page.goto(`${host.url}frame-host.html?widget=${encodeURIComponent(widget.origin)}&frame=/fake/embed.html&${query}`);
      await page.waitForFunction(() => window.onFrame.some((e) => e.type === 'pk-step'));
      const onFrame = await page.evaluate(() => window.onFrame);
      const onDocument = await page.evaluate(() => window.onDocument);
      assert.deepEqual(onFrame.map((e) => e.type), ['pk-ready', 'pk-agreed', 'pk-export', 'pk-step'], `${query}: pk-evil and click are dropped`);
      assert.deepEqual(onDocument.filter((e) => e.type === 'pk-evil' || e.type === 'click'), []);
      const agreed = onFrame.find((e) => e.type === 'pk-agreed');
      const exported = onFrame.find((e) => e.type === 'pk-export');
      if (query) {
        assert.deepEqual(agreed.detail.agreement, { secret: 'Anna 4711' });
        assert.equal(exported.detail.content, 'Anna 4711');
        assert.ok(!JSON.stringify(onDocument).includes('4711'), 'content stays on the iframe');
      } else {
        assert.deepEqual(agreed.detail, { v: 2 }, 'content the host did not ask for is dropped');
        assert.deepEqual(exported.detail, { v: 2, format: 'json', filename: 'x.json' });
        assert.ok(!JSON.stringify(onDocument.concat(onFrame)).includes('4711'));
      }
      assert.equal(await page.evaluate(() => document.getElementById('pk-frame').style.height), '30000px', 'at most FRAME_MAX_HEIGHT; the rest ignored');
    }
  } finally {
    await browser.context.close();
  }
});
