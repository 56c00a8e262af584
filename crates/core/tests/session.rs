//! The dialogue rules: validate on continue (not while typing), errors that go away once
//! fixed, back without validation, links to fields on other steps, opening files.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::envelope::ImportError;
use pk_core::domain::*;

fn at(step: Step) -> Session {
    let mut s = Session::new(empty(Mode::Consultation));
    s.handle(Command::GoTo(step), NOW);
    s
}

#[test]
fn a_session_starts_on_the_start_page_without_problems() {
    let s = Session::new(empty(Mode::Prepare));
    assert_eq!(s.step, Step::Start);
    assert!(s.problems.is_empty());
    assert_eq!(s.navigations, 0);
}

#[test]
fn continue_walks_every_page_of_every_step_when_nothing_is_wrong() {
    for mode in [Mode::Prepare, Mode::Consultation] {
        let mut s = Session::new(empty(mode));
        let mut seen = vec![];
        for _ in 0..30 {
            s.handle(Command::Continue, NOW);
            if seen.last() != Some(&(s.step, s.page)) {
                seen.push((s.step, s.page));
            }
        }
        let pages: Vec<(Step, usize)> =
            Step::NUMBERED.iter().flat_map(|st| (0..st.page_count(mode)).map(move |p| (*st, p))).collect();
        assert_eq!(seen, pages, "{mode:?}");
        assert!(pages.len() > Step::NUMBERED.len(), "some steps have more than one page");
        assert_eq!(s.step, Step::Summary, "continue on the summary stays there");
    }
}

#[test]
fn back_walks_the_pages_backwards_to_the_start() {
    let mut s = at(Step::Summary);
    let mut seen = vec![(s.step, s.page)];
    while s.step != Step::Start {
        s.handle(Command::Back, NOW);
        seen.push((s.step, s.page));
        assert!(s.focus.is_none(), "focus to the heading");
    }
    let mut pages: Vec<(Step, usize)> = std::iter::once((Step::Start, 0))
        .chain(Step::NUMBERED.iter().flat_map(|st| (0..st.page_count(Mode::Consultation)).map(move |p| (*st, p))))
        .collect();
    pages.reverse();
    assert_eq!(seen, pages, "back from a step's first page lands on the last page of the step before");
}

#[test]
fn the_step_indicator_counts_pages_within_a_step() {
    let mut s = at(Step::WhatMatters);
    assert_eq!(s.page_of_pages(), Some((1, 3)));
    s.handle(Command::Continue, NOW);
    assert_eq!((s.step, s.page_of_pages()), (Step::WhatMatters, Some((2, 3))));
    s.handle(Command::GoTo(Step::Planning), NOW);
    assert_eq!(s.page_of_pages(), None, "a step of one page says no page");
    s.handle(Command::GoTo(Step::Questions), NOW);
    assert_eq!(s.page_of_pages(), Some((1, 4)), "the first, then two questions a page in the consultation");
    let mut p = Session::new(empty(Mode::Prepare));
    p.handle(Command::GoTo(Step::Questions), NOW);
    assert_eq!(p.page_of_pages(), Some((1, 2)), "four a page preparing");
}

#[test]
fn each_page_shows_its_own_rows_and_every_row_is_on_one_page() {
    for mode in [Mode::Prepare, Mode::Consultation] {
        for step in Step::NUMBERED {
            let pages = step.pages(mode);
            let rows = step.summary_rows(mode);
            assert_eq!(pages.iter().map(Vec::len).sum::<usize>(), rows.len());
            for (i, page) in pages.iter().enumerate() {
                assert!(step == Step::Summary || !page.is_empty(), "{step:?} page {i} asks something");
                for r in page {
                    assert_eq!(step.page_of(mode, *r), Some(i));
                    assert_eq!(r.step(), step);
                }
            }
        }
    }
    let mut s = at(Step::WhatMatters);
    assert!(s.shows(SummaryRow::Text(TextField::OwnWords)));
    assert!(!s.shows(SummaryRow::Text(TextField::PersonalNumber)));
    s.handle(Command::Fix(FieldRef::Text(TextField::PersonalNumber)), NOW);
    assert_eq!(s.page, 2);
    assert!(s.shows(SummaryRow::Text(TextField::PersonalNumber)));
    assert!(!s.shows(SummaryRow::List(ListId::Goals)));
}

#[test]
fn continue_checks_the_page_on_screen_only() {
    let mut s = at(Step::WhatMatters);
    // A wrong personnummer (page 3) does not stop the first page.
    s.handle(Command::Edit(Action::SetText(TextField::PersonalNumber, "123".into())), LATER);
    s.handle(Command::Continue, LATER);
    assert_eq!((s.step, s.page), (Step::WhatMatters, 1));
    assert!(s.problems.is_empty());
    s.handle(Command::Continue, LATER);
    s.handle(Command::Continue, LATER);
    assert_eq!((s.step, s.page), (Step::WhatMatters, 2), "its own page stops");
    assert_eq!(s.problems.len(), 1);
}

#[test]
fn fix_from_the_summary_lands_on_the_fields_page_and_continue_returns() {
    for (field, step, page) in [
        (FieldRef::Text(TextField::PersonalNumber), Step::WhatMatters, 2),
        (FieldRef::Item(ListId::Relatives, 0, ItemField::Name), Step::WhatMatters, 1),
        (FieldRef::Item(ListId::CareActions, 0, ItemField::Text), Step::Commitments, 2),
        (FieldRef::Item(ListId::Routes, 0, ItemField::Details), Step::Contacts, 1),
        (FieldRef::Answer(Perspective::Patient, 4), Step::Questions, 2),
        (FieldRef::Answer(Perspective::Patient, 0), Step::Questions, 0),
        (FieldRef::Answer(Perspective::Patient, 1), Step::Questions, 1),
    ] {
        let mut s = at(Step::Summary);
        s.agreement = typical();
        s.handle(Command::Fix(field), LATER);
        assert_eq!((s.step, s.page, s.focus), (step, page, Some(field)), "{field:?}");
        s.handle(Command::Continue, LATER);
        assert_eq!(s.step, Step::Summary, "{field:?}: back to the summary (check answers)");
    }
}

