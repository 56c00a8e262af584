// Loads one of the app's lazily loaded wasm modules (pk-exports, pk-followup: NAME.js and
// NAME_bg.wasm, beside patientkontrakt.js) or data files (texts/en.json) the first time it is
// needed, once; a failed load is tried again on the next call. wasm-bindgen copies this file to
// snippets/patientkontrakt-<hash>/src/web/lazy.js in the build, four folders below the app's
// own files, hence the "../../../../".
const loading = new Map();
const base = () => new URL('../../../../', import.meta.url);

/** `load()` once per key; a failed load is forgotten, so the next call tries again. */
function once(key, load) {
  if (!loading.has(key)) {
    loading.set(
      key,
      load().catch((e) => {
        loading.delete(key);
        throw e;
      }),
    );
  }
  return loading.get(key);
}

/** One of the app's own files; an HTTP error is a failure. */
async function fetchOk(path) {
  const response = await fetch(new URL(path, base()));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

export function loadModule(name) {
  return once(`module:${name}`, async () => {
    const m = await import(new URL(`${name}.js`, base()).href);
    // Compiled from its bytes rather than streamed, as boot.js does with the widget: the
    // decoding then happens off the main thread, not in the middle of the user's typing.
    await m.default({ module_or_path: await (await fetchOk(`${name}_bg.wasm`)).arrayBuffer() });
    return m;
  });
}

export function loadText(path) {
  return once(`text:${path}`, async () => (await fetchOk(path)).text());
}
