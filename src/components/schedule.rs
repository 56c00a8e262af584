//! Step 5 (part 4): next step and the next agreed time.

use yew::prelude::*;

use super::radios::{Choice, Radios};
use super::{bound_text, localized, use_lang, StepProps};
use crate::content::{self, Bilingual, Ui};
use crate::domain::{Action, ChoiceField, ContactMode, FieldRef, Initiator, Mode, TextField};

/// The step.
#[component]
pub fn Schedule(p: &StepProps) -> Html {
    let lang = use_lang();
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let nt = &a.schedule.next_time;

    let choices = |keys: Vec<(&'static str, Bilingual)>| -> Vec<Choice> {
        keys.into_iter().map(|(k, t)| Choice::new(k, localized(t, lang))).collect()
    };
    let mode_choices = choices(ContactMode::ALL.into_iter().map(|m| (m.key(), content::contact_mode(m))).collect());
    let init_choices = choices(Initiator::ALL.into_iter().map(|i| (i.key(), content::initiator(i, a.mode))).collect());
    let set = |field: ChoiceField, to: fn(&str) -> crate::domain::Choice| {
        let edit = p.edit();
        Callback::from(move |v: AttrValue| edit.emit(Action::SetChoice(field, to(&v))))
    };
    let on_mode = set(ChoiceField::NextMode, |v| crate::domain::Choice::Mode(ContactMode::from_key(v)));
    let on_init = set(ChoiceField::Initiator, |v| crate::domain::Choice::Initiator(Initiator::from_key(v)));
    let mode_ft = content::choice_field(ChoiceField::NextMode);
    let init_ft = content::choice_field(ChoiceField::Initiator);
    html! {
        <>
            { bound_text(p, TextField::NextStep, lang) }
            <div class="pk-form-group">
                <fieldset class="pk-fieldset" aria-describedby={ids.id("next-time-hint")}>
                    <legend class="pk-fieldset__legend pk-fieldset__legend--m">
                        <h2 class="pk-heading-m">{ Ui::NextTimeLegend.get(lang) }</h2>
                    </legend>
                    <div class="pk-hint" id={ids.id("next-time-hint")}>{ Ui::NextTimeHint.get(lang) }</div>
                    <div class="pk-date-time">
                        { bound_text(p, TextField::NextDate, lang) }
                        { bound_text(p, TextField::NextTime, lang) }
                    </div>
                    { bound_text(p, TextField::NextPeriod, lang) }
                </fieldset>
            </div>
            <Radios id={ids.field(&FieldRef::Choice(ChoiceField::NextMode))} legend={localized(mode_ft.label, lang)}
                choices={mode_choices} selected={nt.mode.map(|m| AttrValue::Static(m.key()))}
                onchange={on_mode} disabled={p.locked()} />
            <Radios id={ids.field(&FieldRef::Choice(ChoiceField::Initiator))} legend={localized(init_ft.label, lang)}
                choices={init_choices} selected={nt.initiator.map(|i| AttrValue::Static(i.key()))}
                inline=true onchange={on_init} disabled={p.locked()} />
            if a.mode == Mode::Consultation {
                { bound_text(p, TextField::Review, lang) }
            }
        </>
    }
}
