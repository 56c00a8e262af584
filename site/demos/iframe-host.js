// The iframe demo host: frames the widget from its own origin and drives it with
// patientkontrakt-frame.js. The widget's origin: ?widget=<origin>, else this page's address
// with localhost and 127.0.0.1 swapped (scripts/run.sh serves both; they are two origins).
import { connect } from '../patientkontrakt-frame.js';
import { EVENTS, EVENTS_CONTENT, FRAME_EXPORTS } from '../protocol.js';

const here = new URL(location.href);
const swapped = here.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const origin = here.searchParams.get('widget') || `${here.protocol}//${swapped}${here.port ? `:${here.port}` : ''}`;
const frame = document.getElementById('pk-frame');
const status = document.getElementById('host-status');
const outbox = document.getElementById('outbox');

// Where the widget is served from: embed.html beside patientkontrakt-frame.js.
const base = new URL('..', import.meta.url).pathname;
frame.src = `${origin}${base}embed.html?lang=sv&mode=consultation&storage-key=iframe-demo`;
// It takes the agreement and the exports: it asks for the content (heard on the frame only).
const pk = connect(frame, { origin, exports: FRAME_EXPORTS.host, events: EVENTS_CONTENT });
window.pkFrame = pk;
window.pkHostEvents = [];

for (const name of Object.values(EVENTS)) {
  frame.addEventListener(name, (e) => window.pkHostEvents.push({ type: name, detail: e.detail }));
}
pk.ready.then(() => (status.textContent = 'Widgeten är klar.'));
frame.addEventListener(EVENTS.agreed, async (e) => {
  status.textContent = `Överenskommet av ${e.detail.agreement.agreed_by.professional_name}: journalanteckningen skulle skickas.`;
  outbox.textContent = await pk.toJournalText();
});
frame.addEventListener(EVENTS.export, (e) => {
  status.textContent = `Skulle skickas: ${e.detail.filename} (${e.detail.format}).`;
  outbox.textContent = e.detail.content;
});
document.getElementById('fetch-note').addEventListener('click', async () => {
  outbox.textContent = await pk.toJournalText();
  status.textContent = 'Journalanteckningen hämtad från widgeten.';
});
