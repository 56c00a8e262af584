//! Step 1: Vad är viktigt för dig? — own words first, then goals, resources, närstående.

use yew::prelude::*;

use super::list_editor::{self, ListEditor};
use super::{bound_flag, bound_text, use_lang, StepProps};
use pk_core::content::Ui;
use pk_core::domain::{FlagField, ListId, Mode, TextField};

/// The step.
#[component]
pub fn WhatMatters(p: &StepProps) -> Html {
    let lang = use_lang();
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let problems = &p.state.session.problems;
    let goals = list_editor::ListEditorProps::of(a, ListId::Goals, problems, &[], p.edit());
    let relatives = list_editor::ListEditorProps::of(a, ListId::Relatives, problems, &[], p.edit());
    html! {
        <>
            { bound_text(p, TextField::OwnWords, lang) }
            <ListEditor ..goals />
            { bound_text(p, TextField::Resources, lang) }
            <ListEditor ..relatives />
            { bound_text(p, TextField::QuestionsForVisit, lang) }
            <div class="pk-form-group">
                <fieldset class="pk-fieldset" aria-describedby={ids.id("about-you-hint")}>
                    <legend class="pk-fieldset__legend pk-fieldset__legend--m">
                        <@{ids.h(1)} class="pk-heading-m">{ Ui::AboutYou.get(lang) }</@>
                    </legend>
                    <div class="pk-hint" id={ids.id("about-you-hint")}>{ Ui::AboutYouHint.get(lang) }</div>
                    { bound_text(p, TextField::PatientName, lang) }
                    { bound_text(p, TextField::PersonalNumber, lang) }
                    if p.state.session.agreement.mode == Mode::Prepare {
                        { bound_flag(p, FlagField::RelativeHelped, lang) }
                    }
                </fieldset>
            </div>
        </>
    }
}
