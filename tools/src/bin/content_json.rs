//! Prints every text of the app as JSON, keyed the way the code keys it, so the end-to-end tests
//! find buttons and fields by the same words the app shows (one source: `crates/core/src/content`).
//!
//! `cargo run -p pk-tools --bin content_json > test-output/content.json` (the e2e tests run it when the
//! file is missing or older than the sources).

use pk_core::content::{self, Text, Ui};
use pk_core::domain::{
    Agreement, ChoiceField, ContactMode, Initiator, Language, ListId, Mode, RouteKind, Step, TextField, Tri,
};
use serde_json::{json, Map, Value};

/// A text in every language, by tag.
fn bi(t: Text) -> Value {
    Value::Object(Language::all().map(|l| (l.tag().to_string(), Value::from(t.get(l)))).collect())
}

fn main() {
    // Every language's texts as the app shows them once its file has arrived.
    for lang in Language::all().filter(|l| !l.is_swedish()) {
        let file = std::fs::read_to_string(format!("site/{}", content::texts::file(lang)));
        if let Err(e) = file.map_err(|e| e.to_string()).and_then(|t| content::texts::install(lang, &t)) {
            eprintln!("content_json: the texts of {}: {e}", lang.tag());
            std::process::exit(1);
        }
    }
    let ui: Map<String, Value> = Ui::ALL.iter().map(|k| (k.id().to_string(), bi(k.both()))).collect();
    let steps: Map<String, Value> = [Step::Start]
        .into_iter()
        .chain(Step::NUMBERED)
        .map(|s| (s.key().to_string(), bi(content::step_title(s))))
        .collect();
    let label_hint = |ft: content::FieldText| json!({ "label": bi(ft.label), "hint": ft.hint.map(bi) });
    // Each field's words, and (under "modes") as each mode asks it.
    let text_fields: Map<String, Value> = TextField::ALL
        .iter()
        .map(|f| {
            let mut v = label_hint(content::text_field(*f));
            let modes: Map<String, Value> =
                Mode::ALL.iter().map(|m| (m.key().to_string(), label_hint(content::text_field_in(*f, *m)))).collect();
            v["modes"] = Value::Object(modes);
            (f.key().to_string(), v)
        })
        .collect();
    let choices: Map<String, Value> =
        ChoiceField::ALL.iter().map(|c| (c.key().to_string(), label_hint(content::choice_field(*c)))).collect();
    let lists: Map<String, Value> = ListId::ALL
        .iter()
        .map(|l| {
            let by_mode: Map<String, Value> = Mode::ALL
                .iter()
                .map(|m| {
                    let t = content::list_text(*l, *m);
                    let v = json!({ "heading": bi(t.heading), "hint": bi(t.hint), "add": bi(t.add), "row": bi(t.row) });
                    (m.key().to_string(), v)
                })
                .collect();
            let items: Map<String, Value> =
                l.fields().iter().map(|f| (f.key().to_string(), bi(content::item_label(*l, *f)))).collect();
            // As a preparation with a wish for a fast vårdkontakt asks them.
            let mut wished = Agreement::new("content", "2026-01-01T00:00:00Z", Mode::Prepare, Language::SV);
            wished.contacts.fixed_contact_wanted = Some(Tri::Yes);
            let items_wished: Map<String, Value> = l
                .fields()
                .iter()
                .map(|f| (f.key().to_string(), bi(content::item_label_for(&wished, *l, *f))))
                .collect();
            (l.key().to_string(), json!({ "modes": by_mode, "items": items, "items_wished": items_wished }))
        })
        .collect();
    let values = json!({
        "tri": Tri::ALL.iter().map(|v| (v.key().to_string(), bi(content::tri(*v)))).collect::<Map<_, _>>(),
        "contact_mode": ContactMode::ALL.iter().map(|v| (v.key().to_string(), bi(content::contact_mode(*v)))).collect::<Map<_, _>>(),
        "initiator": Initiator::ALL.iter().map(|v| (v.key().to_string(), bi(content::initiator(*v, Mode::Consultation)))).collect::<Map<_, _>>(),
        "route_kind": RouteKind::ALL.iter().map(|v| (v.key().to_string(), bi(content::route_kind(*v)))).collect::<Map<_, _>>(),
        "route_kind_label": bi(content::ROUTE_KIND_LABEL),
    });
    // The seven questions as each side is asked them, and SKR's own Swedish beside them.
    let questions = json!({
        "patient": content::questions::PATIENT.map(bi),
        "professional": content::questions::PROFESSIONAL.map(bi),
        "skr_wording": content::SKR_WORDING,
    });
    // Each count's forms in every language, by CLDR category (keyed by its Swedish "other"):
    // what the widget gives a module that fills a count itself.
    let plurals: Map<String, Value> = content::plural::PLURALS
        .iter()
        .map(|p| {
            let by_lang: Map<String, Value> = Language::all()
                .map(|l| {
                    let forms: Map<String, Value> =
                        p.forms(l).into_iter().map(|(c, f)| (c.name().to_string(), Value::from(f))).collect();
                    (l.tag().to_string(), Value::Object(forms))
                })
                .collect();
            (p.other.to_string(), Value::Object(by_lang))
        })
        .collect();
    let languages: Map<String, Value> =
        Language::all().map(|l| (l.tag().to_string(), json!({ "name": l.info().name, "lang": l.lang() }))).collect();
    let out = json!({
        "languages": languages,
        "ui": ui,
        "plurals": plurals,
        "steps": steps,
        "text_fields": text_fields,
        "choices": choices,
        "lists": lists,
        "values": values,
        "questions": questions,
        "step_count": Step::NUMBERED.len(),
    });
    println!("{out:#}");
}
