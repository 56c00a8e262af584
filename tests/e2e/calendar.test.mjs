// The agreed next time in her calendar (issue 28, point 4): once a consultation is marked agreed
// with a date and time for the next time, "Lägg till i kalendern" saves an .ics file made on the
// device, which an independent iCalendar parser (ical.js) reads as an event at the agreed date
// and time, with how, the unit and the contact route, and nothing of her health or identity. A
// preparation (her own time) and an agreement not yet marked agreed offer nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import ICAL from 'ical.js';
import { serve } from './server.mjs';
import { CONTENT, openStart, walk } from './pk.mjs';

const ui = (id, lang = 'sv') => CONTENT.ui[id][lang];

let server;
before(async () => {
  server = await serve('dist');
});
after(async () => {
  await server?.close();
});

test('an agreed next time goes to her calendar as an .ics file', async () => {
  const { browser, page, w, errors } = await openStart(server.url);
  try {
    const s = await walk(w, 'consultation', 'calendar');
    await w.forPatient();
    const [download] = await Promise.all([page.waitForEvent('download'), w.button(ui('AddToCalendar')).click()]);
    assert.match(download.suggestedFilename(), /^patientkontrakt-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = fs.readFileSync(await download.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    assert.equal(events.length, 1);
    const event = new ICAL.Event(events[0]);
    const start = event.startDate;
    assert.equal(start.toString(), `${s.date}T${s.time}:00`, 'the agreed date and time');
    assert.equal(start.isDate, false);
    assert.equal(event.summary, ui('CalendarTitleHow').replace('{how}', CONTENT.values.contact_mode.visit.sv));
    assert.equal(event.location, s.contact.unit);
    assert.ok(event.description.includes(s.route.details), event.description);
    assert.ok(event.description.includes(s.period), event.description);
    // Nothing of her health or identity.
    for (const v of [s.name, s.personalNumber, s.ownWords, s.goal, s.selfCare, s.warning.text, s.careAction, s.nextStep, s.contact.helpsWith]) {
      assert.ok(!text.includes(v), `the calendar file leaves out ${v}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('a time she typed while preparing is not offered for the calendar', async () => {
  const { browser, page, w, errors } = await openStart(server.url);
  try {
    await walk(w, 'prepare', 'calendar-prepare');
    assert.equal(await w.button(ui('AddToCalendar')).count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});
