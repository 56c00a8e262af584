// The hand-off code (issue 28, points 1 and 2): at the end of a preparation "Visa koden för
// vårdpersonalen" shows her preparation as a QR code. The code on screen is read back by an
// independent decoder (jsQR on a screenshot, base45 written here from RFC 9285, and Node's zlib
// inflating with the format's preset dictionary), and what it holds is the very agreement her
// saved file holds. (The QR versions and
// frame counts of the v3 fixtures are measured by crates/code's host tests.) Then the clinic:
// Chromium with a fake camera playing a video made from the screenshot reads it in a
// consultation, and every marker she typed is in the consultation's export; the camera
// refused, or none at all, gives the message and the other ways in (a picture of the code,
// her file); hostile codes are refused with a message and nothing is replaced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { PNG } from 'pngjs';
import { serve } from './server.mjs';
import { launch, FLAGS } from './browser.mjs';
import { CONTENT, openStart, walk, Widget, T, chooseLanguage, fill } from './pk.mjs';
import { DICTIONARIES, agreementOf, shownCodes } from './codes.mjs';

const ui = (id, lang = 'sv') => CONTENT.ui[id][lang];
/** A count's form of CLDR category `category` in `lang` (what the widget gives the module). */
const form = (count, lang, category) => CONTENT.plurals[count][lang][category];
/** Which form the modules pick for a number: CLDR's rules for the numbers these tests use. */
const CATEGORY = { sv: { 2: 'other', 3: 'other' }, uk: { 2: 'few' }, ar: { 2: 'two' } };
/** The scanner's progress, `have` of `total` codes read, in `lang`. */
const progress = (lang, have, total) =>
  fill(ui('ScanProgress', lang), { read: fill(form('{have} av {n} koder inlästa', lang, CATEGORY[lang][total]), { have, n: total }) });

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => {
  await server?.close();
});

/** Which of the code modules the page has fetched: { code, scan }. */
const modulesLoaded = (page) =>
  page.evaluate(() => {
    const names = performance.getEntriesByType('resource').map((e) => e.name);
    return { code: names.some((n) => /pk-code(_bg\.wasm|\.js)$/.test(n)), scan: names.some((n) => /pk-scan(_bg\.wasm|\.js)$/.test(n)) };
  });

/** A walked preparation, on its summary, with the code shown: { browser, page, w, s, code, saved }. */
export async function preparedWithCode(url, name) {
  const { browser, page, w, errors } = await openStart(url);
  const s = await walk(w, 'prepare', name);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  const before = await modulesLoaded(page);
  await w.button(ui('ShowCode')).click();
  const code = await shownCodes(page);
  return { browser, page, w, s, code, saved, errors, before };
}

