//! Step 1: Vad är viktigt för dig? — own words and goals, then resources and närstående, then
//! her questions for the visit and who she is: three pages ([`pk_core::domain::Step::pages`]).

use yew::prelude::*;

use super::list_editor::{self, ListEditor};
use super::{bound_flag, bound_text, use_lang, StepProps};
use pk_core::content::Ui;
use pk_core::domain::{FlagField, ListId, Mode, SummaryRow, TextField};

/// The step.
#[component]
pub fn WhatMatters(p: &StepProps) -> Html {
    let lang = use_lang();
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let problems = &p.state.session.problems;
    let goals = list_editor::ListEditorProps::of(a, ListId::Goals, problems, &[], p.edit());
    let relatives = list_editor::ListEditorProps::of(a, ListId::Relatives, problems, &[], p.edit());
    let shows = |f: TextField| p.shows(SummaryRow::Text(f));
    html! {
        <>
            if shows(TextField::OwnWords) {
                { bound_text(p, TextField::OwnWords, lang) }
            }
            if p.shows(SummaryRow::List(ListId::Goals)) {
                <ListEditor ..goals />
            }
            if shows(TextField::Resources) {
                { bound_text(p, TextField::Resources, lang) }
            }
            if p.shows(SummaryRow::List(ListId::Relatives)) {
                <ListEditor ..relatives />
            }
            if shows(TextField::QuestionsForVisit) {
                { bound_text(p, TextField::QuestionsForVisit, lang) }
            }
            if shows(TextField::PatientName) {
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
            }
        </>
    }
}
