// Loads the Patientkontrakt widget and defines <patient-kontrakt>. An external file rather than
// Trunk's inline loader, so the page runs under a strict Content-Security-Policy (no
// 'unsafe-inline'). Elements with data-patientkontrakt are mounted by the wasm itself.
//
// <patient-kontrakt>: a small class calling the wasm's mountWidget (wasm-bindgen cannot
// subclass HTMLElement), with the element's attributes, methods and events (README,
// "Embedding"; their names come from protocol.js, generated from crates/core/src/contract.rs)
// and the property `settings` (region settings, schema/settings.schema.json).
import init, { mountWidget } from './patientkontrakt.js';
import {
  ATTRIBUTES,
  BEGUN_ATTRIBUTE,
  DATA_ATTRIBUTES,
  ELEMENT,
  ELEMENT_METHODS,
  EVENTS,
  STATIC_FORM_ATTRIBUTE,
  STATIC_LANGUAGE_ATTRIBUTE,
  STATIC_MENU_ATTRIBUTE,
} from './protocol.js';

// The static start page (index.html, start-fragment.html) works before the wasm is there:
// "Börja" is remembered on its form, and the app carries it on when it mounts.
for (const form of document.querySelectorAll(`form[${STATIC_FORM_ATTRIBUTE}]`)) {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    form.setAttribute(BEGUN_ATTRIBUTE, '');
  });
}

// Its language menu works too: it opens and closes, Escape closes it, and a language chosen is
// marked (aria-current); the app starts in that language when it mounts (the static page itself
// stays in its own until then).
for (const toggle of document.querySelectorAll(`[${STATIC_MENU_ATTRIBUTE}]`)) {
  const menu = toggle.parentElement;
  const list = menu && menu.querySelector('ul');
  if (!list) continue;
  const show = (open) => {
    list.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => show(list.hidden));
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      show(false);
      toggle.focus();
    }
  });
  for (const choice of list.querySelectorAll(`[${STATIC_LANGUAGE_ATTRIBUTE}]`)) {
    choice.addEventListener('click', () => {
      for (const other of list.querySelectorAll('[aria-current]')) other.removeAttribute('aria-current');
      choice.setAttribute('aria-current', 'true');
      show(false);
      toggle.focus();
    });
  }
}

// The app starts after the static start page has been painted (or after 100 ms in a tab that
// does not paint), so the patient gets that page at once and can use it. The wasm is requested
// only then (index.html does not preload it): a preloaded wasm made Lighthouse count its download
// into the largest paint (the figures are in BENCHMARKS.md).
const painted = new Promise((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 100);
});
// The wasm is fetched whole and compiled from its bytes, not streamed: streaming compilation
// feeds each chunk through the main thread, compiling from bytes decodes and validates off it
// (BENCHMARKS.md). crates/ui/src/web/lazy.js loads the lazily loaded modules the same way.
// Elements mount in a task after the one that compiled and started the wasm (as
// [data-patientkontrakt] hosts do, crates/widget/src/host.rs): two shorter tasks rather than one long one.
const ready = painted
  .then(() => fetch(new URL('./patientkontrakt_bg.wasm', import.meta.url)))
  .then((response) => {
    if (!response.ok) throw new Error(`patientkontrakt_bg.wasm: HTTP ${response.status}`);
    return response.arrayBuffer();
  })
  .then((bytes) => init({ module_or_path: bytes }))
  .then(() => new Promise((resolve) => setTimeout(resolve, 0)));
ready.catch((e) => console.error('Patientkontrakt could not start', e));

class PatientKontraktElement extends HTMLElement {
  static get observedAttributes() {
    return [ATTRIBUTES.lang];
  }

  // Region settings: given to the widget now, or when it starts.
  get settings() {
    return this.pkSettings;
  }

  set settings(value) {
    this.pkSettings = value;
    if (this.pk) this.pk.setSettings(value);
  }

  connectedCallback() {
    // A `settings` property set before this class was defined sits on the instance: take it.
    if (Object.prototype.hasOwnProperty.call(this, 'settings')) {
      const value = this.settings;
      delete this.settings;
      this.settings = value;
    }
    if (this.pk || this.starting) return;
    this.starting = true;
    ready.then(() => {
      this.starting = false;
      if (!this.isConnected || this.pk) return;
      const root = document.createElement('div');
      // The element's attributes become the data-* settings the widget reads.
      for (const [key, attr] of Object.entries(ATTRIBUTES)) {
        const v = this.getAttribute(attr);
        if (v !== null) root.setAttribute(DATA_ATTRIBUTES[key], v);
      }
      this.replaceChildren(root);
      this.pk = mountWidget(root, this);
      if (this.pkSettings !== undefined) this.pk.setSettings(this.pkSettings);
    });
  }

  // Removed from the page: destroyed, unless it is back within the same task (moved).
  disconnectedCallback() {
    queueMicrotask(() => {
      if (this.isConnected || !this.pk) return;
      this.pk.destroy();
      this.pk.free();
      this.pk = null;
    });
  }

  attributeChangedCallback(name, _old, value) {
    if (name === ATTRIBUTES.lang && this.pk && value) this.pk.setLanguage(value);
  }
}

for (const m of ELEMENT_METHODS) {
  PatientKontraktElement.prototype[m] = function (...args) {
    if (!this.pk) throw new Error(`Patientkontrakt: the widget has not started yet (wait for ${EVENTS.ready})`);
    return this.pk[m](...args);
  };
}

if (!customElements.get(ELEMENT)) {
  customElements.define(ELEMENT, PatientKontraktElement);
}
