//! Say only what is true, part two (format version 3): a wished contact stays a wish, a time the
//! patient wrote is not an agreed one, a Nej is an answer and not an error, a preparation is not
//! an agreement. Each rule is checked in the domain and in what goes to the record (journal note,
//! FHIR), and each migration case of version 2 files.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::envelope::{decode, DecodeLimits};
use pk_core::domain::*;
use pk_core::formats::fhir::bundle;
use pk_core::formats::journal::journal_note;
use pk_core::formats::text::{gap_lines, prepared_time_text};
use serde_json::{json, Value};

fn care_plan(b: &Value) -> &Value {
    &b["entry"][0]["resource"]
}

fn activity_codes(b: &Value) -> Vec<String> {
    care_plan(b)["activity"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x["detail"]["code"]["text"].as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// The clinician in a hurry of issue 24: the preparation opened in a consultation, steps 4 and 5
/// never opened, the answers after the visit all Ja, marked agreed.
fn hurried() -> Agreement {
    let mut a = prepared();
    act(&mut a, Action::SetMode(Mode::Consultation));
    for n in 0..QUESTION_COUNT {
        act(&mut a, Action::SetAnswer(Perspective::Patient, n, Some(Tri::Yes), None));
    }
    text(&mut a, TextField::AgreedPatientName, "Anna Andersson");
    text(&mut a, TextField::AgreedProfessionalName, "Karin Berg");
    text(&mut a, TextField::AgreedDate, "2026-11-22");
    act(&mut a, Action::MarkAgreed);
    a
}

#[test]
fn a_wished_contact_and_a_hoped_for_time_are_never_what_was_agreed() {
    let a = hurried();
    assert_eq!(a.status, Status::Agreed);
    let k = kvitto(&a);
    assert!(!k.in_place, "parts 3 and 4 were never agreed");
    assert!(k.part_gaps.contains(&PartGap::FixedContactUnsettled), "{:?}", k.part_gaps);
    assert!(k.part_gaps.contains(&PartGap::NextTimeMissing), "{:?}", k.part_gaps);
    let gaps: Vec<(String, Step)> = gap_lines(&a, Language::SV).into_iter().map(|g| (g.text, g.step)).collect();
    assert!(
        gaps.contains(&("Vården har inte tagit ställning till fast vårdkontakt".into(), Step::Contacts)),
        "{gaps:?}"
    );
    assert!(gaps.contains(&("Ingen överenskommen tid".into(), Step::Schedule)), "{gaps:?}");

    let note = journal_note(&a);
    let fixed = section(&note, "Fast vårdkontakt");
    assert!(!fixed.starts_with("- Lena"), "her wish is not her fast vårdkontakt: {fixed}");
    assert!(
        fixed.contains("Fast vårdkontakt som patienten önskar (inte överenskommet):\n- Lena, diabetessköterskan"),
        "{fixed}"
    );
    let next = section(&note, "Nästa steg / överenskommen tid");
    assert!(!next.contains("Överenskommen tid"), "{next}");
    assert!(
        next.contains(
            "Tid som patienten skrev inför besöket (patientens uppgift, inte bekräftad i vårdmötet): Önskemål: gärna om ungefär tre månader"
        ),
        "{next}"
    );
    assert!(note.contains("Patientkontraktet är inte på plats än."), "{note}");

    let b = bundle(&a, NOW);
    let team = resources(&b, "CareTeam");
    assert!(team.iter().all(|t| !t.to_string().contains("Fast vårdkontakt")), "no fast vårdkontakt in the CareTeam");
    assert!(resources(&b, "Practitioner").iter().all(|p| !p.to_string().contains("Lena")));
    assert!(resources(&b, "Appointment").is_empty());
    assert!(!activity_codes(&b).iter().any(|c| c.contains("tid")), "{:?}", activity_codes(&b));
    let n = notes_of_care_plan(&b);
    assert!(
        n.iter().any(|t| t == "Fast vårdkontakt som patienten önskar (inte överenskommet): Lena – diabetessköterskan"),
        "{n:#?}"
    );
    assert!(
        n.iter()
            .any(|t| t == "Tid som patienten skrev inför besöket (patientens uppgift, inte bekräftad i vårdmötet): Önskemål: gärna om ungefär tre månader"),
        "{n:#?}"
    );
}

#[test]
fn care_settles_her_contact_and_takes_over_her_time_only_in_the_consultation() {
    let mut p = prepared();
    // Preparing, nothing of hers can be settled.
    assert_eq!(apply(&mut p, Action::AcceptPatientContact(0), LATER), Outcome::Unchanged);
    assert_eq!(apply(&mut p, Action::AcceptPreparedTime, LATER), Outcome::Unchanged);
    assert!(p.contacts.care_contacts.is_empty() && p.schedule.next_time.is_blank());

    let mut a = p.clone();
    act(&mut a, Action::SetMode(Mode::Consultation));
    assert_eq!(apply(&mut a, Action::AcceptPatientContact(7), LATER), Outcome::Unchanged, "no such contact");
    act(&mut a, Action::AcceptPatientContact(0));
    assert!(a.contacts.patient_contacts.is_empty());
    assert_eq!(a.contacts.care_contacts[0].name, "Lena");
    act(&mut a, Action::SetItemText(ListId::CareContacts, 0, ItemField::HelpsWith, "mitt blodsocker".into()));
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactNeeded, Choice::Tri(Some(Tri::Yes))));
    assert!(!PartGap::FixedContactUnsettled.is_open(&a) && !PartGap::FixedContactMissing.is_open(&a));
    let fixed = journal_note(&a);
    assert!(
        section(&fixed, "Fast vårdkontakt").starts_with("- Lena, diabetessköterskan, hjälper med: mitt blodsocker"),
        "{fixed}"
    );
    let b = bundle(&a, NOW);
    let team = resources(&b, "CareTeam");
    assert!(team[0]["participant"].to_string().contains("Hjälper patienten med: mitt blodsocker"), "{team:?}");

    // Her time: taken over only while the next time is empty, so nothing typed there is replaced.
    let mut typed = a.clone();
    text(&mut typed, TextField::NextPeriod, "om två veckor");
    assert_eq!(apply(&mut typed, Action::AcceptPreparedTime, LATER), Outcome::Unchanged);
    assert_eq!(typed.schedule.next_time.period, "om två veckor");
    act(&mut a, Action::AcceptPreparedTime);
    assert_eq!(a.schedule.next_time.period, "gärna om ungefär tre månader");
    assert_eq!(a.schedule.prepared_time, p.schedule.prepared_time, "what she wrote stays hers, in the record");
    assert_eq!(apply(&mut a, Action::AcceptPreparedTime, LATER), Outcome::Unchanged, "once is enough");
    let next = journal_note(&a);
    assert!(
        section(&next, "Nästa steg / överenskommen tid")
            .contains("Föreslagen tid (inte markerad som överenskommen): gärna om ungefär tre månader"),
        "{next}"
    );
    let draft = bundle(&a, NOW);
    assert!(activity_codes(&draft).contains(&"Föreslagen nästa tid, inte markerad som överenskommen".to_string()));
    // Agreed: now, and only now, it is the agreed time.
    text(&mut a, TextField::AgreedPatientName, "Anna Andersson");
    text(&mut a, TextField::AgreedProfessionalName, "Karin Berg");
    text(&mut a, TextField::AgreedDate, "2026-11-22");
    act(&mut a, Action::MarkAgreed);
    let next = journal_note(&a);
    assert!(
        section(&next, "Nästa steg / överenskommen tid").contains("Överenskommen tid: gärna om ungefär tre månader"),
        "{next}"
    );
    assert!(activity_codes(&bundle(&a, NOW)).contains(&"Nästa överenskomna tid".to_string()));
}

