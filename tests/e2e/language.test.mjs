// The English texts are not in the widget's first load: the page in Swedish never asks for
// texts/en.json; choosing "English" in the header's menu fetches it once. When it cannot be fetched, the page stays in
// Swedish and says so in both languages, nothing typed is lost, and trying again works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { Widget, LANGUAGE_MENU } from './pk.mjs';

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => server?.close());

test('English is fetched when it is chosen, once; when it cannot be, the page stays Swedish, says so in both languages and keeps what was typed', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const englishRequests = () => requested.filter((p) => p.endsWith('/texts/en.json'));
    let offline = true;
    await page.route('**/texts/en.json', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(server.url);
    const sv = new Widget(page, 'sv');
    const en = new Widget(page, 'en');
    await sv.expectStep(0);
    await sv.radio(sv.t.modeLegend, sv.t.prepare);
    await sv.button(sv.t.begin).click();
    await sv.expectStep(1);
    await sv.field(sv.t.ownWords).fill('Kunna gå till affären själv');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(englishRequests(), [], `not part of a Swedish page's load: ${requested.join(' ')}`);

    // English cannot be fetched: Swedish stays, the notice says why in both languages.
    await sv.chooseLanguage('en');
    const notice = page.getByRole('alert').filter({ hasText: 'Den engelska texten kunde inte hämtas just nu' });
    await notice.waitFor();
    assert.match(await notice.innerText(), /The English texts could not be loaded right now/);
    assert.equal(await notice.locator('[lang="en"]').first().innerText(), 'The English texts could not be loaded right now, so the page is shown in Swedish. What you have written is kept.');
    await sv.expectStep(1);
    assert.equal(await page.locator('.pk-root').getAttribute('lang'), 'sv', 'the page says it is Swedish while it is');
    assert.equal(await sv.field(sv.t.ownWords).inputValue(), 'Kunna gå till affären själv');
    assert.deepEqual(await sv.axe(), []);

    // Back online: trying again shows the page in English, with what was typed.
    offline = false;
    await page.getByRole('button', { name: 'Försök igen / Try again' }).click();
    await en.expectStep(1);
    // The button is gone with the notice: focus goes to the heading, not to the page's body.
    await page.waitForFunction(() => document.activeElement?.id === 'pk-heading');
    assert.equal(await page.locator('.pk-root').getAttribute('lang'), 'en');
    assert.equal(await en.field(en.t.ownWords).inputValue(), 'Kunna gå till affären själv');
    assert.equal(await notice.count(), 0, 'the notice is gone');
    assert.deepEqual(await en.axe(), []);

    // Swedish and back: no new request; a reload restores the English draft in English.
    await en.chooseLanguage('sv');
    await sv.expectStep(1);
    await sv.chooseLanguage('en');
    await en.expectStep(1);
    assert.equal(englishRequests().length, 2, `one failed fetch and one that worked: ${englishRequests().join(' ')}`);
    await page.reload();
    await page.locator('.pk-root[lang="en"]').waitFor();
    await en.button(LANGUAGE_MENU).waitFor();
    assert.deepEqual(server.cspReports, [], 'fetched under the strict policy');
  } finally {
    await browser.context.close();
  }
});

test('a page in English: the widget shows no Swedish while its English texts arrive; if they cannot, Swedish with the notice', async () => {
  const page = {
    '/english.html': {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Region page</title>
<link rel="stylesheet" href="/patientkontrakt.css"><script type="module" src="/boot.js"></script></head>
<body><main><h1>Region Example</h1><div data-patientkontrakt data-storage="none"></div></main></body></html>`,
    },
  };
  const s2 = await serve('dist', { extraPages: page });
  const browser = await launch();
  try {
    const p = browser.context.pages()[0];
    // Every language the widget's root was shown in (not hidden), as it happened.
    await p.addInitScript(() => {
      window.pkShown = [];
      new MutationObserver(() => {
        for (const r of document.querySelectorAll('.pk-root')) if (!r.hidden) window.pkShown.push(r.lang);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    let offline = false;
    await p.route('**/texts/en.json', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await p.goto(s2.url + 'english.html');
    const en = new Widget(p, 'en');
    await en.button(en.t.begin).waitFor();
    assert.deepEqual([...new Set(await p.evaluate(() => window.pkShown))], ['en'], 'never shown in Swedish');

    offline = true;
    await p.reload();
    await p.getByRole('alert').filter({ hasText: 'The English texts could not be loaded right now' }).waitFor();
    const sv = new Widget(p, 'sv');
    await sv.button(sv.t.begin).waitFor();
    assert.equal(await p.locator('.pk-root').getAttribute('lang'), 'sv');
    assert.deepEqual(s2.cspReports, []);
  } finally {
    await browser.context.close();
    await s2.close();
  }
});