#[test]
fn problems_appear_on_continue_not_while_typing_and_go_once_fixed() {
    let mut s = at(Step::WhatMatters);
    s.handle(Command::Fix(FieldRef::Text(TextField::PersonalNumber)), LATER);
    s.handle(Command::Edit(Action::SetText(TextField::PersonalNumber, "123".into())), LATER);
    assert!(s.problems.is_empty(), "no validation while typing");
    s.handle(Command::Continue, LATER);
    assert_eq!((s.step, s.page), (Step::WhatMatters, 2));
    assert_eq!(
        s.problems,
        vec![Problem { field: FieldRef::Text(TextField::PersonalNumber), code: ErrorCode::PersonalNumberFormat }]
    );
    assert_eq!(s.problems_shown, 1);
    // Still wrong: still shown; the fixed one goes at once.
    s.handle(Command::Edit(Action::SetText(TextField::PersonalNumber, "1912".into())), LATER);
    assert_eq!(s.problems.len(), 1, "still wrong: still shown");
    s.handle(Command::Edit(Action::SetText(TextField::PersonalNumber, "19121212-1212".into())), LATER);
    assert!(s.problems.is_empty());
    // A new problem typed now waits for the next continue.
    s.handle(Command::GoTo(Step::WhatMatters), LATER);
    s.handle(Command::Edit(Action::AddItem(ListId::Goals)), LATER);
    assert!(s.problems.is_empty(), "the empty row is not reported until continue");
    s.handle(Command::Continue, LATER);
    assert_eq!(s.problems.len(), 1);
    assert_eq!(s.problems[0].code, ErrorCode::RowEmpty);
    assert_eq!(s.problems_shown, 2, "shown anew, so the summary takes focus again");
}

#[test]
fn back_and_go_to_never_validate_and_keep_what_was_typed() {
    let mut s = at(Step::WhatMatters);
    s.handle(Command::Edit(Action::SetText(TextField::PersonalNumber, "fel".into())), LATER);
    s.handle(Command::Fix(FieldRef::Text(TextField::PersonalNumber)), LATER);
    s.handle(Command::Continue, LATER);
    assert!(!s.problems.is_empty());
    s.handle(Command::Back, LATER);
    assert_eq!((s.step, s.page), (Step::WhatMatters, 1));
    assert!(s.problems.is_empty(), "problems belong to the page they were shown on");
    assert_eq!(s.agreement.patient.personal_number, "fel", "nothing typed is lost");
    s.handle(Command::Back, LATER);
    s.handle(Command::Back, LATER);
    assert_eq!(s.step, Step::Start);
    s.handle(Command::Back, LATER);
    assert_eq!(s.step, Step::Start);
    s.handle(Command::GoTo(Step::Summary), LATER);
    assert_eq!(s.step, Step::Summary);
}

#[test]
fn every_navigation_is_counted_for_focus_handling() {
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::Continue, NOW);
    s.handle(Command::Back, NOW);
    s.handle(Command::GoTo(Step::Questions), NOW);
    assert_eq!(s.navigations, 3);
    s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "x".into())), NOW);
    assert_eq!(s.navigations, 3, "typing is not navigating");
}

#[test]
fn fix_goes_to_the_fields_step_and_asks_for_its_focus() {
    let mut s = at(Step::Summary);
    s.agreement = typical();
    s.handle(Command::Edit(Action::AddItem(ListId::Routes)), LATER);
    s.handle(Command::Edit(Action::MarkAgreed), LATER);
    assert_eq!(s.problems.len(), 1);
    let field = s.problems[0].field;
    s.handle(Command::Fix(field), LATER);
    assert_eq!(s.step, Step::Contacts);
    assert_eq!(s.focus, Some(FieldRef::Item(ListId::Routes, 1, ItemField::Details)));
    s.handle(Command::Continue, LATER);
    assert_eq!(s.step, Step::Contacts, "the empty row still stops continue");
    s.handle(Command::Back, LATER);
    assert_eq!(s.focus, None, "a plain navigation focuses the heading");
}

#[test]
fn the_agreed_by_block_is_checked_on_the_summary() {
    let mut s = at(Step::Summary);
    s.handle(Command::Edit(Action::MarkAgreed), LATER);
    assert_eq!(s.problems.len(), 3);
    s.handle(Command::Edit(Action::SetText(TextField::AgreedPatientName, "Anna".into())), LATER);
    let codes: Vec<ErrorCode> = s.problems.iter().map(|p| p.code).collect();
    assert_eq!(codes, vec![ErrorCode::AgreedProfessionalNameMissing, ErrorCode::AgreedDateMissing]);
}

#[test]
fn typing_never_shows_problems_even_when_a_value_is_refused() {
    let mut s = at(Step::Schedule);
    s.handle(Command::Edit(Action::SetText(TextField::NextDate, "2027-02-30".into())), LATER);
    assert!(s.problems.is_empty(), "no error summary pops up (and takes focus) while typing");
    assert_eq!(s.problems_shown, 0);
    assert_eq!(s.agreement.schedule.next_time.date, None, "and nothing malformed is stored");
}

#[test]
fn a_date_input_passing_through_year_0002_is_kept_and_checked_on_continue() {
    // Chromium reports 0002-11-22 after the first digit of the year.
    let mut s = at(Step::Schedule);
    s.handle(Command::Edit(Action::SetText(TextField::NextDate, "0002-11-22".into())), LATER);
    assert_eq!(s.agreement.schedule.next_time.date.as_deref(), Some("0002-11-22"));
    assert!(s.problems.is_empty());
    s.handle(Command::Continue, LATER);
    assert_eq!(s.problems, vec![Problem { field: FieldRef::Text(TextField::NextDate), code: ErrorCode::DateFormat }]);
    s.handle(Command::Edit(Action::SetText(TextField::NextDate, "2026-11-22".into())), LATER);
    assert!(s.problems.is_empty());
}