#[test]
fn a_booked_time_she_knows_of_stays_hers_and_is_never_an_appointment_of_the_agreement() {
    let mut a = empty(Mode::Prepare);
    text(&mut a, TextField::PreparedDate, "2027-03-01");
    text(&mut a, TextField::PreparedTime, "10:00");
    act(&mut a, Action::SetChoice(ChoiceField::PreparedInitiator, Choice::Initiator(Some(Initiator::Care))));
    assert!(PartGap::NextTimeMissing.is_open(&a));
    let note = journal_note(&a);
    let next = section(&note, "Nästa steg / överenskommen tid");
    assert_eq!(
        next,
        "Tid som patienten skrev inför besöket (patientens uppgift, inte bekräftad i vårdmötet): 2027-03-01 10:00. Vården tar kontakt"
    );
    let b = bundle(&a, NOW);
    assert!(resources(&b, "Appointment").is_empty());
    // Validation of her date and time works as for the next time.
    let mut bad = empty(Mode::Prepare);
    text(&mut bad, TextField::PreparedTime, "10:00");
    assert_eq!(
        validate(&bad),
        vec![Problem { field: FieldRef::Text(TextField::PreparedTime), code: ErrorCode::TimeWithoutDate }]
    );
    assert!(matches!(
        apply(&mut bad, Action::SetText(TextField::PreparedDate, "1 mars".into()), LATER),
        Outcome::Refused(_)
    ));
}

