// The release build starts in Swedish inside its host element, under the strict CSP, with
// no console errors and no request to anything but its own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { LANGUAGE_MENU } from './pk.mjs';

let server, browser, page;
const problems = [];

before(async () => {
  server = await serve('dist');
  browser = await launch();
  page = browser.context.pages()[0] || (await browser.context.newPage());
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
});
after(async () => {
  await browser?.context.close();
  await server?.close();
});

test('the start page shows in Swedish inside the host element', async () => {
  await page.goto(server.url);
  // The host element holds the static start page until the widget starts (index.html); wait for
  // the widget itself (its language menu, under the app's root, which has dir), then check that it
  // replaced the static page.
  await page.locator('.pk-root[dir]').getByRole('button', { name: LANGUAGE_MENU }).waitFor();
  assert.equal(await page.locator('form[data-pk-static]').count(), 0, 'the static start page is gone');
  assert.equal(await page.getByRole('button', { name: 'Börja' }).count(), 1);
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Patientkontrakt' }).count(), 1);
  assert.equal(await page.locator('[data-patientkontrakt] .pk-root').count(), 1);
  assert.equal(await page.locator('[data-patientkontrakt] .pk-root').getAttribute('lang'), 'sv');
  assert.deepEqual(problems, []);
  assert.deepEqual(server.cspReports, [], 'no CSP violations');
  const foreign = server.requests.filter((r) => !r.startsWith('/'));
  assert.deepEqual(foreign, []);
});
