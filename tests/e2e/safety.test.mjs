// Nothing lost, nothing leaked: autosave and restore (reload and a killed browser), storage
// blocked or full, "Rensa uppgifter", a corpus of bad files, hostile text, requests only to
// the page's own origin, zero CSP violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { launch, chromiumPath, FLAGS } from './browser.mjs';
import { Widget, chooseLanguage } from './pk.mjs';

let server;
const report = {};
before(async () => {
  server = await serve('dist');
});
after(async () => {
  await server?.close();
  fs.mkdirSync('test-output', { recursive: true });
  fs.writeFileSync('test-output/safety.json', JSON.stringify(report, null, 2));
});

const DRAFT_KEY = 'patientkontrakt/v2/draft';

/** Collects CSP violations inside the page too (besides the server's report-uri). */
function watchCsp(page) {
  return page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

async function start(page, lang = 'sv') {
  await page.goto(server.url);
  const w = new Widget(page, lang);
  await w.expectStep(0);
  return w;
}

async function storedDraft(page) {
  return page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY);
}

/** Waits until autosave has written text containing `needle`. */
async function waitSaved(page, needle) {
  await page.waitForFunction(([k, n]) => (localStorage.getItem(k) || '').includes(n), [DRAFT_KEY, needle], { timeout: 5000 });
}

