//! The closed set of changes to an agreement, and the one pure function that applies them.

use super::checks::{is_iso_date, is_time_of_day};
use super::field::{assign, limits, Choice, ChoiceField, FieldRef, FlagField, InputKind, ItemField, ListId, TextField};
use super::model::{Agreement, Asked, Language, Mode, NextTime, Perspective, RouteKind, Status, Tri};
use super::validate::{validate_for_agreement, ErrorCode, Problem};

/// Everything that can happen to an agreement.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Set a text field (text beyond the field's limit is cut; the UI never sends it).
    /// A date or time that is not a real ISO 8601 value is refused and nothing changes.
    SetText(TextField, String),
    /// Set a radio group. A value of the wrong kind for the group changes nothing.
    SetChoice(ChoiceField, Choice),
    /// Tick or clear a checkbox.
    SetFlag(FlagField, bool),
    /// Turn the patient's wish `n` into a commitment of care: it moves from the wishes to the
    /// end of "what care does", where it can be edited. Nothing happens when that list is full.
    AcceptWish(usize),
    /// Settle the contact `n` the patient wrote before the visit as her fast vårdkontakt: it moves
    /// from her contacts to the end of the fast vårdkontakter, where it can be edited. Only in a
    /// consultation; nothing happens when that list is full.
    AcceptPatientContact(usize),
    /// Take over the time the patient wrote before the visit as the next time, where it can be
    /// edited: her date and time of day when she gave a date, else her period (never both, which
    /// would read as one time), and how and who she proposed. Copied, not moved: what she wrote
    /// stays in the record as hers. Only in a consultation, and only while the next time is still
    /// empty (nothing typed there is replaced).
    AcceptPreparedTime,
    /// Append an empty row (not beyond [`limits::LIST_ITEMS`]).
    AddItem(ListId),
    /// Remove a row.
    RemoveItem(ListId, usize),
    /// Set a text field of a row.
    SetItemText(ListId, usize, ItemField, String),
    /// Set the kind of a contact route.
    SetRouteKind(usize, RouteKind),
    /// Answer question `n` (0-based) from one side, on a page that showed the question in the
    /// words given (`Some` when they are not a Swedish page's: `content::asked_record`), which
    /// the answer records ([`crate::domain::Answer::asked`]); `None` on a Swedish page.
    SetAnswer(Perspective, usize, Option<Tri>, Option<Asked>),
    /// Comment on question `n` (0-based) from one side; records the words asked as
    /// [`Action::SetAnswer`] does.
    SetAnswerComment(Perspective, usize, String, Option<Asked>),
    /// Switch between prepare and consultation.
    SetMode(Mode),
    /// Switch language.
    SetLanguage(Language),
    /// Mark as agreed; refused while the agreement has problems (see [`validate_for_agreement`]).
    MarkAgreed,
    /// Back to draft.
    Reopen,
    /// Replace everything (an opened file, or a fresh start).
    Replace(Box<Agreement>),
}

impl Action {
    /// What the action changes, as a stable key and never the text itself: the field's key
    /// (`own-words`, `goals-0-text`, `answer-patient-3`: as the element ids), a list's key for adding or removing a
    /// row, or `mode`, `language`, `status`, `agreement`. What the embedding's `pk-change`
    /// event says, so a host learns what changed without seeing patient data.
    pub fn target(&self) -> String {
        match self {
            Action::SetText(f, _) => FieldRef::Text(*f).key(),
            Action::SetChoice(c, _) => FieldRef::Choice(*c).key(),
            Action::SetFlag(f, _) => FieldRef::Flag(*f).key(),
            Action::AcceptWish(_) => ListId::CareActions.key().to_string(),
            Action::AcceptPatientContact(_) => ListId::CareContacts.key().to_string(),
            Action::AcceptPreparedTime => "next-time".into(),
            Action::AddItem(l) | Action::RemoveItem(l, _) => l.key().to_string(),
            Action::SetItemText(l, i, f, _) => FieldRef::Item(*l, *i, *f).key(),
            Action::SetRouteKind(i, _) => format!("{}-{i}-kind", ListId::Routes.key()),
            Action::SetAnswer(p, n, _, _) => FieldRef::Answer(*p, *n).key(),
            Action::SetAnswerComment(p, n, _, _) => format!("{}-comment", FieldRef::Answer(*p, *n).key()),
            Action::SetMode(_) => "mode".into(),
            Action::SetLanguage(_) => "language".into(),
            Action::MarkAgreed | Action::Reopen => "status".into(),
            Action::Replace(_) => "agreement".into(),
        }
    }
}