#[test]
fn a_nej_is_an_answer_linked_to_the_step_behind_the_question() {
    english();
    let mut a = continued();
    act(&mut a, Action::Reopen);
    act(&mut a, Action::SetAnswer(Perspective::Patient, 2, Some(Tri::No), None));
    act(&mut a, Action::SetAnswer(Perspective::Patient, 5, Some(Tri::DontKnow), None));
    act(&mut a, Action::SetAnswer(Perspective::Patient, 6, None, None));
    let lines = gap_lines(&a, Language::SV);
    let said: Vec<(&str, Step)> = lines.iter().map(|g| (g.text.as_str(), g.step)).collect();
    assert!(said.contains(&("Patienten svarade Nej på fråga 3: prata om kontaktvägarna", Step::Contacts)), "{said:?}");
    assert!(said.contains(&("Patienten svarade Vet inte på fråga 6: prata om nästa tid", Step::Schedule)), "{said:?}");
    assert!(said.contains(&("De sju frågorna efter genomgången: 4 av 7 Ja, 1 utan svar", Step::Questions)), "{said:?}");
    assert!(lines.iter().all(|g| !g.text.contains("saknas") && !g.text.contains("komplettera")), "{said:?}");
    // Every question's link goes to the step behind it, as PRODUCT.md §2's table maps them: 1 the
    // agreement as a whole (part 1 first), 2 what matters, 3 and 4 part 3, 5 and 6 part 4, 7 part 2.
    let table = [
        Step::Commitments,
        Step::WhatMatters,
        Step::Contacts,
        Step::Contacts,
        Step::Schedule,
        Step::Schedule,
        Step::Planning,
    ];
    for (n, step) in table.into_iter().enumerate() {
        let mut b = continued();
        act(&mut b, Action::Reopen);
        act(&mut b, Action::SetAnswer(Perspective::Patient, n, Some(Tri::No), None));
        let g = gap_lines(&b, Language::EN);
        let line = g.iter().find(|l| l.text.starts_with("The patient answered No")).expect("the Nej is listed");
        assert_eq!(line.step, step, "question {}", n + 1);
        assert!(line.text.contains(&format!("question {}", n + 1)), "{}", line.text);
    }
}

#[test]
fn a_preparation_and_a_draft_do_not_call_themselves_an_agreement() {
    let description =
        |a: &Agreement| care_plan(&bundle(a, NOW))["description"].as_str().unwrap_or_default().to_string();
    assert_eq!(
        description(&prepared()),
        "Patientens förberedelse inför besöket (SKR:s Patientkontrakt), inte en överenskommelse"
    );
    let mut draft = continued();
    act(&mut draft, Action::Reopen);
    assert!(description(&draft).starts_with("Utkast till gemensam överenskommelse"), "{}", description(&draft));
    assert_eq!(description(&continued()), "Gemensam överenskommelse mellan patient och vård (SKR:s Patientkontrakt)");
}

#[test]
fn what_she_gives_only_if_she_knows_is_never_listed_as_her_omission() {
    english();
    let mut a = empty(Mode::Prepare);
    act(&mut a, Action::SetChoice(ChoiceField::CoordinationNeed, Choice::Tri(Some(Tri::Yes))));
    assert!(!SummaryRow::Text(TextField::Coordinator).listed_when_empty(&a), "that nobody helps may be her point");
    // Optional, or only if she already has one: never her omission.
    for r in [
        SummaryRow::Choice(ChoiceField::PreparedMode),
        SummaryRow::Choice(ChoiceField::PreparedInitiator),
        SummaryRow::Time(TimeSlot::Prepared),
    ] {
        assert!(!r.listed_when_empty(&a), "{r:?}");
    }
    assert!(SummaryRow::Choice(ChoiceField::FixedContactWanted).listed_when_empty(&a));
    // The person: asked only once she says she has one or wants one.
    assert!(!SummaryRow::List(ListId::PatientContacts).listed_when_empty(&a), "the list is not shown");
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactHas, Choice::Tri(Some(Tri::No))));
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactWanted, Choice::Tri(Some(Tri::No))));
    assert!(!SummaryRow::List(ListId::PatientContacts).listed_when_empty(&a), "Nej and Nej: not asked");
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactWanted, Choice::Tri(Some(Tri::Yes))));
    assert!(SummaryRow::List(ListId::PatientContacts).listed_when_empty(&a), "she wants one: whom is asked");
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactHas, Choice::Tri(Some(Tri::Yes))));
    assert!(!SummaryRow::Choice(ChoiceField::FixedContactWanted).listed_when_empty(&a), "not asked when she has one");
    assert!(SummaryRow::List(ListId::PatientContacts).listed_when_empty(&a), "she has one: who is asked");
    // In the consultation, what she said before the visit is not something to fill in.
    let mut c = empty(Mode::Consultation);
    for r in [
        SummaryRow::Choice(ChoiceField::FixedContactHas),
        SummaryRow::List(ListId::PatientContacts),
        SummaryRow::Time(TimeSlot::Prepared),
    ] {
        assert!(!r.listed_when_empty(&c), "{r:?}");
    }
    // Who coordinates is care's to name, once coordination is needed; asked of her only if she knows.
    assert!(!SummaryRow::Text(TextField::Coordinator).listed_when_empty(&c), "need not answered");
    act(&mut c, Action::SetChoice(ChoiceField::CoordinationNeed, Choice::Tri(Some(Tri::No))));
    assert!(!SummaryRow::Text(TextField::Coordinator).listed_when_empty(&c), "no need of coordination");
    act(&mut c, Action::SetChoice(ChoiceField::CoordinationNeed, Choice::Tri(Some(Tri::Yes))));
    assert!(SummaryRow::Text(TextField::Coordinator).listed_when_empty(&c), "care names who coordinates");
    let asked = |m: Mode| pk_core::content::text_field_in(TextField::Coordinator, m).label;
    assert_eq!(asked(Mode::Prepare).sv, "Vem hjälper till med samordningen? (om du vet)");
    assert_eq!(asked(Mode::Consultation).sv, "Vem hjälper till med samordningen?");
    assert_eq!(asked(Mode::Consultation).get(Language::EN), "Who helps with the coordination?");
}

