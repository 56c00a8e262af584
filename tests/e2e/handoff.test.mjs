// The hand-off code (issue 28, point 1): at the end of a preparation "Visa koden för
// vårdpersonalen" shows her preparation as a QR code. The code on screen is read back by an
// independent decoder (jsQR on a screenshot, base45 written here from RFC 9285, and Node's zlib
// inflating with the format's preset dictionary), and what it holds is the very agreement her
// saved file holds. (The QR versions and
// frame counts of the v3 fixtures are measured by crates/code's host tests.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { serve } from './server.mjs';
import { CONTENT, openStart, walk } from './pk.mjs';

const ui = (id, lang = 'sv') => CONTENT.ui[id][lang];

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => {
  await server?.close();
});

/** Base45 (RFC 9285), written here from the RFC, not taken from the app. */
export function base45(text) {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
  const out = [];
  for (let i = 0; i < text.length; i += 3) {
    const d = [...text.slice(i, i + 3)].map((c) => alphabet.indexOf(c));
    assert.ok(d.every((x) => x >= 0), 'base45 characters only');
    const n = d[0] + d[1] * 45 + (d.length === 3 ? d[2] * 2025 : 0);
    if (d.length === 3) out.push(n >> 8, n & 255);
    else out.push(n);
  }
  return Buffer.from(out);
}

/** The text of the QR code in a PNG screenshot, read by jsQR. */
export function readPng(png) {
  const img = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
  assert.ok(code, 'jsQR finds a QR code in the screenshot');
  return code.data;
}

// The code's preset dictionary, as the core declares it (crates/core/src/formats/handoff.rs).
const DICTIONARY = /pub const DICTIONARY: &str = r#"(.*?)"#;/s.exec(fs.readFileSync('crates/core/src/formats/handoff.rs', 'utf8'))[1];

/** The agreement in the codes' texts: the frames joined in their order, inflated. */
export function agreementOf(texts) {
  const parts = texts.map((t) => {
    const m = /^PK1(?:\/(\d+)\/(\d+)\/([0-9A-F]{8}))?:(.*)$/s.exec(t);
    assert.ok(m, `a PK1 code: ${t.slice(0, 30)}`);
    return { i: Number(m[1] || 1), bytes: base45(m[4]) };
  });
  parts.sort((a, b) => a.i - b.i);
  return JSON.parse(zlib.inflateRawSync(Buffer.concat(parts.map((p) => p.bytes)), { dictionary: Buffer.from(DICTIONARY) }).toString('utf8'));
}

/** Screenshots of every code shown (a sequence turns by itself): their texts, by frame. */
export async function shownCodes(page) {
  const image = page.locator('[id$="-code-image"]');
  await image.locator('svg').waitFor();
  const frames = Number(await image.getAttribute('data-frames'));
  const texts = new Map();
  const shots = new Map();
  for (let tries = 0; texts.size < frames && tries < frames * 20; tries++) {
    const before = await image.getAttribute('data-frame');
    const png = await image.screenshot();
    if ((await image.getAttribute('data-frame')) !== before || texts.has(before)) {
      await page.waitForTimeout(150);
      continue;
    }
    texts.set(before, readPng(png));
    shots.set(before, png);
  }
  assert.equal(texts.size, frames, 'every frame of the sequence was read');
  const order = [...texts.keys()].sort((a, b) => a - b);
  return { frames, version: Number(await image.getAttribute('data-version')), texts: order.map((k) => texts.get(k)), pngs: order.map((k) => shots.get(k)) };
}

/** A walked preparation, on its summary, with the code shown: { browser, page, w, s, code, saved }. */
export async function preparedWithCode(url, name) {
  const { browser, page, w, errors } = await openStart(url);
  const s = await walk(w, 'prepare', name);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  await w.button(ui('ShowCode')).click();
  const code = await shownCodes(page);
  return { browser, page, w, s, code, saved, errors };
}

test('her code on screen holds exactly her saved preparation, read by an independent decoder', async () => {
  const { browser, page, w, s, code, saved, errors } = await preparedWithCode(server.url, 'code');
  try {
    const read = agreementOf(code.texts);
    assert.deepEqual(read, saved, 'the code holds the same agreement as her saved file');
    assert.equal(read.what_matters.own_words, s.ownWords);
    assert.equal(code.frames, 1, 'a walked preparation is one code');
    assert.ok(code.version <= 25, `version ${code.version}`);

    // What it is, said to a screen reader; an instruction; Stäng, by mouse and by Escape.
    const img = page.getByRole('img', { name: ui('CodeAlt') });
    assert.equal(await img.count(), 1);
    await page.getByText(ui('CodeInstruction')).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-code', 'focus moves to the code');
    await page.keyboard.press('Escape');
    assert.equal(await img.count(), 0, 'Escape closes the code');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-show-code', 'focus back on the button');
    await w.button(ui('ShowCode')).click();
    await img.waitFor();
    await w.button(ui('CodeClose')).click();
    assert.equal(await img.count(), 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(server.cspReports, [], 'no CSP violations');
  } finally {
    await browser.context.close();
  }
});
