//! The agreement as a FHIR R4 Bundle (`type: collection`) for journal integrators. Pure and
//! deterministic: the same agreement and timestamp give the same bundle, byte for byte
//! (resource ids are derived from the agreement's id, not drawn at random).
//!
//! Two shapes from the same resources: a `collection` ([`bundle`]) and a `document`
//! ([`document`]) whose Composition has one section per journal keyword.
//!
//! The mapping is documented in `docs/fhir-mapping.md`. FHIR's `string` forbids empty strings and
//! some characters, so empty fields are left out and text is normalised ([`fhir_string`]); the
//! native JSON keeps everything exactly as typed.

use serde_json::{json, Map, Value};

use super::journal;

use super::journal::{journal_note, patient_contacts_label};
use super::text::{capitalised, fhir_string, prepared_time_text, row_text};
use crate::content::{self, QUESTION_TOPICS};
use crate::domain::checks::{self, check_personal_number};
use crate::domain::*;

/// Identifier system of Swedish personnummer.
pub const PERSONNUMMER_SYSTEM: &str = "http://electronichealth.se/identifier/personnummer";
/// Identifier system of Swedish samordningsnummer (HL7 Sweden base profiles).
pub const SAMORDNINGSNUMMER_SYSTEM: &str = "http://electronichealth.se/identifier/samordningsnummer";
/// Base of the project's canonical URLs (the Questionnaires, the CarePlan category). One
/// constant, so a region that hosts the project under its own name changes one line.
pub const CANONICAL_BASE: &str = "https://patientkontrakt.example/fhir";
/// Version of the Questionnaires: the wording of the seven questions the app asks.
pub const QUESTIONNAIRE_VERSION: &str = "1";
/// System of resource identifiers: the resource's stable `urn:uuid:`, so a second export of the
/// same agreement can be matched to the first by a receiver.
const URI_SYSTEM: &str = "urn:ietf:rfc:3986";
/// Identifier system of HSA-id.
pub const HSA_SYSTEM: &str = "urn:oid:1.2.752.29.4.19";
/// Code system for Ja / Nej / Vet inte (HL7 v2 table 0532, expanded yes/no indicator).
pub const YES_NO_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/v2-0532";

/// A FHIR string ([`fhir_string`]), trimmed; `None` when nothing is left.
fn fs(s: &str) -> Option<String> {
    let t = fhir_string(s);
    let t = t.trim();
    (!t.is_empty()).then(|| t.to_string())
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

/// The bundle being built: its entries in the order added, and what every resource refers to.
struct Builder<'a> {
    a: &'a Agreement,
    entries: Vec<Value>,
    /// Reference to the Patient.
    patient: Value,
    /// The professional who agreed (consultation only), when named.
    professional: Option<String>,
    /// Their unit (consultation only), when named.
    unit: Option<String>,
    /// Marked agreed: goals are active and commitments in progress; before that, proposed and
    /// not started.
    agreed: bool,
    /// People and units already in the bundle, by normalised name, so each appears once.
    known: Vec<(String, String)>,
}

impl Builder<'_> {
    fn url(&self, key: &str) -> String {
        format!("urn:uuid:{}", resource_uuid(&self.a.id, key))
    }
    fn reference(&self, key: &str) -> Value {
        json!({ "reference": self.url(key) })
    }
    fn add(&mut self, key: &str, mut resource: Value) {
        let url = self.url(key);
        with_identifier(&mut resource, &url);
        self.entries.push(json!({ "fullUrl": url, "resource": resource }));
    }
    /// The key of a Practitioner or Organization already added under this name, if any.
    fn known(&self, kind: &str, name: &str) -> Option<String> {
        let n = format!("{kind}:{}", normalise(name));
        self.known.iter().find(|(k, _)| *k == n).map(|(_, key)| key.clone())
    }
    fn remember(&mut self, kind: &str, name: &str, key: &str) {
        self.known.push((format!("{kind}:{}", normalise(name)), key.to_string()));
    }
}