/// What [`apply`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The agreement changed.
    Changed,
    /// Nothing to do (same value, no such row, list full).
    Unchanged,
    /// Refused, with the reasons.
    Refused(Vec<Problem>),
}

fn cut(value: String, max: usize) -> String {
    match value.char_indices().nth(max) {
        Some((byte, _)) => value[..byte].to_string(),
        None => value,
    }
}

/// Whether an action changes what the agreement says (as opposed to how it is shown).
fn is_content(action: &Action) -> bool {
    !matches!(action, Action::SetLanguage(_) | Action::MarkAgreed | Action::Reopen | Action::Replace(_))
}

/// Applies one action. Pure: the caller passes the current time (RFC 3339), which becomes
/// `updated` when anything changed. An agreed agreement's content does not change: what was
/// agreed is what it says until someone chooses [`Action::Reopen`] ("Ändra överenskommelsen"),
/// which makes it a draft again; a content change is then `Unchanged` (the UI's inputs are
/// read-only meanwhile, so nothing typed is lost).
pub fn apply(a: &mut Agreement, action: Action, now: &str) -> Outcome {
    let content = is_content(&action);
    if content && a.status == Status::Agreed {
        return Outcome::Unchanged;
    }
    // A replaced agreement keeps its own timestamps: opening a file restores it faithfully.
    let stamp = !matches!(action, Action::Replace(_));
    let answered = match &action {
        Action::SetAnswer(p, n, _, asked) | Action::SetAnswerComment(p, n, _, asked) => Some((*p, *n, asked.clone())),
        _ => None,
    };
    let outcome = apply_inner(a, action);
    if let (Outcome::Changed, Some((p, n, asked))) = (&outcome, answered) {
        a.answers.answered_at.stamp(p, now);
        record_asked(a, p, n, asked);
    }
    if outcome == Outcome::Changed && stamp {
        if content && a.status == Status::Agreed {
            a.status = Status::Draft;
        }
        a.updated = now.to_string();
    }
    outcome
}

/// Records with answer `n` of side `p` the words its question was asked in on the page that
/// changed it: the action's, which are `None` on a Swedish page (SKR's words, or the host's). An
/// answer left blank (no value, no comment) was not given, so it records nothing.
fn record_asked(a: &mut Agreement, p: Perspective, n: usize, asked: Option<Asked>) {
    if let Some(ans) = a.answers.of_mut(p).get_mut(n) {
        let blank = ans.value.is_none() && ans.comment.trim().is_empty();
        ans.asked = asked.filter(|_| !blank);
    }
}

fn changed_if(changed: bool) -> Outcome {
    if changed {
        Outcome::Changed
    } else {
        Outcome::Unchanged
    }
}

/// Assigns `value` when it differs from what `slot` holds ([`assign`]): `Changed`, else
/// `Unchanged`. Every "set this place" action goes through here.
fn set<T: PartialEq>(slot: &mut T, value: T) -> Outcome {
    changed_if(assign(slot, value))
}