#[test]
fn opening_a_file_continues_it_in_the_chosen_mode_and_language() {
    let mut s = Session::new(empty(Mode::Consultation));
    s.handle(Command::Edit(Action::SetLanguage(Language::EN)), NOW);
    let mut prepared = typical();
    act(&mut prepared, Action::SetMode(Mode::Prepare));
    let rev = s.revision;
    s.handle(Command::Opened(Ok(Box::new(prepared.clone()))), LATER);
    assert_eq!(s.step, Step::Summary);
    assert_eq!(s.agreement.mode, Mode::Consultation, "the patient's preparation continues in the consultation");
    assert_eq!(s.agreement.language, Language::EN);
    assert_eq!(s.agreement.what_matters, prepared.what_matters, "nothing retyped");
    assert!(s.revision > rev, "an opened file is saved");
}

#[test]
fn her_preparation_opened_where_no_mode_was_chosen_asks_once_in_which_mode_to_continue() {
    let mut prepared = typical();
    act(&mut prepared, Action::SetMode(Mode::Prepare));
    // The start page's preselected "Förbered besöket", nobody having chosen it.
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::Opened(Ok(Box::new(prepared.clone()))), LATER);
    assert_eq!(s.step, Step::Start, "not opened yet");
    assert!(matches!(s.confirm, Some(Confirm::OpenAs { replaces: false, .. })), "{:?}", s.confirm);
    let effects = s.handle(Command::OpenAs(Mode::Consultation), LATER);
    assert_eq!(s.step, Step::Summary);
    assert_eq!(s.agreement.mode, Mode::Consultation, "one question, and it is the consultation");
    assert_eq!(s.agreement.what_matters, prepared.what_matters, "nothing retyped");
    assert!(s.confirm.is_none());
    assert!(!effects.is_empty());

    // "Fortsätt förbereda": her preparation, as it was.
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::Opened(Ok(Box::new(prepared.clone()))), LATER);
    s.handle(Command::OpenAs(Mode::Prepare), LATER);
    assert_eq!((s.step, s.agreement.mode), (Step::Summary, Mode::Prepare));

    // Over a draft, the same one question says that it is replaced; "Avbryt" keeps the draft.
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "mitt utkast".into())), NOW);
    s.mode_chosen = false;
    s.handle(Command::Opened(Ok(Box::new(prepared.clone()))), LATER);
    assert!(matches!(s.confirm, Some(Confirm::OpenAs { replaces: true, .. })), "{:?}", s.confirm);
    s.handle(Command::Cancel, LATER);
    assert_eq!(s.agreement.what_matters.own_words, "mitt utkast");

    // A mode chosen on the start page (or set by the host): no question, that mode.
    let mut s = Session::new(empty(Mode::Consultation));
    s.handle(Command::Edit(Action::SetMode(Mode::Prepare)), NOW);
    s.handle(Command::Opened(Ok(Box::new(prepared.clone()))), LATER);
    assert!(s.confirm.is_none());
    assert_eq!((s.step, s.agreement.mode), (Step::Summary, Mode::Prepare));
}

#[test]
fn a_swedish_consultation_keeps_the_language_her_preparation_was_written_in() {
    let arabic = Language::from_tag("ar").expect("Arabic");
    // She prepares in Arabic: the language on screen is the language she writes in, also when
    // she changes it while preparing.
    let mut hers = Session::new(empty(Mode::Prepare));
    assert_eq!(hers.agreement.written_in, Some(Language::SV));
    hers.handle(Command::Edit(Action::SetLanguage(Language::EN)), NOW);
    hers.handle(Command::Edit(Action::SetLanguage(arabic)), NOW);
    hers.handle(Command::Edit(Action::SetText(TextField::OwnWords, "أن أستطيع اللعب مع أحفادي".into())), NOW);
    assert_eq!(hers.agreement.written_in, Some(arabic));
    // The consultation, in Swedish, continues her file: Swedish screens, her language kept.
    let mut s = Session::new(empty(Mode::Consultation));
    assert_eq!(s.agreement.written_in, None, "a consultation begun as one has no language of hers");
    s.handle(Command::Opened(Ok(Box::new(hers.agreement.clone()))), LATER);
    assert_eq!((s.agreement.mode, s.agreement.language), (Mode::Consultation, Language::SV));
    assert_eq!(s.agreement.written_in, Some(arabic));
    assert_eq!(s.agreement.written_language(), arabic);
    assert_eq!(s.agreement.hers_elsewhere(), Some(arabic), "her words are marked as written in Arabic");
    // Changing the screen's language in the consultation does not change hers.
    s.handle(Command::Edit(Action::SetLanguage(Language::EN)), LATER);
    assert_eq!(s.agreement.written_in, Some(arabic));
    s.handle(Command::Edit(Action::SetLanguage(arabic)), LATER);
    assert_eq!(s.agreement.hers_elsewhere(), None, "nothing to mark when the screen is in her language");
    // Begun on the start page as a consultation, with nothing of hers: no language of hers.
    let mut fresh = empty(Mode::Prepare);
    act(&mut fresh, Action::SetMode(Mode::Consultation));
    assert_eq!(fresh.written_in, None);
}

#[test]
fn an_agreed_consultation_file_stays_agreed_whatever_mode_the_start_page_shows() {
    let mut s = Session::new(empty(Mode::Prepare));
    let mut agreed = typical();
    act(&mut agreed, Action::MarkAgreed);
    s.handle(Command::Opened(Ok(Box::new(agreed.clone()))), LATER);
    assert_eq!(s.agreement, agreed, "opened exactly as saved, timestamps included");
}