fn v2(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/v2/{name}", concat!(env!("CARGO_MANIFEST_DIR"), "/../..")))
        .expect("v2 fixture")
}

/// What she wrote before the visit is where version 3 keeps it, field by field: each contact of
/// the old file's `care_contacts` as the same row of `patient_contacts` (with an empty
/// `helps_with`, which version 2 did not have), the old `next_time` as `prepared_time`; and
/// nothing of it is left as the fast vårdkontakt or the next time.
fn assert_kept_as_hers(name: &str, old: &Value, a: &Agreement) {
    let old_contacts = old["contacts"]["care_contacts"].as_array().expect("v2 contacts");
    assert_eq!(a.contacts.patient_contacts.len(), old_contacts.len(), "{name}");
    for (i, (new, old)) in a.contacts.patient_contacts.iter().zip(old_contacts).enumerate() {
        for (key, value) in [
            ("name", &new.name),
            ("role", &new.role),
            ("unit", &new.unit),
            ("reach", &new.reach),
            ("hsa_id", &new.hsa_id),
        ] {
            assert_eq!(Some(value.as_str()), old[key].as_str(), "{name}: patient_contacts[{i}].{key}");
        }
        assert_eq!(new.helps_with, "", "{name}");
    }
    assert!(a.contacts.care_contacts.is_empty(), "{name}: her contact is not the fast vårdkontakt");
    let (old_time, pt) = (&old["schedule"]["next_time"], &a.schedule.prepared_time);
    assert_eq!(pt.date.as_deref(), old_time["date"].as_str(), "{name}");
    assert_eq!(pt.time.as_deref(), old_time["time"].as_str(), "{name}");
    assert_eq!(Some(pt.period.as_str()), old_time["period"].as_str(), "{name}");
    assert_eq!(pt.mode.map(ContactMode::key), old_time["mode"].as_str(), "{name}");
    assert_eq!(pt.initiator.map(Initiator::key), old_time["initiator"].as_str(), "{name}");
    assert!(a.schedule.next_time.is_blank(), "{name}: her time is not the next time");
}

#[test]
fn a_v2_preparation_keeps_her_contact_and_time_as_hers() {
    let old: Value = serde_json::from_slice(&v2("prepared.json")).expect("json");
    let a = decode(&v2("prepared.json"), DecodeLimits::FILE).expect("a v2 preparation opens");
    assert_eq!(a.mode, Mode::Prepare);
    assert_kept_as_hers("prepared.json", &old, &a);
    assert_eq!(a.contacts.patient_contacts[0].name, "Lena");
    assert_eq!(a.schedule.prepared_time.period, "gärna om ungefär tre månader");
    assert_eq!((a.contacts.fixed_contact_has, a.contacts.fixed_contact_wanted), (None, Some(Tri::Yes)));
    // Labelled as hers: a wish, since she said she wanted one; her time as hers.
    let note = journal_note(&a);
    assert!(section(&note, "Fast vårdkontakt")
        .contains("Fast vårdkontakt som patienten önskar (inte överenskommet):\n- Lena, diabetessköterskan"));
    assert_eq!(
        section(&note, "Nästa steg / överenskommen tid"),
        "Nästa steg: Ta blodprov före besöket.\nTid som patienten skrev inför besöket (patientens uppgift, inte bekräftad i vårdmötet): Önskemål: gärna om ungefär tre månader. Besök på mottagningen. Vården tar kontakt"
    );
}