fn apply_inner(a: &mut Agreement, action: Action) -> Outcome {
    match action {
        Action::SetText(field, value) => {
            // Dates and times only ever hold real ISO 8601 values (the UI's date and time
            // inputs give nothing else), so every export carries valid dates.
            let v = value.trim();
            let code = match field.input() {
                InputKind::Date if !v.is_empty() && !is_iso_date(v) => Some(ErrorCode::DateFormat),
                InputKind::Time if !v.is_empty() && !is_time_of_day(v) => Some(ErrorCode::TimeFormat),
                _ => None,
            };
            if let Some(code) = code {
                return Outcome::Refused(vec![Problem { field: FieldRef::Text(field), code }]);
            }
            let value = if field.is_date_or_time() { v.to_string() } else { value };
            let value = cut(value, field.max_chars());
            changed_if(field.set(a, value))
        }
        Action::SetChoice(field, choice) => set_choice(a, field, choice),
        Action::SetFlag(field, value) => changed_if(field.set(a, value)),
        Action::AcceptWish(n) => {
            let c = &mut a.commitments;
            if n >= c.care_wishes.len() || c.care_actions.len() >= limits::LIST_ITEMS {
                return Outcome::Unchanged;
            }
            let wish = c.care_wishes.remove(n);
            c.care_actions.push(wish);
            Outcome::Changed
        }
        Action::AcceptPatientContact(n) => {
            let c = &mut a.contacts;
            if a.mode != Mode::Consultation
                || n >= c.patient_contacts.len()
                || c.care_contacts.len() >= limits::LIST_ITEMS
            {
                return Outcome::Unchanged;
            }
            let contact = c.patient_contacts.remove(n);
            c.care_contacts.push(contact);
            Outcome::Changed
        }
        Action::AcceptPreparedTime => {
            let s = &mut a.schedule;
            let pt = &s.prepared_time;
            let dated = pt.date.is_some();
            let taken = NextTime {
                date: pt.date.clone(),
                time: pt.time.clone().filter(|_| dated),
                period: if dated { String::new() } else { pt.period.clone() },
                mode: pt.mode,
                initiator: pt.initiator,
            };
            if a.mode != Mode::Consultation || !s.next_time.is_blank() || taken.is_blank() {
                return Outcome::Unchanged;
            }
            s.next_time = taken;
            Outcome::Changed
        }
        Action::AddItem(list) => {
            if list.len(a) >= limits::LIST_ITEMS {
                return Outcome::Unchanged;
            }
            list.push_default(a);
            Outcome::Changed
        }
        Action::RemoveItem(list, index) => changed_if(list.remove(a, index)),
        Action::SetItemText(list, index, field, value) => {
            let value = cut(value, field.max_chars());
            match list.get_mut(a, index, field) {
                Some(slot) => set(slot, value),
                None => Outcome::Unchanged,
            }
        }
        Action::SetRouteKind(index, kind) => match a.contacts.routes.get_mut(index) {
            Some(r) => set(&mut r.kind, kind),
            None => Outcome::Unchanged,
        },
        Action::SetAnswer(p, n, value, _) => match a.answers.of_mut(p).get_mut(n) {
            Some(ans) => set(&mut ans.value, value),
            None => Outcome::Unchanged,
        },
        Action::SetAnswerComment(p, n, comment, _) => {
            let comment = cut(comment, limits::ITEM_TEXT);
            match a.answers.of_mut(p).get_mut(n) {
                Some(ans) => set(&mut ans.comment, comment),
                None => Outcome::Unchanged,
            }
        }
        Action::SetMode(mode) => {
            // Preparing, she writes in the language on screen; a consultation begun with
            // nothing of hers has no language of hers.
            match mode {
                Mode::Prepare => a.written_in = Some(a.language),
                Mode::Consultation if a.is_blank() => a.written_in = None,
                Mode::Consultation => {}
            }
            set(&mut a.mode, mode)
        }
        Action::SetLanguage(lang) => {
            // Preparing, she writes in the language on screen; a consultation keeps the
            // language her file was written in.
            if a.mode == Mode::Prepare {
                a.written_in = Some(lang);
            }
            set(&mut a.language, lang)
        }
        Action::MarkAgreed => {
            // Only a consultation can reach an agreement; preparing alone cannot.
            if a.status == Status::Agreed || a.mode != Mode::Consultation {
                return Outcome::Unchanged;
            }
            let problems = validate_for_agreement(a);
            if !problems.is_empty() {
                return Outcome::Refused(problems);
            }
            a.status = Status::Agreed;
            Outcome::Changed
        }
        Action::Reopen => set(&mut a.status, Status::Draft),
        Action::Replace(next) => set(a, *next),
    }
}

fn set_choice(a: &mut Agreement, field: ChoiceField, choice: Choice) -> Outcome {
    match (field, choice) {
        (ChoiceField::CoordinationNeed, Choice::Tri(v)) => set(&mut a.planning.coordination_need, v),
        (ChoiceField::FixedContactHas, Choice::Tri(v)) => set(&mut a.contacts.fixed_contact_has, v),
        (ChoiceField::PreparedMode, Choice::Mode(v)) => set(&mut a.schedule.prepared_time.mode, v),
        (ChoiceField::PreparedInitiator, Choice::Initiator(v)) => set(&mut a.schedule.prepared_time.initiator, v),
        (ChoiceField::FixedContactWanted, Choice::Tri(v)) => set(&mut a.contacts.fixed_contact_wanted, v),
        (ChoiceField::FixedContactNeeded, Choice::Tri(v)) => set(&mut a.contacts.fixed_contact_needed, v),
        (ChoiceField::NextMode, Choice::Mode(v)) => set(&mut a.schedule.next_time.mode, v),
        (ChoiceField::Initiator, Choice::Initiator(v)) => set(&mut a.schedule.next_time.initiator, v),
        _ => Outcome::Unchanged,
    }
}
