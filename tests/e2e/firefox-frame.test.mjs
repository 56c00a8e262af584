// The iframe mode's drafts in Firefox (WebDriver), which gives a cross-site frame storage
// partitioned by the top-level site: every page of that site frames the widget with one
// partition. The widget is on 127.0.0.1, its hosts on localhost (other ports: other origins of
// one site). A draft made through one host's frame cannot be read, replaced or wiped through
// another's, though both frames see the same storage; by default a frame keeps its draft in
// sessionStorage, out of another tab's reach; before a hello the frame holds no widget.
// Under the README's CSP, with no violation reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { firefox } from './webdriver.mjs';
import { serveFrameHosts } from './frame-host.mjs';

let widget, hostA, hostB, hostS;
const local = (s) => s.origin.replace('127.0.0.1', 'localhost');
before(async () => {
  ({ widget, hostA, hostB, hostS } = await serveFrameHosts(local));
});
after(async () => {
  for (const s of [widget, hostA, hostB, hostS]) await s?.close();
});

const fixture = fs.readFileSync('tests/fixtures/typical.json', 'utf8');

/** Polls `fn` in the current page until it returns something truthy. */
async function until(ff, fn, what, ms = 15000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await ff.run(fn);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens host `h`'s test page (`query` added) and waits for the widget in its frame. */
async function open(ff, h, query) {
  await ff.goto(`${local(h)}/frame-host.html?widget=${encodeURIComponent(widget.origin)}&${query}`);
  await until(ff, () => window.pkReady === true, 'the widget in the frame is ready');
}

/** The frame's storage: { local: {key: value}, session: {…}, ancestorOrigins }. */
async function inFrame(ff, fn) {
  await ff.frame('#pk-frame');
  try {
    return await ff.run(fn);
  } finally {
    await ff.parentFrame();
  }
}
const storage = () => {
  const all = (s) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)]));
  return { local: all(localStorage), session: all(sessionStorage), ancestorOrigins: 'ancestorOrigins' in location };
};

/** In the frame: begins and types `words`; waits until they are stored. */
async function write(ff, words) {
  await ff.frame('#pk-frame');
  try {
    await ff.waitFor('.pk-root[dir] .pk-header__lang', 'Språk / Language');
    await ff.click('#pk-continue');
    await ff.type('#pk-own-words', words);
    await until(ff, new Function(`return [localStorage, sessionStorage].some((s) => Object.keys(s).some((k) => (s.getItem(k) || '').includes(${JSON.stringify(words)})))`), 'saved');
  } finally {
    await ff.parentFrame();
  }
}

test('Firefox: a cross-site frame: nothing before hello; another host of the same site cannot read, replace or wipe a draft; session by default', async () => {
  const ff = await firefox();
  try {
    // No hello: no widget in the frame (so nothing of storage is read).
    await ff.goto(`${local(hostA)}/frame-host.html?widget=${encodeURIComponent(widget.origin)}&key=panel&hello=no`);
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(await inFrame(ff, () => document.querySelectorAll('patient-kontrakt, .pk-root').length), 0, 'no widget before a hello');

    // Her draft, through A's frame (A is marked "local").
    await open(ff, hostA, 'key=panel');
    await write(ff, 'Hennes egna ord 4711');
    const mine = await inFrame(ff, storage);
    // Her draft, wherever it was kept (its key's name is checked at the end).
    const herKey = Object.keys(mine.local).find((k) => k.includes('/draft') && mine.local[k].includes('Hennes egna ord 4711'));
    assert.ok(herKey, Object.keys(mine.local).join(' '));
    const tabA = await ff.newTab();

    // B, another origin of the same site, in another tab: its frame shares A's partition.
    await open(ff, hostB, 'key=panel');
    const seen = await inFrame(ff, storage);
    assert.equal(seen.local[herKey], mine.local[herKey], "B's frame is in the same partition: only the keys keep them apart");
    assert.equal(await inFrame(ff, () => document.getElementById('pk-notice')), null, 'no draft offered to B');
    const read = await ff.runAsync(() => window.pk.getAgreement());
    assert.ok(!JSON.stringify(read).includes('4711'), 'B cannot read it');
    assert.equal((await ff.runAsync((t) => window.pk.setAgreement(JSON.parse(t)), fixture)).ok, true);
    await new Promise((r) => setTimeout(r, 1500)); // autosave: under B's keys
    await ff.runAsync(() => window.pk.reset());
    await new Promise((r) => setTimeout(r, 1000));
    const after = await inFrame(ff, storage);
    assert.equal(after.local[herKey], mine.local[herKey], 'neither replaced nor wiped');
    assert.equal(herKey, `patientkontrakt@${local(hostA)}/v2/draft/panel`, "her draft's keys carry A's origin");

    // S is a plain entry: sessionStorage, one tab's alone.
    await open(ff, hostS, 'key=s');
    await write(ff, 'Bara i den här fliken');
    const sKey = `patientkontrakt@${local(hostS)}/v2/draft/s`;
    const sMine = await inFrame(ff, storage);
    assert.ok(sMine.session[sKey]?.includes('Bara i den här fliken') && !sMine.local[sKey], 'in sessionStorage');
    const tabS = await ff.newTab();
    await open(ff, hostS, 'key=s');
    assert.equal((await inFrame(ff, storage)).session[sKey], undefined, 'another tab does not see it');
    await ff.runAsync(() => window.pk.reset());
    await ff.switchTo(tabS);
    assert.equal((await inFrame(ff, storage)).session[sKey], sMine.session[sKey], 'still there in its own tab');

    // Back on A: her draft is offered, and is hers.
    await ff.switchTo(tabA);
    await ff.refresh();
    await until(ff, () => window.pkReady === true, 'ready again');
    await ff.frame('#pk-frame');
    await ff.waitFor('#pk-notice', 'Vi har hämtat det du skrev senast');
    await ff.click('#pk-continue');
    await ff.waitFor('#pk-own-words');
    assert.equal(await ff.value('#pk-own-words'), 'Hennes egna ord 4711');
    await ff.parentFrame();
    assert.deepEqual(widget.cspReports.concat(hostA.cspReports, hostB.cspReports, hostS.cspReports), [], 'no CSP violation');
  } finally {
    await ff.quit();
  }
});
