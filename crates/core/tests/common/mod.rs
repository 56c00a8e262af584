//! Agreements shared by the host tests, built only through `apply`, as the UI builds them.
#![allow(dead_code)]

use pk_core::domain::*;

pub const NOW: &str = "2026-11-22T10:00:00Z";
pub const LATER: &str = "2026-11-22T10:05:00Z";

/// Applies an action that must change the agreement.
pub fn act(a: &mut Agreement, action: Action) {
    let shown = format!("{action:?}");
    assert_eq!(apply(a, action, LATER), Outcome::Changed, "{shown}");
}

pub fn text(a: &mut Agreement, f: TextField, v: &str) {
    act(a, Action::SetText(f, v.to_string()));
}

/// Adds a row and fills the given fields.
pub fn row(a: &mut Agreement, list: ListId, values: &[(ItemField, &str)]) {
    act(a, Action::AddItem(list));
    let i = list.len(a) - 1;
    for (f, v) in values {
        act(a, Action::SetItemText(list, i, *f, v.to_string()));
    }
}

pub fn empty(mode: Mode) -> Agreement {
    Agreement::new("3f0c8a4e-9b1d-4c57-8e2a-6d1f0b9c7a21", NOW, mode, Language::SV)
}

/// A typical consultation: every part documented, all fourteen answers Ja.
pub fn typical() -> Agreement {
    use ItemField::*;
    let mut a = empty(Mode::Consultation);
    text(&mut a, TextField::PatientName, "Anna Andersson");
    text(&mut a, TextField::PersonalNumber, "19121212-1212");
    text(&mut a, TextField::OwnWords, "Att orka leka med barnbarnen och gå till kören på torsdagar.");
    row(&mut a, ListId::Goals, &[(Text, "Gå en promenad varje dag")]);
    text(&mut a, TextField::Resources, "Min man Bertil och grannen Eva.");
    row(&mut a, ListId::Relatives, &[(Name, "Bertil Andersson"), (Relation, "make"), (Contact, "070-123 45 67")]);
    row(&mut a, ListId::SelfCare, &[(Text, "Väger mig varje morgon"), (When, "varje morgon")]);
    row(
        &mut a,
        ListId::WarningSigns,
        &[(Text, "Ökar mer än 2 kg på tre dagar"), (Who, "Ringer hjärtsviktsmottagningen"), (When, "samma dag")],
    );
    row(
        &mut a,
        ListId::CareActions,
        &[(Text, "Följer upp blodprover"), (Who, "Sjuksköterska Karin"), (When, "var tredje månad")],
    );
    row(&mut a, ListId::Plans, &[(Title, "Vårdplan hjärtsvikt"), (CareGiver, "Hjärtmottagningen, Region Exempel")]);
    act(&mut a, Action::SetChoice(ChoiceField::CoordinationNeed, Choice::Tri(Some(Tri::Yes))));
    text(&mut a, TextField::Coordinator, "Karin Berg, fast vårdkontakt");
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactNeeded, Choice::Tri(Some(Tri::Yes))));
    row(
        &mut a,
        ListId::CareContacts,
        &[
            (Name, "Karin Berg"),
            (Role, "sjuksköterska"),
            (Unit, "Hjärtmottagningen"),
            (Reach, "via 1177"),
            (HsaId, "SE2321000016-1003"),
        ],
    );
    row(&mut a, ListId::Routes, &[(Details, "010-123 45 00, vardagar 8–10")]);
    text(&mut a, TextField::NextStep, "Lämna blodprov på vårdcentralen.");
    text(&mut a, TextField::NextDate, "2027-02-15");
    text(&mut a, TextField::NextTime, "09:30");
    act(&mut a, Action::SetChoice(ChoiceField::NextMode, Choice::Mode(Some(ContactMode::Visit))));
    act(&mut a, Action::SetChoice(ChoiceField::Initiator, Choice::Initiator(Some(Initiator::Care))));
    text(&mut a, TextField::Review, "Om ett år");
    for n in 0..QUESTION_COUNT {
        act(&mut a, Action::SetAnswer(Perspective::Patient, n, Some(Tri::Yes), None));
        act(&mut a, Action::SetAnswer(Perspective::Professional, n, Some(Tri::Yes), None));
    }
    text(&mut a, TextField::AgreedPatientName, "Anna Andersson");
    text(&mut a, TextField::AgreedProfessionalName, "Karin Berg");
    text(&mut a, TextField::AgreedRole, "sjuksköterska");
    text(&mut a, TextField::AgreedUnit, "Hjärtmottagningen");
    text(&mut a, TextField::AgreedDate, "2026-11-22");
    a
}

