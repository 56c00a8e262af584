// Nothing lost on a phone (issue 28, point 5, its first half): once a draft is kept on the
// device (storage "local"), the widget asks the browser to keep the origin's storage
// (navigator.storage.persist()), once a page; with storage "session" or "none" it does not ask.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { T, Widget } from './pk.mjs';

const HEAD = `<meta charset="utf-8"><link rel="stylesheet" href="/patientkontrakt.css"><script type="module" src="/boot.js"></script>`;
const page = (title, body) => ({ body: `<!doctype html><html lang="sv"><head>${HEAD}<title>${title}</title></head><body><main>${body}</main></body></html>` });
const pages = {
  '/session.html': page('Session', '<patient-kontrakt id="w" storage="session"></patient-kontrakt>'),
  '/none.html': page('Inget', '<patient-kontrakt id="w" storage="none"></patient-kontrakt>'),
};

let server;
before(async () => {
  server = await serve('dist', { extraPages: pages });
});
after(async () => {
  await server?.close();
});

/** Counts the page's calls of navigator.storage.persist() (window.pkPersist). */
const COUNT_PERSIST = () => {
  window.pkPersist = 0;
  const s = navigator.storage;
  if (!s || !s.persist) return;
  const persist = s.persist.bind(s);
  s.persist = () => {
    window.pkPersist++;
    return persist();
  };
};

async function typeADraft(path) {
  const browser = await launch();
  const p = browser.context.pages()[0] || (await browser.context.newPage());
  await p.addInitScript(COUNT_PERSIST);
  await p.goto(server.url + path);
  const w = new Widget(p, 'sv');
  await w.expectStep(0);
  await w.radio(T.sv.modeLegend, T.sv.prepare);
  await w.button(T.sv.begin).click();
  await w.expectStep(1);
  await w.field(T.sv.ownWords).fill('Att orka leka med barnbarnen');
  await p.waitForTimeout(1000);
  await w.field(T.sv.ownWords).fill('Att orka leka med barnbarnen varje dag');
  await p.waitForTimeout(1000);
  return { browser, page: p };
}

test('a draft kept on the device asks the browser to keep it, once', async () => {
  const { browser, page: p } = await typeADraft('');
  try {
    assert.ok(await p.evaluate(() => localStorage.length > 0), 'the draft was stored');
    assert.equal(await p.evaluate(() => window.pkPersist), 1);
  } finally {
    await browser.context.close();
  }
});

for (const [path, what] of [['session.html', 'session'], ['none.html', 'none']]) {
  test(`storage "${what}" does not ask`, async () => {
    const { browser, page: p } = await typeADraft(path);
    try {
      assert.equal(await p.evaluate(() => window.pkPersist), 0);
    } finally {
      await browser.context.close();
    }
  });
}
