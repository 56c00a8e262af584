// Patient data only to a host that asks for it (README, "Events"): on a page, pk-agreed and
// pk-export carry the agreement and the export's content only from an element with
// events="content" (or a host with data-events="content"), and those events then stay on the
// element; a listener on document, as a tag manager's, hears that they happened and nothing
// more. Under the README's CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const NAMES = ['pk-ready', 'pk-change', 'pk-step', 'pk-complete', 'pk-agreed', 'pk-export', 'pk-reset', 'pk-error'];
// The tag manager: every pk-* event that reaches document. The host's own listeners: on each
// widget's host element, where they cancel every export (the host takes it).
const LISTEN_JS = `window.onDocument = [];
window.onElement = [];
const record = (list, e) => list.push({ type: e.type, id: e.target.id, detail: JSON.parse(JSON.stringify(e.detail)), bubbles: e.bubbles, composed: e.composed, cancelable: e.cancelable });
for (const t of ${JSON.stringify(NAMES)}) {
  document.addEventListener(t, (e) => record(window.onDocument, e));
  for (const el of document.querySelectorAll('patient-kontrakt, [data-patientkontrakt]')) {
    el.addEventListener(t, (e) => {
      record(window.onElement, e);
      if (t === 'pk-export') e.preventDefault();
    });
  }
}`;
const PAGE = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Innehåll</title>
<link rel="stylesheet" href="/patientkontrakt.css"><script type="module" src="/listen.js"></script><script type="module" src="/boot.js"></script></head>
<body><main>
<patient-kontrakt id="plain" mode="consultation" storage="none" label="Utan"></patient-kontrakt>
<patient-kontrakt id="asks" mode="consultation" storage="none" label="Med" events="content"></patient-kontrakt>
<div id="div" data-patientkontrakt data-mode="consultation" data-storage="none" data-label="Div" data-events="content"></div>
</main></body></html>`;

let server;
before(async () => {
  server = await serve('dist', {
    extraPages: { '/content.html': { body: PAGE }, '/listen.js': { type: 'text/javascript; charset=utf-8', body: LISTEN_JS } },
  });
});
after(async () => {
  await server?.close();
});

test('events="content": pk-agreed and pk-export carry the content to the element only; without it a document listener hears no content', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.goto(`${server.url}content.html`);
    await page.waitForFunction(() => window.onElement.filter((e) => e.type === 'pk-ready').length === 3);
    const fixture = JSON.parse(fs.readFileSync('tests/fixtures/typical.json', 'utf8'));
    const name = fixture.agreed_by.patient_name;
    // The elements: the agreement (not yet agreed) set by the host; the div host: typed in.
    for (const id of ['plain', 'asks']) {
      const r = await page.evaluate(([i, a]) => document.getElementById(i).setAgreement(a), [id, { ...fixture, status: 'draft' }]);
      assert.deepEqual(r, { ok: true, errors: [], asked: false }, id);
    }
    const div = page.locator('#div');
    await div.getByRole('button', { name: 'Börja' }).click();
    // "Fortsätt" page by page: `times` pages on, or to the summary.
    const caption = div.locator('[id$="-step-of"]');
    const onwards = async (times) => {
      for (let i = 0; i < times; i++) {
        const before = await caption.textContent();
        if (before.startsWith('Steg 7 av 7')) return;
        await div.getByRole('button', { name: 'Fortsätt' }).click();
        await caption.filter({ hasNotText: before }).waitFor();
      }
    };
    // Her name is on step 1's third page.
    await onwards(2);
    await div.locator('[id$="-patient-name"]').first().fill(name);
    await onwards(30);
    await div.locator('[id$="-agreed-professional-name"]').fill('Karin Berg');
    for (const id of ['plain', 'asks', 'div']) {
      const w = page.locator(`#${id}`);
      await w.locator('[id$="-mark"]').click();
      await w.locator('[id$="-status"]').filter({ hasText: 'Överenskommet' }).waitFor();
      await w.locator('[id$="-download-json"]').click();
    }
    await page.waitForFunction(() => window.onElement.filter((e) => e.type === 'pk-export').length === 3);
    const onDocument = await page.evaluate(() => window.onDocument);
    const onElement = await page.evaluate(() => window.onElement);
    const heard = (list, id, type) => list.filter((e) => e.id === id && e.type === type);

    // Without events="content": document hears that it happened, and nothing of what was written.
    assert.deepEqual(heard(onDocument, 'plain', 'pk-agreed').map((e) => e.detail), [{ v: 2 }]);
    const plainExport = heard(onDocument, 'plain', 'pk-export');
    assert.equal(plainExport.length, 1);
    assert.deepEqual(Object.keys(plainExport[0].detail).sort(), ['filename', 'format', 'v']);
    assert.ok(plainExport[0].bubbles && plainExport[0].composed, 'content-free events bubble as before');
    assert.ok(!JSON.stringify(onDocument).includes(name), 'no listener on document hears her name');
    // With it: the element hears the content, in events that neither bubble nor are composed...
    for (const id of ['asks', 'div']) {
      const [agreed] = heard(onElement, id, 'pk-agreed');
      assert.equal(agreed.detail.agreement.agreed_by.patient_name, name, id);
      assert.deepEqual([agreed.bubbles, agreed.composed], [false, false], id);
      const [exported] = heard(onElement, id, 'pk-export');
      assert.equal(JSON.parse(exported.detail.content).agreed_by.patient_name, name, id);
      assert.deepEqual([exported.bubbles, exported.composed], [false, false], id);
      // ...and document none of them.
      assert.deepEqual(heard(onDocument, id, 'pk-agreed'), [], id);
      assert.deepEqual(heard(onDocument, id, 'pk-export'), [], id);
    }
    await page.waitForTimeout(300);
    // None of the three takes the exports (exports="host"), so none can cancel the download:
    // the content alone does not let a host take the file while the screen says "Ladda ner".
    for (const [list, id] of [[onDocument, 'plain'], [onElement, 'asks'], [onElement, 'div']]) {
      assert.equal(heard(list, id, 'pk-export')[0].cancelable, false, `${id}: not cancelable`);
    }
    assert.equal(downloads, 3, 'each listener called preventDefault(), and each file was downloaded');
    assert.deepEqual(server.cspReports, [], 'no CSP violation');
  } finally {
    await browser.context.close();
  }
});
