// The embedding contract: the names a host page, boot.js, the iframe's two sides and the demos
// share (README, "Embedding"). Generated from crates/core/src/contract.rs by
// `cargo run -p pk-tools --bin protocol_js -- --write`; do not edit it by hand:
// tools/tests/contract.rs fails while this file differs from what the generator writes.

/** The custom element boot.js defines. */
export const ELEMENT = 'patient-kontrakt';
/** The attribute that marks any other element as a widget's host. */
export const HOST_ATTRIBUTE = 'data-patientkontrakt';
/** The version of every event's `detail` (`detail.v`). */
export const EVENT_VERSION = 2;
/** The events a widget sends its host page (CustomEvent), by key. */
export const EVENTS = Object.freeze({
  ready: 'pk-ready',
  change: 'pk-change',
  step: 'pk-step',
  complete: 'pk-complete',
  agreed: 'pk-agreed',
  export: 'pk-export',
  reset: 'pk-reset',
  error: 'pk-error',
});
/** The detail field that carries patient data, by event key: only for a host that asked (EVENTS_CONTENT); such an event does not bubble. */
export const CONTENT_FIELDS = Object.freeze({
  agreed: 'agreement',
  export: 'content',
});
/** The value of the `events` attribute (and of `events` in the iframe host's hello) that asks for the content. */
export const EVENTS_CONTENT = 'content';
/** Every method a host calls, by key: the element's own and, across the iframe, setSettings and setLanguage. */
export const METHODS = Object.freeze({
  getAgreement: 'getAgreement',
  setAgreement: 'setAgreement',
  reset: 'reset',
  validate: 'validate',
  toFhir: 'toFhir',
  toJournalText: 'toJournalText',
  setSettings: 'setSettings',
  setLanguage: 'setLanguage',
});
/** The methods of the <patient-kontrakt> element itself. */
export const ELEMENT_METHODS = Object.freeze(['getAgreement', 'setAgreement', 'reset', 'validate', 'toFhir', 'toJournalText']);
/** The element's attributes, by key. */
export const ATTRIBUTES = Object.freeze({
  lang: 'lang',
  mode: 'mode',
  storage: 'storage',
  storageKey: 'storage-key',
  label: 'label',
  readonly: 'readonly',
  configSrc: 'config-src',
  exports: 'exports',
  events: 'events',
  storageOrigin: 'storage-origin',
  followup: 'followup',
  fhir: 'fhir',
  headingLevel: 'heading-level',
  agreementLink: 'agreement-link',
  agreementPage: 'agreement-page',
});
/** Their data- forms (on a [data-patientkontrakt] host, and what the widget reads), by the same key. */
export const DATA_ATTRIBUTES = Object.freeze({
  lang: 'data-lang',
  mode: 'data-mode',
  storage: 'data-storage',
  storageKey: 'data-storage-key',
  label: 'data-label',
  readonly: 'data-readonly',
  configSrc: 'data-config-src',
  exports: 'data-exports',
  events: 'data-events',
  storageOrigin: 'data-storage-origin',
  followup: 'data-followup',
  fhir: 'data-fhir',
  headingLevel: 'data-heading-level',
  agreementLink: 'data-agreement-link',
  agreementPage: 'data-agreement-page',
});
/** The attributes the iframe's host may give in the frame's address (embed.html?lang=…). */
export const FRAME_ATTRIBUTES = Object.freeze(['lang', 'mode', 'storage', 'storage-key', 'label', 'readonly', 'followup', 'fhir', 'heading-level']);
/** The iframe protocol's version (`pk` on every message). */
export const FRAME_PROTOCOL = 2;
/** The tallest the host side makes the frame, in CSS pixels. */
export const FRAME_MAX_HEIGHT = 30000;
/** The iframe protocol's message types (`type`), by key. */
export const MESSAGES = Object.freeze({
  hello: 'hello',
  call: 'call',
  result: 'result',
  event: 'event',
  height: 'height',
});
/** Where the iframe's exports go (`exports` in the host's hello), by key. */
export const FRAME_EXPORTS = Object.freeze({
  download: 'download',
  host: 'host',
});
/** The static start page's form, which the app takes over. */
export const STATIC_FORM_ATTRIBUTE = 'data-pk-static';
/** Set on that form by boot.js when "Börja" was pressed before the app arrived. */
export const BEGUN_ATTRIBUTE = 'data-pk-begun';
/** On the static start page's language menu button: boot.js opens and closes its list. */
export const STATIC_MENU_ATTRIBUTE = 'data-pk-static-menu';
/** On each language of that menu, its tag; boot.js marks the one chosen (aria-current) and the app starts in it. */
export const STATIC_LANGUAGE_ATTRIBUTE = 'data-pk-language';
