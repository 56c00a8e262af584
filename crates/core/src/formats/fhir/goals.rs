//! The Goals: what matters to the patient, in her own words, and each of her goals.

use serde_json::{json, Value};

use super::builder::{fs, text_concept, Builder};

/// Goal: one for the patient's own words, one per goal. Returns references to them.
pub(super) fn goals(b: &mut Builder) -> Vec<Value> {
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
