//! Writes FHIR bundles (collection and document) of edge-case agreements into a folder, for the
//! independent validators of the test command (`tests/fhir/validate.py`, `tests/fhir/validate.mjs`):
//! no-break spaces and line separators in text, a samordningsnummer, Nej and Vet inte answers,
//! a time in summer and one in winter, a draft, a preparation, answers given on Arabic, lättläst
//! and English pages (the words asked as the `translation` extension of each item's `_text`).
//!
//! `cargo run -p pk-tools --bin fhir_edge_cases -- test-output/fhir-edge`

use pk_core::domain::*;
use pk_core::formats::fhir::{bundle_json, document_json};

const NOW: &str = "2026-11-22T10:00:00Z";
const AT: &str = "2026-11-22T10:30:00Z";

fn act(a: &mut Agreement, action: Action) {
    let shown = format!("{action:?}");
    if apply(a, action, NOW) != Outcome::Changed {
        eprintln!("fhir_edge_cases: {shown} changed nothing");
        std::process::exit(2);
    }
}

fn text(a: &mut Agreement, f: TextField, v: &str) {
    act(a, Action::SetText(f, v.to_string()));
}

fn row(a: &mut Agreement, list: ListId, values: &[(ItemField, &str)]) {
    act(a, Action::AddItem(list));
    let i = list.len(a) - 1;
    for (f, v) in values {
        act(a, Action::SetItemText(list, i, *f, v.to_string()));
    }
}

fn base(mode: Mode, id: &str) -> Agreement {
    let mut a = Agreement::new(id, NOW, mode, Language::SV);
    text(&mut a, TextField::OwnWords, "Att orka gå till kören.");
    row(&mut a, ListId::SelfCare, &[(ItemField::Text, "Promenad varje dag")]);
    a
}

fn agree(a: &mut Agreement) {
    text(a, TextField::AgreedPatientName, "Anna Andersson");
    text(a, TextField::AgreedProfessionalName, "Karin Berg");
    text(a, TextField::AgreedDate, "2026-11-22");
    act(a, Action::MarkAgreed);
}

