//! What every resource of the bundle is built with: the identifier systems, the deterministic
//! resource ids, the [`Builder`] that collects the entries and knows who is already in the
//! bundle, and the small JSON helpers (a FHIR string, a telecom, a narrative).

use serde_json::{json, Map, Value};

use super::super::text::fhir_string;
use crate::domain::checks;
use crate::domain::Agreement;

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
pub(super) const URI_SYSTEM: &str = "urn:ietf:rfc:3986";

/// Identifier system of HSA-id.
pub const HSA_SYSTEM: &str = "urn:oid:1.2.752.29.4.19";

/// Code system for Ja / Nej / Vet inte (HL7 v2 table 0532, expanded yes/no indicator).
pub const YES_NO_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/v2-0532";

/// A FHIR string ([`fhir_string`]), trimmed; `None` when nothing is left.
pub(super) fn fs(s: &str) -> Option<String> {
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
pub(super) struct Builder<'a> {
    pub(super) a: &'a Agreement,
    pub(super) entries: Vec<Value>,
    /// Reference to the Patient.
    pub(super) patient: Value,
    /// The professional who agreed (consultation only), when named.
    pub(super) professional: Option<String>,
    /// Their unit (consultation only), when named.
    pub(super) unit: Option<String>,
    /// Marked agreed: goals are active and commitments in progress; before that, proposed and
    /// not started.
    pub(super) agreed: bool,
    /// People and units already in the bundle, by normalised name, so each appears once.
    pub(super) known: Vec<(String, String)>,
}

impl Builder<'_> {
    pub(super) fn url(&self, key: &str) -> String {
        format!("urn:uuid:{}", resource_uuid(&self.a.id, key))
    }
    pub(super) fn reference(&self, key: &str) -> Value {
        json!({ "reference": self.url(key) })
    }
    pub(super) fn add(&mut self, key: &str, mut resource: Value) {
        let url = self.url(key);
        with_identifier(&mut resource, &url);
        self.entries.push(json!({ "fullUrl": url, "resource": resource }));
    }
    /// The key of a Practitioner or Organization already added under this name, if any.
    pub(super) fn known(&self, kind: &str, name: &str) -> Option<String> {
        let n = format!("{kind}:{}", normalise(name));
        self.known.iter().find(|(k, _)| *k == n).map(|(_, key)| key.clone())
    }
    pub(super) fn remember(&mut self, kind: &str, name: &str, key: &str) {
        self.known.push((format!("{kind}:{}", normalise(name)), key.to_string()));
    }
}

/// A name compared without case and repeated white space.
pub(super) fn normalise(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Adds the resource's own `urn:uuid:` as an identifier (a list, except where FHIR has one).
pub(super) fn with_identifier(resource: &mut Value, url: &str) {
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
pub(super) fn telecom(s: &str) -> Value {
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
pub(super) fn put(m: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(v) = value {
        m.insert(key.to_string(), v);
    }
}

pub(super) fn text_concept(s: &str) -> Value {
    json!({ "text": s })
}

pub(super) fn hsa_identifier(s: &str) -> Option<Value> {
    checks::is_hsa_id(s).then(|| json!([{ "system": HSA_SYSTEM, "value": s.trim() }]))
}

/// Plain text as a narrative `div`.
pub(super) fn xhtml(text: &str) -> Value {
    let escaped = text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let escaped = fhir_string(&escaped);
    json!({
        "status": "generated",
        "div": format!("<div xmlns=\"http://www.w3.org/1999/xhtml\"><pre>{}</pre></div>", escaped.trim_end()),
    })
}
