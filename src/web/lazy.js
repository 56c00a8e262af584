// Loads the exports module (pk-exports.js and pk-exports_bg.wasm, beside patientkontrakt.js) the
// first time it is needed, once; a failed load is tried again on the next call. wasm-bindgen
// copies this file to snippets/patientkontrakt-<hash>/src/web/lazy.js in the build, four folders
// below the app's own files, hence the "../../../../".
let loading;

export function loadExports() {
  if (!loading) {
    const base = new URL('../../../../', import.meta.url);
    loading = import(new URL('pk-exports.js', base).href)
      .then(async (m) => {
        await m.default({ module_or_path: new URL('pk-exports_bg.wasm', base) });
        return m;
      })
      .catch((e) => {
        loading = undefined;
        throw e;
      });
  }
  return loading;
}