/// A patient's preparation at home, built the way the prepare mode builds it: wishes for care,
/// a wish for a fast vårdkontakt and whom she would like ("Lena, diabetessköterskan"), a time she
/// hopes for, answers before the visit (three Nej, Nej to question 4 among them), a närstående
/// helped.
pub fn prepared() -> Agreement {
    prepared_on(Language::SV)
}

/// [`prepared`], filled in on a page in `lang` (whose texts the caller installed, [`installed`]):
/// her words are the same, and each answer records the words she was asked when they are not a
/// Swedish page's.
pub fn prepared_on(lang: Language) -> Agreement {
    use ItemField::*;
    let mut a = empty(Mode::Prepare);
    a.id = "7a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b".into();
    if !lang.is_swedish() {
        act(&mut a, Action::SetLanguage(lang));
    }
    text(&mut a, TextField::OwnWords, "Att orka leka med barnbarnen och gå till kören på torsdagar.");
    row(&mut a, ListId::Goals, &[(Text, "Gå en promenad varje dag")]);
    text(&mut a, TextField::QuestionsForVisit, "Kan jag ta medicinen på kvällen i stället?");
    act(&mut a, Action::SetFlag(FlagField::RelativeHelped, true));
    row(&mut a, ListId::SelfCare, &[(Text, "Väger mig varje morgon")]);
    row(&mut a, ListId::WarningSigns, &[(Text, "Ökar mer än 2 kg på tre dagar"), (Who, "Ringer mottagningen")]);
    row(&mut a, ListId::CareWishes, &[(Text, "Hjälp att förstå mina provsvar")]);
    row(&mut a, ListId::CareWishes, &[(Text, "Ett samtal efter varje ändring av medicinen"), (Who, "sjuksköterskan")]);
    row(&mut a, ListId::Plans, &[(Title, "Vårdplan hjärtsvikt"), (CareGiver, "Hjärtmottagningen")]);
    act(&mut a, Action::SetChoice(ChoiceField::CoordinationNeed, Choice::Tri(Some(Tri::DontKnow))));
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactHas, Choice::Tri(Some(Tri::No))));
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactWanted, Choice::Tri(Some(Tri::Yes))));
    row(&mut a, ListId::PatientContacts, &[(Name, "Lena"), (Role, "diabetessköterskan")]);
    text(&mut a, TextField::PreparedPeriod, "gärna om ungefär tre månader");
    for (n, v) in [Tri::Yes, Tri::Yes, Tri::No, Tri::No, Tri::Yes, Tri::No, Tri::Yes].into_iter().enumerate() {
        let action = answer_on_page(&a, Perspective::Before, n, Some(v));
        act(&mut a, action);
    }
    let action = comment_on_page(&a, Perspective::Before, 2, "Svårt att komma fram på telefon");
    act(&mut a, action);
    a
}

/// The preparation continued in the consultation: one wish accepted, one left as a wish, every
/// part documented, the patient's answers after the agreement all Ja, marked agreed.
pub fn continued() -> Agreement {
    continued_of(prepared())
}

