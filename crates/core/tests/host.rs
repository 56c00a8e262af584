//! The host page's `setAgreement` and `reset` never replace or wipe what she typed without her
//! yes: refused without `replace`, asked with it, and "Ångra" brings hers back until she moves
//! on. What is not hers (a blank draft, the host's own agreement, a read-only view) is replaced
//! at once, as before.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use pk_core::domain::envelope::ImportError;
use pk_core::domain::*;

/// A session whose draft holds her text, on step 1.
fn hers() -> Session {
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::Continue, NOW);
    s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "Kören på torsdagar".into())), NOW);
    assert!(s.holds_her_text());
    s
}

fn host_set(s: &mut Session, a: &Agreement, replace: bool) -> Vec<Effect> {
    s.handle(Command::HostSet { agreement: Box::new(a.clone()), replace }, LATER)
}

fn host_reset(s: &mut Session, replace: bool) -> Vec<Effect> {
    s.handle(Command::HostReset { fresh: Box::new(empty(Mode::Prepare)), replace }, LATER)
}

#[test]
fn without_replace_the_host_cannot_touch_her_text() {
    let mut s = hers();
    let before = s.clone();
    assert_eq!(s.host_outcome(false), HostOutcome::Refused);
    assert_eq!(host_set(&mut s, &typical(), false), vec![]);
    assert_eq!(host_reset(&mut s, false), vec![]);
    assert_eq!(s, before, "nothing changed, nothing asked, nothing wiped");
}

#[test]
fn with_replace_she_is_asked_as_for_a_file_and_no_keeps_hers() {
    let mut s = hers();
    let before = s.agreement.clone();
    assert_eq!(s.host_outcome(true), HostOutcome::Asked);
    let asked = host_set(&mut s, &typical(), true);
    assert_eq!(asked, vec![Effect::Focus(Focus::ReplaceQuestion)], "the question takes focus");
    assert_eq!(s.confirm, Some(Confirm::HostSet(Box::new(typical()))));
    assert_eq!(s.agreement, before, "nothing replaced before she says yes");
    s.handle(Command::Cancel, LATER);
    assert_eq!((s.confirm.clone(), &s.agreement), (None, &before), "no keeps hers");
    host_reset(&mut s, true);
    assert!(matches!(s.confirm, Some(Confirm::HostReset(_))));
    let no = s.handle(Command::Cancel, LATER);
    assert!(!no.contains(&Effect::WipeStorage), "{no:?}");
    assert_eq!(s.agreement, before);
}

#[test]
fn yes_replaces_hers_and_undo_brings_it_back_on_her_step() {
    let mut s = hers();
    let before = s.agreement.clone();
    host_set(&mut s, &typical(), true);
    let yes = s.handle(Command::ConfirmReplace, LATER);
    assert_eq!(s.agreement, typical());
    assert_eq!(s.step, Step::Summary);
    assert_eq!(s.notice, Some(Notice::Replaced));
    assert!(s.undo.is_some());
    assert!(yes.contains(&Effect::SaveSoon), "the host's agreement is saved: {yes:?}");
    let undone = s.handle(Command::Undo, LATER);
    assert_eq!(s.agreement, before, "hers is back, exactly");
    assert_eq!(s.step, Step::WhatMatters, "on the step she was on");
    assert_eq!(s.notice, Some(Notice::Undone));
    assert!(s.undo.is_none());
    assert!(undone.contains(&Effect::SaveSoon), "hers is saved again: {undone:?}");
    assert!(s.holds_her_text(), "and the host cannot replace it without asking");
}

