// A small W3C WebDriver client for Firefox (geckodriver) and WebKitGTK (WebKitWebDriver), where
// Playwright cannot go: it needs its own browser builds, and Debian's firefox-esr and WebKitGTK
// (Safari's engine) are what we test with. The protocol is plain JSON over HTTP, so this is fetch
// and a few verbs; npm's selenium-webdriver would bring Selenium Manager, which downloads drivers
// and browsers (not possible here).
import { spawn, execSync } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'; // the W3C web element identifier
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

/** Debian's `webkit2gtk-driver`: WebKitGTK's WebDriver. */
export function webkitDriverPath() {
  return process.env.WEBKIT_WEBDRIVER || which('WebKitWebDriver');
}

/** The MiniBrowser of Debian's libwebkit2gtk-4.1-0 (not on PATH), the browser WebKitWebDriver drives. */
export function miniBrowserPath() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  const candidates = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib', '/usr/libexec'].flatMap((d) =>
    ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'].map((v) => path.join(d, v, 'MiniBrowser')),
  );
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts a WebDriver server (`command args…`, `env`) and a session with `capabilities`, retrying
 * until the server listens. The driver is killed if no session comes.
 */
async function session(command, args, port, capabilities, env, name) {
  const driver = spawn(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  let failed = null;
  driver.once('error', (e) => (failed = e));
  const base = `http://127.0.0.1:${port}`;
  let id;
  for (let i = 0; i < 100 && !id; i++) {
    if (failed) throw new Error(`${name} could not be started (${command}): ${failed.message}`);
    try {
      const r = await fetch(`${base}/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ capabilities: { alwaysMatch: capabilities } }),
      });
      const body = await r.json();
      if (body.value?.error) throw new Error(`${body.value.error}: ${body.value.message}`);
      id = body.value.sessionId;
    } catch (e) {
      if (!String(e.message).includes('fetch failed') && !String(e.cause?.code).includes('ECONNREFUSED')) {
        driver.kill('SIGKILL');
        throw e;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (!id) {
    driver.kill('SIGKILL');
    throw new Error(`${name} did not start`);
  }
  return { base, id, driver };
}

/** Starts geckodriver and a headless Firefox session that saves downloads into a fresh folder. */
export async function firefox() {
  const port = await freePort();
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
  const args = ['--port', String(port), '--host', '127.0.0.1'];
  const { base, id, driver } = await session(geckodriverPath(), args, port, capabilities, {}, 'geckodriver');
  return new Session(base, id, driver, downloads);
}

/**
 * Starts WebKitWebDriver and a MiniBrowser session (WebKitGTK, Safari's engine). It needs a
 * display: run the tests under `xvfb-run -a` (scripts/test.sh does). Throws, with what is
 * missing, when the driver, the browser or the display is not there: a test that needs WebKit
 * fails then, it is not skipped. The browser runs with a fresh HOME and XDG folders, so no
 * storage is left from an earlier run and a download, if the browser saves one, lands in
 * `downloads`.
 */
export async function webkit() {
  const driverPath = webkitDriverPath();
  const binary = miniBrowserPath();
  if (!driverPath || !fs.existsSync(driverPath)) throw new Error('WebKitWebDriver not found: install Debian\'s webkit2gtk-driver (scripts/setup.sh test)');
  if (!binary) throw new Error('MiniBrowser not found: install Debian\'s webkit2gtk-driver (scripts/setup.sh test), or set WEBKIT_MINIBROWSER');
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) throw new Error('WebKitGTK needs a display: run under xvfb-run -a');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-wk-home-'));
  const downloads = path.join(home, 'Downloads');
  const config = path.join(home, '.config');
  fs.mkdirSync(downloads);
  fs.mkdirSync(config);
  fs.writeFileSync(path.join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  const env = {
    HOME: home,
    XDG_CONFIG_HOME: config,
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    LANG: 'sv_SE.UTF-8',
    MESA_SHADER_CACHE_DISABLE: 'true', // nothing written to the profile after the browser has closed
  };
  const port = await freePort();
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary, args: ['--automation'] },
  };
  const { base, id, driver } = await session(driverPath, [`--port=${port}`], port, capabilities, env, 'WebKitWebDriver');
  const browser = new Session(base, id, driver, downloads);
  // The browser's own processes may still be writing their caches for a moment after the driver
  // has gone: tried again for up to 3 s; a folder left in /tmp is no failure.
  browser.cleanup = async () => {
    for (let i = 0; i < 30 && fs.existsSync(home); i++) {
      try {
        fs.rmSync(home, { recursive: true, force: true });
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  return browser;
}

/** A WebDriver session (Firefox or WebKitGTK): the few verbs the tests use. */
export class Session {
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
  /** Empties a field (WebDriver's Element Clear). */
  async clear(css) {
    await this.waitFor(css);
    return this.cmd('POST', `/element/${await this.find(css)}/clear`, {});
  }
  value(css) {
    return this.run((sel) => document.querySelector(sel)?.value ?? null, css);
  }
  text(css) {
    return this.run((sel) => document.querySelector(sel)?.textContent ?? null, css);
  }
  /** "Fortsätt", and waits until another page is on screen ("Steg N av 7, sida P av Q"), or its errors. */
  async nextPage() {
    const before = await this.text('#pk-step-of');
    await this.click('#pk-continue');
    for (let i = 0; i < 200; i++) {
      const [now, errors] = await this.run(() => [document.querySelector('#pk-step-of')?.textContent ?? null, !!document.querySelector('.pk-error-summary')]);
      if (now !== before || errors) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no other page after "Fortsätt" (${before})`);
  }
  /** "Fortsätt" through the pages until the heading says `title`. */
  async continueTo(title) {
    for (let i = 0; i < 10; i++) {
      await this.nextPage();
      if ((await this.text('#pk-heading'))?.includes(title)) return;
    }
    await this.waitFor('#pk-heading', title);
  }
  /**
   * The text of the first download that appears: a finished file, not one still being written
   * (Firefox's `name.part`, or an intermediate `name.wkdownload` of WebKit), and one whose size
   * has stayed the same between two looks 50 ms apart.
   */
  async download(ms = 10000) {
    const end = Date.now() + ms;
    let last = null;
    for (;;) {
      const busy = (f) => f.endsWith('.part') || f.endsWith('.wkdownload');
      const names = fs.readdirSync(this.downloads);
      const done = names.filter((f) => !busy(f));
      if (done.length && !names.some(busy)) {
        const file = path.join(this.downloads, done[0]);
        const seen = `${done[0]}:${fs.statSync(file).size}`;
        if (seen === last) {
          const text = fs.readFileSync(file, 'utf8');
          fs.rmSync(file);
          return { name: done[0], text };
        }
        last = seen;
      }
      if (Date.now() > end) throw new Error('no download');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  /** axe-core's violations (their ids) on the widget (`.pk-root`). */
  async axe() {
    await this.cmd('POST', '/execute/sync', { script: `${AXE}; return true;`, args: [] });
    return this.cmd('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        axe.run(document.querySelector('.pk-root')).then((r) => done(r.violations.map((v) => v.id)), (e) => done(['axe failed: ' + e]));`,
      args: [],
    });
  }
  downloadsNow() {
    return fs.readdirSync(this.downloads);
  }
  async quit() {
    await this.cmd('DELETE', '', undefined).catch(() => {});
    const exited = new Promise((r) => (this.driver.exitCode !== null ? r() : this.driver.once('exit', r)));
    this.driver.kill('SIGKILL');
    await exited;
    await this.cleanup?.();
  }
}