#[test]
fn a_file_that_cannot_be_opened_leaves_the_draft_untouched() {
    let mut s = Session::new(typical());
    let before = s.agreement.clone();
    s.handle(Command::Opened(Err(ImportError::Truncated)), LATER);
    assert_eq!(s.agreement, before);
    assert_eq!(s.step, Step::Start);
    assert_eq!(s.import_error, Some(ImportError::Truncated));
    s.handle(Command::Opened(Ok(Box::new(typical()))), LATER);
    assert_eq!(s.import_error, None, "a good file clears the old message");
}

#[test]
fn revision_counts_real_changes_only() {
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "a".into())), NOW);
    s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "a".into())), NOW);
    s.handle(Command::Edit(Action::RemoveItem(ListId::Goals, 3)), NOW);
    assert_eq!(s.revision, 1);
}

#[test]
fn blank_means_nothing_written_or_chosen() {
    let mut a = empty(Mode::Prepare);
    assert!(a.is_blank());
    act(&mut a, Action::SetLanguage(Language::EN));
    act(&mut a, Action::SetMode(Mode::Consultation));
    assert!(a.is_blank(), "mode and language are not content");
    act(&mut a, Action::AddItem(ListId::Goals));
    assert!(!a.is_blank());
    act(&mut a, Action::RemoveItem(ListId::Goals, 0));
    assert!(a.is_blank());
    act(&mut a, Action::SetAnswer(Perspective::Patient, 0, Some(Tri::No), None));
    assert!(!a.is_blank());
}

#[test]
fn a_file_opened_over_a_draft_waits_for_confirmation_then_replaces_it() {
    let mut s = Session::new(typical());
    let before = s.agreement.clone();
    let mut other = typical();
    other.id = "annan-fil".into();
    s.handle(Command::Opened(Ok(Box::new(other.clone()))), LATER);
    assert_eq!(s.agreement, before, "nothing replaced before the user says yes");
    assert_eq!(s.confirm, Some(Confirm::Replace(Box::new(other.clone()))));
    assert_eq!(s.step, Step::Start);
    s.handle(Command::Cancel, LATER);
    assert_eq!((s.confirm.clone(), &s.agreement), (None, &before), "no keeps the draft");
    s.handle(Command::ConfirmReplace, LATER);
    assert_eq!(s.agreement, before, "yes without a question on screen does nothing");

    s.handle(Command::Opened(Ok(Box::new(other.clone()))), LATER);
    let rev = s.revision;
    s.handle(Command::ConfirmReplace, LATER);
    assert_eq!(s.agreement.id, "annan-fil");
    assert_eq!(s.confirm, None);
    assert_eq!(s.step, Step::Summary);
    assert_eq!(s.notice, Some(Notice::FileOpened));
    assert!(s.revision > rev, "the opened file is saved");
}

#[test]
fn a_file_opened_over_a_blank_draft_opens_at_once() {
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::Opened(Ok(Box::new(typical()))), LATER);
    assert_eq!(s.confirm, None);
    assert_eq!(s.agreement.what_matters, typical().what_matters);
    assert_eq!(s.notice, Some(Notice::FileOpened));
}

#[test]
fn clearing_asks_first_then_starts_again_blank_in_the_same_language_and_wipes_storage() {
    let mut s = Session::new(typical());
    s.handle(Command::Edit(Action::SetLanguage(Language::EN)), NOW);
    s.handle(Command::GoTo(Step::Planning), NOW);
    s.handle(Command::AskClear, NOW);
    assert_eq!(s.confirm, Some(Confirm::Clear));
    s.handle(Command::Cancel, NOW);
    assert_eq!(s.confirm, None);
    assert!(!s.agreement.is_blank(), "no keeps everything");
    assert_eq!(s.clears, 0);

    s.handle(Command::AskClear, NOW);
    s.handle(Command::Clear(Box::new(Agreement::new("ny", LATER, Mode::Prepare, Language::SV))), LATER);
    assert!(s.agreement.is_blank());
    assert_eq!(s.agreement.id, "ny");
    assert_eq!(s.agreement.language, Language::EN, "the language on screen stays");
    assert_eq!(s.step, Step::Start);
    assert_eq!(s.confirm, None);
    assert_eq!(s.notice, Some(Notice::Cleared));
    assert_eq!(s.clears, 1, "storage is wiped at once");
}

#[test]
fn the_start_says_what_storage_held() {
    let fresh = || empty(Mode::Prepare);
    let s = Session::resume(Loaded::Nothing, fresh(), None, false);
    assert_eq!((s.notice, s.autosave_paused), (None, false));
    let s = Session::resume(Loaded::Nothing, fresh(), None, true);
    assert_eq!(s.notice, Some(Notice::StorageOff));
    let s = Session::resume(Loaded::Nothing, fresh(), Some(StorageProblem::Blocked), false);
    assert_eq!(s.notice, Some(Notice::Storage(StorageProblem::Blocked)));
    let draft = typical();
    let s = Session::resume(Loaded::Draft(Box::new(draft.clone())), fresh(), None, false);
    assert_eq!(s.agreement, draft);
    assert_eq!(s.notice, Some(Notice::Restored { saved: draft.updated.clone() }));
    let s = Session::resume(Loaded::Draft(Box::new(fresh())), fresh(), None, false);
    assert_eq!(s.notice, None, "a blank draft is nothing to restore");
}

#[test]
fn an_unreadable_draft_pauses_autosave_until_the_user_starts_afresh() {
    let loaded = Loaded::Unreadable { raw: "trasig".into(), error: ImportError::Truncated };
    let mut s = Session::resume(loaded, empty(Mode::Prepare), None, false);
    assert!(s.autosave_paused);
    assert!(matches!(&s.notice, Some(Notice::Unreadable { raw, error: ImportError::Truncated }) if &**raw == "trasig"));
    s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "nytt".into())), NOW);
    assert!(s.autosave_paused, "typing does not unpause it");
    s.handle(Command::StartFresh, NOW);
    assert!(!s.autosave_paused);
    assert_eq!(s.notice, None);
}