test('everything typed comes back after a reload', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    const w = await start(page);
    await w.radio(w.t.modeLegend, w.t.consultation);
    await w.button(w.t.begin).click();
    await w.field(w.t.ownWords).fill('Kören på torsdagar');
    await w.addRow(w.t.addGoal, w.t.goalRow, [[w.t.goal, 'Sjunga igen']]);
    await w.continue();
    await w.expectStep(2);
    await w.addRow(w.t.addSelfCare, w.t.selfCareRow, [[w.t.selfCareText, 'Andningsövningar']]);
    const t0 = Date.now();
    await waitSaved(page, 'Andningsövningar');
    report.autosaveMs = Date.now() - t0;
    assert.ok(report.autosaveMs < 1000, `saved within a second (${report.autosaveMs} ms)`);
    await page.reload();
    await page.getByText('Vi har hämtat det du skrev senast').waitFor();
    await w.button(w.t.resume).click();
    await w.expectStep(2); // where she left off
    assert.equal(await w.field(w.t.selfCareText, w.group(w.t.selfCareRow)).inputValue(), 'Andningsövningar');
    // Back through step 1's pages to its first.
    await w.back();
    await w.expectStep(1);
    while ((await w.where()).page > 1) await w.back();
    assert.equal(await w.field(w.t.ownWords).inputValue(), 'Kören på torsdagar');
    assert.equal(await w.field(w.t.goal, w.group(w.t.goalRow)).inputValue(), 'Sjunga igen');
    assert.equal(await page.getByRole('radio', { name: w.t.consultation }).count(), 0, 'not on the start page');
  } finally {
    await browser.context.close();
  }
});

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts Chromium ourselves, so the test can kill the process the hard way. */
async function rawChromium(profile) {
  const port = await freePort();
  const proc = spawn(chromiumPath(), [...FLAGS, `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, 'about:blank'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      return { proc, browser };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  proc.kill('SIGKILL');
  throw new Error('Chromium did not start');
}

// The promise: every change saved within a second; a crashed browser loses nothing. The
// browser process is killed (SIGKILL: no shutdown, no flush) 1.5 s after the last keystroke,
// 20 times in a row on one profile, each time with other text; each restart must have it all.
const KILLS = Number(process.env.PK_KILLS || 20);
test(`a killed browser loses nothing: ${KILLS} kills 1.5 s after the last keystroke`, async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-kill-'));
  let { proc, browser } = await rawChromium(profile);
  try {
    let page = browser.contexts()[0].pages()[0] || (await browser.contexts()[0].newPage());
    let w = await start(page);
    await w.button(w.t.begin).click();
    await w.expectStep(1);
    for (let i = 1; i <= KILLS; i++) {
      const words = `Skrivet före krasch ${i}: ${'åäö'.repeat(i)}`;
      const field = w.field(w.t.ownWords);
      await field.fill('');
      await field.pressSequentially(words);
      await new Promise((r) => setTimeout(r, 1500));
      proc.kill('SIGKILL');
      await new Promise((r) => proc.once('exit', r));
      ({ proc, browser } = await rawChromium(profile));
      page = browser.contexts()[0].pages()[0] || (await browser.contexts()[0].newPage());
      w = await start(page);
      await page.getByText('Vi har hämtat det du skrev senast').waitFor();
      await w.button(w.t.resume).click();
      await w.expectStep(1);
      assert.equal(await w.field(w.t.ownWords).inputValue(), words, `kill ${i}: restored after the restart`);
    }
  } finally {
    await browser.close().catch(() => {});
    proc.kill('SIGKILL');
  }
});

test('blocked storage: the app works in memory and says so once', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    // What a sandboxed iframe or blocked site data does: the getter throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The document is sandboxed', 'SecurityError');
        },
      });
    });
    const w = await start(page);
    const notice = page.getByRole('alert').filter({ hasText: 'sparas inte automatiskt' });
    await notice.waitFor();
    await w.button(w.t.begin).click();
    await w.field(w.t.ownWords).fill('Bara i minnet');
    await w.continue();
    await w.button(w.t.back).click();
    assert.equal(await w.field(w.t.ownWords).inputValue(), 'Bara i minnet');
    assert.equal(await page.getByRole('alert').filter({ hasText: 'sparas inte automatiskt' }).count(), 1, 'said once');
  } finally {
    await browser.context.close();
  }
});

test('full storage: a notice, nothing lost, and the file download still works', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    await page.addInitScript((key) => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.call(this, k, v);
      };
    }, DRAFT_KEY);
    const w = await start(page);
    await w.button(w.t.begin).click();
    await w.field(w.t.ownWords).fill('Får inte plats');
    await page.getByRole('alert').filter({ hasText: 'lagring är full' }).waitFor();
    await w.field(w.t.ownWords).fill('Får inte plats, och mer');
    await page.waitForTimeout(800);
    assert.equal(await page.getByRole('alert').filter({ hasText: 'lagring är full' }).count(), 1, 'said once');
    assert.equal(await w.field(w.t.ownWords).inputValue(), 'Får inte plats, och mer');
    await w.continue();
    await w.expectStep(7);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pk-download-json').click()]);
    const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(json.what_matters.own_words, 'Får inte plats, och mer');
  } finally {
    await browser.context.close();
  }
});

test('"Rensa uppgifter" asks first, then leaves nothing in storage', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    const w = await start(page);
    assert.ok((await w.root().innerText()).includes('Välj ”Rensa uppgifter” när du är klar'), 'the shared-computer hint');
    await w.button(w.t.begin).click();
    await w.field(w.t.ownWords).fill('Privat');
    await waitSaved(page, 'Privat');
    await w.button('Rensa uppgifter').click();
    await page.getByText('Vill du ta bort allt du har skrivit').waitFor();
    await w.button('Avbryt').click();
    assert.equal(await w.field(w.t.ownWords).inputValue(), 'Privat', 'cancel keeps everything');
    assert.ok(await storedDraft(page));
    await w.button('Rensa uppgifter').click();
    await w.button('Ja, rensa uppgifterna').click();
    await page.getByRole('status').filter({ hasText: 'Uppgifterna är borttagna' }).waitFor();
    await w.expectStep(0);
    await page.waitForTimeout(800); // past any autosave
    const keys = await page.evaluate(() => [...Array(localStorage.length).keys()].map((i) => localStorage.key(i)));
    assert.deepEqual(keys, [], 'localStorage is empty');
    const sessionKeys = await page.evaluate(() => sessionStorage.length);
    assert.equal(sessionKeys, 0);
    await page.reload();
    await w.expectStep(0);
    assert.equal(await page.getByText('Vi har hämtat').count(), 0);
  } finally {
    await browser.context.close();
  }
});

// One format version newer than the current one (the golden files are of the current version).
const NEWER = JSON.parse(fs.readFileSync('tests/fixtures/typical.json', 'utf8')).version + 1;

/**
 * The corpus: [name, contents (string | Buffer), expected message fragment, expected fragment of
 * the technical detail under "Visa detaljer" (or none)]. The message is for patients: what is
 * wrong in plain words and what to do; where in the file and why is the detail's.
 */
function badFiles() {
  const good = fs.readFileSync('tests/fixtures/typical.json', 'utf8');
  const doc = () => JSON.parse(good);
  const mutate = (f) => {
    const d = doc();
    f(d);
    return JSON.stringify(d, null, 2);
  };
  const notAgreement = 'Filen är inte ett Patientkontrakt. Välj en fil som du har sparat med Patientkontraktet.';
  const notJson = 'Filen är inte ett Patientkontrakt, eller så har den blivit skadad. Välj en fil som du har sparat med Patientkontraktet.';
  const notText = 'Filen innehåller inte text som Patientkontraktet kan läsa.';
  const missing = 'Filen är ofullständig: en uppgift saknas.';
  const wrongType = 'En uppgift i filen är av fel sort.';
  const invalid = 'En uppgift i filen är fel ifylld.';
  const meta = 'Filens egna uppgifter, som när den skapades och ändrades, är fel ifyllda.';
  const tooDeep = 'Filen är alldeles för invecklad för att vara ett Patientkontrakt.';
  return [
    ['empty.json', '', 'Filen är tom. Välj en fil som du har sparat med Patientkontraktet.'],
    ['whitespace.json', '  \n\t ', 'Filen är tom.'],
    ['plain-text.json', 'Hej, det här är en vanlig text.', notJson, 'Inte giltig JSON: fel på rad 1, kolumn 1.'],
    ['html.json', '<!doctype html><html><body>x</body></html>', notJson, 'Inte giltig JSON'],
    ['trailing-comma.json', '{"format": "patientkontrakt", "version": 1,}', notJson, 'Inte giltig JSON: fel på rad 1'],
    ['truncated-half.json', good.slice(0, good.length / 2), 'Filen tar slut för tidigt.', 'oväntat slut på filen'],
    ['truncated-one-byte.json', good.slice(0, -3), 'Filen tar slut för tidigt.', 'oväntat slut på filen'],
    ['truncated-start.json', '{', 'Filen tar slut för tidigt.', 'oväntat slut på filen'],
    ['binary.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), notText, 'Inte giltig UTF-8: ogiltig byte vid position 0'],
    ['latin1.json', Buffer.from('{"format": "patientkontrakt", "own": "v\xe5rd"}', 'latin1'), notText, 'Inte giltig UTF-8'],
    ['utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]), notText, 'Inte giltig UTF-8'],
    ['array.json', '[1, 2, 3]', notAgreement],
    ['string.json', '"patientkontrakt"', notAgreement],
    ['null.json', 'null', notAgreement],
    ['number.json', '42', notAgreement],
    ['fhir-bundle.json', fs.readFileSync('tests/fixtures/fhir/typical.json', 'utf8'), notAgreement],
    ['package.json', fs.readFileSync('package.json', 'utf8'), notAgreement],
    ['other-format.json', mutate((d) => (d.format = 'annat-format')), notAgreement, '”format”: ”patientkontrakt”'],
    ['newer-version.json', mutate((d) => (d.version = NEWER)), 'nyare version av Patientkontraktet än den här. Ladda om sidan', `Filens formatversion är ${NEWER}.`],
    ['far-future-version.json', mutate((d) => (d.version = 99)), 'nyare version av Patientkontraktet', 'Filens formatversion är 99.'],
    ['version-zero.json', mutate((d) => (d.version = 0)), 'ett format som Patientkontraktet inte känner till', 'Formatversion 0 är okänd.'],
    ['version-text.json', mutate((d) => (d.version = '1')), 'saknar versionsnummer', '”version” saknas eller är inte ett heltal.'],
    ['no-version.json', mutate((d) => delete d.version), 'saknar versionsnummer'],
    ['missing-planning.json', mutate((d) => delete d.planning), missing, 'Fält saknas: planning.'],
    ['missing-nested.json', mutate((d) => delete d.schedule.next_time.mode), missing, 'Fält saknas: schedule.next_time.mode.'],
    ['missing-id.json', mutate((d) => delete d.id), missing, 'Fält saknas: id.'],
    ['unknown-field.json', mutate((d) => (d.patient.email = 'a@b.se')), 'en uppgift som Patientkontraktet inte känner till', 'Okänt fält: patient.email.'],
    ['list-as-text.json', mutate((d) => (d.relatives = 'Bertil')), wrongType, 'Värde av fel typ: relatives.'],
    ['number-as-text.json', mutate((d) => (d.what_matters.own_words = 42)), wrongType, 'Värde av fel typ: what_matters.own_words.'],
    ['object-as-list.json', mutate((d) => (d.commitments.self_care = {})), wrongType, 'Värde av fel typ: commitments.self_care.'],
    ['bad-answer.json', mutate((d) => (d.answers.patient[0].value = 'kanske')), invalid, 'Värde som inte är tillåtet: answers.patient[0].value.'],
    ['six-answers.json', mutate((d) => d.answers.patient.pop()), invalid, 'Värde som inte är tillåtet: answers.patient.'],
    ['bad-mode.json', mutate((d) => (d.mode = 'solo')), invalid, 'Värde som inte är tillåtet: mode.'],
    ['impossible-date.json', mutate((d) => (d.schedule.next_time.date = '2027-02-30')), invalid, 'Värde som inte är tillåtet: schedule.next_time.date.'],
    ['bad-timestamp.json', mutate((d) => (d.updated = 'igår')), meta, 'Värde som inte är tillåtet: updated.'],
    ['empty-id.json', mutate((d) => (d.id = '   ')), meta, 'Värde som inte är tillåtet: id.'],
    ['huge-text.json', mutate((d) => (d.what_matters.own_words = 'x'.repeat(200000))), 'En text i filen är för lång. Högst 20000 tecken får plats.', 'För lång text: what_matters.own_words (högst 20000 tecken).'],
    ['huge-row.json', mutate((d) => (d.commitments.self_care[0].text = 'y'.repeat(5000))), 'En text i filen är för lång.', 'För lång text: commitments.self_care[0].text'],
    ['too-many-rows.json', mutate((d) => (d.what_matters.goals = Array.from({ length: 500 }, () => ({ text: 'x' })))), 'En lista i filen har för många rader. Högst 100 får plats.', 'För många rader:'],
    // The limit is above the largest agreement the app can hold (tests/format.rs).
    ['41-megabytes.json', mutate((d) => (d.pad = 'z'.repeat(41 * 1024 * 1024))), 'Filen är för stor (41,0 MB). Den får vara högst 40,0 MB. Välj en fil som du har sparat med Patientkontraktet.', 'Gränsen är 41943040 byte.'],
    ['deeply-nested.json', '['.repeat(100000) + ']'.repeat(100000), tooDeep, 'fler än 128 nivåer'],
    ['nested-in-field.json', good.replace('"own_words": "', '"own_words": ' + '{"a":'.repeat(200) + '1' + '}'.repeat(200) + ', "x": "'), tooDeep, 'fler än 128 nivåer'],
    // Read with a count, stopped long before three million values are built (tests/import_bounds.rs).
    ['millions-of-values.json', '{"format": "patientkontrakt", "version": 3, "pad": [' + '0,'.repeat(3000000) + '0]}', 'Filen innehåller alldeles för många uppgifter', 'fler än 50000 värden och nycklar'],
    ['same-key-twice.json', good.replace('"own_words": "', '"own_words": "Något annat",\n    "own_words": "'), 'Samma uppgift står två gånger i filen, så det går inte att veta vilken som gäller.', 'Nyckeln ”own_words” står två gånger i samma objekt'],
  ];
}

test('a corpus of bad files: each refused with its own message, the draft untouched', async () => {
  const browser = await launch();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-bad-'));
  try {
    const page = browser.context.pages()[0];
    const w = await start(page);
    await w.button(w.t.begin).click();
    await w.field(w.t.ownWords).fill('Mitt utkast');
    await waitSaved(page, 'Mitt utkast');
    await w.button(w.t.back).click();
    const before = await storedDraft(page);
    const corpus = badFiles();
    assert.ok(corpus.length >= 30, `${corpus.length} files`);
    for (const [name, contents, message, detail] of corpus) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, contents);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), w.button('Öppna en sparad fil').click()]);
      await chooser.setFiles(file);
      const alert = page.locator('#pk-import-error');
      await alert.filter({ hasText: message }).waitFor({ timeout: 5000 }).catch(async () => {
        throw new Error(`${name}: expected "${message}", got "${await alert.textContent().catch(() => 'no message')}"`);
      });
      assert.equal(await alert.getAttribute('role'), 'alert', name);
      // The patient is told what to do, and no file formats, bytes or field paths.
      const text = await alert.locator('p.pk-body').first().innerText();
      assert.ok(text.includes(message), `${name}: ${text}`);
      assert.doesNotMatch(text, /UTF-8|JSON|byte|[a-z]_[a-z]|[a-z]\.[a-z]/i, `${name}: ${text}`);
      assert.match(text, /(Välj|Försök|Hjälper inte det)[^.]*\.$/, `${name}: ends with what to do: ${text}`);
      if (detail) {
        // Shape errors get their place a moment later (pk-exports): wait for it.
        await alert.locator('details').filter({ hasText: detail }).waitFor({ state: 'attached', timeout: 5000 }).catch(async () => {
          throw new Error(`${name}: expected the detail "${detail}", got "${await alert.locator('details').textContent().catch(() => 'no details')}"`);
        });
      }
      if (name === 'missing-nested.json') {
        // The detail opens with the keyboard, as a native disclosure.
        const summary = alert.locator('details summary');
        assert.equal(await summary.innerText(), 'Visa detaljer');
        assert.equal(await alert.locator('details p').isVisible(), false, 'closed at first');
        await summary.focus();
        await page.keyboard.press('Enter');
        await alert.locator('details p').filter({ hasText: 'Fält saknas: schedule.next_time.mode.' }).waitFor();
      }
      assert.equal(await storedDraft(page), before, `${name}: the stored draft is untouched`);
      await w.expectStep(0);
    }
    await w.button(w.t.resume).click();
    assert.equal(await w.field(w.t.ownWords).inputValue(), 'Mitt utkast', 'the draft on screen is untouched');
    report.badFiles = corpus.length;
    // English messages too, for one of them.
    await w.button(w.t.back).click();
    await chooseLanguage(page, 'en');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open a saved file' }).click()]);
    await chooser.setFiles(path.join(dir, 'newer-version.json'));
    await page.locator('#pk-import-error').filter({ hasText: 'saved with a newer version of the Patientkontrakt than this one. Reload the page' }).waitFor();
    await page.locator('#pk-import-error details').filter({ hasText: `The file's format version is ${NEWER}.` }).waitFor({ state: 'attached' });
    assert.equal(await page.locator('#pk-import-error summary').innerText(), 'Show details');
  } finally {
    await browser.context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('opening a file over a draft asks first; cancel keeps the draft, drag and drop works too', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    const w = await start(page);
    await w.button(w.t.begin).click();
    await w.field(w.t.ownWords).fill('Får inte försvinna');
    await w.button(w.t.back).click();
    const good = fs.readFileSync('tests/fixtures/typical.json', 'utf8');
    // Drop the file on the start page.
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'typical.json', { type: 'application/json' }));
      return dt;
    }, good);
    await page.dispatchEvent('.pk-dropzone', 'drop', { dataTransfer });
    const confirm = page.getByRole('group').filter({ hasText: 'Du har redan ett utkast' });
    await confirm.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-replace-confirm', 'the question takes focus');
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    await w.button(w.t.resume).click();
    assert.equal(await w.field(w.t.ownWords).inputValue(), 'Får inte försvinna');
    await w.button(w.t.back).click();
    await page.dispatchEvent('.pk-dropzone', 'drop', { dataTransfer });
    await page.getByRole('button', { name: 'Ja, öppna filen' }).click();
    await w.expectStep(7);
    await w.answers();
    assert.ok((await w.root().innerText()).includes('Att orka leka med barnbarnen'));
  } finally {
    await browser.context.close();
  }
});

