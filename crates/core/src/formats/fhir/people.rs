//! The people and units of the agreement: the Patient; the professional who agreed
//! (Practitioner, PractitionerRole, Organization); the fast vårdkontakter; the care givers of
//! the patient's other plans; the närstående (RelatedPerson); and the CareTeam of them all.

use serde_json::{json, Map, Value};

use super::builder::{
    fs, hsa_identifier, normalise, put, telecom, text_concept, Builder, PERSONNUMMER_SYSTEM, SAMORDNINGSNUMMER_SYSTEM,
};
use crate::domain::checks::{self, check_personal_number};
use crate::domain::*;

/// Patient: personnummer (when valid), name (own, else from "agreed by").
pub(super) fn patient(a: &Agreement) -> Value {
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
pub(super) fn agreed_by(b: &mut Builder) {
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

/// Practitioner, Organization and PractitionerRole per fast vårdkontakt; a person or unit
/// already in the bundle (the professional who agreed, their unit) is referred to, not repeated.
/// Returns CareTeam participants.
pub(super) fn fixed_contacts(b: &mut Builder) -> Vec<Value> {
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
pub(super) fn other_care_givers(b: &mut Builder) -> Vec<Value> {
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
pub(super) fn relatives(b: &mut Builder) -> Vec<Value> {
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
pub(super) fn care_team(b: &mut Builder, participants: Vec<Value>) -> Option<Value> {
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