test('her code on screen holds exactly her saved preparation, read by an independent decoder', async () => {
  const { browser, page, w, s, code, saved, errors, before } = await preparedWithCode(server.url, 'code');
  try {
    // The code's module only once she asks for it; the reader never, on her phone.
    assert.deepEqual(before, { code: false, scan: false }, 'no code module in the first load or the walk');
    assert.deepEqual(await modulesLoaded(page), { code: true, scan: false });
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

/** A Y4M video (4:2:0) showing each PNG for `seconds`, on white, for Chromium's fake camera. */
function y4m(pngs, file, seconds = 1) {
  const imgs = pngs.map((p) => PNG.sync.read(p));
  const side = Math.max(...imgs.flatMap((i) => [i.width, i.height])) + 64;
  const w = side + (side % 2);
  const h = w;
  const fps = 10;
  const chunks = [Buffer.from(`YUV4MPEG2 W${w} H${h} F${fps}:1 Ip A1:1 C420jpeg\n`)];
  for (const img of imgs) {
    const y = Buffer.alloc(w * h, 235);
    const ox = (w - img.width) >> 1;
    const oy = (h - img.height) >> 1;
    for (let r = 0; r < img.height; r++) {
      for (let c = 0; c < img.width; c++) {
        const i = (r * img.width + c) * 4;
        const luma = 0.299 * img.data[i] + 0.587 * img.data[i + 1] + 0.114 * img.data[i + 2];
        y[(r + oy) * w + c + ox] = Math.round(16 + (luma * 219) / 255);
      }
    }
    const frame = Buffer.concat([Buffer.from('FRAME\n'), y, Buffer.alloc((w * h) / 2, 128)]);
    for (let k = 0; k < fps * seconds; k++) chunks.push(frame);
  }
  fs.writeFileSync(file, Buffer.concat(chunks));
}

/** A QR code of `text` as a PNG (8 px a module, quiet zone of 4), drawn with the built pk-code module. */
async function qrPng(text) {
  const { initSync, qr_modules, deflate } = await import(new URL('../../dist/pk-code.js', import.meta.url));
  initSync({ module: fs.readFileSync('dist/pk-code_bg.wasm') });
  const m = qr_modules(text);
  const width = m[1];
  const scale = 8;
  const side = (width + 8) * scale;
  const png = new PNG({ width: side, height: side });
  png.data.fill(255);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      if (!m[2 + y * width + x]) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4;
          png.data[i] = png.data[i + 1] = png.data[i + 2] = 0;
        }
      }
    }
  }
  return { png: PNG.sync.write(png), deflate };
}

function b45encode(bytes) {
  const a = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
  let s = '';
  for (let i = 0; i < bytes.length; i += 2) {
    let n = i + 1 < bytes.length ? bytes[i] * 256 + bytes[i + 1] : bytes[i];
    for (let j = 0; j < (i + 1 < bytes.length ? 3 : 2); j++) {
      s += a[n % 45];
      n = Math.floor(n / 45);
    }
  }
  return s;
}

/** Records the camera streams the page opens (window.pkStreams), to see that they stop. */
const RECORD_STREAMS = () => {
  window.pkStreams = [];
  const md = navigator.mediaDevices;
  if (!md) return;
  const get = md.getUserMedia.bind(md);
  md.getUserMedia = async (c) => {
    const s = await get(c);
    window.pkStreams.push(s);
    return s;
  };
};