test('hostile text in every field stays text everywhere; only own files requested; no CSP violation', async () => {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0];
    await watchCsp(page);
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const w = await start(page);
    await w.radio(w.t.modeLegend, w.t.consultation);
    await w.button(w.t.begin).click();
    const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><svg onload="window.__pwned=3"></svg>"'&`;
    for (let step = 1; step <= 7; step++) {
      await w.expectStep(step);
      // Every page of the step: open one row in every list, then fill every text field.
      for (;;) {
        // On the summary, who agreed beyond what marking needs is folded: unfolded, filled too.
        if (step === 7) await w.unfold('#pk-agreed-more');
        for (const add of await page.locator('.pk-list-editor > fieldset > button.pk-button--secondary[id$="-add"]').all()) await add.click();
        for (const field of await page.locator('.pk-form input[type=text], .pk-form textarea:not([readonly])').all()) {
          const id = await field.getAttribute('id');
          // A date or time field takes a date or time ("Fortsätt" says so otherwise).
          const value = /-date$/.test(id) ? '2027-03-01' : /-time$/.test(id) ? '10:00' : payload;
          await field.fill(id === 'pk-personal-number' ? '19121212-1212' : id?.endsWith('hsa-id') ? 'SE2321000016-1003' : value);
        }
        const at = await w.where();
        if (step === 7 || at.page >= at.pages) break;
        await w.nextPage();
      }
      if (step < 7) await w.continue();
    }
    await w.answers();
    const summary = await w.root().innerText();
    assert.ok(summary.includes(payload), 'the summary shows the payload as text');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
    assert.equal(await w.root().locator('img, script, svg, iframe').count(), 0, 'no payload became an element');
    await page.emulateMedia({ media: 'print' });
    assert.ok((await page.locator('.pk-print').innerText()).includes(payload), 'the print view shows it as text');
    await page.emulateMedia({ media: 'screen' });
    const [download] = await Promise.all([page.waitForEvent('download'), w.button(w.t.download).click()]);
    const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(json.what_matters.own_words, payload);
    const [fhir] = await Promise.all([page.waitForEvent('download'), w.button('Ladda ner för journalsystem (FHIR)').click()]);
    const div = JSON.parse(fs.readFileSync(await fhir.path(), 'utf8')).entry[0].resource.text.div;
    assert.ok(!div.includes('<img') && div.includes('&lt;img'), 'escaped in the FHIR narrative');
    const own = new URL(server.url).origin;
    const foreign = requests.filter((u) => !u.startsWith(own + '/') && !u.startsWith('blob:' + own));
    report.requestsSeen = requests.length;
    report.requests = [...new Set(requests.map((u) => u.replace(own, '')))];
    assert.deepEqual(foreign, [], 'every request goes to the page itself');
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation in the page');
    assert.deepEqual(server.cspReports, [], 'no CSP violation reported');
  } finally {
    await browser.context.close();
  }
});

test('the served page carries the strict CSP and no inline script or style', async () => {
  const res = await fetch(server.url);
  assert.match(res.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
  const html = await res.text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline <script>');
  assert.doesNotMatch(html, /<style|\sstyle=/, 'no inline style');
});
