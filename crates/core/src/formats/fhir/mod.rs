//! The agreement as a FHIR R4 Bundle (`type: collection`) for journal integrators. Pure and
//! deterministic: the same agreement and timestamp give the same bundle, byte for byte
//! (resource ids are derived from the agreement's id, not drawn at random).
//!
//! Two shapes from the same resources: a `collection` ([`bundle`]) and a `document`
//! ([`document`]) whose Composition has one section per journal keyword.
//!
//! The mapping is documented in `docs/fhir-mapping.md`. FHIR's `string` forbids empty strings and
//! some characters, so empty fields are left out and text is normalised
//! ([`fhir_string`](super::text::fhir_string)); the native JSON keeps everything exactly as typed.
//!
//! One file per kind of resource: `people.rs`, `goals.rs`, `appointment.rs`, `questionnaire.rs`,
//! `careplan.rs`, each building on `builder.rs` (ids, identifier systems, the JSON helpers); this
//! file puts them together in the two shapes.

mod appointment;
mod builder;
mod careplan;
mod goals;
mod people;
mod questionnaire;

pub use builder::{
    resource_uuid, CANONICAL_BASE, HSA_SYSTEM, PERSONNUMMER_SYSTEM, QUESTIONNAIRE_VERSION, SAMORDNINGSNUMMER_SYSTEM,
    YES_NO_SYSTEM,
};

use serde_json::{json, Map, Value};

use super::journal;
use crate::domain::*;
use appointment::next_time;
use builder::{fs, put, with_identifier, xhtml, Builder, URI_SYSTEM};
use careplan::{activities, care_plan, care_plan_category, CarePlanLinks};
use goals::goals;
use people::{agreed_by, care_team, fixed_contacts, other_care_givers, patient, relatives};
use questionnaire::questionnaire_responses;
pub use questionnaire::TRANSLATION_EXTENSION;

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
    // The document's name, as a journal system lists it; what it says is in its sections.
    c.insert("title".into(), json!("Patientkontrakt"));
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

/// The bundle as pretty JSON with a final newline.
pub fn bundle_json(a: &Agreement, now: &str) -> String {
    format!("{:#}\n", bundle(a, now))
}

/// The document as pretty JSON with a final newline.
pub fn document_json(a: &Agreement, now: &str) -> String {
    format!("{:#}\n", document(a, now))
}
