// The agreement in her pocket (issue 28, point 3): once a consultation is marked agreed, "Ta med
// överenskommelsen i mobilen" shows one QR code holding a link to the widget's page with the
// agreement in the fragment (`#pk=…`). The code on screen is read by an independent decoder
// (jsQR on a screenshot; the link's 43 characters and Node's zlib with the preset dictionary
// written here), and the link is opened in a fresh browser profile: with nothing there the
// agreement opens at once; over her draft she is asked first (no keeps the draft, yes opens the
// agreement). Each time the fragment is gone from the address and from the session history's
// entry, and the server never saw it (its log holds each request's target as sent). A damaged
// link says so and replaces nothing; a host turns the link off, or names the page it opens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { CONTENT, openStart, walk, Widget } from './pk.mjs';
import { DICTIONARIES, readPng } from './codes.mjs';

const ui = (id, lang = 'sv') => CONTENT.ui[id][lang];

const HEAD = `<meta charset="utf-8"><link rel="stylesheet" href="/patientkontrakt.css"><script type="module" src="/boot.js"></script>`;
const host = (attrs) => ({
  body: `<!doctype html><html lang="sv"><head>${HEAD}<title>Vården</title></head><body><main>
<patient-kontrakt id="a" ${attrs}></patient-kontrakt>
</main></body></html>`,
});

let server;
before(async () => {
  server = await serve('dist', {
    extraPages: {
      '/off.html': host('agreement-link="off"'),
      '/named.html': host('agreement-page="https://vard.example.se/mitt-kontrakt/"'),
    },
  });
});
after(async () => {
  await server?.close();
});

// The link's characters: QR's alphanumeric set without the space and `%` (two bytes as three
// digits, little end first, as RFC 9285 with 43 for 45).
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./:';
function linkBytes(text) {
  const out = [];
  for (let i = 0; i < text.length; i += 3) {
    const d = [...text.slice(i, i + 3)].map((c) => ALPHABET.indexOf(c));
    assert.ok(d.every((x) => x >= 0), `the link's characters only: ${text.slice(i, i + 3)}`);
    const n = d[0] + d[1] * 43 + (d.length === 3 ? d[2] * 43 * 43 : 0);
    if (d.length === 3) out.push(n >> 8, n & 255);
    else out.push(n);
  }
  return Buffer.from(out);
}

/** The agreement a link carries, read here. */
function agreementOf(link) {
  const m = /#pk=(.*)$/s.exec(link);
  assert.ok(m, `a link with #pk=: ${link.slice(0, 60)}`);
  return JSON.parse(zlib.inflateRawSync(linkBytes(m[1]), { dictionary: Buffer.from(DICTIONARIES.PK1) }).toString('utf8'));
}

/** Presses "Ta med överenskommelsen i mobilen" and reads the code on screen: { link, version }. */
async function shownLink(page, w) {
  await w.forPatient();
  await w.button(ui('LinkShow')).click();
  const image = page.locator('[id$="-link-image"]');
  await image.locator('svg').waitFor();
  return { link: readPng(await image.screenshot()), version: Number(await image.getAttribute('data-version')) };
}

/** What the page's address and its session history hold after the link opened. */
async function address(page) {
  return page.evaluate(() => ({ hash: location.hash, href: location.href, state: JSON.stringify(history.state) }));
}

/** `setAgreement` on the page's widget, once what storage holds is known (pk-ready). */
async function set(page, agreement, options) {
  for (let i = 0; i < 50; i++) {
    const r = await page.evaluate(([a, o]) => document.getElementById('a').setAgreement(a, o), [agreement, options]);
    if (r.ok || !/still being read/.test(r.errors[0]?.message)) return r;
    await page.waitForTimeout(100);
  }
  assert.fail('the stored draft was never read');
}