/// A v2 consultation continued from her preparation and not settled there: the clinician in a
/// hurry of issue 24 saved it as a draft before version 3. Her wished contact sat among the fast
/// vårdkontakter and her hope in the next time; opened now, both are hers, and marking it agreed
/// with all Ja does not make the Patientkontrakt "på plats".
#[test]
fn a_v2_consultation_continued_and_not_settled_keeps_her_contact_and_time_as_hers() {
    let old: Value = serde_json::from_slice(&v2("continued-unsettled.json")).expect("json");
    let mut a = decode(&v2("continued-unsettled.json"), DecodeLimits::FILE).expect("opens");
    assert_eq!((a.mode, a.status), (Mode::Consultation, Status::Draft));
    assert_kept_as_hers("continued-unsettled.json", &old, &a);
    assert_eq!(a.commitments.care_actions.len(), 1, "what care does stays care's");
    assert_eq!(a.contacts.hers(), HerContact::Wished);
    text(&mut a, TextField::AgreedPatientName, "Anna Andersson");
    text(&mut a, TextField::AgreedProfessionalName, "Karin Berg");
    text(&mut a, TextField::AgreedDate, "2026-11-22");
    act(&mut a, Action::MarkAgreed);
    let k = kvitto(&a);
    assert!(!k.in_place, "{:?}", k.part_gaps);
    assert!(k.part_gaps.contains(&PartGap::FixedContactUnsettled) && k.part_gaps.contains(&PartGap::NextTimeMissing));
    let note = journal_note(&a);
    let fixed = section(&note, "Fast vårdkontakt");
    assert!(!fixed.starts_with("- Lena"), "{fixed}");
    assert!(fixed.contains("Fast vårdkontakt som patienten önskar (inte överenskommet):\n- Lena"), "{fixed}");
    assert!(!section(&note, "Nästa steg / överenskommen tid").contains("Överenskommen tid"), "{note}");
    let b = bundle(&a, NOW);
    assert!(resources(&b, "Appointment").is_empty());
    assert!(resources(&b, "Practitioner").iter().all(|p| !p.to_string().contains("Lena")));
}

/// A v2 consultation agreed, or with the need of a fast vårdkontakt settled, keeps its contacts
/// and time: care wrote or settled them there. One not settled and carrying what she said before
/// the visit (the hostile file's comment before the visit) is hers, as above.
#[test]
fn a_v2_consultation_keeps_its_contacts_and_time_once_settled() {
    for name in ["typical.json", "maximal.json"] {
        let old: Value = serde_json::from_slice(&v2(name)).expect("json");
        let a = decode(&v2(name), DecodeLimits::FILE).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(a.mode, Mode::Consultation, "{name}");
        let old_contacts = old["contacts"]["care_contacts"].as_array().expect("contacts");
        assert_eq!(a.contacts.care_contacts.len(), old_contacts.len(), "{name}");
        for (new, old) in a.contacts.care_contacts.iter().zip(old_contacts) {
            assert_eq!(Some(new.name.as_str()), old["name"].as_str(), "{name}");
        }
        assert!(a.contacts.patient_contacts.is_empty() && a.schedule.prepared_time.is_blank(), "{name}");
        assert_eq!(a.schedule.next_time.period, old["schedule"]["next_time"]["period"].as_str().unwrap_or_default());
        assert_eq!(a.schedule.next_time.date.as_deref(), old["schedule"]["next_time"]["date"].as_str());
    }
    let typical = decode(&v2("typical.json"), DecodeLimits::FILE).expect("opens");
    assert!(kvitto(&typical).in_place, "an agreed v2 consultation with all Ja stays in place");
    let old: Value = serde_json::from_slice(&v2("hostile.json")).expect("json");
    let hostile = decode(&v2("hostile.json"), DecodeLimits::FILE).expect("opens");
    assert_kept_as_hers("hostile.json", &old, &hostile);
}

