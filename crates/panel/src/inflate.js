// Reading a hand-off code: the browser's own raw inflater (DecompressionStream), so no
// decompressor is shipped. `inflateRaw` stops reading once the output passes `limit` bytes, so
// a hostile code cannot make the page hold more than an opened file may be.
async function collect(stream, limit) {
  const reader = stream.getReader();
  const parts = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function inflateRaw(bytes, limit) {
  return collect(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')), limit);
}
