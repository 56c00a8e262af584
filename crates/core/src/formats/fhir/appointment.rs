//! The next time set in the consultation: an Appointment when it has a date (with Sweden's
//! offset from UTC on that day), else a scheduled activity of the CarePlan.

use serde_json::{json, Map, Value};

use super::builder::{fs, put, text_concept, Builder};
use super::careplan::activity;
use crate::content;
use crate::domain::checks;
use crate::domain::*;

/// Minutes east of UTC in Sweden on a local date and time (CET, CEST between the last Sunday of
/// March 02:00 and the last Sunday of October 03:00 local time).
fn stockholm_offset(date: &str, time: &str) -> &'static str {
    let n = |s: Option<&str>| s.and_then(|s| s.parse::<i64>().ok()).unwrap_or(1);
    let (y, m, d) = (n(date.get(0..4)), n(date.get(5..7)).clamp(1, 12), n(date.get(8..10)));
    let hour = n(time.get(0..2));
    // Day of week by Sakamoto's method: 0 = Sunday.
    let dow = |y: i64, m: i64, d: i64| {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if m < 3 { y - 1 } else { y };
        (y + y / 4 - y / 100 + y / 400 + t[(m - 1) as usize] + d).rem_euclid(7)
    };
    let last_sunday = |m: i64| 31 - dow(y, m, 31);
    let summer = match m {
        4..=9 => true,
        3 => d > last_sunday(3) || (d == last_sunday(3) && hour >= 2),
        10 => d < last_sunday(10) || (d == last_sunday(10) && hour < 3),
        _ => false,
    };
    if summer {
        "+02:00"
    } else {
        "+01:00"
    }
}

/// The next time set in the consultation: an Appointment when there is a date, else a scheduled
/// activity; agreed only once the agreement is marked agreed (proposed until then). The time the
/// patient wrote before the visit is never one: it is a note of the CarePlan, as hers. Returns
/// the CarePlan activity for it.
pub(super) fn next_time(b: &mut Builder) -> Option<Value> {
    if b.a.mode != Mode::Consultation {
        return None;
    }
    let nt = &b.a.schedule.next_time;
    let title =
        if b.agreed { "Nästa överenskomna tid" } else { "Föreslagen nästa tid, inte markerad som överenskommen" };
    let how = nt.mode.map(|m| content::contact_mode(m).sv.to_string());
    let initiator = nt.initiator.map(|i| match i {
        Initiator::Patient => "Patienten tar kontakt".to_string(),
        Initiator::Care => "Vården tar kontakt".to_string(),
    });
    if let Some(date) = &nt.date {
        let start = match &nt.time {
            Some(t) if checks::is_iso_date(date) && checks::is_time_of_day(t) => {
                format!("{date}T{t}:00{}", stockholm_offset(date, t))
            }
            _ => date.clone(),
        };
        let mut ap = Map::new();
        ap.insert("resourceType".into(), json!("Appointment"));
        ap.insert("status".into(), json!("proposed"));
        put(&mut ap, "appointmentType", how.map(|h| text_concept(&h)));
        ap.insert("description".into(), json!(format!("{title} enligt Patientkontraktet")));
        let comment: Vec<String> = [fs(&nt.period), initiator].into_iter().flatten().collect();
        put(&mut ap, "comment", (!comment.is_empty()).then(|| json!(comment.join(". "))));
        // Agreed together: both have accepted the time. The period is that day (or that moment),
        // never open-ended.
        let status = if b.agreed { "accepted" } else { "needs-action" };
        let mut who = vec![json!({ "actor": b.patient.clone(), "status": status })];
        if b.professional.is_some() {
            who.push(json!({ "actor": b.reference("practitioner"), "status": status }));
        }
        ap.insert("participant".into(), json!(who));
        ap.insert("requestedPeriod".into(), json!([{ "start": start, "end": start }]));
        b.add("appointment", Value::Object(ap));
        Some(json!({ "reference": b.reference("appointment") }))
    } else {
        let period = fs(&nt.period)?;
        let desc: Vec<String> = [how, initiator].into_iter().flatten().collect();
        Some(activity(
            title,
            if b.agreed { "scheduled" } else { "not-started" },
            (!desc.is_empty()).then(|| desc.join(". ")),
            None,
            Some(period),
        ))
    }
}