/// A v2 preparation's contact when she did not say she wanted one (her answer Nej, or none): the
/// record says she wrote it, never that she wishes it or has it.
#[test]
fn a_v2_contact_she_did_not_say_she_wanted_is_called_what_she_wrote() {
    for wanted in [json!("no"), json!(null), json!("dont_know")] {
        let mut old: Value = serde_json::from_slice(&v2("prepared.json")).expect("json");
        old["contacts"]["fixed_contact_wanted"] = wanted.clone();
        let a = decode(&serde_json::to_vec(&old).expect("json"), DecodeLimits::FILE).expect("opens");
        assert_eq!(a.contacts.hers(), HerContact::Written, "{wanted}");
        let note = journal_note(&a);
        let fixed = section(&note, "Fast vårdkontakt");
        assert!(
            fixed.contains(
                "Fast vårdkontakt som patienten skrev före besöket (inte bekräftad i vårdmötet):\n- Lena, diabetessköterskan"
            ),
            "{wanted}: {fixed}"
        );
        assert!(!fixed.contains("önskar") && !fixed.contains("uppger att hen har"), "{wanted}: {fixed}");
        let n = notes_of_care_plan(&bundle(&a, NOW));
        assert!(
            n.iter().any(|t| t
                .starts_with("Fast vårdkontakt som patienten skrev före besöket (inte bekräftad i vårdmötet): Lena")),
            "{n:#?}"
        );
        assert!(!n.iter().any(|t| t.contains("som patienten önskar")), "{n:#?}");
        for mode in [Mode::Prepare, Mode::Consultation] {
            let mut shown = a.clone();
            shown.mode = mode;
            let heading = pk_core::content::list_text_for(&shown, ListId::PatientContacts).heading.sv;
            assert!(!heading.contains("önskar") && !heading.contains("vill ha"), "{mode:?}: {heading}");
        }
    }
    // Her Ja to wanting one, and her Ja to having one, are each said as such.
    let wished = decode(&v2("prepared.json"), DecodeLimits::FILE).expect("opens");
    assert!(section(&journal_note(&wished), "Fast vårdkontakt")
        .contains("Fast vårdkontakt som patienten önskar (inte överenskommet):\n- Lena"));
    let mut has = wished.clone();
    act(&mut has, Action::SetChoice(ChoiceField::FixedContactHas, Choice::Tri(Some(Tri::Yes))));
    assert!(section(&journal_note(&has), "Fast vårdkontakt")
        .contains("Fast vårdkontakt som patienten uppger att hen har (inte bekräftad i vårdmötet):\n- Lena"));
}

/// She answered "Vill du ha en fast vårdkontakt?" Ja, then "Har du redan en?" Ja: the wish
/// question is no longer asked, and her earlier answer to it is out of date. It stays in the file
/// (nothing she typed is lost) but no output says she wants one.
#[test]
fn an_out_of_date_wish_is_kept_but_never_said() {
    let mut a = prepared();
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactHas, Choice::Tri(Some(Tri::Yes))));
    assert_eq!(a.contacts.fixed_contact_wanted, Some(Tri::Yes), "kept");
    assert_eq!(a.contacts.wish(), None);
    assert_eq!(ChoiceField::FixedContactWanted.get(&a), Choice::Tri(None));
    assert!(!SummaryRow::Choice(ChoiceField::FixedContactWanted).is_given(&a));
    let wants = |s: &str| {
        let s = s.to_lowercase();
        s.contains("vill ha") || s.contains("önsk")
    };
    let note = journal_note(&a);
    let fixed = section(&note, "Fast vårdkontakt");
    assert!(!wants(fixed), "{fixed}");
    assert!(fixed.contains("uppger att hen har"), "{fixed}");
    let n = notes_of_care_plan(&bundle(&a, NOW));
    assert!(!n.iter().any(|t| t.contains("fast vårdkontakt") && wants(t)), "{n:#?}");
    let mut c = a.clone();
    act(&mut c, Action::SetMode(Mode::Consultation));
    assert!(!wants(section(&journal_note(&c), "Fast vårdkontakt")));
    // Her answer changed back: the wish is hers again.
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactHas, Choice::Tri(Some(Tri::No))));
    assert_eq!(a.contacts.wish(), Some(Tri::Yes));
    assert!(section(&journal_note(&a), "Fast vårdkontakt").contains("önskar"));
}

/// A date in a file from before version 3 came from "Nästa tid" of her preparation: whether it was
/// a booked time she knew of or one she hoped for, the file cannot say. No output calls it booked,
/// and none calls it agreed.
#[test]
fn a_migrated_date_is_never_called_booked_or_agreed() {
    english();
    let mut old: Value = serde_json::from_slice(&v2("prepared.json")).expect("json");
    old["schedule"]["next_time"]["date"] = json!("2027-02-15");
    old["schedule"]["next_time"]["time"] = json!("09:30");
    let a = decode(&serde_json::to_vec(&old).expect("json"), DecodeLimits::FILE).expect("opens");
    assert_eq!(a.schedule.prepared_time.date.as_deref(), Some("2027-02-15"));
    let said = |s: &str| {
        let s = s.to_lowercase();
        !s.contains("bokad") && !s.contains("booked") && !s.contains("överenskommen tid")
    };
    for lang in [Language::SV, Language::EN] {
        let t = prepared_time_text(&a, lang, true, Mode::Consultation);
        assert!(t.starts_with("2027-02-15 09:30, "), "{t}");
        assert!(said(&t), "{t}");
    }
    let note = journal_note(&a);
    let next = section(&note, "Nästa steg / överenskommen tid");
    assert!(next.contains("Tid som patienten skrev inför besöket (patientens uppgift, inte bekräftad i vårdmötet): 2027-02-15 09:30, önskemål: gärna om ungefär tre månader"), "{next}");
    assert!(said(next), "{next}");
    let n = notes_of_care_plan(&bundle(&a, NOW));
    assert!(n.iter().any(|t| t.contains(": 2027-02-15 09:30, önskemål:")), "{n:#?}");
    assert!(n.iter().all(|t| said(t)), "{n:#?}");
}