#[test]
fn yes_to_the_hosts_fresh_start_wipes_only_this_draft_and_undo_brings_it_back() {
    let mut s = hers();
    let before = s.agreement.clone();
    host_reset(&mut s, true);
    let yes = s.handle(Command::ConfirmReplace, LATER);
    assert!(s.agreement.is_blank());
    assert_eq!(s.step, Step::Start);
    assert_eq!(s.notice, Some(Notice::Restarted));
    assert!(yes.contains(&Effect::WipeStorage), "{yes:?}");
    assert!(!yes.contains(&Effect::ClearDevice), "the host's reset is not 'Rensa uppgifter': {yes:?}");
    assert!(yes.contains(&Effect::Tell(Tell::Reset)));
    s.handle(Command::Undo, LATER);
    assert_eq!(s.agreement, before);
    assert_eq!(s.step, Step::WhatMatters);
}

#[test]
fn undo_lasts_until_she_changes_something_or_moves_on() {
    let mut s = hers();
    host_set(&mut s, &typical(), true);
    s.handle(Command::ConfirmReplace, LATER);
    s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "Ny text".into())), LATER);
    assert!(s.undo.is_none(), "a change ends it");
    assert_eq!(s.notice, None, "and the notice with its button goes");
    s.handle(Command::Undo, LATER);
    assert_eq!(s.agreement.what_matters.own_words, "Ny text", "nothing to undo");

    let mut s = hers();
    host_set(&mut s, &typical(), true);
    s.handle(Command::ConfirmReplace, LATER);
    s.handle(Command::GoTo(Step::Planning), LATER);
    assert!(s.undo.is_none(), "moving on ends it");
    assert_eq!(s.notice, None);
}

#[test]
fn what_is_not_hers_is_replaced_at_once() {
    // A blank draft.
    let mut s = Session::new(empty(Mode::Prepare));
    assert_eq!(s.host_outcome(false), HostOutcome::Done);
    host_set(&mut s, &typical(), false);
    assert_eq!(s.agreement, typical());
    assert_eq!((s.confirm.clone(), s.undo.is_some()), (None, false));
    // The host's own agreement, untouched since: set again, or reset, without a question.
    let mut other = typical();
    other.id = "annan".into();
    host_set(&mut s, &other, false);
    assert_eq!(s.agreement.id, "annan");
    let reset = host_reset(&mut s, false);
    assert!(s.agreement.is_blank());
    assert!(reset.contains(&Effect::WipeStorage) && reset.contains(&Effect::Tell(Tell::Reset)), "{reset:?}");
    assert_eq!(s.notice, None, "not the notice of 'Rensa uppgifter'");
    // Once she changes the host's agreement, it is hers.
    host_set(&mut s, &typical(), false);
    s.handle(Command::Edit(Action::SetText(TextField::OwnWords, "Mitt".into())), LATER);
    assert_eq!(s.host_outcome(false), HostOutcome::Refused);
    // A read-only view holds nothing of hers, even after the language changed.
    let start = Start {
        loaded: Loaded::Nothing,
        fresh: empty(Mode::Prepare),
        problem: None,
        storage_off: true,
        followup: false,
        stored_step: None,
        readonly: true,
        exports_to_host: false,
        durable: false,
        handover: vec![],
        host: Default::default(),
    };
    let (mut s, _) = Session::start(start, NOW);
    host_set(&mut s, &typical(), false);
    s.handle(Command::Edit(Action::SetLanguage(Language::EN)), LATER);
    host_set(&mut s, &other, false);
    assert_eq!(s.agreement.id, "annan");
}

#[test]
fn a_restored_draft_is_hers() {
    let mut stored = typical();
    stored.id = "hennes".into();
    let mut s = Session::resume(Loaded::Draft(Box::new(stored)), empty(Mode::Prepare), None, false);
    assert!(s.holds_her_text(), "what storage held is hers, whoever wrote it");
    host_reset(&mut s, false);
    assert_eq!(s.agreement.id, "hennes");
}

