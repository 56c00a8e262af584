// Two widgets on one page: every reference a screen reader follows (`for`, `aria-labelledby`,
// `aria-describedby`, `aria-controls`, `aria-errormessage`, `aria-owns`, `headers`) resolves
// to an element inside its own widget, on every step of both, in both modes. (A reference
// written with the first widget's `pk-` prefix would point at the first widget's element.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const HEAD = `<meta charset="utf-8"><link rel="stylesheet" href="/patientkontrakt.css"><script type="module" src="/boot.js"></script>`;
const pages = {
  '/aria.html': {
    body: `<!doctype html><html lang="sv"><head>${HEAD}<title>Två</title></head><body><main>
<h1>Regionens sida</h1>
<patient-kontrakt id="a" storage="none"></patient-kontrakt>
<patient-kontrakt id="b" storage="none"></patient-kontrakt>
</main></body></html>`,
  },
};

let server;
before(async () => {
  server = await serve('dist', { extraPages: pages });
});
after(async () => {
  await server?.close();
});

/** Every reference on the page that does not resolve inside its own widget. */
function strays(page) {
  return page.evaluate(() => {
    const attrs = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-errormessage', 'aria-owns', 'headers'];
    const out = [];
    for (const root of document.querySelectorAll('patient-kontrakt')) {
      for (const el of root.querySelectorAll(attrs.map((a) => `[${a}]`).join(','))) {
        for (const attr of attrs) {
          for (const id of (el.getAttribute(attr) || '').split(/\s+/).filter(Boolean)) {
            const target = document.getElementById(id);
            if (!target) out.push(`${root.id}: <${el.tagName.toLowerCase()} ${attr}="${id}"> points at nothing`);
            else if (!root.contains(target)) out.push(`${root.id}: <${el.tagName.toLowerCase()} ${attr}="${id}"> points into another widget`);
          }
        }
      }
    }
    return out;
  });
}

/** How many references there are: the check must have something to check. */
function references(page) {
  return page.evaluate(() => document.querySelectorAll('patient-kontrakt [for], patient-kontrakt [aria-labelledby], patient-kontrakt [aria-describedby]').length);
}

for (const fixture of ['typical.json', 'maximal.json']) {
  test(`two widgets: every aria reference stays in its widget, on every step (${fixture})`, async () => {
    const browser = await launch();
    try {
      const page = browser.context.pages()[0] || (await browser.context.newPage());
      await page.goto(server.url + 'aria.html');
      await page.locator('#b #pk2-continue').waitFor();
      assert.deepEqual(await strays(page), [], 'the start pages');
      // Both widgets filled with the same agreement, so every list row and field is on screen.
      const agreement = JSON.parse(fs.readFileSync(`tests/fixtures/${fixture}`, 'utf8'));
      for (const id of ['a', 'b']) {
        const r = await page.evaluate(([id, a]) => document.getElementById(id).setAgreement(a), [id, agreement]);
        assert.equal(r.ok, true, JSON.stringify(r));
      }
      await page.locator('#b #pk2-heading').filter({ hasText: 'Sammanfattning' }).waitFor();
      // An agreed agreement is reopened, so every field is editable; then back through every step.
      if (agreement.status === 'agreed') {
        for (const [root, prefix] of [['#a', 'pk'], ['#b', 'pk2']]) await page.locator(`${root} #${prefix}-mark`).click();
      }
      let checked = 0;
      // Every page of every step, back to the first (the answers on the summary unfolded).
      for (const root of ['#a', '#b']) await page.locator(`${root} .pk-answers > summary`).click();
      for (let pages = 0; ; pages++) {
        const at = await page.locator('#b #pk2-step-of').textContent();
        const problems = await strays(page);
        assert.deepEqual(problems, [], at);
        checked += await references(page);
        if (/^Steg 1 av 7(, sida 1 av \d+)?$/.test(at)) break;
        assert.ok(pages < 20, at);
        for (const root of ['#a', '#b']) await page.locator(`${root} .pk-back-link`).click();
        await page.locator('#b #pk2-step-of').filter({ hasNotText: at }).waitFor();
      }
      assert.ok(checked > 100, `references were checked: ${checked}`);
      // A refused "Fortsätt" shows the error summary, whose links point at the fields (the
      // personnummer on the step's last page).
      for (let i = 0; i < 2; i++) {
        const at = await page.locator('#b #pk2-step-of').textContent();
        await page.locator('#b #pk2-continue').click();
        await page.locator('#b #pk2-step-of').filter({ hasNotText: at }).waitFor();
      }
      await page.locator('#b #pk2-personal-number').fill('123');
      await page.locator('#b #pk2-continue').click();
      await page.locator('#b .pk-error-summary').waitFor();
      assert.deepEqual(await strays(page), [], 'with an error summary and an inline error');
    } finally {
      await browser.context.close();
    }
  });
}
