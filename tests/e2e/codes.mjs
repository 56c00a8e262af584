// Reading the hand-off codes and links back, independently of the app: jsQR on a screenshot,
// base45 written here from RFC 9285, Node's zlib inflating with the core's preset dictionaries.
// Shared by handoff.test.mjs, agreement-link.test.mjs and languages.test.mjs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * The hand-off codes' preset dictionaries by their header, as the core declares them
 * (crates/core/src/formats/handoff.rs): `PK1`'s there, `PK2`'s in its own file. Codes are
 * written with PK2; an agreement link is compressed with PK1.
 */
export const DICTIONARIES = {
  PK1: /const PK1_DICTIONARY: &str = r#"(.*?)"#;/s.exec(fs.readFileSync('crates/core/src/formats/handoff.rs', 'utf8'))[1],
  PK2: fs.readFileSync('crates/core/src/formats/handoff-pk2.txt', 'utf8'),
};

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

/** The agreement in the codes' texts: the frames joined in their order, inflated. */
export function agreementOf(texts) {
  const parts = texts.map((t) => {
    const m = /^(PK2)(?:\/(\d+)\/(\d+)\/([0-9A-F]{8}))?:(.*)$/s.exec(t);
    assert.ok(m, `a PK2 code (the app writes the second dictionary's): ${t.slice(0, 30)}`);
    return { i: Number(m[2] || 1), bytes: base45(m[5]) };
  });
  parts.sort((a, b) => a.i - b.i);
  return JSON.parse(zlib.inflateRawSync(Buffer.concat(parts.map((p) => p.bytes)), { dictionary: Buffer.from(DICTIONARIES.PK2) }).toString('utf8'));
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
