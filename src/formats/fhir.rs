//! The agreement as a FHIR R4 Bundle (`type: collection`) for journal integrators. Pure and
//! deterministic: the same agreement and timestamp give the same bundle, byte for byte
//! (resource ids are derived from the agreement's id, not drawn at random).
//!
//! The mapping is documented in `docs/fhir-mapping.md`. FHIR forbids empty strings and control
//! characters (other than tab and line breaks) in strings, so empty fields are left out and
//! such characters become U+FFFD; the native JSON keeps everything exactly as typed.

use serde_json::{json, Map, Value};

use super::journal::journal_note;
use crate::content::{self, QUESTION_TOPICS};
use crate::domain::checks::{self, check_personal_number};
use crate::domain::*;

/// Identifier system of Swedish personnummer.
pub const PERSONNUMMER_SYSTEM: &str = "http://electronichealth.se/identifier/personnummer";
/// Identifier system of HSA-id.
pub const HSA_SYSTEM: &str = "urn:oid:1.2.752.29.4.19";
/// Code system for Ja / Nej / Vet inte (HL7 v2 table 0532, expanded yes/no indicator).
pub const YES_NO_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/v2-0532";

/// A FHIR string: trimmed, control characters replaced, `None` when nothing is left.
fn fs(s: &str) -> Option<String> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    Some(t.chars().map(|c| if c.is_control() && !matches!(c, '\t' | '\n' | '\r') { '\u{fffd}' } else { c }).collect())
}

/// A deterministic UUID for a resource of this agreement: two FNV-1a hashes of
/// `agreement id / key`, formatted as a version-8 (custom) UUID.
pub fn resource_uuid(agreement_id: &str, key: &str) -> String {
    let hash = |seed: u64| {
        let mut h = seed;
        for b in agreement_id.bytes().chain([0x1f]).chain(key.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h
    };
    let hi = hash(0xcbf2_9ce4_8422_2325);
    let lo = hash(0x8422_2325_cbf2_9ce4 ^ 0x9e37_79b9_7f4a_7c15);
    let hi = (hi & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_8000;
    let lo = (lo & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    let h = format!("{hi:016x}{lo:016x}");
    format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32])
}

struct Builder<'a> {
    a: &'a Agreement,
    entries: Vec<Value>,
}

impl Builder<'_> {
    fn url(&self, key: &str) -> String {
        format!("urn:uuid:{}", resource_uuid(&self.a.id, key))
    }
    fn reference(&self, key: &str) -> Value {
        json!({ "reference": self.url(key) })
    }
    fn add(&mut self, key: &str, resource: Value) {
        let url = self.url(key);
        self.entries.push(json!({ "fullUrl": url, "resource": resource }));
    }
}

/// Inserts `key: value` when the value is given.
fn put(m: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(v) = value {
        m.insert(key.to_string(), v);
    }
}

fn text_concept(s: &str) -> Value {
    json!({ "text": s })
}

fn hsa_identifier(s: &str) -> Option<Value> {
    checks::is_hsa_id(s).then(|| json!([{ "system": HSA_SYSTEM, "value": s.trim() }]))
}

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

fn answer_coding(v: Tri) -> Value {
    let (code, display) = match v {
        Tri::Yes => ("Y", "Ja"),
        Tri::No => ("N", "Nej"),
        Tri::DontKnow => ("ASKU", "Vet inte"),
    };
    json!({ "system": YES_NO_SYSTEM, "code": code, "display": display })
}

fn narrative(a: &Agreement) -> Value {
    let escaped: String = journal_note(a)
        .chars()
        .map(|c| match c {
            '&' => "&amp;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '"' => "&quot;".to_string(),
            c if c.is_control() && c != '\n' && c != '\t' => "\u{fffd}".to_string(),
            c => c.to_string(),
        })
        .collect();
    json!({
        "status": "generated",
        "div": format!("<div xmlns=\"http://www.w3.org/1999/xhtml\"><pre>{}</pre></div>", escaped.trim_end()),
    })
}