fn cases() -> Vec<(&'static str, Agreement)> {
    let mut spaces = base(Mode::Consultation, "1b2c3d4e-0001-4000-8000-000000000001");
    text(
        &mut spaces,
        TextField::OwnWords,
        "Kören\u{a0}på torsdagar\u{2028}och barnbarnen\u{feff}\u{2029}– och\u{3000}vila",
    );
    row(&mut spaces, ListId::Routes, &[(ItemField::Details, "010\u{a0}123\u{a0}45\u{a0}00")]);
    agree(&mut spaces);

    let mut samordning = base(Mode::Consultation, "1b2c3d4e-0002-4000-8000-000000000002");
    // 1912-12-12 as a samordningsnummer (day + 60), with a valid control digit.
    let number = (0..10).map(|d| format!("19121272-121{d}")).find(|n| checks::check_personal_number(n).is_ok());
    text(&mut samordning, TextField::PersonalNumber, number.as_deref().unwrap_or_default());

    let mut answers = base(Mode::Consultation, "1b2c3d4e-0003-4000-8000-000000000003");
    for n in 0..QUESTION_COUNT {
        let v = [Tri::Yes, Tri::No, Tri::DontKnow][n % 3];
        act(&mut answers, Action::SetAnswer(Perspective::Patient, n, Some(v), None));
        act(
            &mut answers,
            Action::SetAnswer(Perspective::Professional, n, Some([Tri::DontKnow, Tri::Yes, Tri::No][n % 3]), None),
        );
        act(&mut answers, Action::SetAnswer(Perspective::Before, n, Some(Tri::No), None));
    }
    act(&mut answers, Action::SetAnswerComment(Perspective::Patient, 1, "Vet inte vem jag ringer".into(), None));

    let mut summer = base(Mode::Consultation, "1b2c3d4e-0004-4000-8000-000000000004");
    text(&mut summer, TextField::NextDate, "2027-07-01");
    text(&mut summer, TextField::NextTime, "09:00");
    agree(&mut summer);
    let mut winter = base(Mode::Consultation, "1b2c3d4e-0005-4000-8000-000000000005");
    text(&mut winter, TextField::NextDate, "2027-01-15");
    text(&mut winter, TextField::NextTime, "14:45");

    let mut draft = base(Mode::Consultation, "1b2c3d4e-0006-4000-8000-000000000006");
    row(&mut draft, ListId::CareActions, &[(ItemField::Text, "Följer upp proverna")]);
    row(&mut draft, ListId::CareContacts, &[(ItemField::Name, "Karin Berg"), (ItemField::Reach, "070-123 45 67")]);
    text(&mut draft, TextField::AgreedProfessionalName, "Karin Berg");

    let mut preparation = base(Mode::Prepare, "1b2c3d4e-0007-4000-8000-000000000007");
    row(&mut preparation, ListId::CareWishes, &[(ItemField::Text, "Hjälp med provsvaren")]);
    act(&mut preparation, Action::SetChoice(ChoiceField::FixedContactWanted, Choice::Tri(Some(Tri::No))));
    act(&mut preparation, Action::SetAnswer(Perspective::Before, 0, Some(Tri::DontKnow), None));

    // Questions reworded by a region (settings): the bundle carries the region's words.
    let mut reworded = answers.clone();
    reworded.id = "1b2c3d4e-0008-4000-8000-000000000008".into();
    reworded.reworded = vec![
        Reworded {
            id: "question.patient.5".into(),
            sv: "Vet du vad som händer härnäst i din vård?".into(),
            en: "Do you know what happens next in your care?".into(),
        },
        Reworded {
            id: "question.professional.2".into(),
            sv: "Har ni en överenskommelse med patienten om vad hon gör och vad ni gör?".into(),
            en: "Do you have an agreement with the patient on what she does and what you do?".into(),
        },
    ];

    // Answers on pages that are not Swedish: each records the words asked, which FHIR carries as
    // a translation of the item's text (the texts installed as on such a page).
    let mut asked = reworded.clone();
    asked.id = "1b2c3d4e-0009-4000-8000-000000000009".into();
    for (tag, p) in
        [("ar", Perspective::Before), ("sv-x-lattlast", Perspective::Patient), ("en", Perspective::Professional)]
    {
        let lang = installed(tag);
        act(&mut asked, Action::SetLanguage(lang));
        for n in 0..QUESTION_COUNT {
            let words = pk_core::content::asked_record(&asked, p, n, lang);
            act(&mut asked, Action::SetAnswerComment(p, n, format!("{tag} {n}"), words));
        }
    }
    // Words asked as a file may hold them: bidirectional controls and a line separator.
    if let Some(x) = asked.answers.before.get_mut(0) {
        x.asked =
            Some(Asked { language: installed("ar"), text: "\u{202e}هل\u{2028}تشعر\u{a0}؟\u{202c}".into() });
    }

    vec![
        ("asked", asked),
        ("reworded", reworded),
        ("spaces", spaces),
        ("samordningsnummer", samordning),
        ("answers", answers),
        ("summer", summer),
        ("winter", winter),
        ("draft", draft),
        ("preparation", preparation),
    ]
}

/// Installs the texts of the language `tag` from `site/texts/` (as the app does when it is
/// chosen) and returns it.
fn installed(tag: &str) -> Language {
    let Some(lang) = Language::from_tag(tag) else {
        eprintln!("fhir_edge_cases: no language {tag}");
        std::process::exit(2);
    };
    let path = format!("{}/../site/{}", env!("CARGO_MANIFEST_DIR"), pk_core::content::texts::file(lang));
    let installed = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|t| pk_core::content::texts::install(lang, &t));
    if let Err(e) = installed {
        eprintln!("fhir_edge_cases: cannot install {path}: {e}");
        std::process::exit(2);
    }
    lang
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "test-output/fhir-edge".into());
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("fhir_edge_cases: cannot create {dir}: {e}");
        std::process::exit(1);
    }
    let mut written = 0;
    for (name, a) in cases() {
        for (shape, json) in [("collection", bundle_json(&a, AT)), ("document", document_json(&a, AT))] {
            let path = format!("{dir}/{name}.{shape}.json");
            if let Err(e) = std::fs::write(&path, json) {
                eprintln!("fhir_edge_cases: cannot write {path}: {e}");
                std::process::exit(1);
            }
            written += 1;
        }
    }
    println!("fhir_edge_cases: {written} bundles in {dir}");
}
