//! Step 5 (part 4): next step and the next agreed time.

use yew::prelude::*;

use super::radios::{Choice, Radios};
use super::{bound_text, field_id, s, use_lang, StepProps};
use crate::content::{self, Ui};
use crate::domain::{Action, ChoiceField, ContactMode, FieldRef, Initiator, Mode, TextField};

const MODES: [(ContactMode, &str); 4] = [
    (ContactMode::Visit, "visit"),
    (ContactMode::Phone, "phone"),
    (ContactMode::Video, "video"),
    (ContactMode::Digital, "digital"),
];
const INITIATORS: [(Initiator, &str); 2] = [(Initiator::Patient, "patient"), (Initiator::Care, "care")];

/// The step.
#[component]
pub fn Schedule(p: &StepProps) -> Html {
    let lang = use_lang();
    let a = &p.state.session.agreement;
    let nt = &a.schedule.next_time;

    let mode_choices: Vec<Choice> =
        MODES.iter().map(|(m, k)| Choice::new(*k, s(content::contact_mode(*m), lang))).collect();
    let on_mode = {
        let edit = p.edit();
        Callback::from(move |v: AttrValue| {
            let m = MODES.iter().find(|(_, k)| *k == v.as_str()).map(|(m, _)| *m);
            edit.emit(Action::SetChoice(ChoiceField::NextMode, crate::domain::Choice::Mode(m)));
        })
    };
    let init_choices: Vec<Choice> =
        INITIATORS.iter().map(|(i, k)| Choice::new(*k, s(content::initiator(*i), lang))).collect();
    let on_init = {
        let edit = p.edit();
        Callback::from(move |v: AttrValue| {
            let i = INITIATORS.iter().find(|(_, k)| *k == v.as_str()).map(|(i, _)| *i);
            edit.emit(Action::SetChoice(ChoiceField::Initiator, crate::domain::Choice::Initiator(i)));
        })
    };
    let mode_ft = content::choice_field(ChoiceField::NextMode);
    let init_ft = content::choice_field(ChoiceField::Initiator);
    html! {
        <>
            { bound_text(p, TextField::NextStep, true, lang) }
            <div class="pk-form-group">
                <fieldset class="pk-fieldset" aria-describedby="pk-next-time-hint">
                    <legend class="pk-fieldset__legend pk-fieldset__legend--m">
                        <h2 class="pk-heading-m">{ Ui::NextTimeLegend.get(lang) }</h2>
                    </legend>
                    <div class="pk-hint" id="pk-next-time-hint">{ Ui::NextTimeHint.get(lang) }</div>
                    <div class="pk-date-time">
                        { bound_text(p, TextField::NextDate, false, lang) }
                        { bound_text(p, TextField::NextTime, false, lang) }
                    </div>
                    { bound_text(p, TextField::NextPeriod, false, lang) }
                </fieldset>
            </div>
            <Radios id={field_id(&FieldRef::Choice(ChoiceField::NextMode))} legend={s(mode_ft.label, lang)}
                choices={mode_choices} selected={MODES.iter().find(|(m, _)| Some(*m) == nt.mode).map(|(_, k)| AttrValue::Static(k))}
                onchange={on_mode} />
            <Radios id={field_id(&FieldRef::Choice(ChoiceField::Initiator))} legend={s(init_ft.label, lang)}
                choices={init_choices} selected={INITIATORS.iter().find(|(i, _)| Some(*i) == nt.initiator).map(|(_, k)| AttrValue::Static(k))}
                inline=true onchange={on_init} />
            if a.mode == Mode::Consultation {
                { bound_text(p, TextField::Review, false, lang) }
            }
        </>
    }
}