async function consultationStart(args) {
  const browser = await launch({ args: [...FLAGS, ...args] });
  const page = browser.context.pages()[0] || (await browser.context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(RECORD_STREAMS);
  await page.goto(server.url);
  const w = new Widget(page, 'sv');
  await w.expectStep(0);
  await w.radio(T.sv.modeLegend, T.sv.consultation);
  return { browser, page, w, errors };
}

const camerasStopped = (page) => page.evaluate(() => window.pkStreams.every((s) => s.getTracks().every((t) => t.readyState === 'ended')));

test('the clinic reads her code with the camera: her preparation continues in the consultation', async () => {
  const prep = await preparedWithCode(server.url, 'camera');
  await prep.browser.context.close();
  fs.mkdirSync('test-output', { recursive: true });
  const video = 'test-output/handoff-code.y4m';
  y4m(prep.code.pngs, video);
  const { browser, page, w, errors } = await consultationStart([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ]);
  try {
    assert.deepEqual(await modulesLoaded(page), { code: false, scan: false }, 'no code module before the camera');
    const started = Date.now();
    await w.button(ui('ScanOpen')).click();
    await page.locator('[id$="-scan-video"]').waitFor();
    // Read: her preparation opens as her file does, on the summary, in the consultation.
    await w.expectStep(7);
    const took = Date.now() - started;
    console.log(`the fake camera read ${prep.code.frames} code(s) of version ${prep.code.version} in ${took} ms`);
    fs.writeFileSync('test-output/handoff-camera.json', JSON.stringify({ frames: prep.code.frames, version: prep.code.version, ms: took }));
    assert.equal(await page.evaluate(() => window.pkStreams.length), 1, 'the camera was opened');
    assert.deepEqual(await modulesLoaded(page), { code: false, scan: true }, 'the clinic loads the reader, not the encoder');
    assert.equal(await camerasStopped(page), true, 'the camera stopped once the code was read');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.mode, 'consultation');
    assert.equal(exported.id, prep.saved.id, 'the same agreement');
    const text = JSON.stringify(exported);
    const s = prep.s;
    for (const marker of [
      s.ownWords, s.goal, s.resources, s.relative.name, s.relative.contact, s.questionsForVisit, s.name, s.personalNumber,
      s.selfCare, s.warning.text, s.warning.who, s.careAction, s.plan.title, s.plan.holder, s.coordinator, s.contact.name,
      s.contact.helpsWith, s.route.details, s.nextStep, s.period,
    ]) {
      assert.ok(text.includes(JSON.stringify(marker).slice(1, -1)), `the consultation's export holds ${marker}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('the camera refused: a message, then a picture of the code; hostile codes refused, nothing replaced', async () => {
  const prep = await preparedWithCode(server.url, 'picture');
  await prep.browser.context.close();
  // A fake camera, but the permission is not given (no fake UI to accept it).
  const { browser, page, w, errors } = await consultationStart(['--use-fake-device-for-media-stream']);
  try {
    await w.button(ui('ScanOpen')).click();
    const status = page.locator('[id$="-scan-status"]');
    await status.getByText(ui('ScanNoCamera')).waitFor();
    assert.equal(await w.button(ui('ScanPicture')).isVisible(), true);
    assert.equal(await w.button(ui('OpenFile')).first().isVisible(), true);
    const picture = page.locator('[id$="-scan-picture-input"]');
    const give = async (name, png) => {
      fs.writeFileSync(`test-output/${name}.png`, png);
      await picture.setInputFiles(`test-output/${name}.png`);
    };

    // Not ours.
    const { png: other, deflate } = await qrPng('https://example.org/');
    await give('handoff-other', other);
    await status.getByText(ui('ScanNotOurs')).waitFor();
    // Ours, but not an agreement inside.
    const notOurs = Buffer.from(deflate(Buffer.from('{"format":"annat"}')));
    await give('handoff-not-agreement', (await qrPng(`PK2:${b45encode(notOurs)}`)).png);
    // The file decoder's own message (content::import_error), not the code's.
    await status.filter({ hasNotText: ui('ScanNotOurs') }).locator('.pk-copy-status__error').waitFor();
    // Damaged: not DEFLATE.
    await give('handoff-damaged', (await qrPng('PK1:BB8')).png);
    await status.getByText(ui('ScanDamaged')).waitFor();
    // Too large: a sequence longer than allowed.
    await give('handoff-too-large', (await qrPng('PK1/1/99/0123ABCD:BB8')).png);
    await status.getByText(ui('ScanTooLarge')).waitFor();
    // One frame of a sequence that never completes: progress, nothing opened.
    await give('handoff-incomplete', (await qrPng('PK1/1/3/0123ABCD:BB8')).png);
    await status.getByText(progress('sv', 1, 3)).waitFor();
    // Not a picture at all.
    fs.writeFileSync('test-output/handoff-not-a-picture.png', 'no picture');
    await picture.setInputFiles('test-output/handoff-not-a-picture.png');
    await status.getByText(ui('ScanNoCodeInPicture')).waitFor();
    await w.expectStep(0);
    assert.equal(await page.locator('[id$="-replace-confirm"]').count(), 0, 'nothing replaced, nothing asked');

    // Her code, from a picture: opened as her file is.
    await give('handoff-picture', prep.code.pngs[0]);
    await w.expectStep(7);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.what_matters.own_words, prep.s.ownWords);
    assert.equal(exported.mode, 'consultation');

    // Read again from the summary, over a draft: the same question as for her file, and "Avbryt" keeps it.
    await w.button(ui('ScanOpen')).click();
    await status.getByText(ui('ScanNoCamera')).waitFor();
    await give('handoff-picture', prep.code.pngs[0]);
    const question = page.locator('[id$="-replace-confirm"]');
    await question.waitFor();
    await question.getByRole('button', { name: ui('Cancel'), exact: true }).click();
    assert.equal(await question.count(), 0);
    await w.expectStep(7);

    // A code of the first dictionary (PK1, before the questions in every language were in the
    // second) is still read: her file, with a marker of its own, compressed with it here by
    // Node's zlib.
    const marked = { ...prep.saved, what_matters: { ...prep.saved.what_matters, own_words: 'PK1-markör' } };
    const older = zlib.deflateRawSync(Buffer.from(JSON.stringify(marked)), { level: 9, dictionary: Buffer.from(DICTIONARIES.PK1) });
    await w.button(ui('ScanOpen')).click();
    await status.getByText(ui('ScanNoCamera')).waitFor();
    await give('handoff-pk1', (await qrPng(`PK1:${b45encode(older)}`)).png);
    await question.waitFor();
    await question.getByRole('button', { name: ui('ReplaceYes'), exact: true }).click();
    await w.expectStep(7);
    const [again] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
    assert.equal(JSON.parse(fs.readFileSync(await again.path(), 'utf8')).what_matters.own_words, 'PK1-markör');
    assert.equal(await camerasStopped(page), true);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('no camera at all: the message and the other ways in; Stäng and Escape close', async () => {
  const { browser, page, w, errors } = await consultationStart([]);
  try {
    await w.button(ui('ScanOpen')).click();
    await page.locator('[id$="-scan-status"]').getByText(ui('ScanNoCamera')).waitFor();
    assert.equal(await w.button(ui('ScanPicture')).isVisible(), true);
    await page.keyboard.press('Escape');
    await page.locator('[id$="-scan"]').waitFor({ state: 'detached', timeout: 2000 });
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-scan-open', 'focus back on the button');
    await w.button(ui('ScanOpen')).click();
    await w.button(ui('Close')).click();
    // Closed at once (the panel's own click handler), the camera with it.
    assert.equal(await page.locator('[id$="-scan"]').count(), 0, 'Stäng closes');
    assert.equal(await camerasStopped(page), true);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('a larger preparation is a sequence of codes, read in any order by the camera', async () => {
  // tests/fixtures/maximal.json as her preparation: opened on the start page, then shown.
  const file = JSON.parse(fs.readFileSync('tests/fixtures/maximal.json', 'utf8'));
  Object.assign(file, { mode: 'prepare', status: 'draft' });
  fs.mkdirSync('test-output', { recursive: true });
  fs.writeFileSync('test-output/handoff-maximal-prepare.json', JSON.stringify(file, null, 2));
  const prep = await openStart(server.url);
  let code;
  let saved;
  try {
    await prep.page.locator('#pk-open-file ~ input[type=file]').setInputFiles('test-output/handoff-maximal-prepare.json');
    // Nobody chose a mode: asked once, she goes on preparing.
    await prep.w.button('Fortsätt förbereda').click();
    await prep.w.expectStep(7);
    const [download] = await Promise.all([prep.page.waitForEvent('download'), prep.page.locator('#pk-download-json').click()]);
    saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    await prep.w.button(ui('ShowCode')).click();
    code = await shownCodes(prep.page);
    // "Kod 1 av 2", "Kod 2 av 2": said under the code as it turns.
    const frameText = new RegExp(`^${ui('CodeFrame').replace('{i}', '[12]').replace('{n}', String(code.frames))}$`);
    assert.match(await prep.page.locator('[id$="-code-frame"]').textContent(), frameText);
    assert.deepEqual(prep.errors, []);
  } finally {
    await prep.browser.context.close();
  }
  assert.equal(code.frames, 2, 'maximal.json is two codes');
  assert.ok(code.version <= 25, `version ${code.version}`);
  assert.deepEqual(agreementOf(code.texts), saved, 'the frames together hold her saved file');
  assert.ok(code.texts.every((t) => t.startsWith(`PK2/`)));

  // The video shows the second frame first: the frames are read in any order.
  const video = 'test-output/handoff-sequence.y4m';
  y4m([code.pngs[1], code.pngs[0]], video);
  const { browser, page, w, errors } = await consultationStart([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ]);
  try {
    const started = Date.now();
    await w.button(ui('ScanOpen')).click();
    await page.locator('[id$="-scan-status"]').getByText(progress('sv', 1, 2)).waitFor();
    await w.expectStep(7);
    const took = Date.now() - started;
    console.log(`the fake camera read a sequence of ${code.frames} codes of version ${code.version} in ${took} ms`);
    fs.writeFileSync('test-output/handoff-camera-sequence.json', JSON.stringify({ frames: code.frames, version: code.version, ms: took }));
    assert.equal(await camerasStopped(page), true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.id, saved.id);
    assert.equal(exported.mode, 'consultation');
    assert.deepEqual(exported.what_matters, saved.what_matters);
    assert.deepEqual(exported.relatives, saved.relatives);
    assert.deepEqual(exported.planning, saved.planning);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('the codes counted in the language on screen: a sequence of 2 in Ukrainian and Arabic, and 1 of 2 read', async () => {
  // The modules fill the number themselves, in the form it takes in the widget's language
  // (Ukrainian "2 коди", few; Arabic "رمزين", the dual, without a digit).
  const file = JSON.parse(fs.readFileSync('tests/fixtures/maximal.json', 'utf8'));
  Object.assign(file, { mode: 'prepare', status: 'draft' });
  fs.mkdirSync('test-output', { recursive: true });
  fs.writeFileSync('test-output/handoff-maximal-plural.json', JSON.stringify(file, null, 2));
  const prep = await openStart(server.url);
  try {
    await prep.page.locator('#pk-open-file ~ input[type=file]').setInputFiles('test-output/handoff-maximal-plural.json');
    await prep.w.button('Fortsätt förbereda').click();
    await prep.w.expectStep(7);
    for (const [tag, words] of [['uk', '— це 2 коди,'], ['ar', 'يظهر في رمزين،']]) {
      await chooseLanguage(prep.page, tag);
      await prep.page.getByRole('button', { name: ui('ShowCode', tag), exact: true }).click();
      const instruction = prep.page.locator('[id$="-code-instruction"]');
      await instruction.waitFor();
      assert.equal(await prep.page.locator('[id$="-code-image"]').getAttribute('data-frames'), '2');
      const codes = fill(form('{n} koder', tag, CATEGORY[tag][2]), { n: 2 });
      assert.equal(await instruction.textContent(), fill(ui('CodeInstructionSequence', tag), { codes }));
      assert.ok((await instruction.textContent()).includes(words), await instruction.textContent());
      await prep.page.getByRole('button', { name: ui('CodeClose', tag), exact: true }).click();
    }
    assert.deepEqual(prep.errors, []);
  } finally {
    await prep.browser.context.close();
  }
  // The clinic in Arabic: one frame of two read from a picture, "1 of 2" in the dual.
  const { browser, page, errors } = await consultationStart(['--use-fake-device-for-media-stream']);
  try {
    await chooseLanguage(page, 'ar');
    await page.getByRole('button', { name: ui('ScanOpen', 'ar'), exact: true }).click();
    const status = page.locator('[id$="-scan-status"]');
    await status.getByText(ui('ScanNoCamera', 'ar')).waitFor();
    fs.writeFileSync('test-output/handoff-one-of-two.png', (await qrPng('PK1/1/2/0123ABCD:BB8')).png);
    await page.locator('[id$="-scan-picture-input"]').setInputFiles('test-output/handoff-one-of-two.png');
    await status.getByText(progress('ar', 1, 2)).waitFor();
    assert.ok((await status.textContent()).includes('1 من أصل رمزين'), await status.textContent());
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});