#[test]
fn a_failed_save_is_told_once_and_a_notice_closes() {
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::SaveFailed(StorageProblem::Full), NOW);
    assert_eq!(s.notice, Some(Notice::Storage(StorageProblem::Full)));
    s.handle(Command::CloseNotice, NOW);
    assert_eq!(s.notice, None);
    s.handle(Command::SaveFailed(StorageProblem::Full), NOW);
    assert_eq!(s.notice, None, "said once");
    let mut s = Session::resume(Loaded::Nothing, empty(Mode::Prepare), Some(StorageProblem::Blocked), false);
    s.handle(Command::CloseNotice, NOW);
    s.handle(Command::SaveFailed(StorageProblem::Blocked), NOW);
    assert_eq!(s.notice, None, "already told at start");
}

#[test]
fn the_follow_up_is_chosen_on_the_start_page_and_closed_back_to_it() {
    let mut s = Session::new(typical());
    let before = s.agreement.clone();
    s.handle(Command::ChooseFollowup, NOW);
    assert!(s.followup_chosen);
    assert_eq!(s.view, View::Dialogue, "only with Börja");
    let navigations = s.navigations;
    s.handle(Command::Continue, NOW);
    assert_eq!((s.view, s.step), (View::Followup, Step::Start));
    assert_eq!(s.navigations, navigations + 1, "opening the view moves focus to its heading");
    assert_eq!(s.focus, None);
    s.handle(Command::CloseFollowup, NOW);
    assert_eq!((s.view, s.step, s.followup_chosen), (View::Dialogue, Step::Start, false));
    assert_eq!(s.agreement, before, "the draft is left as it was");
    // Choosing a mode again takes the follow-up choice back.
    s.handle(Command::ChooseFollowup, NOW);
    s.handle(Command::Edit(Action::SetMode(Mode::Consultation)), NOW);
    assert!(!s.followup_chosen);
    s.handle(Command::Continue, NOW);
    assert_eq!((s.view, s.step), (View::Dialogue, Step::WhatMatters));
}

#[test]
fn a_change_from_the_summary_returns_to_the_summary() {
    let mut s = at(Step::Summary);
    s.handle(Command::GoTo(Step::Planning), NOW);
    assert!(s.returning);
    s.handle(Command::Continue, NOW);
    assert_eq!(s.step, Step::Summary, "Fortsätt goes back to the summary, not on to step 4");
    // An error link from the summary to another step does the same.
    s.handle(Command::Fix(FieldRef::Text(TextField::OwnWords)), NOW);
    assert_eq!(s.step, Step::WhatMatters);
    s.handle(Command::Continue, NOW);
    assert_eq!(s.step, Step::Summary);
    // Walking the steps in order is unchanged.
    let mut s = at(Step::Planning);
    s.handle(Command::Continue, NOW);
    assert_eq!(s.step, Step::Contacts);
    // Back from a step opened from the summary walks back normally.
    let mut s = at(Step::Summary);
    s.handle(Command::GoTo(Step::Planning), NOW);
    s.handle(Command::Back, NOW);
    s.handle(Command::Continue, NOW);
    assert_eq!(s.step, Step::Planning);
}

#[test]
fn resuming_goes_to_the_step_left_last() {
    let mut s = Session::new(typical());
    s.handle(Command::Resume(Some(Step::Contacts)), NOW);
    s.handle(Command::Continue, NOW);
    assert_eq!(s.step, Step::Contacts);
    // A blank draft starts at step 1, whatever was stored.
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::Resume(Some(Step::Contacts)), NOW);
    s.handle(Command::Continue, NOW);
    assert_eq!(s.step, Step::WhatMatters);
}

#[test]
fn notices_that_tell_what_just_happened_go_with_their_page() {
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::Opened(Ok(Box::new(typical()))), NOW);
    assert_eq!(s.notice, Some(Notice::FileOpened));
    s.handle(Command::GoTo(Step::WhatMatters), NOW);
    assert_eq!(s.notice, None, "'Filen är öppnad' does not follow to later steps");
    let mut s = Session::resume(Loaded::Nothing, empty(Mode::Prepare), Some(StorageProblem::Full), false);
    s.handle(Command::Continue, NOW);
    assert_eq!(s.notice, Some(Notice::Storage(StorageProblem::Full)), "a storage warning stays until closed");
}

#[test]
fn marking_as_agreed_is_confirmed() {
    let mut s = Session::new(typical());
    s.handle(Command::GoTo(Step::Summary), NOW);
    s.handle(Command::Edit(Action::MarkAgreed), NOW);
    assert_eq!(s.agreement.status, Status::Agreed);
    assert_eq!(s.notice, Some(Notice::Agreed));
}

#[test]
fn problems_are_listed_in_the_order_of_the_page() {
    let mut a = empty(Mode::Consultation);
    act(&mut a, Action::AddItem(ListId::Relatives));
    act(&mut a, Action::AddItem(ListId::Goals));
    act(&mut a, Action::AddItem(ListId::Goals));
    text(&mut a, TextField::PersonalNumber, "123");
    let order: Vec<FieldRef> = validate(&a).into_iter().map(|p| p.field).collect();
    assert_eq!(
        order,
        [
            FieldRef::Item(ListId::Goals, 0, ItemField::Text),
            FieldRef::Item(ListId::Goals, 1, ItemField::Text),
            FieldRef::Item(ListId::Relatives, 0, ItemField::Name),
            FieldRef::Text(TextField::PersonalNumber),
        ],
        "goals, then närstående, then 'Om dig', as on the page"
    );
}

