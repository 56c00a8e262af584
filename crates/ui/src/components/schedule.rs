//! Step 5 (part 4): next step and the next time. Preparing, the patient writes a time she
//! already has booked, or when she would like it: hers. In the consultation, her time is shown
//! apart and becomes the next time only when it is taken over; the next time is "överenskommen"
//! once the agreement is marked agreed.

use yew::prelude::*;

use super::radios::{Choice, Radios};
use super::{bound_text, localized, use_focus_after_change, use_lang, StepProps};
use pk_core::content::{self, Text, Ui};
use pk_core::domain::{Action, ContactMode, FieldRef, Initiator, Mode, TextField, TimeSlot};
use pk_core::formats::text::prepared_time_text;

/// The step.
#[component]
pub fn Schedule(p: &StepProps) -> Html {
    let lang = use_lang();
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let slot = TimeSlot::of_mode(a.mode);
    let nt = slot.get(a);
    let [date, time, period] = slot.text_fields();
    let [mode_field, init_field] = slot.choices();

    let choices = |keys: Vec<(&'static str, Text)>| -> Vec<Choice> {
        keys.into_iter().map(|(k, t)| Choice::new(k, localized(t, lang))).collect()
    };
    let mode_choices = choices(ContactMode::ALL.into_iter().map(|m| (m.key(), content::contact_mode(m))).collect());
    let init_choices = choices(Initiator::ALL.into_iter().map(|i| (i.key(), content::initiator(i, a.mode))).collect());
    let set = |field, to: fn(&str) -> pk_core::domain::Choice| {
        let edit = p.edit();
        Callback::from(move |v: AttrValue| edit.emit(Action::SetChoice(field, to(&v))))
    };
    let on_mode = set(mode_field, |v| pk_core::domain::Choice::Mode(ContactMode::from_key(v)));
    let on_init = set(init_field, |v| pk_core::domain::Choice::Initiator(Initiator::from_key(v)));
    let (legend, hint) = match slot {
        TimeSlot::Prepared => (Ui::PreparedTimeLegend, Ui::PreparedTimeHint),
        TimeSlot::Next => (Ui::NextTimeLegend, Ui::NextTimeHint),
    };
    // Not `{date}-hint` or `{time}-hint`: those are the fields' own hints.
    let hint_id = ids.id(match slot {
        TimeSlot::Prepared => "prepared-when-hint",
        TimeSlot::Next => "next-when-hint",
    });
    // In the consultation: the time she wrote before the visit, as hers, to be taken over. The
    // button goes once the next time has anything in it (taken over, or typed): a hint says why,
    // and after taking it over focus moves to the next time's date.
    let focus_after = use_focus_after_change(ids);
    let hers = (a.mode == Mode::Consultation && !a.schedule.prepared_time.is_blank()).then(|| {
        let edit = p.edit();
        let date_id = ids.field(&FieldRef::Text(TextField::NextDate));
        let accept = Callback::from(move |_: MouseEvent| {
            *focus_after.borrow_mut() = Some(date_id.clone());
            edit.emit(Action::AcceptPreparedTime);
        });
        html! {
            <section class="pk-form-group pk-wishes" aria-labelledby={ids.id("prepared-time-heading")}>
                <@{ids.h(1)} class="pk-heading-m" id={ids.id("prepared-time-heading")}>{ Ui::PreparedTimeTitle.get(lang) }</@>
                <p class="pk-hint">{ Ui::PreparedTimeSaid.get(lang) }</p>
                <p class="pk-body pk-pre-wrap" id={ids.id("prepared-time")}>{ prepared_time_text(a, lang, true, a.mode) }</p>
                if !p.locked() && a.schedule.next_time.is_blank() {
                    <button type="button" class="pk-button pk-button--secondary pk-button--small" id={ids.id("accept-time")} onclick={accept}>
                        { Ui::AcceptPreparedTime.get(lang) }
                    </button>
                } else if !p.locked() {
                    <p class="pk-hint" id={ids.id("prepared-time-taken")}>{ Ui::PreparedTimeTaken.get(lang) }</p>
                }
            </section>
        }
    });
    html! {
        <>
            { bound_text(p, TextField::NextStep, lang) }
            { for hers }
            <div class="pk-form-group">
                <fieldset class="pk-fieldset" aria-describedby={hint_id.clone()}>
                    <legend class="pk-fieldset__legend pk-fieldset__legend--m">
                        <@{ids.h(1)} class="pk-heading-m">{ legend.get(lang) }</@>
                    </legend>
                    <div class="pk-hint" id={hint_id}>{ hint.get(lang) }</div>
                    <div class="pk-date-time">
                        { bound_text(p, date, lang) }
                        { bound_text(p, time, lang) }
                    </div>
                    { bound_text(p, period, lang) }
                </fieldset>
            </div>
            <Radios id={ids.field(&FieldRef::Choice(mode_field))} legend={localized(content::choice_field(mode_field).label, lang)}
                choices={mode_choices} selected={nt.mode.map(|m| AttrValue::Static(m.key()))}
                onchange={on_mode} disabled={p.locked()} />
            <Radios id={ids.field(&FieldRef::Choice(init_field))} legend={localized(content::choice_field(init_field).label, lang)}
                choices={init_choices} selected={nt.initiator.map(|i| AttrValue::Static(i.key()))}
                inline=true onchange={on_init} disabled={p.locked()} />
            if a.mode == Mode::Consultation {
                { bound_text(p, TextField::Review, lang) }
            }
        </>
    }
}
