// The widget's side of the iframe mode (embed.html). A host page drives the widget over
// postMessage with the versioned protocol {pk: 2, type, …} (README, "Embedding in an iframe";
// the host's side is patientkontrakt-frame.js):
//   host → frame: {pk:2, type:'hello', exports?: 'host', events?: 'content'}   (first)
//                 {pk:2, type:'call', id, method, args}
//   frame → host: {pk:2, type:'hello', ready}
//                 {pk:2, type:'result', id, ok, value | error}
//                 {pk:2, type:'event', name, detail}        (the pk-* events)
//                 {pk:2, type:'height', height}             (CSS pixels, to size the frame)
// Messages are accepted only from the parent window, never from an opaque origin, and only when
// its origin is on the deploy-time allowlist embed-origins.json (the same list as the
// frame-ancestors header; never taken from the URL) and, where the browser has
// location.ancestorOrigins, every ancestor's origin is on it too. Replies go to that origin only.
// Anything else is ignored.
//
// The widget starts only once a host has said an accepted hello: before, nothing is read from or
// written to storage. Its draft is then bound to that host's origin (the storage-origin
// attribute: the keys carry it), kept in sessionStorage unless the allowlist marks the origin
// "local", and the host's address may ask for less (storage=none), never for more.
// The names (events, methods, attributes, message types, versions) come from protocol.js.
import './boot.js'; // defines <patient-kontrakt> before this script makes one
import {
  ATTRIBUTES,
  ELEMENT,
  EVENTS,
  EVENTS_CONTENT,
  FRAME_ATTRIBUTES,
  FRAME_EXPORTS,
  FRAME_PROTOCOL,
  MESSAGES,
  METHODS,
} from './protocol.js';
import { allowlist, origin } from './embed-origins.js';

// The element's methods, and what the element has as a property or attribute.
const CALLABLE = Object.values(METHODS);
// Storage policies from the least to the most kept.
const KEPT = ['none', 'session', 'local'];

const allowed = fetch(new URL('embed-origins.json', import.meta.url), { cache: 'no-store' })
  .then((r) => (r.ok ? r.json() : { origins: [] }))
  .then((json) => allowlist(json))
  .catch(() => {
    console.warn('Patientkontrakt: embed-origins.json could not be read; no host may drive this frame');
    return new Map();
  });

let el = null; // the widget, once a host has said hello
let host = null; // that host's origin
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

/** Makes the widget for the host at `from` (an allowlisted origin whose storage is `kept`). */
function start(from, kept, { events }) {
  el = document.createElement(ELEMENT);
  const params = new URLSearchParams(location.search);
  // What the host may choose in the frame's address (the allowlist is never among them).
  for (const a of FRAME_ATTRIBUTES) {
    const v = params.get(a);
    if (v !== null) el.setAttribute(a, v);
  }
  // The draft is this host's: its keys carry the origin. Storage as the allowlist allows, or less.
  let asked = KEPT.indexOf((params.get(ATTRIBUTES.storage) || kept).trim().toLowerCase());
  if (asked < 0) {
    console.warn(`Patientkontrakt: storage=${params.get(ATTRIBUTES.storage)} is not supported; using "${kept}"`);
    asked = KEPT.indexOf(kept);
  }
  el.setAttribute(ATTRIBUTES.storage, KEPT[Math.min(asked, KEPT.indexOf(kept))]);
  el.setAttribute(ATTRIBUTES.storageOrigin, from);
  // The content of pk-agreed and pk-export: only to a host that asked (exports to the host ask).
  if (events === EVENTS_CONTENT || exportsToHost) el.setAttribute(ATTRIBUTES.events, EVENTS_CONTENT);
  // The screen says where the exports go (the buttons say "Skicka", not "Ladda ner").
  el.setAttribute(ATTRIBUTES.exports, exportsToHost ? FRAME_EXPORTS.host : FRAME_EXPORTS.download);
  for (const name of Object.values(EVENTS)) {
    el.addEventListener(name, (e) => {
      if (name === EVENTS.ready) ready = true;
      if (name === EVENTS.export && exportsToHost) e.preventDefault();
      post({ type: MESSAGES.event, name, detail: e.detail });
    });
  }
  document.getElementById('embed').append(el);
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

/** Whether every ancestor the browser names (location.ancestorOrigins, where it has it) is on
 * the allowlist, the parent being `from`. */
function ancestorsAllowed(from, origins) {
  const ancestors = location.ancestorOrigins;
  if (!ancestors) return true;
  if (ancestors.length === 0 || ancestors[0] !== from) return false;
  return [...ancestors].every((a) => origins.has(a));
}

window.addEventListener('message', async (e) => {
  if (window.parent === window || e.source !== window.parent) return;
  if (e.origin === 'null' || !origin(e.origin)) return; // an opaque or odd origin: never a host
  const origins = await allowed;
  if (!origins.has(e.origin) || !ancestorsAllowed(e.origin, origins)) return;
  if (host !== null && e.origin !== host) return; // the first accepted host keeps the frame
  const m = e.data;
  if (!m || typeof m !== 'object' || m.pk !== FRAME_PROTOCOL || typeof m.type !== 'string') return;
  if (m.type === MESSAGES.hello) {
    if (!el) {
      host = e.origin;
      exportsToHost = m.exports === FRAME_EXPORTS.host;
      start(host, origins.get(host), { events: m.events });
    }
    post({ type: MESSAGES.hello, ready });
    lastHeight = 0;
    height();
    return;
  }
  if (!el) return;
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
