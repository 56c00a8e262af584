//! The seven questions: a Questionnaire per version of them (SKR's wording, or the host's
//! rewording under its own name), and a QuestionnaireResponse per set of answers, each item with
//! the words she was asked when they were a translation (the `translation` extension on `_text`).

use serde_json::{json, Map, Value};

use super::super::text::fhir_string;
use super::builder::{fs, put, resource_uuid, Builder, CANONICAL_BASE, QUESTIONNAIRE_VERSION, YES_NO_SYSTEM};
use crate::content::{self, QUESTION_TOPICS};
use crate::domain::*;

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

/// FHIR's standard extension for a translation of a string element.
pub const TRANSLATION_EXTENSION: &str = "http://hl7.org/fhir/StructureDefinition/translation";

/// The words a question was asked in ([`Asked`]) as the extension of an item's `_text`: a
/// translation, with its language (`lang`, the page's tag: `ar`, `sv-x-lattlast`) and words
/// (`content`). `None` when no words are left as a FHIR string.
fn translation(asked: &Asked) -> Option<Value> {
    let words = fs(&asked.text)?;
    Some(json!({ "extension": [{
        "url": TRANSLATION_EXTENSION,
        "extension": [
            { "url": "lang", "valueCode": asked.language.tag() },
            { "url": "content", "valueString": words },
        ],
    }] }))
}

fn comment_text(n: usize) -> String {
    format!("Kommentar till fråga {}: {}", n + 1, QUESTION_TOPICS[n].sv)
}

/// QuestionnaireResponse per set of answers: the patient's after going through the agreement and
/// care's (consultation), the patient's before the visit (when given), each with the
/// Questionnaire it answers. `authored` is when that set was last changed (left out when the
/// file does not say, as files of version 1 do not). Returns references to them, each with a
/// display that says whose answers they are.
pub(super) fn questionnaire_responses(b: &mut Builder) -> Vec<Value> {
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
            // The words she was asked, when not a Swedish page's: a translation of `text`, never
            // in its place (the record keeps SKR's Swedish, or the host's).
            put(&mut it, "_text", ans.asked.as_ref().and_then(translation));
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