/// A draft last changed at `updated`, with own words `words`.
fn draft_at(updated: &str, words: &str) -> Agreement {
    let mut a = empty(Mode::Prepare);
    text(&mut a, TextField::OwnWords, words);
    a.updated = updated.into();
    a
}

#[test]
fn the_durable_copy_replaces_an_older_or_missing_draft_before_the_user_starts() {
    // Nothing in localStorage (the browser died before flushing it): the durable copy is taken,
    // with the step it was on.
    let mut s = Session::resume(Loaded::Nothing, empty(Mode::Prepare), None, false);
    let d = draft_at("2026-11-22T10:00:05Z", "Från IndexedDB");
    s.handle(Command::Durable(Loaded::Draft(Box::new(d)), Some(Step::Planning)), NOW);
    assert_eq!(s.agreement.what_matters.own_words, "Från IndexedDB");
    assert!(matches!(s.notice, Some(Notice::Restored { .. })));
    s.handle(Command::Continue, NOW);
    assert_eq!(s.step, Step::Planning, "resumes where the durable copy was");
    // localStorage older than the durable copy (times in different offsets): the newer wins.
    let old = draft_at("2026-11-22T11:00:00+01:00", "Äldre");
    let mut s = Session::resume(Loaded::Draft(Box::new(old)), empty(Mode::Prepare), None, false);
    let d = draft_at("2026-11-22T10:00:01Z", "Nyare");
    s.handle(Command::Durable(Loaded::Draft(Box::new(d)), None), NOW);
    assert_eq!(s.agreement.what_matters.own_words, "Nyare");
}

#[test]
fn the_durable_copy_never_replaces_newer_text_or_what_the_user_has_begun() {
    let newer = draft_at("2026-11-22T10:00:09Z", "Nyast");
    let mut s = Session::resume(Loaded::Draft(Box::new(newer)), empty(Mode::Prepare), None, false);
    s.handle(Command::Durable(Loaded::Draft(Box::new(draft_at("2026-11-22T10:00:01Z", "Äldre"))), None), NOW);
    assert_eq!(s.agreement.what_matters.own_words, "Nyast", "an older durable copy is ignored");
    // The user chose a mode (a change) before the durable copy arrived: theirs stays.
    let mut s = Session::resume(Loaded::Nothing, empty(Mode::Prepare), None, false);
    s.handle(Command::Edit(Action::SetMode(Mode::Consultation)), NOW);
    s.handle(Command::Durable(Loaded::Draft(Box::new(draft_at("2026-11-22T10:00:01Z", "Sen"))), None), NOW);
    assert!(s.agreement.what_matters.own_words.is_empty());
    assert_eq!(s.agreement.mode, Mode::Consultation);
    // Unreadable durable text is shown, and autosave paused, only when there is nothing else.
    let mut s = Session::resume(Loaded::Nothing, empty(Mode::Prepare), None, false);
    let raw = Loaded::Unreadable { raw: "{trasig".into(), error: ImportError::Empty };
    s.handle(Command::Durable(raw.clone(), None), NOW);
    assert!(matches!(s.notice, Some(Notice::Unreadable { .. })));
    assert!(s.autosave_paused);
    let mut s = Session::resume(Loaded::Draft(Box::new(draft_at(NOW, "Läsbar"))), empty(Mode::Prepare), None, false);
    s.handle(Command::Durable(raw, None), NOW);
    assert_eq!(s.agreement.what_matters.own_words, "Läsbar");
    assert!(!s.autosave_paused);
}

#[test]
fn continue_on_the_start_page_waits_for_the_durable_copy_and_then_resumes_it() {
    let older = draft_at("2026-11-22T10:00:00Z", "Äldre");
    let mut s = Session::resume(Loaded::Draft(Box::new(older)), empty(Mode::Prepare), None, false);
    s.handle(Command::Resume(Some(Step::Commitments)), NOW);
    s.handle(Command::AwaitDurable, NOW);
    // Pressed before the durable copy is in: nothing happens yet...
    s.handle(Command::Continue, NOW);
    assert_eq!(s.step, Step::Start);
    // ...and once it is, the newer text is what continues, on its step.
    let newer = draft_at("2026-11-22T10:00:05Z", "Nyare");
    s.handle(Command::Durable(Loaded::Draft(Box::new(newer)), Some(Step::Schedule)), NOW);
    assert_eq!(s.agreement.what_matters.own_words, "Nyare");
    assert_eq!(s.step, Step::Schedule);
    assert!(!s.durable_pending);
    // No durable copy at all (or the read timed out): the held "Fortsätt" goes on with what there is.
    let mut s = Session::resume(Loaded::Nothing, empty(Mode::Prepare), None, false);
    s.handle(Command::AwaitDurable, NOW);
    s.handle(Command::Continue, NOW);
    s.handle(Command::Durable(Loaded::Nothing, None), NOW);
    assert_eq!(s.step, Step::WhatMatters);
    // A late second answer (the timeout after the read) changes nothing.
    s.handle(Command::Durable(Loaded::Nothing, None), NOW);
    assert_eq!(s.step, Step::WhatMatters);
}

#[test]
fn the_host_setting_the_agreement_replaces_it_exactly_and_shows_the_summary() {
    let mut s = Session::resume(Loaded::Nothing, empty(Mode::Consultation), None, false);
    let given = typical();
    s.handle(Command::HostSet { agreement: Box::new(given.clone()), replace: false }, LATER);
    assert_eq!(s.agreement, given, "nothing changed on the way in: not the mode, language or times");
    assert_eq!(s.step, Step::Summary);
    assert_eq!(s.last_change.as_deref(), Some("agreement"));
    assert!(s.confirm.is_none(), "a blank draft: no question");
}