/** A browser with a fresh profile of its own. */
async function fresh() {
  const browser = await launch();
  const page = browser.context.pages()[0] || (await browser.context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { browser, page, errors, w: new Widget(page, 'sv') };
}

let made; // { link, version, agreement, s } from the first test, for the next ones
test('an agreed consultation shows its link in one code, which a fresh profile opens as the agreement', async () => {
  const { browser, page, w, errors } = await openStart(server.url);
  try {
    const s = await walk(w, 'consultation', 'link');
    const { link, version } = await shownLink(page, w);
    assert.ok(link.startsWith(`${server.url}#pk=`), `the widget's own page, then the fragment: ${link.slice(0, 60)}`);
    assert.ok(version >= 1 && version <= 25, `one code a phone reads (version ${version})`);
    console.log(`agreement link: ${link.length} characters, QR version ${version} at M`);
    const [download] = await Promise.all([page.waitForEvent('download'), w.button(ui('DownloadJson')).click()]);
    const carried = agreementOf(link);
    assert.equal(carried.status, 'agreed');
    assert.equal(carried.patient.name, s.name);
    assert.deepEqual(carried, JSON.parse(fs.readFileSync(await download.path(), 'utf8')), 'the link holds the agreement, as its file does');
    made = { link, version, s };
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }

  // Her phone: a fresh profile, nothing stored; the agreement opens at once.
  const phone = await fresh();
  try {
    const before = server.targets.length;
    await phone.page.goto(made.link);
    await phone.page.locator('#pk-status').filter({ hasText: ui('StatusAgreed') }).waitFor();
    await phone.w.answers();
    const text = await phone.w.root().innerText();
    for (const v of [made.s.ownWords, made.s.goal, made.s.nextStep]) assert.ok(text.includes(v), `the agreement shows ${v}`);
    assert.equal(await phone.page.locator('#pk-replace-confirm').count(), 0, 'nothing there: no question');
    const a = await address(phone.page);
    assert.equal(a.hash, '', 'no fragment in the address');
    assert.equal(a.href, server.url);
    // The entry the link made was replaced, not followed by another: Back leaves the page.
    await phone.page.goBack();
    assert.ok(!phone.page.url().includes('pk='), `Back does not bring the link back: ${phone.page.url()}`);
    const seen = server.targets.slice(before);
    assert.ok(seen.length > 0 && seen.includes('/'), `the page was requested: ${seen}`);
    // The code module reads the link, loaded because the address has one (the first load
    // carries no link reading); her phone never loads the camera's reader.
    assert.deepEqual(seen.filter((t) => /pk-(code|scan)/.test(t)).sort(), ['/pk-code.js', '/pk-code_bg.wasm']);
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.browser.context.close();
  }
  // The server never saw the fragment (it records each request's target with its query: a
  // request with ?pk= would be there, below).
  assert.deepEqual(server.targets.filter((t) => t.includes('pk=')), []);
  await fetch(`${server.url}?pk=probe`);
  assert.ok(server.targets.includes('/?pk=probe'), 'the log would show it had it been sent');
  server.targets.splice(server.targets.indexOf('/?pk=probe'), 1);
});

test('over her draft the link asks first: no keeps her draft, yes opens the agreement; the fragment goes either way', async () => {
  assert.ok(made, 'the first test made the link');
  const phone = await fresh();
  try {
    const { page, w } = phone;
    await page.goto(server.url);
    await w.expectStep(0);
    await w.radio(w.t.modeLegend, w.t.prepare);
    await w.button(w.t.begin).click();
    await w.expectStep(1);
    const mine = 'Mitt eget utkast som inte får försvinna';
    await w.field(w.t.ownWords).fill(mine);
    await page.waitForTimeout(800); // autosave (400 ms) and its IndexedDB copy
    // Opened anew (the camera app's new tab): the page loads with the link.
    await page.goto('about:blank');
    await page.goto(made.link);
    const question = page.locator('#pk-replace-confirm');
    await question.waitFor();
    assert.equal((await address(page)).hash, '', 'the fragment is gone while she is asked');
    await question.getByRole('button', { name: ui('Cancel'), exact: true }).click();
    await question.waitFor({ state: 'detached' });
    await page.waitForTimeout(800); // were anything replaced, autosave would have written it
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    assert.ok(stored.includes(mine), 'her draft is kept');
    assert.ok(!stored.includes(made.s.nextStep), 'the agreement is not stored');
    assert.equal(await page.locator('#pk-status').count(), 0);
    assert.equal((await address(page)).hash, '');

    // The same link again while the page is open: only the fragment changes (hashchange).
    const reloads = await page.evaluate(() => (window.pkSamePage = true));
    await page.goto(made.link);
    await page.locator('#pk-replace-yes').click();
    assert.equal(await page.evaluate(() => window.pkSamePage), reloads, 'the page was not loaded again');
    await page.locator('#pk-status').filter({ hasText: ui('StatusAgreed') }).waitFor();
    await w.answers();
    assert.ok((await w.root().innerText()).includes(made.s.ownWords));
    const a = await address(page);
    assert.equal(a.hash, '');
    assert.equal(a.href, server.url);
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.browser.context.close();
  }
  assert.deepEqual(server.targets.filter((t) => t.includes('pk=')), []);
});

test('a damaged link says so and replaces nothing', async () => {
  assert.ok(made, 'the first test made the link');
  const phone = await fresh();
  try {
    const { page, w } = phone;
    // Cut short in the middle of a pair, and one character changed to one the link never has.
    for (const bad of [made.link.slice(0, -1), made.link.replace(/#pk=(.)/, '#pk=a')]) {
      await page.goto(bad);
      const alert = page.locator('#pk-link-error');
      await alert.waitFor();
      assert.ok((await alert.innerText()).includes(ui('LinkOpenError')));
      await w.expectStep(0);
      assert.equal((await address(page)).hash, '', 'the fragment is gone');
      await page.goto('about:blank');
    }
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.browser.context.close();
  }
});

test('when the module that reads the link cannot be loaded: a message to reload, the link kept in the address, nothing replaced; reloading opens it', async () => {
  assert.ok(made, 'the first test made the link');
  const phone = await fresh();
  try {
    const { page, w } = phone;
    const blocked = (route) => route.abort();
    await page.route(/pk-code(_bg\.wasm|\.js)$/, blocked);
    await page.goto(made.link);
    const alert = page.locator('#pk-link-error');
    await alert.waitFor();
    assert.ok((await alert.innerText()).includes(ui('LinkUnavailable')));
    await w.expectStep(0);
    assert.equal((await address(page)).hash, made.link.slice(made.link.indexOf('#')), 'the link stays, for a reload');
    await page.unroute(/pk-code(_bg\.wasm|\.js)$/, blocked);
    await page.reload();
    await page.locator('#pk-status').filter({ hasText: ui('StatusAgreed') }).waitFor();
    assert.equal((await address(page)).hash, '', 'read: the fragment is gone');
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.browser.context.close();
  }
});

test('a host turns the link off, or names the page it opens', async () => {
  const fixture = JSON.parse(fs.readFileSync('tests/fixtures/typical.json', 'utf8'));
  assert.equal(fixture.status, 'agreed');
  const b = await fresh();
  try {
    const { page } = b;
    // Off: an agreed consultation offers no link, and a link to this page is not opened.
    await page.goto(`${server.url}off.html`);
    await page.locator('#a #pk-continue').waitFor();
    assert.equal((await set(page, fixture)).ok, true);
    await page.locator('#pk-status').filter({ hasText: ui('StatusAgreed') }).waitFor();
    // Her calendar is still offered (the agreed time has a date), in the fold the link would be in.
    await new Widget(page, 'sv').forPatient();
    assert.equal(await page.locator('#pk-add-to-calendar').count(), 1);
    assert.equal(await page.getByRole('button', { name: ui('LinkShow') }).count(), 0, 'no link offered');
    assert.ok(made, 'the first test made the link');
    const fragment = made.link.slice(made.link.indexOf('#'));
    await page.goto(`${server.url}off.html?again=1${fragment}`);
    await page.locator('#a #pk-heading').waitFor();
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => location.hash), fragment, 'the host page keeps its address as it is');
    assert.equal(await page.locator('#pk-replace-confirm').count(), 0, 'no question');
    assert.ok(!(await page.locator('#a').innerText()).includes(made.s.ownWords), 'the link was not opened');

    // Named: the link opens the page the host named.
    await page.goto(`${server.url}named.html`);
    await page.locator('#a #pk-continue').waitFor();
    await set(page, fixture, { replace: true });
    const yes = page.locator('#pk-replace-yes');
    if (await yes.count()) await yes.click();
    await page.locator('#pk-status').filter({ hasText: ui('StatusAgreed') }).waitFor();
    const { link, version } = await shownLink(page, new Widget(page, 'sv'));
    assert.ok(link.startsWith('https://vard.example.se/mitt-kontrakt/#pk='), link.slice(0, 60));
    assert.deepEqual(agreementOf(link), fixture);
    console.log(`typical.json's link (named page): ${link.length} characters, QR version ${version} at M`);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.browser.context.close();
  }
});