/// Her preparation `a` continued in a consultation in Swedish, as [`continued`].
pub fn continued_of(mut a: Agreement) -> Agreement {
    use ItemField::*;
    act(&mut a, Action::SetMode(Mode::Consultation));
    if !a.language.is_swedish() {
        act(&mut a, Action::SetLanguage(Language::SV));
    }
    act(&mut a, Action::AcceptWish(0));
    text(&mut a, TextField::PatientName, "Anna Andersson");
    act(&mut a, Action::SetChoice(ChoiceField::CoordinationNeed, Choice::Tri(Some(Tri::No))));
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactNeeded, Choice::Tri(Some(Tri::Yes))));
    row(&mut a, ListId::CareContacts, &[(Name, "Karin Berg"), (Role, "sjuksköterska"), (Unit, "Hjärtmottagningen")]);
    row(&mut a, ListId::Routes, &[(Details, "010-123 45 00, vardagar 8–10")]);
    text(&mut a, TextField::NextStep, "Lämna blodprov på vårdcentralen.");
    text(&mut a, TextField::NextPeriod, "inom tre månader");
    act(&mut a, Action::SetChoice(ChoiceField::NextMode, Choice::Mode(Some(ContactMode::Phone))));
    act(&mut a, Action::SetChoice(ChoiceField::Initiator, Choice::Initiator(Some(Initiator::Care))));
    for n in 0..QUESTION_COUNT {
        act(&mut a, Action::SetAnswer(Perspective::Patient, n, Some(Tri::Yes), None));
        let professional = if n == 2 { Tri::No } else { Tri::Yes };
        act(&mut a, Action::SetAnswer(Perspective::Professional, n, Some(professional), None));
    }
    text(&mut a, TextField::AgreedPatientName, "Anna Andersson");
    text(&mut a, TextField::AgreedProfessionalName, "Karin Berg");
    text(&mut a, TextField::AgreedDate, "2026-11-22");
    act(&mut a, Action::MarkAgreed);
    a
}

/// Every list filled, every field used, every comment written.
pub fn maximal() -> Agreement {
    let mut a = typical();
    for list in ListId::ALL {
        for k in 0..3 {
            act(&mut a, Action::AddItem(list));
            let i = list.len(&a) - 1;
            for f in list.fields() {
                let v = if *f == ItemField::HsaId {
                    format!("SE2321000016-{k}{i}")
                } else {
                    format!("{} {i} {}", list.key(), f.key())
                };
                act(&mut a, Action::SetItemText(list, i, *f, v));
            }
        }
    }
    act(&mut a, Action::SetRouteKind(1, RouteKind::Video));
    act(&mut a, Action::SetRouteKind(2, RouteKind::OnlineBooking));
    text(&mut a, TextField::QuestionsForVisit, "Kan jag ändra tiden för medicinen?");
    text(&mut a, TextField::NextPeriod, "eller inom tre månader");
    text(&mut a, TextField::AgreedHsaId, "SE2321000016-2000");
    act(&mut a, Action::SetFlag(FlagField::NoOtherPlans, true));
    act(&mut a, Action::SetFlag(FlagField::RelativeHelped, true));
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactWanted, Choice::Tri(Some(Tri::DontKnow))));
    for n in 0..QUESTION_COUNT {
        act(&mut a, Action::SetAnswer(Perspective::Before, n, Some(Tri::No), None));
        act(&mut a, Action::SetAnswerComment(Perspective::Before, n, format!("Före besöket {n}"), None));
        act(&mut a, Action::SetAnswerComment(Perspective::Patient, n, format!("Patientens kommentar {n}"), None));
        act(&mut a, Action::SetAnswerComment(Perspective::Professional, n, format!("Vårdens kommentar {n}"), None));
    }
    a
}

