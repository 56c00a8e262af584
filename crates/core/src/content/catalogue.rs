//! Every text of the app, made from the types: each function of the content called with every
//! value of every type it takes (every field, list, step, mode, code, kind of import error, and
//! the ways the patient's own contact can stand). A language file must have exactly these
//! texts (`tests/content.rs`, `cargo run -p pk-tools --bin texts -- --write`). A new text
//! function is listed here, or its texts are not translated.

use super::fields::{choice_field, choice_label_in, flag, item_label, item_label_for, list_text, list_text_for};
use super::fields::{text_field, text_field_in, FieldText, ListText, ROUTE_KIND_LABEL};
use super::messages::{error, gap, import_error_texts};
use super::plural::{categories, PLURALS};
use super::questions::{PATIENT, PROFESSIONAL, QUESTION_FOLLOWUP, QUESTION_TOPICS};
use super::steps::{step_intro, step_title};
use super::text::Text;
use super::ui::Ui;
use super::values::{contact_mode, initiator, initiator_sentence, route_kind, tri};
use crate::domain::envelope::ImportError;
use crate::domain::{
    Agreement, ChoiceField, ContactMode, ErrorCode, FlagField, Initiator, Language, ListId, Mode, PartGap, RouteKind,
    Step, TextField, Tri,
};

/// An agreement in `mode` whose patient said she has a fast vårdkontakt (`has`), wants one
/// (`wants`), or neither: the ways her own contacts are spoken of.
fn her_contacts(mode: Mode, has: bool, wants: bool) -> Agreement {
    let mut a = Agreement::new("catalogue", "2026-01-01T00:00:00Z", mode, Language::SV);
    a.contacts.fixed_contact_has = has.then_some(Tri::Yes);
    a.contacts.fixed_contact_wanted = wants.then_some(Tri::Yes);
    a
}

fn field_texts(ft: FieldText) -> impl Iterator<Item = Text> {
    std::iter::once(ft.label).chain(ft.hint)
}

fn list_texts(t: ListText) -> [Text; 4] {
    [t.heading, t.hint, t.add, t.row]
}

/// Every text, once each, in the order first met.
pub fn catalogue() -> Vec<Text> {
    let modes = Mode::ALL;
    let mut all: Vec<Text> = Ui::ALL.iter().map(|u| u.both()).collect();
    for s in std::iter::once(Step::Start).chain(Step::NUMBERED) {
        all.push(step_title(s));
        all.extend(modes.iter().map(|m| step_intro(s, *m)));
    }
    for f in TextField::ALL {
        all.extend(field_texts(text_field(f)));
        for m in modes {
            all.extend(field_texts(text_field_in(f, m)));
        }
    }
    let agreements: Vec<Agreement> = modes
        .iter()
        .flat_map(|m| [(true, false), (false, true), (false, false)].map(|(h, w)| her_contacts(*m, h, w)))
        .collect();
    for l in ListId::ALL {
        for m in modes {
            all.extend(list_texts(list_text(l, m)));
        }
        for a in &agreements {
            all.extend(list_texts(list_text_for(a, l)));
            all.extend(l.fields().iter().map(|f| item_label_for(a, l, *f)));
        }
        all.extend(l.fields().iter().map(|f| item_label(l, *f)));
    }
    all.push(ROUTE_KIND_LABEL);
    all.extend(FlagField::ALL.map(flag));
    for c in ChoiceField::ALL {
        all.extend(field_texts(choice_field(c)));
        all.extend(modes.iter().map(|m| choice_label_in(c, *m)));
    }
    all.extend(ErrorCode::ALL.map(error));
    all.extend(PartGap::ALL.map(gap));
    for e in every_import_error() {
        all.extend(import_error_texts(&e));
    }
    all.extend(PATIENT.into_iter().chain(PROFESSIONAL).chain(QUESTION_TOPICS).chain(QUESTION_FOLLOWUP));
    all.extend(Tri::ALL.map(tri));
    all.extend(ContactMode::ALL.map(contact_mode));
    for m in modes {
        all.extend(Initiator::ALL.map(|i| initiator(i, m)));
        all.extend(Initiator::ALL.map(|i| initiator_sentence(i, m)));
    }
    all.extend(RouteKind::ALL.map(route_kind));
    let mut seen = std::collections::HashSet::new();
    all.retain(|t| seen.insert(t.key()));
    all
}

/// The keys a language's file must have: every text's, and of every count with a noun one form
/// for each plural category the language's numbers fall into; but in the English file not
/// those whose English is kept in the code.
pub fn keys_for(lang: Language) -> Vec<String> {
    let plurals = PLURALS.iter().flat_map(|p| categories(lang).iter().map(|c| p.form(*c)));
    catalogue().into_iter().chain(plurals).filter(|t| !(lang == Language::EN && t.kept())).map(|t| t.key()).collect()
}

/// One import error of every kind, and of both ways a file can be too large (the catalogue
/// lists their words). The match below does not compile when a kind is added, until it is here.
pub fn every_import_error() -> Vec<ImportError> {
    let path = || "schedule.next_time.mode".to_string();
    let all = vec![
        ImportError::Empty,
        ImportError::TooLarge { bytes: 64 << 20, limit: 40 << 20 },
        ImportError::TooLarge { bytes: 900, limit: 800 },
        ImportError::InvalidUtf8 { offset: 0 },
        ImportError::NotJson { line: 1, column: 1 },
        ImportError::Truncated,
        ImportError::TooDeep,
        ImportError::TooManyValues { limit: 50_000 },
        ImportError::DuplicateKey { key: "id".into(), line: 1, column: 1 },
        ImportError::Foreign,
        ImportError::VersionMissing,
        ImportError::NewerVersion { found: 99 },
        ImportError::UnknownOldVersion { found: 0 },
        ImportError::MissingField { path: path() },
        ImportError::UnknownField { path: path() },
        ImportError::WrongType { path: path() },
        ImportError::InvalidValue { path: path() },
        ImportError::TextTooLong { path: path(), limit: 1 },
        ImportError::TooManyRows { path: path(), limit: 1 },
        ImportError::Unreadable,
        ImportError::BadMeta { path: "id".into() },
        ImportError::Shape,
    ];
    for e in &all {
        match e {
            ImportError::Empty
            | ImportError::TooLarge { .. }
            | ImportError::InvalidUtf8 { .. }
            | ImportError::NotJson { .. }
            | ImportError::Truncated
            | ImportError::TooDeep
            | ImportError::TooManyValues { .. }
            | ImportError::DuplicateKey { .. }
            | ImportError::Foreign
            | ImportError::VersionMissing
            | ImportError::NewerVersion { .. }
            | ImportError::UnknownOldVersion { .. }
            | ImportError::MissingField { .. }
            | ImportError::UnknownField { .. }
            | ImportError::WrongType { .. }
            | ImportError::InvalidValue { .. }
            | ImportError::TextTooLong { .. }
            | ImportError::TooManyRows { .. }
            | ImportError::Unreadable
            | ImportError::BadMeta { .. }
            | ImportError::Shape => {}
        }
    }
    all
}