/// Her time in English says "I" with a capital, each part a sentence as the app words it.
#[test]
fn her_time_in_english_is_written_as_she_would_say_it() {
    english();
    let mut a = empty(Mode::Prepare);
    text(&mut a, TextField::PreparedDate, "2027-03-01");
    text(&mut a, TextField::PreparedPeriod, "in about three months");
    act(&mut a, Action::SetChoice(ChoiceField::PreparedMode, Choice::Mode(Some(ContactMode::Phone))));
    act(&mut a, Action::SetChoice(ChoiceField::PreparedInitiator, Choice::Initiator(Some(Initiator::Patient))));
    assert_eq!(
        prepared_time_text(&a, Language::EN, true, Mode::Prepare),
        "2027-03-01, wish: in about three months. Phone. I get in touch"
    );
    assert_eq!(
        prepared_time_text(&a, Language::SV, true, Mode::Prepare),
        "2027-03-01, önskemål: in about three months. Telefon. Jag tar kontakt"
    );
    assert_eq!(
        prepared_time_text(&a, Language::EN, true, Mode::Consultation),
        "2027-03-01, wish: in about three months. Phone. The patient gets in touch"
    );
    assert_eq!(prepared_time_text(&a, Language::EN, false, Mode::Prepare), "2027-03-01, wish: in about three months");
}

/// She gave a booked date and when she would like the next time: taking her time over takes the
/// date (and time of day) and how and who, not her wish words as well, which together would read
/// as one contradictory agreed time. Her time stays in the record as hers.
#[test]
fn taking_over_her_time_takes_her_date_or_her_period_and_keeps_what_she_wrote() {
    let mut p = prepared();
    text(&mut p, TextField::PreparedDate, "2027-03-01");
    text(&mut p, TextField::PreparedTime, "10:00");
    act(&mut p, Action::SetChoice(ChoiceField::PreparedMode, Choice::Mode(Some(ContactMode::Visit))));
    act(&mut p, Action::SetChoice(ChoiceField::PreparedInitiator, Choice::Initiator(Some(Initiator::Care))));
    let mut a = p.clone();
    act(&mut a, Action::SetMode(Mode::Consultation));
    act(&mut a, Action::AcceptPreparedTime);
    let nt = &a.schedule.next_time;
    assert_eq!((nt.date.as_deref(), nt.time.as_deref(), nt.period.as_str()), (Some("2027-03-01"), Some("10:00"), ""));
    assert_eq!((nt.mode, nt.initiator), (Some(ContactMode::Visit), Some(Initiator::Care)));
    assert_eq!(a.schedule.prepared_time, p.schedule.prepared_time);
    let note = journal_note(&a);
    let next = section(&note, "Nästa steg / överenskommen tid");
    assert!(
        next.contains("Föreslagen tid (inte markerad som överenskommen): 2027-03-01 10:00, besök på mottagningen, vården tar kontakt\n"),
        "{next}"
    );
    assert!(next.contains("Tid som patienten skrev inför besöket (patientens uppgift, inte bekräftad i vårdmötet): 2027-03-01 10:00, önskemål: gärna om ungefär tre månader"), "{next}");
    // Only a time of day, without a date, is not a time to take over.
    let mut odd = empty(Mode::Consultation);
    odd.schedule.prepared_time.time = Some("10:00".into());
    assert_eq!(apply(&mut odd, Action::AcceptPreparedTime, LATER), Outcome::Unchanged);
}

