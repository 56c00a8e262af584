// The camera and pictures for reading a patient's hand-off code: getUserMedia into a <video>,
// one frame at a time drawn onto a canvas for its pixels, and a picture file the same way.
// Nothing is recorded or sent: a frame's pixels go to the scan module and are dropped.

/** Starts the camera into `video`; rejects with the DOMException's name (NotAllowedError, NotFoundError, …). */
export async function startCamera(video) {
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) throw 'NoApi';
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1280 } }, audio: false });
  } catch (e) {
    throw (e && e.name) || 'Error';
  }
  video.srcObject = stream;
  video.muted = true;
  video.playsInline = true;
  try {
    await video.play();
  } catch {}
  return stream;
}

/** Stops every track of `stream` (the camera's light goes off) and empties `video`. */
export function stopCamera(stream, video) {
  if (stream) for (const t of stream.getTracks()) t.stop();
  if (video) video.srcObject = null;
}

function pixels(source, width, height) {
  if (!width || !height) return null;
  // Large pictures are read at most 1600 px wide: enough for a code filling a fifth of it.
  const scale = Math.min(1, 1600 / width);
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  ctx.drawImage(source, 0, 0, w, h);
  const data = ctx.getImageData(0, 0, w, h).data;
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: w, height: h };
}

/** The current frame of `video` as { data (RGBA), width, height }, or null before the first frame. */
export function grabFrame(video) {
  return video.readyState >= 2 ? pixels(video, video.videoWidth, video.videoHeight) : null;
}

/** A picture file's pixels; rejects when it is not a picture the browser can read. */
export async function pictureFile(file) {
  const bitmap = await createImageBitmap(file);
  try {
    return pixels(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}
