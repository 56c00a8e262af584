// A small W3C WebDriver client for Firefox (geckodriver), where Playwright cannot go: it needs
// its own Firefox build, and Debian's firefox-esr is what regions test with. The protocol is
// plain JSON over HTTP, so this is fetch and a few verbs; npm's selenium-webdriver would bring
// Selenium Manager, which downloads drivers and browsers (not possible here).
import { spawn, execSync } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'; // the W3C web element identifier

function which(name) {
  try {
    return execSync(`command -v ${name}`, { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

export function firefoxPath() {
  return process.env.FIREFOX || which('firefox-esr') || which('firefox');
}

export function geckodriverPath() {
  return process.env.GECKODRIVER || which('geckodriver');
}

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts geckodriver and a headless Firefox session that saves downloads into a fresh folder. */
export async function firefox() {
  const port = await freePort();
  const driver = spawn(geckodriverPath(), ['--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-ff-downloads-'));
  const capabilities = {
    browserName: 'firefox',
    'moz:firefoxOptions': {
      binary: firefoxPath(),
      args: ['-headless'],
      prefs: {
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.helperApps.neverAsk.saveToDisk': 'application/json,application/fhir+json',
        'app.update.enabled': false,
        'app.normandy.enabled': false,
        'toolkit.telemetry.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'extensions.update.enabled': false,
        'intl.accept_languages': 'sv-SE, sv',
      },
    },
  };
  let session;
  for (let i = 0; i < 100 && !session; i++) {
    try {
      const r = await fetch(`${base}/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ capabilities: { alwaysMatch: capabilities } }),
      });
      const body = await r.json();
      if (body.value?.error) throw new Error(`${body.value.error}: ${body.value.message}`);
      session = body.value.sessionId;
    } catch (e) {
      if (!String(e.message).includes('fetch failed') && !String(e.cause?.code).includes('ECONNREFUSED')) {
        driver.kill('SIGKILL');
        throw e;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (!session) {
    driver.kill('SIGKILL');
    throw new Error('geckodriver did not start');
  }
  return new Firefox(base, session, driver, downloads);
}

export class Firefox {
  constructor(base, session, driver, downloads) {
    this.url = `${base}/session/${session}`;
    this.driver = driver;
    this.downloads = downloads;
  }
  async cmd(method, route, body) {
    const r = await fetch(`${this.url}${route}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await r.json();
    if (json.value && json.value.error) throw new Error(`${route}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  }
  goto(url) {
    return this.cmd('POST', '/url', { url });
  }
  refresh() {
    return this.cmd('POST', '/refresh', {});
  }
  /** Runs `fn(...args)` in the page and returns its (JSON) result. */
  run(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }
  /** Runs `fn(...args)`, which returns a Promise, in the page and returns what it resolves to. */
  runAsync(fn, ...args) {
    return this.cmd('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve((${fn}).apply(null, [...arguments].slice(0, -1))).then(done, (e) => done({ error: String(e) }));`,
      args,
    });
  }
  /** Moves into the iframe that `css` matches (scripts and clicks then go there). */
  async frame(css) {
    await this.waitFor(css);
    return this.cmd('POST', '/frame', { id: { [ELEMENT]: await this.find(css) } });
  }
  /** Back out of the iframe to the page around it. */
  parentFrame() {
    return this.cmd('POST', '/frame/parent', {});
  }
  /** Opens a new tab and moves there; returns the handle of the one it was in. */
  async newTab() {
    const was = await this.cmd('GET', '/window');
    const { handle } = await this.cmd('POST', '/window/new', { type: 'tab' });
    await this.cmd('POST', '/window', { handle });
    return was;
  }
  /** Moves to the tab (or window) with this handle. */
  switchTo(handle) {
    return this.cmd('POST', '/window', { handle });
  }
  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return v[ELEMENT];
  }
  /** Waits until `css` matches an element (and `text`, if given, is in its text). */
  async waitFor(css, text, ms = 10000) {
    const end = Date.now() + ms;
    for (;;) {
      const found = await this.run(
        (sel, t) => [...document.querySelectorAll(sel)].some((e) => !t || e.textContent.includes(t)),
        css,
        text ?? null,
      );
      if (found) return;
      if (Date.now() > end) throw new Error(`timed out waiting for ${css}${text ? ` with "${text}"` : ''}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  async click(css) {
    await this.waitFor(css);
    return this.cmd('POST', `/element/${await this.find(css)}/click`, {});
  }
  /** Types into a field (real key events, through the browser). */
  async type(css, text) {
    await this.waitFor(css);
    return this.cmd('POST', `/element/${await this.find(css)}/value`, { text });
  }
  value(css) {
    return this.run((sel) => document.querySelector(sel)?.value ?? null, css);
  }
  text(css) {
    return this.run((sel) => document.querySelector(sel)?.textContent ?? null, css);
  }
  /** The text of the first download that appears (a finished file, not a .part). */
  async download(ms = 10000) {
    const end = Date.now() + ms;
    for (;;) {
      const done = fs.readdirSync(this.downloads).filter((f) => !f.endsWith('.part'));
      const partial = fs.readdirSync(this.downloads).some((f) => f.endsWith('.part'));
      if (done.length && !partial) {
        const file = path.join(this.downloads, done[0]);
        const text = fs.readFileSync(file, 'utf8');
        fs.rmSync(file);
        return { name: done[0], text };
      }
      if (Date.now() > end) throw new Error('no download');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  downloadsNow() {
    return fs.readdirSync(this.downloads);
  }
  async quit() {
    await this.cmd('DELETE', '', undefined).catch(() => {});
    this.driver.kill('SIGKILL');
  }
}
