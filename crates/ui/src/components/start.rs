//! The start page: mode, language, one line on privacy, open a saved file (picker or drop).

use yew::prelude::*;

use super::file_drop::FileDrop;
use super::lazy_card::{lazy_card, Card};
use super::radios::{Choice, Radios};
use super::{localized, use_lang, StepProps};
use pk_core::content::Ui;
use pk_core::domain::{Action, Command, Mode};

/// Properties of [`Start`].
#[derive(Properties, PartialEq, Clone)]
pub struct StartProps {
    /// The app state.
    pub step: StepProps,
    /// Called with a file the user chose or dropped.
    pub onfile: Callback<web_sys::File>,
}

/// The form value of the follow-up choice.
const FOLLOWUP: &str = "followup";

/// The start page.
#[component]
pub fn Start(p: &StartProps) -> Html {
    let lang = use_lang();
    let ids = &p.step.ids;
    let a = &p.step.state.session.agreement;
    let edit = p.step.edit();
    let privacy = if p.step.state.session.exports_to_host { Ui::PrivacyHost } else { Ui::Privacy };

    let mut mode_choices: Vec<Choice> = Mode::ALL
        .into_iter()
        .map(|m| {
            let (label, hint) = match m {
                Mode::Prepare => (Ui::ModePrepare, Ui::ModePrepareHint),
                Mode::Consultation => (Ui::ModeConsultation, Ui::ModeConsultationHint),
            };
            Choice {
                value: m.key().into(),
                label: localized(label.both(), lang),
                hint: Some(localized(hint.both(), lang)),
                lang: None,
            }
        })
        .collect();
    // The third use: the unit's follow-up of many agreements (not a mode of this agreement),
    // offered only when the host offers it.
    let host = p.step.state.session.host;
    if host.followup_offered {
        mode_choices.push(Choice {
            value: FOLLOWUP.into(),
            label: localized(Ui::ModeFollowup.both(), lang),
            hint: Some(localized(Ui::ModeFollowupHint.both(), lang)),
            lang: None,
        });
    }
    let on_mode = {
        let edit = edit.clone();
        let state = p.step.state.clone();
        Callback::from(move |v: AttrValue| {
            if v == FOLLOWUP {
                state.dispatch(Command::ChooseFollowup);
            } else if let Some(m) = Mode::from_key(&v) {
                edit.emit(Action::SetMode(m))
            }
        })
    };
    let onfiles = {
        let onfile = p.onfile.clone();
        Callback::from(move |list: Vec<web_sys::File>| {
            if let Some(f) = list.into_iter().next() {
                onfile.emit(f);
            }
        })
    };
    html! {
        <>
            <p class="pk-body" id={ids.id("start-who")}>{ Ui::StartWho.get(lang) }</p>
            // "Inget skickas någonstans" only where it is true: not when the host takes the exports.
            <p class="pk-body pk-privacy" id={ids.id("privacy")}>{ privacy.get(lang) }</p>
            <p class="pk-hint">{ Ui::SharedComputer.get(lang) }</p>
            // The host that set the mode decided it: no chooser.
            if !host.mode_fixed {
            <Radios id={ids.id("mode")} legend={localized(Ui::ModeLegend.both(), lang)} legend_class={classes!("pk-fieldset__legend--m")}
                choices={mode_choices} selected={Some(AttrValue::Static(if p.step.state.session.followup_chosen { FOLLOWUP } else { a.mode.key() }))}
                onchange={on_mode} disabled={p.step.locked()} />
            }
            <FileDrop id={ids.id("open-file")} label={Ui::OpenFile.get(lang)} hint={Ui::DropHint.get(lang)} {onfiles} />
            // In the consultation, her preparation can also come from the code on her phone.
            if a.mode == Mode::Consultation { { lazy_card(Card::Scan, &p.step, lang, None, None) } }
        </>
    }
}