#[test]
fn rensa_uppgifter_clears_the_device_and_a_failure_is_said() {
    let mut s = hers();
    s.handle(Command::AskClear, NOW);
    let cleared = s.handle(Command::Clear(Box::new(empty(Mode::Prepare))), LATER);
    assert!(cleared.contains(&Effect::ClearDevice), "{cleared:?}");
    assert_eq!(s.notice, Some(Notice::Cleared));
    assert!(s.undo.is_none(), "her own 'Rensa uppgifter' cannot be undone");
    s.handle(Command::ClearFailed, LATER);
    assert_eq!(s.notice, Some(Notice::ClearFailed));
    s.handle(Command::Continue, LATER);
    assert_eq!(s.notice, Some(Notice::ClearFailed), "a warning stays until closed");
}

#[test]
fn the_host_taking_the_exports_is_known_from_the_start_and_may_change() {
    let mut s = Session::new(empty(Mode::Prepare));
    assert!(!s.exports_to_host);
    s.handle(Command::ExportsToHost(true), NOW);
    assert!(s.exports_to_host);
    s.handle(Command::ExportsToHost(false), NOW);
    assert!(!s.exports_to_host);
}

/// After her yes the draft is the host's: its further calls go through at once, yet her draft
/// stays under "Ångra" until she changes something herself; a change of language is not one.
#[test]
fn undo_survives_the_hosts_further_calls_and_a_change_of_language() {
    let mut s = hers();
    let before = s.agreement.clone();
    host_set(&mut s, &typical(), true);
    s.handle(Command::ConfirmReplace, LATER);
    let mut second = typical();
    second.what_matters.own_words = "Mallen, version 2".into();
    assert_eq!(s.host_outcome(false), HostOutcome::Done, "the host's own agreement");
    host_set(&mut s, &second, false);
    assert_eq!(s.agreement, second);
    assert!(s.undo.is_some(), "a further setAgreement keeps her draft under Ångra");
    assert_eq!(s.notice, Some(Notice::Replaced), "and the notice that offers it");
    s.handle(Command::Edit(Action::SetLanguage(Language::EN)), LATER);
    assert!(s.undo.is_some(), "the language on screen is not her change");
    host_reset(&mut s, false);
    assert!(s.undo.is_some(), "nor is the host's fresh start");
    s.handle(Command::Undo, LATER);
    assert_eq!(s.agreement.what_matters.own_words, before.what_matters.own_words, "hers is back");
    // Her own change ends it, as before.
    let mut t = hers();
    host_set(&mut t, &typical(), true);
    t.handle(Command::ConfirmReplace, LATER);
    t.handle(Command::Edit(Action::SetText(TextField::OwnWords, "Ny text".into())), LATER);
    assert!(t.undo.is_none());
}

/// While a stored draft is still being read (the durable copy), or what is stored cannot be
/// read and waits for her choice, the host changes nothing, even asking to replace: what
/// storage holds may be hers.
#[test]
fn the_host_waits_while_a_stored_draft_is_read_or_cannot_be_read() {
    let mut s = Session::new(empty(Mode::Prepare));
    s.handle(Command::AwaitDurable, NOW);
    assert!(!s.holds_her_text(), "the screen is blank");
    for replace in [false, true] {
        assert_eq!(s.host_outcome(replace), HostOutcome::Waiting);
        assert_eq!(host_set(&mut s, &typical(), replace), vec![]);
        assert_eq!(host_reset(&mut s, replace), vec![], "no wipe");
    }
    assert!(s.agreement.is_blank() && s.confirm.is_none());
    s.handle(Command::Durable(Loaded::Nothing, None), NOW);
    assert_eq!(s.host_outcome(false), HostOutcome::Done, "once read, as before");

    let unreadable = Loaded::Unreadable {
        raw: "{\"format\": \"patientkontrakt\", \"version\": 99}".into(),
        error: ImportError::Truncated,
    };
    let mut u = Session::resume(unreadable, empty(Mode::Prepare), None, false);
    for replace in [false, true] {
        assert_eq!(u.host_outcome(replace), HostOutcome::Waiting);
        let effects = host_reset(&mut u, replace);
        assert!(!effects.contains(&Effect::WipeStorage), "{effects:?}");
    }
    assert!(u.autosave_paused, "the unreadable text stays stored until she chooses");
}
