// The release build starts in Swedish inside its host element, under the strict CSP, with
// no console errors and no request to anything but its own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

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
  const h1 = page.getByRole('heading', { level: 1, name: 'Patientkontrakt' });
  await h1.waitFor();
  assert.equal(await page.locator('[data-patientkontrakt] .pk-root').getAttribute('lang'), 'sv');
  assert.equal(await page.getByRole('button', { name: 'Börja' }).isVisible(), true);
  assert.deepEqual(problems, []);
  assert.deepEqual(server.cspReports, [], 'no CSP violations');
  const foreign = server.requests.filter((r) => !r.startsWith('/'));
  assert.deepEqual(foreign, []);
});
