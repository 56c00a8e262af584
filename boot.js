// Loads the Patientkontrakt widget. An external file rather than Trunk's inline loader, so
// the page runs under a strict Content-Security-Policy (no 'unsafe-inline').
import init from './patientkontrakt.js';

init({ module_or_path: new URL('./patientkontrakt_bg.wasm', import.meta.url) }).catch((e) => {
  console.error('Patientkontrakt could not start', e);
});