/// In the consultation, what she answered before the visit about a fast vårdkontakt is shown as
/// her answer then, on the summary and in the record: never as an answer given in the
/// consultation to the question as it is asked of her ("Har du redan en fast vårdkontakt? Ja").
#[test]
fn her_answers_before_the_visit_are_labelled_as_hers_in_the_consultation() {
    english();
    let rows = Step::Contacts.summary_rows(Mode::Consultation);
    for c in [ChoiceField::FixedContactHas, ChoiceField::FixedContactWanted] {
        assert!(rows.contains(&SummaryRow::Choice(c)));
        let shown = pk_core::content::choice_label_in(c, Mode::Consultation);
        assert!(shown.sv.ends_with("(patientens svar före besöket)"), "{}", shown.sv);
        assert!(
            shown.get(Language::EN).ends_with("(the patient's answer before the visit)"),
            "{}",
            shown.get(Language::EN)
        );
        assert!(!shown.sv.ends_with('?'), "not the question asked of her: {}", shown.sv);
        // Preparing, she is asked: the question.
        assert_eq!(pk_core::content::choice_label_in(c, Mode::Prepare), pk_core::content::choice_field(c).label);
    }
    let mut a = prepared();
    act(&mut a, Action::SetMode(Mode::Consultation));
    let note = journal_note(&a);
    let fixed = section(&note, "Fast vårdkontakt");
    assert!(fixed.contains("Har redan en fast vårdkontakt (patientens svar före besöket): Nej\nVill ha en fast vårdkontakt (patientens svar före besöket): Ja"), "{fixed}");
    let n = notes_of_care_plan(&bundle(&a, NOW));
    assert!(n.iter().any(|t| t == "Vill ha en fast vårdkontakt (patientens svar före besöket): Ja"), "{n:#?}");
}

/// What a contact helps her with is said as such wherever a contact is one line (summary, print,
/// the FHIR note of her contacts), as the journal note says it: never an unlabelled part of the
/// row that reads as a unit or a role.
#[test]
fn what_a_contact_helps_with_is_labelled_on_its_row() {
    english();
    use pk_core::formats::text::row_text;
    let mut a = prepared();
    act(&mut a, Action::SetItemText(ListId::PatientContacts, 0, ItemField::HelpsWith, "Mitt blodsocker".into()));
    assert_eq!(
        row_text(&a, ListId::PatientContacts, 0, Language::SV),
        "Lena – diabetessköterskan – hjälper med: Mitt blodsocker"
    );
    assert_eq!(
        row_text(&a, ListId::PatientContacts, 0, Language::EN),
        "Lena – diabetessköterskan – helps with: Mitt blodsocker"
    );
    let n = notes_of_care_plan(&bundle(&a, NOW));
    assert!(n.iter().any(|t| t.ends_with(": Lena – diabetessköterskan – hjälper med: Mitt blodsocker")), "{n:#?}");
    act(&mut a, Action::SetMode(Mode::Consultation));
    act(&mut a, Action::AcceptPatientContact(0));
    assert_eq!(
        row_text(&a, ListId::CareContacts, 0, Language::SV),
        "Lena – diabetessköterskan – hjälper med: Mitt blodsocker"
    );
    assert!(section(&journal_note(&a), "Fast vårdkontakt")
        .starts_with("- Lena, diabetessköterskan, hjälper med: Mitt blodsocker"));
}

/// A row with only who (no what) starts its FHIR description with a capital, as a sentence.
#[test]
fn a_description_without_its_text_starts_with_a_capital() {
    let mut a = empty(Mode::Consultation);
    row(&mut a, ListId::SelfCare, &[(ItemField::Who, "Bertil")]);
    row(&mut a, ListId::CareWishes, &[(ItemField::Who, "sjuksköterskan")]);
    let b = bundle(&a, NOW);
    let descriptions: Vec<&str> = care_plan(&b)["activity"]
        .as_array()
        .expect("activities")
        .iter()
        .filter_map(|x| x["detail"]["description"].as_str())
        .collect();
    assert!(descriptions.contains(&"Vem hjälper till: Bertil"), "{descriptions:?}");
    let n = notes_of_care_plan(&b);
    assert!(n.iter().any(|t| t.ends_with("(inte överenskommet): Vem: sjuksköterskan")), "{n:#?}");
}

/// What she would like a wished-for contact to help with is asked as a wish; what the contact she
/// has helps with is asked as a fact.
#[test]
fn what_a_wished_for_contact_would_help_with_is_asked_as_a_wish() {
    english();
    use pk_core::content::{item_label, item_label_for};
    let mut a = prepared();
    let asked = |a: &Agreement| item_label_for(a, ListId::PatientContacts, ItemField::HelpsWith);
    assert_eq!(asked(&a).sv, "Vad vill du att hen ska hjälpa dig med? (frivilligt)");
    assert_eq!(asked(&a).get(Language::EN), "What would you like them to help you with? (optional)");
    act(&mut a, Action::SetChoice(ChoiceField::FixedContactHas, Choice::Tri(Some(Tri::Yes))));
    assert_eq!(asked(&a), item_label(ListId::PatientContacts, ItemField::HelpsWith));
    assert_eq!(asked(&a).sv, "Vad hjälper hen dig med? (frivilligt)");
    assert_eq!(
        item_label_for(&a, ListId::PatientContacts, ItemField::Name),
        item_label(ListId::PatientContacts, ItemField::Name)
    );
}