/// The largest agreement the app can hold: every list at its row limit and every text, in every
/// row, at its length limit, written with `ch`.
pub fn largest(ch: char) -> Agreement {
    let fill = |n: usize| ch.to_string().repeat(n);
    let mut a = empty(Mode::Consultation);
    for f in TextField::ALL {
        if !f.is_date_or_time() {
            text(&mut a, f, &fill(f.max_chars()));
        }
    }
    for list in ListId::ALL {
        for _ in 0..limits::LIST_ITEMS {
            act(&mut a, Action::AddItem(list));
            let i = list.len(&a) - 1;
            for f in list.fields() {
                act(&mut a, Action::SetItemText(list, i, *f, fill(f.max_chars())));
            }
        }
        assert_eq!(apply(&mut a, Action::AddItem(list), LATER), Outcome::Unchanged, "{list:?} is full");
    }
    for n in 0..QUESTION_COUNT {
        for p in Perspective::ALL {
            act(&mut a, Action::SetAnswerComment(p, n, fill(limits::ITEM_TEXT), None));
        }
    }
    a
}

/// Markup, script, quotes, control characters and odd Unicode in every text field.
pub const HOSTILE: &str = "<script>alert('x')</script><img src=x onerror=alert(1)> \"quoted\" & 'single' \u{0}\u{7} \u{202e}rtl\u{202c} 👩🏽‍⚕️ e\u{301} \\ </textarea>";

pub fn hostile() -> Agreement {
    let mut a = empty(Mode::Consultation);
    for f in TextField::ALL {
        if !f.is_date_or_time() && f != TextField::PersonalNumber && f != TextField::AgreedHsaId {
            text(&mut a, f, HOSTILE);
        }
    }
    for list in ListId::ALL {
        act(&mut a, Action::AddItem(list));
        for f in list.fields() {
            act(&mut a, Action::SetItemText(list, 0, *f, HOSTILE.to_string()));
        }
    }
    act(&mut a, Action::SetAnswerComment(Perspective::Patient, 0, HOSTILE.to_string(), None));
    act(&mut a, Action::SetAnswerComment(Perspective::Before, 1, HOSTILE.to_string(), None));
    a
}

/// The lines under one keyword of a journal note.
pub fn section<'a>(note: &'a str, keyword: &str) -> &'a str {
    let start =
        note.find(&format!("\n{keyword}:\n")).unwrap_or_else(|| panic!("{keyword} in {note}")) + keyword.len() + 3;
    let rest = &note[start..];
    &rest[..rest.find("\n\n").unwrap_or(rest.len())]
}

/// The resources of one type in a FHIR bundle.
pub fn resources<'a>(b: &'a serde_json::Value, kind: &str) -> Vec<&'a serde_json::Value> {
    b["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

/// The texts of the notes of a bundle's CarePlan (its first entry).
pub fn notes_of_care_plan(b: &serde_json::Value) -> Vec<String> {
    b["entry"][0]["resource"]["note"]
        .as_array()
        .map(|n| n.iter().filter_map(|x| x["text"].as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// Installs the English texts (`site/texts/en.json`) for this test's thread, as the app does
/// when English is chosen. Each test runs in a thread of its own.
pub fn english() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../site/texts/en.json");
    let text = std::fs::read_to_string(path).expect("site/texts/en.json");
    pk_core::content::texts::install(Language::EN, &text).expect("the English texts install");
}

/// Installs the texts of the language `tag` (`site/texts/<tag>.json`) for this test's thread, as
/// the app does when the language is chosen, and returns the language.
pub fn installed(tag: &str) -> Language {
    let lang = Language::from_tag(tag).expect("a language of the widget");
    let path = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../site"))
        .join(pk_core::content::texts::file(lang));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{}", path.display()));
    pk_core::content::texts::install(lang, &text).expect("the texts install");
    lang
}

/// Answers question `n` of side `p` as the questions page does: with the words the page, in the
/// language on screen, asks it in (`content::asked_record`: `None` on a Swedish page).
pub fn answer_on_page(a: &Agreement, p: Perspective, n: usize, v: Option<Tri>) -> Action {
    Action::SetAnswer(p, n, v, pk_core::content::asked_record(a, p, n, a.language))
}

/// Comments on question `n` of side `p` as the questions page does ([`answer_on_page`]).
pub fn comment_on_page(a: &Agreement, p: Perspective, n: usize, c: &str) -> Action {
    Action::SetAnswerComment(p, n, c.to_string(), pk_core::content::asked_record(a, p, n, a.language))
}
