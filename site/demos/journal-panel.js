// The journal side panel's own script: it takes the agreement when it is agreed and every
// export itself, instead of a download, and shows what it would send to the record. The event
// names come from the widget's protocol.js (a host may write them out: they are in the README).
// The element asks for the content (events="content"): pk-agreed and pk-export carry it and do
// not bubble, so the listeners are on the element itself.
import { EVENTS } from '../protocol.js';

const panel = document.getElementById('panel');
const outbox = document.getElementById('outbox');
const status = document.getElementById('outbox-status');

panel.addEventListener(EVENTS.agreed, async (e) => {
  const a = e.detail.agreement;
  status.textContent = `Överenskommet ${a.agreed_by.date || ''} av ${a.agreed_by.professional_name}: journalanteckningen skulle skickas.`;
  outbox.textContent = await panel.toJournalText(); // a Promise: the exports load when first needed
});

panel.addEventListener(EVENTS.export, (e) => {
  e.preventDefault(); // no download: the host sends it to its own backend
  status.textContent = `Skulle skickas: ${e.detail.filename} (${e.detail.format}, ${new Blob([e.detail.content]).size} byte).`;
  outbox.textContent = e.detail.content;
});
