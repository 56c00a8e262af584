//! What the session asks the browser side to do ([`Effect`]): saving, wiping storage, moving
//! focus and telling the host follow from the commands, and nothing else does them.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::envelope::ImportError;
use pk_core::domain::*;

fn start(loaded: Loaded, problem: Option<StorageProblem>, handover: Vec<Command>) -> (Session, Vec<Effect>) {
    let s = Start {
        loaded,
        fresh: empty(Mode::Prepare),
        problem,
        storage_off: false,
        followup: false,
        stored_step: None,
        readonly: false,
        exports_to_host: false,
        durable: false,
        handover,
        host: Default::default(),
    };
    Session::start(s, NOW)
}

fn tells(effects: &[Effect]) -> Vec<&Tell> {
    effects.iter().filter_map(|e| if let Effect::Tell(t) = e { Some(t) } else { None }).collect()
}

#[test]
fn clearing_wipes_storage_at_once_and_tells_the_host() {
    let mut s = Session::new(typical());
    s.handle(Command::GoTo(Step::Planning), NOW);
    let asked = s.handle(Command::AskClear, NOW);
    assert_eq!(asked, vec![Effect::Focus(Focus::ClearQuestion)], "the question takes focus; nothing is wiped yet");
    let cleared = s.handle(Command::Clear(Box::new(empty(Mode::Prepare))), LATER);
    assert!(cleared.contains(&Effect::ClearDevice), "every draft on the device: {cleared:?}");
    assert!(!cleared.contains(&Effect::WipeStorage), "{cleared:?}");
    assert!(cleared.contains(&Effect::Tell(Tell::Reset)), "{cleared:?}");
    assert!(!cleared.contains(&Effect::SaveStep(Step::Start)), "a blank draft's step is not stored");
    // Focus goes to the start page's heading, then back to "Rensa uppgifter" (the question is gone).
    let focus: Vec<&Effect> = cleared.iter().filter(|e| matches!(e, Effect::Focus(_))).collect();
    assert_eq!(focus, [&Effect::Focus(Focus::Heading), &Effect::Focus(Focus::ClearButton)]);
    let no = s.handle(Command::AskClear, NOW);
    assert_eq!(no, vec![Effect::Focus(Focus::ClearQuestion)]);
    assert_eq!(s.handle(Command::Cancel, NOW), vec![Effect::Focus(Focus::ClearButton)], "no wipes nothing");
}

#[test]
fn typing_saves_soon_and_tells_which_field_never_what_was_typed() {
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::Continue, NOW);
    let typed = s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "Kören på torsdagar".into())), LATER);
    assert_eq!(
        typed,
        vec![Effect::SaveSoon, Effect::Tell(Tell::Change { step: Step::WhatMatters, field: Some("own-words".into()) })]
    );
    assert!(!format!("{typed:?}").contains("Kören"), "the host learns the key, not the text");
    // The same text again changes nothing: nothing to do.
    assert_eq!(s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "Kören på torsdagar".into())), LATER), []);
}

#[test]
fn a_step_change_moves_focus_stores_the_step_and_tells_the_host() {
    let mut s = Session::new(typical());
    let went = s.handle(Command::Continue, NOW);
    assert_eq!(
        went,
        vec![
            Effect::Focus(Focus::Heading),
            Effect::SaveStep(Step::WhatMatters),
            Effect::Tell(Tell::Step(Step::WhatMatters))
        ]
    );
    // An error link to another step focuses that field there.
    let field = FieldRef::Text(TextField::NextStep);
    let fixed = s.handle(Command::Fix(field), NOW);
    assert_eq!(fixed.first(), Some(&Effect::Focus(Focus::Field(field))));
    // A preparation reaching its summary is complete.
    let mut p = Session::new(prepared());
    let end = p.handle(Command::GoTo(Step::Summary), NOW);
    assert!(end.contains(&Effect::Tell(Tell::Complete)), "{end:?}");
}

