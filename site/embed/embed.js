// The widget's side of the iframe mode (embed.html). A host page drives the widget over
// postMessage with the versioned protocol {pk: 1, type, …} (README, "Embedding in an iframe";
// the host's side is patientkontrakt-frame.js):
//   host → frame: {pk:1, type:'hello', exports?: 'host'}   (first; 'host': exports go to the host, not downloaded)
//                 {pk:1, type:'call', id, method, args}
//   frame → host: {pk:1, type:'hello', ready}
//                 {pk:1, type:'result', id, ok, value | error}
//                 {pk:1, type:'event', name, detail}        (the pk-* events)
//                 {pk:1, type:'height', height}             (CSS pixels, to size the frame)
// Messages are accepted only from the parent window and only when its origin is on the
// deploy-time allowlist embed-origins.json (the same list as the frame-ancestors header; never
// taken from the URL). Replies go to that origin only. Anything else is ignored. The names
// (events, methods, attributes, message types, versions) come from protocol.js.
import './boot.js'; // defines <patient-kontrakt> before this script makes one
import {
  ATTRIBUTES,
  ELEMENT,
  EVENTS,
  FRAME_ATTRIBUTES,
  FRAME_EXPORTS,
  FRAME_PROTOCOL,
  MESSAGES,
  METHODS,
} from './protocol.js';

// The element's methods, and what the element has as a property or attribute.
const CALLABLE = Object.values(METHODS);

const el = document.createElement(ELEMENT);
const params = new URLSearchParams(location.search);
// What the host may choose in the frame's address (the allowlist is never among them).
for (const a of FRAME_ATTRIBUTES) {
  const v = params.get(a);
  if (v !== null) el.setAttribute(a, v);
}
document.getElementById('embed').append(el);

const allowed = fetch(new URL('embed-origins.json', import.meta.url), { cache: 'no-store' })
  .then((r) => (r.ok ? r.json() : { origins: [] }))
  .then((j) => (Array.isArray(j.origins) ? j.origins.filter((o) => typeof o === 'string') : []))
  .catch(() => {
    console.warn('Patientkontrakt: embed-origins.json could not be read; no host may drive this frame');
    return [];
  });

let host = null; // the parent's origin, once it has said hello
let exportsToHost = false;
let ready = false;

function post(message) {
  if (host) window.parent.postMessage({ pk: FRAME_PROTOCOL, ...message }, host);
}

let lastHeight = 0;
function height() {
  const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (h !== lastHeight) {
    lastHeight = h;
    post({ type: MESSAGES.height, height: h });
  }
}
new ResizeObserver(height).observe(document.documentElement);

for (const name of Object.values(EVENTS)) {
  el.addEventListener(name, (e) => {
    if (name === EVENTS.ready) ready = true;
    if (name === EVENTS.export && exportsToHost) e.preventDefault();
    post({ type: MESSAGES.event, name, detail: e.detail });
  });
}

function call(method, args) {
  if (method === METHODS.setSettings) {
    el.settings = args[0];
    return undefined;
  }
  if (method === METHODS.setLanguage) {
    el.setAttribute(ATTRIBUTES.lang, String(args[0]));
    return undefined;
  }
  return el[method](...args);
}

window.addEventListener('message', async (e) => {
  if (window.parent === window || e.source !== window.parent) return;
  const origins = await allowed;
  if (!origins.includes(e.origin)) return;
  const m = e.data;
  if (!m || typeof m !== 'object' || m.pk !== FRAME_PROTOCOL || typeof m.type !== 'string') return;
  if (m.type === MESSAGES.hello) {
    host = e.origin;
    exportsToHost = m.exports === FRAME_EXPORTS.host;
    // The screen says where the exports go (the buttons say "Skicka", not "Ladda ner").
    el.setAttribute(ATTRIBUTES.exports, exportsToHost ? FRAME_EXPORTS.host : FRAME_EXPORTS.download);
    post({ type: MESSAGES.hello, ready });
    lastHeight = 0;
    height();
    return;
  }
  if (e.origin !== host) return;
  if (m.type === MESSAGES.call) {
    if (!CALLABLE.includes(m.method)) {
      post({ type: MESSAGES.result, id: m.id, ok: false, error: `unknown method ${String(m.method)}` });
      return;
    }
    try {
      // toFhir and toJournalText answer with a Promise (the exports module loads when first needed).
      const value = await call(m.method, Array.isArray(m.args) ? m.args : []);
      post({ type: MESSAGES.result, id: m.id, ok: true, value });
    } catch (err) {
      post({ type: MESSAGES.result, id: m.id, ok: false, error: String((err && err.message) || err) });
    }
  }
  // Unknown types: ignored (a newer host may send more).
});
