// Read aloud (issue 27): the browser's speech synthesis, with a voice that runs on the device
// only (`localService === true`), so a page's text never goes to a read-aloud server. Which voice
// is chosen in Rust (`Language::voice`); `speak` checks again that it is local.
const synth = () => (typeof speechSynthesis === 'object' && speechSynthesis) || null;

// Each voice as "L<lang>" (runs on the device) or "R<lang>" (does not), in getVoices()'s order,
// one a line.
export function voices() {
  try {
    return Array.from(synth()?.getVoices() || [], (v) => (v.localService === true ? 'L' : 'R') + String(v.lang || '').replace(/\s/g, '')).join('\n');
  } catch {
    return '';
  }
}

// Calls `f` when the voices change (they arrive after the page has loaded); returns the undo.
export function onVoices(f) {
  const s = synth();
  s?.addEventListener?.('voiceschanged', f);
  return () => s?.removeEventListener?.('voiceschanged', f);
}

// Reads `texts` (separated by U+001E) one after the other with voice `index` at `rate`; `done` once the last has been
// read, or reading stopped. Nothing is read, and false returned, unless that voice is local.
export function speak(index, texts, rate, done) {
  const s = synth();
  const voice = s?.getVoices()[index];
  if (!voice || voice.localService !== true || typeof SpeechSynthesisUtterance !== 'function') return false;
  s.cancel();
  texts = texts.split('\x1e');
  texts.forEach((text, i) => {
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = rate;
    if (i === texts.length - 1) u.onend = u.onerror = () => done();
    s.speak(u);
  });
  return true;
}

export function stop() {
  synth()?.cancel();
}