#[test]
fn marking_agreed_focuses_the_notice_and_gives_the_host_the_agreement() {
    let mut s = Session::new(continued());
    s.handle(Command::Edit(Action::Reopen), NOW);
    s.handle(Command::GoTo(Step::Summary), NOW);
    let marked = s.handle(Command::Edit(Action::MarkAgreed), LATER);
    assert!(marked.contains(&Effect::Focus(Focus::Notice)), "{marked:?}");
    assert!(marked.contains(&Effect::Tell(Tell::Agreed(Box::new(s.agreement.clone())))), "{marked:?}");
    // An agreed file opened is not "marked agreed here": the host is not given it.
    let mut o = Session::new(empty(Mode::Consultation));
    let opened = o.handle(Command::Opened(Ok(Box::new(continued()))), LATER);
    assert!(tells(&opened).iter().all(|t| !matches!(t, Tell::Agreed(_))), "{opened:?}");
}

#[test]
fn a_file_that_cannot_be_opened_tells_the_host_once() {
    let mut s = Session::new(empty(Mode::Prepare));
    let refused = s.handle(Command::Opened(Err(ImportError::Empty)), NOW);
    assert_eq!(refused, vec![Effect::Tell(Tell::ImportFailed(ImportError::Empty))]);
    assert_eq!(s.handle(Command::Opened(Err(ImportError::Empty)), NOW), [], "the same message again is not news");
    let other = s.handle(Command::Opened(Err(ImportError::Truncated)), NOW);
    assert_eq!(other, vec![Effect::Tell(Tell::ImportFailed(ImportError::Truncated))]);
}

#[test]
fn nothing_is_saved_over_an_unreadable_stored_draft() {
    let (mut s, first) = start(Loaded::Unreadable { raw: "{".into(), error: ImportError::Truncated }, None, Vec::new());
    assert_eq!(first, [], "nothing to do at start: the notice offers the stored text");
    let typed = s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "ny".into())), NOW);
    assert!(!typed.contains(&Effect::SaveSoon), "{typed:?}");
    s.handle(Command::StartFresh, NOW);
    let typed = s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "nytt".into())), NOW);
    assert!(typed.contains(&Effect::SaveSoon), "{typed:?}");
}

#[test]
fn the_start_moves_no_focus_unless_begun_on_the_static_page_and_reports_storage() {
    let (_, quiet) = start(Loaded::Nothing, None, Vec::new());
    assert_eq!(quiet, [], "the widget does not steal focus from the host page");
    let (_, blocked) = start(Loaded::Nothing, Some(StorageProblem::Blocked), Vec::new());
    assert_eq!(blocked, vec![Effect::Tell(Tell::Storage(StorageProblem::Blocked))]);
    let (s, begun) = start(Loaded::Nothing, None, vec![Command::Continue]);
    assert_eq!(s.step, Step::WhatMatters);
    assert_eq!(begun.first(), Some(&Effect::Focus(Focus::Heading)), "{begun:?}");
}

#[test]
fn a_failed_save_is_told_once() {
    let mut s = Session::new(empty(Mode::Prepare));
    let first = s.handle(Command::SaveFailed(StorageProblem::Full), NOW);
    assert_eq!(first, vec![Effect::Tell(Tell::Storage(StorageProblem::Full))]);
    assert_eq!(s.handle(Command::SaveFailed(StorageProblem::Full), NOW), []);
}

#[test]
fn another_page_of_the_step_moves_focus_but_is_no_new_step_for_the_host() {
    let mut s = Session::new(empty(Mode::Prepare));
    let first = s.handle(Command::Continue, NOW);
    assert!(first.contains(&Effect::Tell(Tell::Step(Step::WhatMatters))));
    let page = s.handle(Command::Continue, NOW);
    assert_eq!(s.page, 1);
    assert!(page.contains(&Effect::Focus(Focus::Heading)), "{page:?}");
    assert!(!page.iter().any(|e| matches!(e, Effect::Tell(Tell::Step(_)))), "{page:?}");
}
