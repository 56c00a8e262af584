// A host page for the iframe mode's tests, served by the host's test server as /frame-host.html:
// it frames embed.html from ?widget=<origin> (?frame=<path> for another page there) with
// ?key=<storage-key> and ?storage=<policy> in the address, and connects unless ?hello=no
// (with ?events=content when given). What it hears: window.onDocument (listeners on document,
// as a tag manager's) and window.onFrame (listeners on the iframe, the host's own).
import { serve } from './server.mjs';

const HOST_JS = `import { connect } from '/patientkontrakt-frame.js';
import { EVENTS } from '/protocol.js';
const params = new URLSearchParams(location.search);
const origin = params.get('widget');
const frame = document.getElementById('pk-frame');
const address = new URLSearchParams({ mode: params.get('mode') || 'prepare' });
for (const p of ['key', 'storage']) if (params.get(p)) address.set(p === 'key' ? 'storage-key' : p, params.get(p));
frame.src = origin + (params.get('frame') || '/embed.html') + '?' + address;
window.onDocument = [];
window.onFrame = [];
const record = (list, e) => list.push({ type: e.type, detail: JSON.parse(JSON.stringify(e.detail ?? null)), bubbles: e.bubbles, composed: e.composed });
for (const name of [...Object.values(EVENTS), 'pk-evil', 'click']) {
  document.addEventListener(name, (e) => record(window.onDocument, e));
  frame.addEventListener(name, (e) => record(window.onFrame, e));
}
if (params.get('hello') !== 'no') {
  const options = { origin, timeout: 5000 };
  if (params.get('events')) options.events = params.get('events');
  window.pk = connect(frame, options);
  window.pk.ready.then(() => (window.pkReady = true));
}`;

const HOST_HTML = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Värd</title>
<script type="module" src="/frame-host.js"></script></head>
<body><main><h1>Värdsida</h1><iframe id="pk-frame" title="Patientkontrakt"></iframe></main></body></html>`;

/** The extra pages a host server serves. */
export function hostPages() {
  return {
    '/frame-host.html': { body: HOST_HTML },
    '/frame-host.js': { type: 'text/javascript; charset=utf-8', body: HOST_JS },
  };
}

/** An init script for a browser context: every frame records which storage keys it touches
 * (Web Storage's methods) and whether it opens IndexedDB, in window.pkTouched. */
export const RECORD_STORAGE = `(() => {
  window.pkTouched = [];
  for (const m of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) {
    const f = Storage.prototype[m];
    Storage.prototype[m] = function (...args) {
      let area = 'local';
      try {
        if (this === window.sessionStorage) area = 'session';
      } catch {}
      window.pkTouched.push(m + ' ' + area + ' ' + String(args[0] ?? ''));
      return f.apply(this, args);
    };
  }
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    window.pkTouched.push('indexedDB.open ' + args[0]);
    return open.apply(this, args);
  };
})();`;

/**
 * The widget's server and three host servers that frame it: A and B marked "local" in the
 * widget's allowlist, S a plain entry (sessionStorage). `origin` gives the origin the allowlist
 * names for a host server (Firefox's tests name it by `localhost`, another site).
 */
export async function serveFrameHosts(origin = (s) => s.origin) {
  const widgetPolicy = {};
  const widget = await serve('dist', { policy: widgetPolicy });
  const hostPolicy = { frameSrc: [widget.origin] };
  const hosts = [];
  for (let i = 0; i < 3; i++) hosts.push(await serve('dist', { policy: hostPolicy, extraPages: hostPages() }));
  const [hostA, hostB, hostS] = hosts;
  widgetPolicy.embedOrigins = [{ origin: origin(hostA), storage: 'local' }, { origin: origin(hostB), storage: 'local' }, origin(hostS)];
  return { widget, hostA, hostB, hostS };
}
