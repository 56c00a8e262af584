// Nothing lost on a phone (issue 28, point 5, its first half): once a draft is kept on the
// device (storage "local"), the widget asks the browser to keep the origin's storage
// (navigator.storage.persist()), once a page; with storage "session" or "none" it does not ask.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { CONTENT, T, Widget } from './pk.mjs';

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

// Point 5's second half: a preparation not saved to a file or shown as a code for five days or
// more says so when it is restored, and offers both. When it was last kept is the widget's own
// key beside the draft's step (crates/ui/src/web/storage.rs); here it is set back in time.
const KEPT_KEY = 'patientkontrakt/v2/step/kept';
const daysAgo = (n) => new Date(Date.now() - n * 86_400_000).toISOString();
const ui = (id) => CONTENT.ui[id].sv;

test('a preparation not kept for days says so at the next visit and offers the file and the code', async () => {
  const { browser, page: p } = await typeADraft('');
  try {
    const w = new Widget(p, 'sv');
    const reminder = p.locator('#pk-keep-reminder');
    // Started just now and never kept: no reminder.
    await p.reload();
    await p.getByText(ui('RestoredNotice').split('{time}')[0].trim().slice(0, 20)).first().waitFor();
    assert.equal(await reminder.count(), 0, 'a fresh draft is not reminded of');
    // Kept four days ago: not yet.
    await p.evaluate(([k, t]) => localStorage.setItem(k, t), [KEPT_KEY, daysAgo(4)]);
    await p.reload();
    await p.getByText(ui('RestoredNotice').split('{time}')[0].trim().slice(0, 20)).first().waitFor();
    assert.equal(await reminder.count(), 0, 'four days: no reminder');
    // Kept six days ago: the reminder, with the days and both ways.
    await p.evaluate(([k, t]) => localStorage.setItem(k, t), [KEPT_KEY, daysAgo(6)]);
    await p.reload();
    await reminder.waitFor();
    const text = await reminder.innerText();
    // The days as a count with its noun (a plural form: "6 dagar", "1 dag").
    assert.ok(text.includes(ui('KeepReminder').replace('{days}', '6 dagar').slice(0, 65)), text);
    const [download] = await Promise.all([p.waitForEvent('download'), reminder.getByRole('button', { name: ui('SaveToBring') }).click()]);
    assert.match(download.suggestedFilename(), /^patientkontrakt-\d{4}-\d{2}-\d{2}\.json$/);
    const kept = await p.evaluate((k) => localStorage.getItem(k), KEPT_KEY);
    assert.ok(Date.now() - Date.parse(kept) < 60_000, `saved now counts as kept: ${kept}`);
    await p.reload();
    await p.getByText(ui('RestoredNotice').split('{time}')[0].trim().slice(0, 20)).first().waitFor();
    assert.equal(await reminder.count(), 0, 'kept again: no reminder');
    // The code: the reminder takes her to the summary, where showing it counts as kept.
    await p.evaluate(([k, t]) => localStorage.setItem(k, t), [KEPT_KEY, daysAgo(9)]);
    await p.reload();
    await reminder.getByRole('button', { name: ui('KeepShowCode') }).click();
    await w.expectStep(7);
    await w.button(ui('ShowCode')).click();
    await p.locator('[id$="-code-image"] svg').waitFor();
    const shown = await p.evaluate((k) => localStorage.getItem(k), KEPT_KEY);
    assert.ok(Date.now() - Date.parse(shown) < 60_000, `shown now counts as kept: ${shown}`);
  } finally {
    await browser.context.close();
  }
});
