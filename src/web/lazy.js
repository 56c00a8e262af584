// Loads one of the app's lazily loaded wasm modules (pk-exports, pk-followup: NAME.js and
// NAME_bg.wasm, beside patientkontrakt.js) or data files (texts/en.json) the first time it is
// needed, once; a failed load is tried again on the next call. wasm-bindgen copies this file to
// snippets/patientkontrakt-<hash>/src/web/lazy.js in the build, four folders below the app's
// own files, hence the "../../../../".
const loading = new Map();

export function loadModule(name) {
  if (!loading.has(name)) {
    const base = new URL('../../../../', import.meta.url);
    const promise = import(new URL(`${name}.js`, base).href)
      .then(async (m) => {
        // Compiled from its bytes rather than streamed, as boot.js does with the widget: the
        // decoding then happens off the main thread, not in the middle of the user's typing.
        const response = await fetch(new URL(`${name}_bg.wasm`, base));
        if (!response.ok) throw new Error(`${name}_bg.wasm: HTTP ${response.status}`);
        await m.default({ module_or_path: await response.arrayBuffer() });
        return m;
      })
      .catch((e) => {
        loading.delete(name);
        throw e;
      });
    loading.set(name, promise);
  }
  return loading.get(name);
}

export function loadText(path) {
  const key = `text:${path}`;
  if (!loading.has(key)) {
    const promise = fetch(new URL(path, new URL('../../../../', import.meta.url)))
      .then((response) => {
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        return response.text();
      })
      .catch((e) => {
        loading.delete(key);
        throw e;
      });
    loading.set(key, promise);
  }
  return loading.get(key);
}
