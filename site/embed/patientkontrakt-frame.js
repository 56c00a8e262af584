// The host's side of the iframe mode: drives the Patientkontrakt widget in an <iframe> on
// another origin (embed.html) with the same methods as <patient-kontrakt>, as Promises, and
// the same pk-* events, dispatched on the iframe element. Sizes the frame to the widget.
//
//   import { connect } from 'https://widget.example/patientkontrakt/patientkontrakt-frame.js';
//   const pk = connect(document.getElementById('pk-frame'), { origin: 'https://widget.example' });
//   await pk.ready;
//   const agreement = await pk.getAgreement();
//
// Options: origin (required: the widget's origin; messages from anywhere else are ignored and
// nothing is posted anywhere else), events: 'content' (pk-agreed and pk-export carry the
// agreement and the export's content; they are then dispatched on the iframe without bubbling,
// so only listeners on the iframe hear them; without it they carry no content and bubble),
// exports: 'host' (exports are not downloaded in the frame: pk-export brings their content to
// the host instead; implies events: 'content'), timeout (ms per call, default 10000).
// Only the pk-* events the contract declares are dispatched, and the frame is never made
// taller than FRAME_MAX_HEIGHT.
//
// The names it shares with the frame (methods, events, message types, versions) come from
// protocol.js beside it: a host that loads this script from the widget's origin loads that too;
// one that serves its own copy serves protocol.js beside it.
import {
  CONTENT_FIELDS,
  EVENT_VERSION,
  EVENTS,
  EVENTS_CONTENT,
  FRAME_EXPORTS,
  FRAME_MAX_HEIGHT,
  FRAME_PROTOCOL,
  MESSAGES,
  METHODS,
} from './protocol.js';

// The event names the contract declares, each with the detail field that carries content, if any.
const DECLARED = new Map(Object.entries(EVENTS).map(([key, name]) => [name, CONTENT_FIELDS[key]]));

export function connect(iframe, { origin, exports = FRAME_EXPORTS.download, events, timeout = 10000 } = {}) {
  if (!origin) throw new Error('Patientkontrakt: connect() needs the widget origin');
  const content = events === EVENTS_CONTENT || exports === FRAME_EXPORTS.host;
  const pending = new Map();
  let next = 1;
  let greeted = false;
  let resolveReady;
  const ready = new Promise((r) => (resolveReady = r));

  // pk-ready once per load of the frame, whether the widget started before the hello (the
  // hello's answer says so) or after (its pk-ready event).
  let readyFired = false;
  const fireReady = (detail) => {
    resolveReady();
    if (readyFired) return;
    readyFired = true;
    iframe.dispatchEvent(
      new CustomEvent(EVENTS.ready, { detail: detail || { v: EVENT_VERSION }, bubbles: true, composed: true }),
    );
  };
  const send = (message) => iframe.contentWindow?.postMessage({ pk: FRAME_PROTOCOL, ...message }, origin);
  const onMessage = (e) => {
    if (e.origin !== origin || e.source !== iframe.contentWindow) return;
    const m = e.data;
    if (!m || typeof m !== 'object' || m.pk !== FRAME_PROTOCOL) return;
    if (m.type === MESSAGES.hello) {
      greeted = true;
      if (m.ready) fireReady();
    } else if (m.type === MESSAGES.event && m.name === EVENTS.ready) {
      fireReady(m.detail);
    } else if (m.type === MESSAGES.event && DECLARED.has(m.name)) {
      // Content only to a host that asked, and then on the iframe alone (no bubbling).
      const detail = m.detail && typeof m.detail === 'object' ? { ...m.detail } : { v: EVENT_VERSION };
      const field = DECLARED.get(m.name);
      const carries = Boolean(field) && content && field in detail;
      if (field && !carries) delete detail[field];
      iframe.dispatchEvent(new CustomEvent(m.name, { detail, bubbles: !carries, composed: !carries }));
    } else if (m.type === MESSAGES.height && Number.isFinite(m.height) && m.height >= 0) {
      iframe.style.height = `${Math.min(Math.ceil(m.height), FRAME_MAX_HEIGHT)}px`;
    } else if (m.type === MESSAGES.result && pending.has(m.id)) {
      const { resolve, reject, timer } = pending.get(m.id);
      pending.delete(m.id);
      clearTimeout(timer);
      if (m.ok) resolve(m.value);
      else reject(new Error(m.error));
    }
  };
  window.addEventListener('message', onMessage);

  // Say hello until the frame answers (it may still be loading).
  let tries = 0;
  const hello = () => {
    if (greeted || tries++ > 50) return;
    send({ type: MESSAGES.hello, exports, ...(content ? { events: EVENTS_CONTENT } : {}) });
    setTimeout(hello, 200);
  };
  iframe.addEventListener('load', () => {
    greeted = false;
    readyFired = false;
    tries = 0;
    hello();
  });
  hello();

  const api = { ready };
  for (const method of Object.values(METHODS)) {
    api[method] = (...args) =>
      ready.then(
        () =>
          new Promise((resolve, reject) => {
            const id = next++;
            const timer = setTimeout(() => {
              pending.delete(id);
              reject(new Error(`Patientkontrakt: ${method} got no answer`));
            }, timeout);
            pending.set(id, { resolve, reject, timer });
            send({ type: MESSAGES.call, id, method, args });
          }),
      );
  }
  api.disconnect = () => window.removeEventListener('message', onMessage);
  return api;
}
