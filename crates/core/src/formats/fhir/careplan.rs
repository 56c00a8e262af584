//! The CarePlan of the agreement: its category, its activities (the commitments, when to seek
//! care, coordination, contact routes, the next step and time, the follow-up), its notes (what
//! has no better element) and the journal note as its narrative.

use serde_json::{json, Map, Value};

use super::super::journal::{self, journal_note, patient_contacts_label};
use super::super::text::{capitalised, fhir_string, prepared_time_record, row_text_record};
use super::builder::{fs, put, text_concept, xhtml, Builder, CANONICAL_BASE};
use crate::content;
use crate::domain::*;

/// What tells a receiver this CarePlan is a Patientkontrakt.
pub(super) fn care_plan_category() -> Value {
    json!({
        "coding": [{ "system": format!("{CANONICAL_BASE}/CodeSystem/careplan-category"), "code": "patientkontrakt", "display": "Patientkontrakt" }],
        "text": "Patientkontrakt (SKR)",
    })
}

fn narrative(a: &Agreement) -> Value {
    xhtml(&journal_note(a))
}

pub(super) fn activity(
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

/// The CarePlan's activities: part 1 (the patient's and care's commitments, when to seek care),
/// coordination, contact routes, the next step and time, the follow-up of the agreement.
pub(super) fn activities(b: &Builder, next_time: Option<Value>) -> Vec<Value> {
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
    if let Some(l) = crate::formats::text::language_line(a) {
        notes.push(json!({ "text": l }));
    }
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
        .map(|i| fhir_string(&row_text_record(a, ListId::PatientContacts, i)))
        .filter(|t| !t.trim().is_empty())
        .collect();
    if !hers.is_empty() {
        notes.push(json!({ "text": format!("{}: {}", patient_contacts_label(a), hers.join("; ")) }));
    }
    if !a.schedule.prepared_time.is_blank() {
        let hers = fhir_string(&prepared_time_record(a, true, Mode::Consultation));
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
pub(super) struct CarePlanLinks {
    pub(super) goals: Vec<Value>,
    pub(super) care_team: Option<Value>,
    pub(super) supporting: Vec<Value>,
    pub(super) activities: Vec<Value>,
}

/// The CarePlan of the agreement itself, with the journal note as its narrative.
pub(super) fn care_plan(b: &Builder, links: CarePlanLinks) -> Value {
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
