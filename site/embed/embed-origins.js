// Reads embed-origins.json, the deploy-time allowlist of the iframe mode: the origins whose
// pages may frame and drive embed.html (README, "Embedding in an iframe"). embed.js checks every
// message against it; the test server (tests/e2e/server.mjs) derives frame-ancestors from it.
//
//   { "origins": ["https://region.example", { "origin": "https://journal.example", "storage": "local" }] }
//
// An entry is an origin (its frames keep drafts in sessionStorage), or an object with "origin"
// and "storage": "session" or "local" (drafts in localStorage: that origin's every page and
// script may read them). Anything else is left out with a warning: "null", a path, a trailing
// slash, another scheme than http(s), an unknown key. No list, or an unreadable one: no host.

/** `value` if it is a serialised http(s) origin (no path, no "null", nothing else), else null. */
export function origin(value) {
  if (typeof value !== 'string' || value === 'null') return null;
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === value ? value : null;
  } catch {
    return null;
  }
}

/** The allowlist as a Map: origin → 'session' or 'local'. `warn` hears of each entry left out. */
export function allowlist(json, warn = (what) => console.warn(`Patientkontrakt: embed-origins.json: ${what}`)) {
  const out = new Map();
  const entries = json && typeof json === 'object' && Array.isArray(json.origins) ? json.origins : null;
  if (!entries) {
    warn('no "origins" list; no host may drive this frame');
    return out;
  }
  for (const entry of entries) {
    let o = null;
    let kept = null;
    if (typeof entry === 'string') {
      o = origin(entry);
      kept = 'session';
    } else if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
      const { origin: given, storage = 'session', ...unknown } = entry;
      o = Object.keys(unknown).length === 0 ? origin(given) : null;
      kept = storage;
    }
    if (o && (kept === 'session' || kept === 'local')) out.set(o, kept);
    else warn(`${JSON.stringify(entry)} is not an origin, nor an object of an origin and its storage (session or local); left out`);
  }
  return out;
}