#[test]
fn a_change_says_which_field_changed_never_the_text() {
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "Hemligt".into())), LATER);
    assert_eq!(s.last_change.as_deref(), Some("own-words"));
    s.handle(Command::Edit(Action::AddItem(ListId::Goals)), LATER);
    s.handle(Command::Edit(Action::SetItemText(ListId::Goals, 0, ItemField::Text, "Hemligt mål".into())), LATER);
    assert_eq!(s.last_change.as_deref(), Some("goals-0-text"), "as the element ids: rows from 0");
    s.handle(Command::Edit(Action::SetAnswerComment(Perspective::Patient, 2, "Hemlig kommentar".into(), None)), LATER);
    assert_eq!(s.last_change.as_deref(), Some("answer-patient-3-comment"));
    assert!(!s.last_change.unwrap_or_default().contains("Hemlig"));
}

#[test]
fn dates_and_times_are_typed_as_people_write_them_and_shown_as_typed() {
    let mut s = at(Step::Schedule);
    // Written another way: held as ISO 8601, shown as typed (nothing rewritten under her fingers).
    s.handle(Command::Edit(Action::SetText(TextField::NextDate, "2027-3-1".into())), LATER);
    assert_eq!(s.agreement.schedule.next_time.date.as_deref(), Some("2027-03-01"));
    assert_eq!(s.shown_text(TextField::NextDate), "2027-3-1");
    s.handle(Command::Edit(Action::SetText(TextField::NextTime, "9.05".into())), LATER);
    assert_eq!(s.agreement.schedule.next_time.time.as_deref(), Some("09:05"));
    assert_eq!(s.shown_text(TextField::NextTime), "9.05");
    for (typed, held) in [("20270301", "2027-03-01"), ("2027/03/01", "2027-03-01"), ("2027 3 1", "2027-03-01")] {
        s.handle(Command::Edit(Action::SetText(TextField::NextDate, typed.into())), LATER);
        assert_eq!(s.agreement.schedule.next_time.date.as_deref(), Some(held), "{typed}");
    }
    for (typed, held) in [("1430", "14:30"), ("14", "14:00"), ("14:30", "14:30")] {
        s.handle(Command::Edit(Action::SetText(TextField::NextTime, typed.into())), LATER);
        assert_eq!(s.agreement.schedule.next_time.time.as_deref(), Some(held), "{typed}");
    }
    s.handle(Command::Continue, LATER);
    assert!(s.problems.is_empty(), "{:?}", s.problems);

    // Not a date (yet): nothing held, the field keeps her text, and "Fortsätt" says what is wrong.
    let mut s = at(Step::Schedule);
    s.handle(Command::Edit(Action::SetText(TextField::NextDate, "1 mars".into())), LATER);
    assert_eq!(s.agreement.schedule.next_time.date, None, "nothing malformed is stored");
    assert_eq!(s.shown_text(TextField::NextDate), "1 mars", "what she typed stays on screen");
    assert!(s.problems.is_empty(), "no error while typing");
    s.handle(Command::Continue, LATER);
    assert_eq!(s.step, Step::Schedule, "not past the step");
    assert!(
        s.problems.contains(&Problem { field: FieldRef::Text(TextField::NextDate), code: ErrorCode::DateFormat }),
        "{:?}",
        s.problems
    );
    s.handle(Command::Edit(Action::SetText(TextField::NextTime, "25:00".into())), LATER);
    s.handle(Command::Continue, LATER);
    assert!(
        s.problems.contains(&Problem { field: FieldRef::Text(TextField::NextTime), code: ErrorCode::TimeFormat }),
        "{:?}",
        s.problems
    );
    // Put right: the errors go, and it is held.
    s.handle(Command::Edit(Action::SetText(TextField::NextDate, "2027-03-01".into())), LATER);
    s.handle(Command::Edit(Action::SetText(TextField::NextTime, "10:00".into())), LATER);
    assert_eq!(s.shown_text(TextField::NextDate), "2027-03-01");
    assert!(s.typed.is_empty(), "{:?}", s.typed);
    s.handle(Command::Continue, LATER);
    assert_eq!(s.step, Step::Questions);

    // A date that does not exist is not one.
    let mut s = at(Step::Schedule);
    s.handle(Command::Edit(Action::SetText(TextField::NextDate, "2027-02-30".into())), LATER);
    assert_eq!(s.agreement.schedule.next_time.date, None);
    s.handle(Command::Continue, LATER);
    assert_eq!(s.problems, vec![Problem { field: FieldRef::Text(TextField::NextDate), code: ErrorCode::DateFormat }]);
}

#[test]
fn fill_in_goes_to_the_page_that_asks_it_and_back_within_the_step_still_returns() {
    let mut s = at(Step::Summary);
    s.handle(Command::GoToRow(SummaryRow::List(ListId::Routes)), LATER);
    assert_eq!((s.step, s.page, s.returning, s.answers_open), (Step::Contacts, 1, true, true));
    assert_eq!(s.focus, None, "the page's heading takes focus");
    s.handle(Command::Back, LATER);
    assert_eq!((s.step, s.page), (Step::Contacts, 0));
    s.handle(Command::Continue, LATER);
    assert_eq!(s.step, Step::Summary, "opened from the summary, a page back still returns there");
    s.handle(Command::GoToRow(SummaryRow::Question(6)), LATER);
    assert_eq!((s.step, s.page), (Step::Questions, 3));
    s.handle(Command::Back, LATER);
    s.handle(Command::Back, LATER);
    s.handle(Command::Back, LATER);
    s.handle(Command::Back, LATER);
    assert_eq!((s.step, s.page, s.returning), (Step::Schedule, 0, false), "out of the step: on with the dialogue");
}

#[test]
fn every_gap_links_to_the_page_that_asks_it() {
    for g in PartGap::ALL {
        assert_eq!(g.row().step(), g.step());
        assert!(g.step().page_of(Mode::Consultation, g.row()).is_some(), "{g:?} is asked on a page");
    }
    let mut s = at(Step::Summary);
    s.handle(Command::GoToRow(PartGap::RoutesMissing.row()), NOW);
    assert_eq!((s.step, s.page), (Step::Contacts, 1), "the routes' page");
    s.handle(Command::GoTo(Step::Summary), NOW);
    s.handle(Command::GoToRow(PartGap::CareActionsMissing.row()), NOW);
    assert_eq!((s.step, s.page), (Step::Commitments, 2));
}