/// A name compared without case and repeated white space.
fn normalise(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Adds the resource's own `urn:uuid:` as an identifier (a list, except where FHIR has one).
fn with_identifier(resource: &mut Value, url: &str) {
    let id = json!({ "system": URI_SYSTEM, "value": url });
    let Some(m) = resource.as_object_mut() else { return };
    let single = matches!(m.get("resourceType").and_then(Value::as_str), Some("QuestionnaireResponse" | "Composition"));
    match m.get_mut("identifier") {
        Some(Value::Array(list)) => list.push(id),
        Some(_) => {}
        None if single => {
            m.insert("identifier".into(), id);
        }
        None => {
            m.insert("identifier".into(), json!([id]));
        }
    }
}

/// A telecom entry: a phone number, an e-mail address or a web address as such; anything else
/// ("via 1177", "ring växeln") as `other`.
fn telecom(s: &str) -> Value {
    let t = s.trim();
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let system = if digits >= 5 && t.chars().all(|c| c.is_ascii_digit() || " +-()/".contains(c)) {
        "phone"
    } else if t.contains('@') && !t.contains(char::is_whitespace) {
        "email"
    } else if t.starts_with("https://") || t.starts_with("http://") {
        "url"
    } else {
        "other"
    };
    json!({ "system": system, "value": t })
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

/// Ja / Nej / Vet inte in HL7 v2 table 0532, with that code system's own displays (a receiver's
/// terminology server checks them); the Swedish word is in the narrative and the journal note.
fn answer_coding(v: Tri) -> Value {
    let (code, display) = match v {
        Tri::Yes => ("Y", "Yes"),
        Tri::No => ("N", "No"),
        Tri::DontKnow => ("ASKU", "asked but unknown"),
    };
    json!({ "system": YES_NO_SYSTEM, "code": code, "display": display })
}

fn narrative(a: &Agreement) -> Value {
    xhtml(&journal_note(a))
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

/// "text (who: …)", or "Who: …" (a capital, starting the description) when there is no text.
fn item_description(it: &Item, who: &str) -> Option<String> {
    let text = fs(&it.text);
    let extra = fs(&it.who).map(|w| format!("{who}: {w}"));
    match (text, extra) {
        (Some(t), Some(e)) => Some(format!("{t} ({e})")),
        (Some(t), None) => Some(t),
        (None, e) => e.map(|e| capitalised(&e)),
    }
}

/// Every resource of the agreement, the CarePlan first, then the Patient, then the rest in the
/// order of `docs/fhir-mapping.md`. `now` (RFC 3339) is the export time.
fn entries(a: &Agreement) -> (Vec<Value>, Builder<'_>) {
    let consultation = a.mode == Mode::Consultation;
    let ab = &a.agreed_by;
    let mut b = Builder {
        a,
        entries: Vec::new(),
        patient: json!({ "reference": format!("urn:uuid:{}", resource_uuid(&a.id, "patient")) }),
        professional: consultation.then(|| fs(&ab.professional_name)).flatten(),
        unit: consultation.then(|| fs(&ab.unit)).flatten(),
        agreed: a.status == Status::Agreed,
        known: Vec::new(),
    };
    let mut patient = patient(a);
    with_identifier(&mut patient, &b.url("patient"));
    agreed_by(&mut b);
    let goals = goals(&mut b);
    let mut participants = fixed_contacts(&mut b);
    participants.extend(other_care_givers(&mut b));
    participants.extend(relatives(&mut b));
    let care_team = care_team(&mut b, participants);
    let next_time = next_time(&mut b);
    let supporting = questionnaire_responses(&mut b);
    let activities = activities(&b, next_time);
    let mut care_plan = care_plan(&b, CarePlanLinks { goals, care_team, supporting, activities });
    if care_plan.get("identifier").is_none() {
        with_identifier(&mut care_plan, &b.url("care-plan"));
    }
    let mut entries = vec![
        json!({ "fullUrl": b.url("care-plan"), "resource": care_plan }),
        json!({ "fullUrl": b.url("patient"), "resource": patient }),
    ];
    entries.append(&mut b.entries);
    (entries, b)
}

/// The agreement as a `collection` Bundle. `now` (RFC 3339) is the bundle's timestamp.
pub fn bundle(a: &Agreement, now: &str) -> Value {
    let (entries, _) = entries(a);
    json!({
        "resourceType": "Bundle",
        "identifier": { "system": URI_SYSTEM, "value": format!("urn:uuid:{}", resource_uuid(&a.id, &format!("bundle {now}"))) },
        "type": "collection",
        "timestamp": now,
        "entry": entries,
    })
}

/// The agreement as a FHIR `document`: a Composition first (one section per journal keyword,
/// in the journal note's order, each with the note's text and references to the resources
/// behind it), then every resource of [`bundle`]. For receivers that file documents.
pub fn document(a: &Agreement, now: &str) -> Value {
    let (mut resources, b) = entries(a);
    let present = |key: &str| {
        let url = b.url(key);
        resources.iter().any(|e| e["fullUrl"] == url.as_str()).then(|| b.reference(key))
    };
    let care_plan = present("care-plan");
    let care_team = present("care-team");
    let goals: Vec<Value> = resources
        .iter()
        .filter(|e| e["resource"]["resourceType"] == "Goal")
        .filter_map(|e| e["fullUrl"].as_str().map(|u| json!({ "reference": u })))
        .collect();
    let responses: Vec<Value> = resources
        .iter()
        .filter(|e| e["resource"]["resourceType"] == "QuestionnaireResponse")
        .filter_map(|e| e["fullUrl"].as_str().map(|u| json!({ "reference": u })))
        .collect();
    let next = present("appointment").or_else(|| care_plan.clone());
    let sections: Vec<Value> = journal::sections(a)
        .into_iter()
        .enumerate()
        .map(|(i, (title, lines))| {
            let entry: Vec<Value> = match i {
                0 => goals.clone(),
                6 | 9 => care_team.clone().into_iter().collect(),
                8 => next.clone().into_iter().collect(),
                10 => responses.clone(),
                _ => care_plan.clone().into_iter().collect(),
            };
            let mut s = Map::new();
            s.insert("title".into(), json!(title));
            s.insert("text".into(), xhtml(&lines.join("\n")));
            put(&mut s, "entry", (!entry.is_empty()).then(|| json!(entry)));
            Value::Object(s)
        })
        .collect();
    let author = if b.professional.is_some() { b.reference("practitioner") } else { b.patient.clone() };
    let mut c = Map::new();
    c.insert("resourceType".into(), json!("Composition"));
    c.insert("status".into(), json!(if b.agreed { "final" } else { "preliminary" }));
    c.insert(
        "type".into(),
        json!({ "coding": [{ "system": "http://loinc.org", "code": "18776-5", "display": "Plan of care note" }], "text": "Patientkontrakt" }),
    );
    c.insert("category".into(), json!([care_plan_category()]));
    c.insert("subject".into(), b.patient.clone());
    c.insert("date".into(), json!(now));
    c.insert("author".into(), json!([author]));
    c.insert("title".into(), json!(journal::heading(a).join(" – ")));
    c.insert("section".into(), json!(sections));
    let mut composition = Value::Object(c);
    let url = b.url(&format!("composition {now}"));
    with_identifier(&mut composition, &url);
    resources.insert(0, json!({ "fullUrl": url, "resource": composition }));
    json!({
        "resourceType": "Bundle",
        "identifier": { "system": URI_SYSTEM, "value": format!("urn:uuid:{}", resource_uuid(&a.id, &format!("document {now}"))) },
        "type": "document",
        "timestamp": now,
        "entry": resources,
    })
}

/// Plain text as a narrative `div`.
fn xhtml(text: &str) -> Value {
    let escaped = text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let escaped = fhir_string(&escaped);
    json!({
        "status": "generated",
        "div": format!("<div xmlns=\"http://www.w3.org/1999/xhtml\"><pre>{}</pre></div>", escaped.trim_end()),
    })
}

/// What tells a receiver this CarePlan is a Patientkontrakt.
fn care_plan_category() -> Value {
    json!({
        "coding": [{ "system": format!("{CANONICAL_BASE}/CodeSystem/careplan-category"), "code": "patientkontrakt", "display": "Patientkontrakt" }],
        "text": "Patientkontrakt (SKR)",
    })
}

/// Patient: personnummer (when valid), name (own, else from "agreed by").
fn patient(a: &Agreement) -> Value {
    let mut p = Map::new();
    p.insert("resourceType".into(), json!("Patient"));
    if let Ok(pnr) = check_personal_number(&a.patient.personal_number) {
        let system = match checks::identity_kind(&pnr) {
            checks::IdentityKind::Personnummer => PERSONNUMMER_SYSTEM,
            checks::IdentityKind::Samordningsnummer => SAMORDNINGSNUMMER_SYSTEM,
        };
        p.insert("identifier".into(), json!([{ "system": system, "value": pnr }]));
    }
    p.insert("active".into(), json!(true));
    put(&mut p, "name", fs(&a.patient.name).or_else(|| fs(&a.agreed_by.patient_name)).map(|n| json!([{ "text": n }])));
    Value::Object(p)
}

/// Practitioner, PractitionerRole and Organization of the professional who agreed.
fn agreed_by(b: &mut Builder) {
    let ab = &b.a.agreed_by;
    if let Some(name) = b.professional.clone() {
        let mut pr = Map::new();
        pr.insert("resourceType".into(), json!("Practitioner"));
        // The same person may also be the fast vårdkontakt, with the HSA-id given there.
        let hsa = hsa_identifier(&ab.hsa_id).or_else(|| {
            b.a.contacts
                .care_contacts
                .iter()
                .find(|c| normalise(&c.name) == normalise(&name))
                .and_then(|c| hsa_identifier(&c.hsa_id))
        });
        put(&mut pr, "identifier", hsa);
        pr.insert("name".into(), json!([{ "text": name }]));
        b.add("practitioner", Value::Object(pr));
        b.remember("practitioner", &name, "practitioner");
        let mut role = Map::new();
        role.insert("resourceType".into(), json!("PractitionerRole"));
        role.insert("practitioner".into(), b.reference("practitioner"));
        put(&mut role, "organization", b.unit.as_ref().map(|_| b.reference("organization")));
        put(&mut role, "code", fs(&ab.professional_role).map(|r| json!([text_concept(&r)])));
        b.add("practitioner-role", Value::Object(role));
    }
    if let Some(u) = b.unit.clone() {
        b.add("organization", json!({ "resourceType": "Organization", "active": true, "name": u }));
        b.remember("organization", &u, "organization");
    }
}

/// Goal: one for the patient's own words, one per goal. Returns references to them.
fn goals(b: &mut Builder) -> Vec<Value> {
    let mut refs = Vec::new();
    // A goal is the patient's until the agreement is made: "proposed" before, "active" after.
    let status = if b.agreed { "active" } else { "proposed" };
    let mut add_goal = |b: &mut Builder, key: String, text: String, category: &str| {
        b.add(
            &key,
            json!({
                "resourceType": "Goal",
                "lifecycleStatus": status,
                "category": [text_concept(category)],
                "description": { "text": text },
                "subject": b.patient,
                "expressedBy": b.patient,
            }),
        );
        refs.push(b.reference(&key));
    };
    let wm = &b.a.what_matters;
    if let Some(t) = fs(&wm.own_words) {
        add_goal(b, "goal-what-matters".into(), t, "Vad är viktigt för patienten");
    }
    for (i, g) in wm.goals.iter().enumerate() {
        if let Some(t) = fs(&g.text) {
            add_goal(b, format!("goal-{i}"), t, "Mål");
        }
    }
    refs
}

/// Practitioner, Organization and PractitionerRole per fast vårdkontakt; a person or unit
/// already in the bundle (the professional who agreed, their unit) is referred to, not repeated.
/// Returns CareTeam participants.
fn fixed_contacts(b: &mut Builder) -> Vec<Value> {
    let consultation = b.a.mode == Mode::Consultation;
    let mut participants = Vec::new();
    for (i, c) in b.a.contacts.care_contacts.iter().enumerate() {
        if fs(&c.name).is_none() && fs(&c.role).is_none() {
            continue;
        }
        let hsa = consultation.then(|| hsa_identifier(&c.hsa_id)).flatten();
        let other_hsa = hsa_identifier(&b.a.agreed_by.hsa_id);
        let same_person = fs(&c.name)
            .and_then(|n| b.known("practitioner", &n))
            .filter(|_| hsa.is_none() || other_hsa.is_none() || hsa == other_hsa);
        let pr_key = match same_person {
            Some(key) => key,
            None => {
                let key = format!("contact-{i}");
                let mut pr = Map::new();
                pr.insert("resourceType".into(), json!("Practitioner"));
                put(&mut pr, "identifier", hsa);
                put(&mut pr, "name", fs(&c.name).map(|n| json!([{ "text": n }])));
                if !pr.contains_key("name") {
                    pr.insert("active".into(), json!(true));
                }
                b.add(&key, Value::Object(pr));
                if let Some(n) = fs(&c.name) {
                    b.remember("practitioner", &n, &key);
                }
                key
            }
        };
        let org_ref = fs(&c.unit).map(|u| {
            let key = b.known("organization", &u).unwrap_or_else(|| {
                let key = format!("contact-{i}-unit");
                b.add(&key, json!({ "resourceType": "Organization", "active": true, "name": u }));
                b.remember("organization", &u, &key);
                key
            });
            b.reference(&key)
        });
        let mut role = Map::new();
        role.insert("resourceType".into(), json!("PractitionerRole"));
        role.insert("practitioner".into(), b.reference(&pr_key));
        put(&mut role, "organization", org_ref);
        put(&mut role, "code", fs(&c.role).map(|r| json!([text_concept(&r)])));
        put(&mut role, "telecom", fs(&c.reach).map(|r| json!([telecom(&r)])));
        let role_key = format!("contact-{i}-role");
        b.add(&role_key, Value::Object(role));
        // What the contact helps the patient with: the role agreed for this patient.
        let mut roles = vec![text_concept("Fast vårdkontakt")];
        roles.extend(fs(&c.helps_with).map(|h| text_concept(&format!("Hjälper patienten med: {h}"))));
        participants.push(json!({ "role": roles, "member": b.reference(&role_key) }));
    }
    participants
}

/// The care givers of the patient's other plans, each an Organization (once), as CareTeam
/// participants. The plans themselves are held by those care givers; they are listed in a note
/// of the CarePlan, not copied as empty CarePlans of unknown status.
fn other_care_givers(b: &mut Builder) -> Vec<Value> {
    let mut participants = Vec::new();
    for (i, plan) in b.a.planning.plans.iter().enumerate() {
        let (Some(_), Some(giver)) = (fs(&plan.title), fs(&plan.care_giver)) else { continue };
        if let Some(key) = b.known("organization", &giver) {
            let member = b.reference(&key);
            if !participants.iter().any(|p: &Value| p["member"] == member) {
                participants.push(json!({ "role": [text_concept("Vårdgivare")], "member": member }));
            }
            continue;
        }
        let key = format!("plan-{i}-care-giver");
        let mut org = Map::new();
        org.insert("resourceType".into(), json!("Organization"));
        org.insert("active".into(), json!(true));
        org.insert("name".into(), json!(giver));
        put(&mut org, "telecom", fs(&plan.contact).map(|c| json!([telecom(&c)])));
        b.add(&key, Value::Object(org));
        b.remember("organization", &giver, &key);
        participants.push(json!({ "role": [text_concept("Vårdgivare")], "member": b.reference(&key) }));
    }
    participants
}

/// RelatedPerson per närstående. Returns CareTeam participants.
fn relatives(b: &mut Builder) -> Vec<Value> {
    let mut participants = Vec::new();
    for (i, r) in b.a.relatives.iter().enumerate() {
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
        rp.insert("patient".into(), b.patient.clone());
        put(&mut rp, "relationship", relation.map(|r| json!([text_concept(&r)])));
        put(&mut rp, "name", name.map(|n| json!([{ "text": n }])));
        put(&mut rp, "telecom", contact.map(|c| json!([telecom(&c)])));
        b.add(&key, Value::Object(rp));
        participants.push(json!({ "role": [text_concept("Närstående")], "member": b.reference(&key) }));
    }
    participants
}

/// CareTeam: fast vårdkontakter, other care givers, närstående. `None` when nobody is named.
fn care_team(b: &mut Builder, participants: Vec<Value>) -> Option<Value> {
    if participants.is_empty() {
        return None;
    }
    let mut ct = Map::new();
    ct.insert("resourceType".into(), json!("CareTeam"));
    ct.insert("status".into(), json!("active"));
    ct.insert("name".into(), json!("Patientkontrakt: vårdkontakter och närstående"));
    ct.insert("subject".into(), b.patient.clone());
    ct.insert("participant".into(), json!(participants));
    b.add("care-team", Value::Object(ct));
    Some(b.reference("care-team"))
}

/// The next time set in the consultation: an Appointment when there is a date, else a scheduled
/// activity; agreed only once the agreement is marked agreed (proposed until then). The time the
/// patient wrote before the visit is never one: it is a note of the CarePlan, as hers. Returns
/// the CarePlan activity for it.
fn next_time(b: &mut Builder) -> Option<Value> {
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

/// The Questionnaire of one version of the seven questions, with the exact wording the app
/// asks, so a QuestionnaireResponse can be validated against it.
fn questionnaire(a: &Agreement, side: Perspective) -> (String, Value) {
    let (name, title) = match side {
        Perspective::Professional => {
            ("skr-sju-fragor-vardgivare", "7 frågor som visar om det finns ett fungerande Patientkontrakt (vårdgivare)")
        }
        Perspective::Before | Perspective::Patient => {
            ("skr-sju-fragor-patient", "7 frågor som visar om det finns ett fungerande Patientkontrakt (patient)")
        }
    };
    // Reworded by the host: another questionnaire, named for its words (so two hosts' wordings
    // never share a canonical), that does not claim SKR's wording.
    let reworded = (0..QUESTION_COUNT).any(|n| a.reworded(side, n).is_some());
    let (name, title, publisher) = if !reworded {
        (name.to_string(), title.to_string(), "Patientkontrakt (frågorna: SKR, Sveriges Kommuner och Regioner)")
    } else {
        let words: Vec<String> =
            (0..QUESTION_COUNT).map(|n| content::asked(a, side, n, Language::SV).to_string()).collect();
        (
            format!("{name}-omformulerad-{}", &resource_uuid("questionnaire", &words.join("\n"))[..8]),
            format!("{title}, omformulerade av vårdgivaren"),
            "Patientkontrakt (frågorna bygger på SKR:s sju frågor, omformulerade av vårdgivaren)",
        )
    };
    let url = format!("{CANONICAL_BASE}/Questionnaire/{name}");
    let options: Vec<Value> = Tri::ALL.iter().map(|v| json!({ "valueCoding": answer_coding(*v) })).collect();
    let items: Vec<Value> = (0..QUESTION_COUNT)
        .flat_map(|n| {
            let text = fhir_string(content::asked(a, side, n, Language::SV));
            [
                json!({ "linkId": format!("{}", n + 1), "text": text, "type": "choice", "answerOption": options }),
                json!({ "linkId": format!("{}-comment", n + 1), "text": comment_text(n), "type": "string" }),
            ]
        })
        .collect();
    let q = json!({
        "resourceType": "Questionnaire",
        "url": url,
        "version": QUESTIONNAIRE_VERSION,
        "name": name.replace('-', "_"),
        "title": title,
        "status": "active",
        "subjectType": ["Patient"],
        "publisher": publisher,
        "item": items,
    });
    (format!("{url}|{QUESTIONNAIRE_VERSION}"), q)
}

fn comment_text(n: usize) -> String {
    format!("Kommentar till fråga {}: {}", n + 1, QUESTION_TOPICS[n].sv)
}

/// QuestionnaireResponse per set of answers: the patient's after going through the agreement and
/// care's (consultation), the patient's before the visit (when given), each with the
/// Questionnaire it answers. `authored` is when that set was last changed (left out when the
/// file does not say, as files of version 1 do not). Returns references to them, each with a
/// display that says whose answers they are.
fn questionnaire_responses(b: &mut Builder) -> Vec<Value> {
    let before_given = b.a.answers.before.iter().any(|x| x.value.is_some() || !x.comment.trim().is_empty());
    let mut sides: Vec<(Perspective, &str, &str)> = Vec::new();
    if b.a.mode == Mode::Consultation {
        sides.push((Perspective::Patient, "qr-patient", "Patientens svar efter genomgången av överenskommelsen"));
        sides.push((Perspective::Professional, "qr-professional", "Vårdens svar (vårdgivarens version av frågorna)"));
    }
    if before_given || b.a.mode == Mode::Prepare {
        sides.push((Perspective::Before, "qr-patient-before", "Patientens svar före besöket"));
    }
    let mut refs = Vec::new();
    let mut questionnaires: Vec<String> = Vec::new();
    for (side, key, display) in sides {
        let (canonical, q) = questionnaire(b.a, side);
        if !questionnaires.contains(&canonical) {
            let q_key = format!("questionnaire {canonical}");
            b.add(&q_key, q);
            questionnaires.push(canonical.clone());
        }
        let answers = b.a.answers.of(side);
        let mut items = Vec::new();
        for (n, ans) in answers.iter().enumerate() {
            let question = fhir_string(content::asked(b.a, side, n, Language::SV));
            let mut it = Map::new();
            it.insert("linkId".into(), json!(format!("{}", n + 1)));
            it.insert("text".into(), json!(question));
            put(&mut it, "answer", ans.value.map(|v| json!([{ "valueCoding": answer_coding(v) }])));
            items.push(Value::Object(it));
            if let Some(c) = fs(&ans.comment) {
                items.push(json!({
                    "linkId": format!("{}-comment", n + 1),
                    "text": comment_text(n),
                    "answer": [{ "valueString": c }],
                }));
            }
        }
        let complete = answers.iter().all(|x| x.value.is_some());
        let author = match side {
            Perspective::Before | Perspective::Patient => Some(b.patient.clone()),
            Perspective::Professional => b.professional.as_ref().map(|_| b.reference("practitioner")),
        };
        let mut qr = Map::new();
        qr.insert("resourceType".into(), json!("QuestionnaireResponse"));
        qr.insert("questionnaire".into(), json!(canonical));
        qr.insert("basedOn".into(), json!([b.reference("care-plan")]));
        qr.insert("status".into(), json!(if complete { "completed" } else { "in-progress" }));
        qr.insert("subject".into(), b.patient.clone());
        put(&mut qr, "authored", b.a.answers.answered_at.of(side).map(Value::from));
        put(&mut qr, "author", author.clone());
        // Who gave the answers: the patient, or the professional who answered care's version.
        put(&mut qr, "source", author);
        qr.insert("item".into(), json!(items));
        b.add(key, Value::Object(qr));
        refs.push(json!({ "reference": b.url(key), "display": display }));
    }
    refs
}

/// The CarePlan's activities: part 1 (the patient's and care's commitments, when to seek care),
/// coordination, contact routes, the next step and time, the follow-up of the agreement.
fn activities(b: &Builder, next_time: Option<Value>) -> Vec<Value> {
    let a = b.a;
    let c = &a.commitments;
    let patient = &b.patient;
    let care_performer = b
        .unit
        .as_ref()
        .map(|_| b.reference("organization"))
        .or_else(|| b.professional.as_ref().map(|_| b.reference("practitioner-role")));
    // Commitments are in progress once agreed; in a draft or a preparation, not started.
    let ongoing = if b.agreed { "in-progress" } else { "not-started" };
    let mut activities = Vec::new();
    for it in &c.self_care {
        if let Some(d) = item_description(it, "vem hjälper till") {
            activities.push(activity("Patientens åtagande", ongoing, Some(d), Some(patient.clone()), fs(&it.when)));
        }
    }
    for it in &c.care_actions {
        if let Some(d) = item_description(it, "vem") {
            activities.push(activity("Vårdens åtagande", ongoing, Some(d), care_performer.clone(), fs(&it.when)));
        }
    }
    for it in &c.warning_signs {
        if let Some(d) = item_description(it, "vart") {
            activities.push(activity("När söka vård", "not-started", Some(d), Some(patient.clone()), fs(&it.when)));
        }
    }
    if a.planning.coordination_need == Some(Tri::Yes) {
        let d = fs(&a.planning.coordinator).map(|w| format!("Samordnas av: {w}"));
        activities.push(activity(
            "Hjälp med samordning",
            ongoing,
            d.or(Some("Behov av hjälp med samordning".into())),
            None,
            None,
        ));
    }
    for r in &a.contacts.routes {
        if let Some(d) = fs(&r.details) {
            let d = format!("{}: {d}", content::route_kind(r.kind).sv);
            activities.push(activity("Kontaktväg", ongoing, Some(d), None, None));
        }
    }
    if let Some(step) = fs(&a.schedule.next_step) {
        activities.push(activity("Nästa steg", "not-started", Some(step), Some(patient.clone()), None));
    }
    activities.extend(next_time);
    if let Some(review) = (a.mode == Mode::Consultation).then(|| fs(&a.schedule.review)).flatten() {
        let status = if b.agreed { "scheduled" } else { "not-started" };
        activities.push(activity("Uppföljning av överenskommelsen", status, None, None, Some(review)));
    }
    activities
}

/// The CarePlan's notes: what has no better element.
fn notes(a: &Agreement) -> Vec<Value> {
    let mut notes = Vec::new();
    if let Some(r) = fs(&a.what_matters.resources) {
        notes.push(json!({ "text": format!("Egna resurser och nätverk: {r}") }));
    }
    if let Some(q) = fs(&a.what_matters.questions_for_visit) {
        notes.push(json!({ "text": format!("Patientens frågor inför besöket: {q}") }));
    }
    let wishes: Vec<String> = a.commitments.care_wishes.iter().filter_map(|it| item_description(it, "vem")).collect();
    if !wishes.is_empty() {
        notes.push(
            json!({ "text": format!("Patientens önskemål till vården (inte överenskommet): {}", wishes.join("; ")) }),
        );
    }
    if let Some(h) = a.contacts.fixed_contact_has {
        notes.push(
            json!({ "text": format!("{}: {}", content::Ui::FixedContactHasBefore.both().sv, content::tri(h).sv) }),
        );
    }
    if let Some(w) = a.contacts.wish() {
        notes.push(json!({ "text": format!("{}: {}", content::Ui::FixedContactWish.both().sv, content::tri(w).sv) }));
    }
    let hers: Vec<String> = (0..ListId::PatientContacts.len(a))
        .map(|i| fhir_string(&row_text(a, ListId::PatientContacts, i, Language::SV)))
        .filter(|t| !t.trim().is_empty())
        .collect();
    if !hers.is_empty() {
        notes.push(json!({ "text": format!("{}: {}", patient_contacts_label(a), hers.join("; ")) }));
    }
    if !a.schedule.prepared_time.is_blank() {
        let hers = fhir_string(&prepared_time_text(a, Language::SV, true, Mode::Consultation));
        notes.push(json!({ "text": format!("{}: {hers}", journal::PREPARED_TIME) }));
    }
    if a.mode == Mode::Consultation
        && a.contacts.fixed_contact_needed == Some(Tri::No)
        && a.contacts.care_contacts.is_empty()
    {
        notes.push(json!({ "text": "Fast vårdkontakt behövs inte, bedömt i vårdmötet." }));
    }
    for plan in &a.planning.plans {
        let Some(title) = fs(&plan.title) else { continue };
        let extra: Vec<String> = [fs(&plan.care_giver), fs(&plan.contact)].into_iter().flatten().collect();
        let text = if extra.is_empty() { title } else { format!("{title} ({})", extra.join(", ")) };
        notes.push(json!({ "text": format!("Plan hos annan vårdgivare: {text}") }));
    }
    if a.planning.no_other_plans {
        notes.push(json!({ "text": "Patienten har inga andra planer i vården eller omsorgen." }));
    }
    if a.patient.relative_helped {
        notes.push(json!({ "text": "En närstående har hjälpt patienten att fylla i förberedelsen." }));
    }
    notes
}

/// What the CarePlan of the agreement points at.
struct CarePlanLinks {
    goals: Vec<Value>,
    care_team: Option<Value>,
    supporting: Vec<Value>,
    activities: Vec<Value>,
}

/// The CarePlan of the agreement itself, with the journal note as its narrative.
fn care_plan(b: &Builder, links: CarePlanLinks) -> Value {
    let a = b.a;
    let patient = &b.patient;
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
    cp.insert("category".into(), json!([care_plan_category()]));
    cp.insert("title".into(), json!("Patientkontrakt"));
    // A preparation or a draft is not an agreement, and says so.
    let description = match (a.mode, a.status) {
        (Mode::Consultation, Status::Agreed) => "Gemensam överenskommelse mellan patient och vård (SKR:s Patientkontrakt)",
        (Mode::Consultation, Status::Draft) => {
            "Utkast till gemensam överenskommelse mellan patient och vård (SKR:s Patientkontrakt), inte markerat som överenskommet"
        }
        (Mode::Prepare, _) => "Patientens förberedelse inför besöket (SKR:s Patientkontrakt), inte en överenskommelse",
    };
    cp.insert("description".into(), json!(description));
    cp.insert("subject".into(), patient.clone());
    if a.status == Status::Agreed {
        put(&mut cp, "period", a.agreed_by.date.as_ref().map(|d| json!({ "start": d })));
    }
    cp.insert("created".into(), json!(a.created));
    let author = if b.professional.is_some() { b.reference("practitioner") } else { patient.clone() };
    cp.insert("author".into(), author);
    let mut contributors = vec![patient.clone()];
    if b.professional.is_some() {
        contributors.push(b.reference("practitioner"));
    }
    cp.insert("contributor".into(), json!(contributors));
    put(&mut cp, "careTeam", links.care_team.map(|r| json!([r])));
    put(&mut cp, "supportingInfo", (!links.supporting.is_empty()).then(|| json!(links.supporting)));
    put(&mut cp, "goal", (!links.goals.is_empty()).then(|| json!(links.goals)));
    put(&mut cp, "activity", (!links.activities.is_empty()).then(|| json!(links.activities)));
    let notes = notes(a);
    put(&mut cp, "note", (!notes.is_empty()).then(|| json!(notes)));
    Value::Object(cp)
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

/// The document as pretty JSON with a final newline.
pub fn document_json(a: &Agreement, now: &str) -> String {
    format!("{:#}\n", document(a, now))
}