fn activity(
    code: &str,
    status: &str,
    description: Option<String>,
    performer: Option<Value>,
    scheduled: Option<String>,
) -> Value {
    let mut d = Map::new();
    d.insert("code".into(), text_concept(code));
    d.insert("status".into(), json!(status));
    put(&mut d, "scheduledString", scheduled.map(Value::from));
    put(&mut d, "performer", performer.map(|p| json!([p])));
    put(&mut d, "description", description.map(Value::from));
    json!({ "detail": d })
}

fn item_description(it: &Item, who: &str) -> Option<String> {
    let text = fs(&it.text);
    let extra = fs(&it.who).map(|w| format!("{who}: {w}"));
    match (text, extra) {
        (Some(t), Some(e)) => Some(format!("{t} ({e})")),
        (t, e) => t.or(e),
    }
}

/// Builds the bundle. `now` (RFC 3339) is the bundle's timestamp and the answers' authored time.
pub fn bundle(a: &Agreement, now: &str) -> Value {
    let mut b = Builder { a, entries: Vec::new() };
    let consultation = a.mode == Mode::Consultation;
    let patient = b.reference("patient");
    let ab = &a.agreed_by;

    // Who: the patient, the professional who agreed, their unit.
    let mut p = Map::new();
    p.insert("resourceType".into(), json!("Patient"));
    if let Ok(pnr) = check_personal_number(&a.patient.personal_number) {
        p.insert("identifier".into(), json!([{ "system": PERSONNUMMER_SYSTEM, "value": pnr }]));
    }
    p.insert("active".into(), json!(true));
    put(&mut p, "name", fs(&a.patient.name).or_else(|| fs(&ab.patient_name)).map(|n| json!([{ "text": n }])));
    let professional = consultation.then(|| fs(&ab.professional_name)).flatten();
    let unit = consultation.then(|| fs(&ab.unit)).flatten();
    if let Some(name) = &professional {
        let mut pr = Map::new();
        pr.insert("resourceType".into(), json!("Practitioner"));
        put(&mut pr, "identifier", hsa_identifier(&ab.hsa_id));
        pr.insert("name".into(), json!([{ "text": name }]));
        b.add("practitioner", Value::Object(pr));
        let mut role = Map::new();
        role.insert("resourceType".into(), json!("PractitionerRole"));
        role.insert("practitioner".into(), b.reference("practitioner"));
        put(&mut role, "organization", unit.as_ref().map(|_| b.reference("organization")));
        put(&mut role, "code", fs(&ab.professional_role).map(|r| json!([text_concept(&r)])));
        b.add("practitioner-role", Value::Object(role));
    }
    if let Some(u) = &unit {
        b.add("organization", json!({ "resourceType": "Organization", "active": true, "name": u }));
    }

    // What matters: one Goal for the patient's own words, one per goal.
    let mut goals = Vec::new();
    let mut add_goal = |b: &mut Builder, key: String, text: String, category: &str| {
        b.add(
            &key,
            json!({
                "resourceType": "Goal",
                "lifecycleStatus": "active",
                "category": [text_concept(category)],
                "description": { "text": text },
                "subject": b.reference("patient"),
                "expressedBy": b.reference("patient"),
            }),
        );
        goals.push(b.reference(&key));
    };
    if let Some(t) = fs(&a.what_matters.own_words) {
        add_goal(&mut b, "goal-what-matters".into(), t, "Vad är viktigt för patienten");
    }
    for (i, g) in a.what_matters.goals.iter().enumerate() {
        if let Some(t) = fs(&g.text) {
            add_goal(&mut b, format!("goal-{i}"), t, "Mål");
        }
    }

    // CareTeam: fast vårdkontakter, other care givers, närstående.
    let mut participants = Vec::new();
    for (i, c) in a.contacts.care_contacts.iter().enumerate() {
        if fs(&c.name).is_none() && fs(&c.role).is_none() {
            continue;
        }
        let pr_key = format!("contact-{i}");
        let mut pr = Map::new();
        pr.insert("resourceType".into(), json!("Practitioner"));
        put(&mut pr, "identifier", consultation.then(|| hsa_identifier(&c.hsa_id)).flatten());
        put(&mut pr, "name", fs(&c.name).map(|n| json!([{ "text": n }])));
        if !pr.contains_key("name") {
            pr.insert("active".into(), json!(true));
        }
        b.add(&pr_key, Value::Object(pr));
        let mut org_ref = None;
        if let Some(u) = fs(&c.unit) {
            let org_key = format!("contact-{i}-unit");
            b.add(&org_key, json!({ "resourceType": "Organization", "active": true, "name": u }));
            org_ref = Some(b.reference(&org_key));
        }
        let mut role = Map::new();
        role.insert("resourceType".into(), json!("PractitionerRole"));
        role.insert("practitioner".into(), b.reference(&pr_key));
        put(&mut role, "organization", org_ref);
        put(&mut role, "code", fs(&c.role).map(|r| json!([text_concept(&r)])));
        put(&mut role, "telecom", fs(&c.reach).map(|r| json!([{ "system": "other", "value": r }])));
        let role_key = format!("contact-{i}-role");
        b.add(&role_key, Value::Object(role));
        participants.push(json!({ "role": [text_concept("Fast vårdkontakt")], "member": b.reference(&role_key) }));
    }
    let mut other_plans = Vec::new();
    for (i, plan) in a.planning.plans.iter().enumerate() {
        let Some(title) = fs(&plan.title) else { continue };
        let mut org_ref = None;
        if let Some(giver) = fs(&plan.care_giver) {
            let key = format!("plan-{i}-care-giver");
            let mut org = Map::new();
            org.insert("resourceType".into(), json!("Organization"));
            org.insert("active".into(), json!(true));
            org.insert("name".into(), json!(giver));
            put(&mut org, "telecom", fs(&plan.contact).map(|c| json!([{ "system": "other", "value": c }])));
            b.add(&key, Value::Object(org));
            participants.push(json!({ "role": [text_concept("Vårdgivare")], "member": b.reference(&key) }));
            org_ref = Some(b.reference(&key));
        }
        let key = format!("plan-{i}");
        let mut cp = Map::new();
        cp.insert("resourceType".into(), json!("CarePlan"));
        cp.insert("status".into(), json!("unknown"));
        cp.insert("intent".into(), json!("plan"));
        cp.insert("title".into(), json!(title));
        cp.insert("subject".into(), patient.clone());
        put(&mut cp, "author", org_ref);
        b.add(&key, Value::Object(cp));
        other_plans.push(b.reference(&key));
    }
    for (i, r) in a.relatives.iter().enumerate() {
        let name = fs(&r.name);
        let relation = fs(&r.relation);
        let contact = fs(&r.contact);
        if name.is_none() && relation.is_none() && contact.is_none() {
            continue;
        }
        let key = format!("relative-{i}");
        let mut rp = Map::new();
        rp.insert("resourceType".into(), json!("RelatedPerson"));
        rp.insert("active".into(), json!(true));
        rp.insert("patient".into(), patient.clone());
        put(&mut rp, "relationship", relation.map(|r| json!([text_concept(&r)])));
        put(&mut rp, "name", name.map(|n| json!([{ "text": n }])));
        put(&mut rp, "telecom", contact.map(|c| json!([{ "system": "other", "value": c }])));
        b.add(&key, Value::Object(rp));
        participants.push(json!({ "role": [text_concept("Närstående")], "member": b.reference(&key) }));
    }
    let care_team = (!participants.is_empty()).then(|| {
        let mut ct = Map::new();
        ct.insert("resourceType".into(), json!("CareTeam"));
        ct.insert("status".into(), json!("active"));
        ct.insert("name".into(), json!("Patientkontrakt: vårdkontakter och närstående"));
        ct.insert("subject".into(), patient.clone());
        ct.insert("participant".into(), json!(participants));
        b.add("care-team", Value::Object(ct));
        b.reference("care-team")
    });

    // The next agreed time: an Appointment when there is a date, else a scheduled activity.
    let nt = &a.schedule.next_time;
    let mut next_time_activity = None;
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
        put(&mut ap, "appointmentType", how.clone().map(|h| text_concept(&h)));
        ap.insert("description".into(), json!("Nästa överenskomna tid enligt patientkontraktet"));
        let comment: Vec<String> = [fs(&nt.period), initiator.clone()].into_iter().flatten().collect();
        put(&mut ap, "comment", (!comment.is_empty()).then(|| json!(comment.join(". "))));
        let mut who = vec![json!({ "actor": patient.clone(), "status": "needs-action" })];
        if professional.is_some() {
            who.push(json!({ "actor": b.reference("practitioner"), "status": "needs-action" }));
        }
        ap.insert("participant".into(), json!(who));
        ap.insert("requestedPeriod".into(), json!([{ "start": start }]));
        b.add("appointment", Value::Object(ap));
        next_time_activity = Some(json!({ "reference": b.reference("appointment") }));
    } else if let Some(period) = fs(&nt.period) {
        let desc: Vec<String> = [how, initiator].into_iter().flatten().collect();
        next_time_activity = Some(activity(
            "Nästa överenskomna tid",
            "scheduled",
            (!desc.is_empty()).then(|| desc.join(". ")),
            None,
            Some(period),
        ));
    }

    // The seven questions, one QuestionnaireResponse per side.
    let sides: &[(Perspective, &str)] = if consultation {
        &[(Perspective::Patient, "qr-patient"), (Perspective::Professional, "qr-professional")]
    } else {
        &[(Perspective::Patient, "qr-patient")]
    };
    let mut supporting = Vec::new();
    for (side, key) in sides {
        let answers = a.answers.of(*side);
        let mut items = Vec::new();
        for (n, ans) in answers.iter().enumerate() {
            let question = content::question(*side, n).map(|t| t.sv).unwrap_or_default();
            let mut it = Map::new();
            it.insert("linkId".into(), json!(format!("{}", n + 1)));
            it.insert("text".into(), json!(question));
            put(&mut it, "answer", ans.value.map(|v| json!([{ "valueCoding": answer_coding(v) }])));
            items.push(Value::Object(it));
            if let Some(c) = fs(&ans.comment) {
                items.push(json!({
                    "linkId": format!("{}-comment", n + 1),
                    "text": format!("Kommentar till fråga {}: {}", n + 1, QUESTION_TOPICS[n].sv),
                    "answer": [{ "valueString": c }],
                }));
            }
        }
        let complete = answers.iter().all(|x| x.value.is_some());
        let author = match side {
            Perspective::Patient => Some(patient.clone()),
            Perspective::Professional => professional.as_ref().map(|_| b.reference("practitioner")),
        };
        let mut qr = Map::new();
        qr.insert("resourceType".into(), json!("QuestionnaireResponse"));
        qr.insert("basedOn".into(), json!([b.reference("care-plan")]));
        qr.insert("status".into(), json!(if complete { "completed" } else { "in-progress" }));
        qr.insert("subject".into(), patient.clone());
        qr.insert("authored".into(), json!(now));
        put(&mut qr, "author", author);
        qr.insert("item".into(), json!(items));
        b.add(key, Value::Object(qr));
        supporting.push(b.reference(key));
    }
    supporting.extend(other_plans);

    // The agreement itself.
    let c = &a.commitments;
    let care_performer = unit
        .as_ref()
        .map(|_| b.reference("organization"))
        .or_else(|| professional.as_ref().map(|_| b.reference("practitioner-role")));
    let mut activities = Vec::new();
    for it in &c.self_care {
        if let Some(d) = item_description(it, "Vem hjälper till") {
            activities.push(activity(
                "Patientens åtagande",
                "in-progress",
                Some(d),
                Some(patient.clone()),
                fs(&it.when),
            ));
        }
    }
    for it in &c.care_actions {
        if let Some(d) = item_description(it, "Vem") {
            activities.push(activity("Vårdens åtagande", "in-progress", Some(d), care_performer.clone(), fs(&it.when)));
        }
    }
    for it in &c.warning_signs {
        if let Some(d) = item_description(it, "Vart") {
            activities.push(activity("När söka vård", "not-started", Some(d), Some(patient.clone()), fs(&it.when)));
        }
    }
    if a.planning.coordination_need == Some(Tri::Yes) {
        let d = fs(&a.planning.coordinator).map(|w| format!("Samordnas av: {w}"));
        activities.push(activity(
            "Hjälp med samordning",
            "in-progress",
            d.or(Some("Behov av hjälp med samordning".into())),
            None,
            None,
        ));
    }
    for r in &a.contacts.routes {
        if let Some(d) = fs(&r.details) {
            activities.push(activity(
                "Kontaktväg",
                "in-progress",
                Some(format!("{}: {d}", content::route_kind(r.kind).sv)),
                None,
                None,
            ));
        }
    }
    if let Some(step) = fs(&a.schedule.next_step) {
        activities.push(activity("Nästa steg", "not-started", Some(step), Some(patient.clone()), None));
    }
    activities.extend(next_time_activity);
    if let Some(review) = consultation.then(|| fs(&a.schedule.review)).flatten() {
        activities.push(activity("Uppföljning av överenskommelsen", "scheduled", None, None, Some(review)));
    }

    let mut notes = Vec::new();
    if let Some(r) = fs(&a.what_matters.resources) {
        notes.push(json!({ "text": format!("Egna resurser och nätverk: {r}") }));
    }
    if let Some(q) = fs(&a.what_matters.questions_for_visit) {
        notes.push(json!({ "text": format!("Patientens frågor inför besöket: {q}") }));
    }
    if a.contacts.fixed_contact_needed == Some(Tri::No) && a.contacts.care_contacts.is_empty() {
        notes.push(json!({ "text": "Fast vårdkontakt behövs inte enligt överenskommelsen." }));
    }

    let mut cp = Map::new();
    cp.insert("resourceType".into(), json!("CarePlan"));
    cp.insert("text".into(), narrative(a));
    if ids_is_uuid(&a.id) {
        cp.insert(
            "identifier".into(),
            json!([{ "system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{}", a.id) }]),
        );
    }
    cp.insert("status".into(), json!(if a.status == Status::Agreed { "active" } else { "draft" }));
    cp.insert("intent".into(), json!("plan"));
    cp.insert("title".into(), json!("Patientkontrakt"));
    cp.insert("description".into(), json!("Gemensam överenskommelse mellan patient och vård (SKR:s Patientkontrakt)"));
    cp.insert("subject".into(), patient.clone());
    if a.status == Status::Agreed {
        put(&mut cp, "period", ab.date.as_ref().map(|d| json!({ "start": d })));
    }
    cp.insert("created".into(), json!(a.created));
    cp.insert("author".into(), if professional.is_some() { b.reference("practitioner") } else { patient.clone() });
    let mut contributors = vec![patient.clone()];
    if professional.is_some() {
        contributors.push(b.reference("practitioner"));
    }
    cp.insert("contributor".into(), json!(contributors));
    put(&mut cp, "careTeam", care_team.map(|r| json!([r])));
    put(&mut cp, "supportingInfo", (!supporting.is_empty()).then(|| json!(supporting)));
    put(&mut cp, "goal", (!goals.is_empty()).then(|| json!(goals)));
    put(&mut cp, "activity", (!activities.is_empty()).then(|| json!(activities)));
    put(&mut cp, "note", (!notes.is_empty()).then(|| json!(notes)));

    // CarePlan first, then the patient, then everything else in the order built.
    let mut entries = vec![
        json!({ "fullUrl": b.url("care-plan"), "resource": Value::Object(cp) }),
        json!({ "fullUrl": b.url("patient"), "resource": Value::Object(p) }),
    ];
    entries.append(&mut b.entries);
    json!({
        "resourceType": "Bundle",
        "identifier": { "system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{}", resource_uuid(&a.id, &format!("bundle {now}"))) },
        "type": "collection",
        "timestamp": now,
        "entry": entries,
    })
}

fn ids_is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter()
            .enumerate()
            .all(|(i, c)| if matches!(i, 8 | 13 | 18 | 23) { *c == b'-' } else { c.is_ascii_hexdigit() })
}

/// The bundle as pretty JSON with a final newline.
pub fn bundle_json(a: &Agreement, now: &str) -> String {
    format!("{:#}\n", bundle(a, now))
}