#[test]
fn the_summary_folds_every_answer_until_she_comes_back_from_changing_one() {
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::GoTo(Step::Summary), NOW);
    assert!(!s.answers_open, "folded under what she can do now");
    s.handle(Command::Fix(FieldRef::Text(TextField::OwnWords)), NOW);
    s.handle(Command::Continue, NOW);
    assert_eq!(s.step, Step::Summary);
    assert!(s.answers_open, "back from a change: the answers she changed it from");
}

/// Issue 27, "What the record says": an answer given on a page that shows its question in other
/// words than a Swedish page (a translation, lättläst Swedish) records those words and the
/// language; an answer changed on a Swedish page records none, nor does an answer left blank.
#[test]
fn an_answer_records_the_words_she_was_asked_in_when_the_page_is_not_swedish() {
    let arabic = installed("ar");
    let lattlast = installed("sv-x-lattlast");
    let q = |p: Perspective, n: usize| pk_core::content::question(p, n).expect("one of the seven");
    let asked = |s: &Session, p: Perspective, n: usize| s.agreement.answers.of(p)[n].asked.clone();
    let edit = |s: &mut Session, action: Action| s.handle(Command::Edit(action), LATER);
    // What the questions page sends: the answer with the words it shows the question in.
    let answer = |s: &mut Session, p: Perspective, n: usize, v: Option<Tri>| {
        let action = answer_on_page(&s.agreement, p, n, v);
        s.handle(Command::Edit(action), LATER)
    };
    let mut s = Session::new(empty(Mode::Prepare));
    edit(&mut s, Action::SetLanguage(arabic));
    answer(&mut s, Perspective::Before, 2, Some(Tri::No));
    let arabic_q3 = q(Perspective::Before, 2).get(arabic);
    assert!(arabic_q3.starts_with("هل لديك طرق سهلة"), "the Arabic file's question 3: {arabic_q3}");
    assert_eq!(asked(&s, Perspective::Before, 2), Some(Asked { language: arabic, text: arabic_q3.to_string() }));
    // A comment alone records them too; a question not answered records nothing.
    let action = comment_on_page(&s.agreement, Perspective::Before, 4, "لا أعرف");
    edit(&mut s, action);
    assert_eq!(asked(&s, Perspective::Before, 4).map(|a| a.text), Some(q(Perspective::Before, 4).get(arabic).into()));
    assert_eq!(asked(&s, Perspective::Before, 0), None);
    // Changing the language on screen changes no answer; changing an answer on a Swedish page
    // records that it was asked in SKR's words (nothing).
    edit(&mut s, Action::SetLanguage(Language::SV));
    assert_eq!(asked(&s, Perspective::Before, 2).map(|a| a.language), Some(arabic));
    answer(&mut s, Perspective::Before, 2, Some(Tri::Yes));
    assert_eq!(asked(&s, Perspective::Before, 2), None, "answered again in SKR's words");
    // Lättläst Swedish is other words too, recorded as the page's own tag.
    edit(&mut s, Action::SetLanguage(lattlast));
    answer(&mut s, Perspective::Before, 2, Some(Tri::DontKnow));
    let easy = q(Perspective::Before, 2).get(lattlast);
    assert_ne!(easy, q(Perspective::Before, 2).sv);
    assert_eq!(asked(&s, Perspective::Before, 2), Some(Asked { language: lattlast, text: easy.to_string() }));
    // An answer taken back (no value, no comment) was not given: no words asked.
    answer(&mut s, Perspective::Before, 2, None);
    assert_eq!(asked(&s, Perspective::Before, 2), None);
    // Care's questions keep SKR's words in lättläst: nothing to record.
    edit(&mut s, Action::SetMode(Mode::Consultation));
    answer(&mut s, Perspective::Professional, 0, Some(Tri::Yes));
    assert_eq!(asked(&s, Perspective::Professional, 0), None);
    // In Arabic care's question is translated: recorded.
    edit(&mut s, Action::SetLanguage(arabic));
    answer(&mut s, Perspective::Professional, 0, Some(Tri::No));
    assert_eq!(
        asked(&s, Perspective::Professional, 0),
        Some(Asked { language: arabic, text: q(Perspective::Professional, 0).get(arabic).into() })
    );
}

/// A question the host reworded is asked in the host's words: its English on an English page
/// (recorded, the host's translation), its Swedish on every other page (nothing to record).
#[test]
fn a_reworded_question_records_the_hosts_english_words_and_nothing_in_another_language() {
    let arabic = installed("ar");
    english();
    let mut a = empty(Mode::Prepare);
    a.reworded.push(Reworded {
        id: question_id(Perspective::Patient, 0),
        sv: "Kan du leva ditt liv och få hjälp när du behöver?".into(),
        en: "Can you live your life and get help when you need it?".into(),
    });
    let mut s = Session::new(a);
    s.handle(Command::Edit(Action::SetLanguage(arabic)), LATER);
    s.handle(Command::Edit(answer_on_page(&s.agreement, Perspective::Before, 0, Some(Tri::Yes))), LATER);
    assert_eq!(s.agreement.answers.before[0].asked, None, "an Arabic page shows the host's Swedish");
    s.handle(Command::Edit(Action::SetLanguage(Language::EN)), LATER);
    s.handle(Command::Edit(answer_on_page(&s.agreement, Perspective::Before, 0, Some(Tri::No))), LATER);
    assert_eq!(
        s.agreement.answers.before[0].asked,
        Some(Asked { language: Language::EN, text: "Can you live your life and get help when you need it?".into() })
    );
}
