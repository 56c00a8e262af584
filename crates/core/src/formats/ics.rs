//! The agreed next time as an iCalendar file (RFC 5545), made on the device for her calendar:
//! the date (with its time, or all day), how (besök, telefon, video, …), the unit and the
//! contact routes, and a period in words when one was agreed beside the date. Nothing else of
//! the agreement: no name, no personnummer, no health details.
//!
//! Only an *agreed* next time is offered: a consultation marked agreed, with a date. A time she
//! typed alone while preparing (`schedule.prepared_time`) is hers, never an appointment.

use crate::content::{contact_mode, fill, route_kind, Ui};
use crate::domain::{Agreement, Language, Mode, Status};

/// Whether the agreement has a next time to put in a calendar.
pub fn offered(a: &Agreement) -> bool {
    a.mode == Mode::Consultation
        && a.status == Status::Agreed
        && digits(a.schedule.next_time.date.as_deref(), 8).is_some()
}

/// The ASCII digits of `s` when it has exactly `n` of them (`2027-02-15` → `20270215`).
fn digits(s: Option<&str>, n: usize) -> Option<String> {
    let d: String = s?.chars().filter(char::is_ascii_digit).collect();
    (d.len() == n).then_some(d)
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets (never inside a character), ended by CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The `.ics` file of the agreed next time, in `lang`; `now` (RFC 3339, UTC) is its DTSTAMP.
/// `None` when there is none to offer ([`offered`]).
pub fn next_time(a: &Agreement, lang: Language, now: &str) -> Option<String> {
    if !offered(a) {
        return None;
    }
    let t = &a.schedule.next_time;
    let date = digits(t.date.as_deref(), 8)?;
    let start = match digits(t.time.as_deref(), 4) {
        Some(hm) => format!("DTSTART:{date}T{hm}00"),
        None => format!("DTSTART;VALUE=DATE:{date}"),
    };
    let stamp = digits(Some(now.get(..19).unwrap_or(now)), 14)
        .map_or_else(|| format!("{date}T000000Z"), |d| format!("{}T{}Z", &d[..8], &d[8..]));
    let how = t.mode.map(|m| contact_mode(m).get(lang));
    let summary = match how {
        Some(how) => fill(Ui::CalendarTitleHow.get(lang), &[("how", how)]),
        None => Ui::CalendarTitle.get(lang).to_string(),
    };
    let units: Vec<&str> = a.contacts.care_contacts.iter().map(|c| c.unit.trim()).filter(|u| !u.is_empty()).collect();
    let mut description: Vec<String> = Vec::new();
    if let Some(how) = how {
        description.push(how.to_string());
    }
    if !t.period.trim().is_empty() {
        description.push(t.period.trim().to_string());
    }
    for u in &units {
        description.push(fill(Ui::CalendarUnit.get(lang), &[("unit", u)]));
    }
    for r in &a.contacts.routes {
        let kind = route_kind(r.kind).get(lang);
        let route =
            if r.details.trim().is_empty() { kind.to_string() } else { format!("{kind}: {}", r.details.trim()) };
        description.push(fill(Ui::CalendarRoute.get(lang), &[("route", &route)]));
    }
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Patientkontrakt//Patientkontrakt//SV",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
    ] {
        line(&mut out, l);
    }
    line(&mut out, &format!("UID:{}-next-time@patientkontrakt", text(&a.id)));
    line(&mut out, &format!("DTSTAMP:{stamp}"));
    line(&mut out, &start);
    line(&mut out, &format!("SUMMARY:{}", text(&summary)));
    if let Some(u) = units.first() {
        line(&mut out, &format!("LOCATION:{}", text(u)));
    }
    if !description.is_empty() {
        line(&mut out, &format!("DESCRIPTION:{}", text(&description.join("\n"))));
    }
    for l in ["END:VEVENT", "END:VCALENDAR"] {
        line(&mut out, l);
    }
    Some(out)
}
