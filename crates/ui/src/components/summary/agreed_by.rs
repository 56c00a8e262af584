//! Who agreed, and marking the agreement as agreed.

use yew::prelude::*;

use crate::components::bidi::fill_html;
use crate::components::bind::{bound_text, localized, StepProps};
use crate::web::platform;
use pk_core::content::{self, Ui};
use pk_core::domain::*;

/// Fills in the "agreed by" fields already known.
#[hook]
pub(super) fn use_agreed_by_prefill(p: &StepProps) {
    let a = &p.state.session.agreement;
    // What is already known is filled in: the patient's name from step 1 and today's date, so
    // marking as agreed does not ask again. Only empty fields of a draft, once on arrival.
    let edit = p.edit();
    let prefill: Vec<(TextField, String)> = if a.mode == Mode::Consultation && a.status == Status::Draft {
        let mut v = Vec::new();
        if a.agreed_by.patient_name.trim().is_empty() && !a.patient.name.trim().is_empty() {
            v.push((TextField::AgreedPatientName, a.patient.name.clone()));
        }
        if a.agreed_by.date.is_none() {
            v.push((TextField::AgreedDate, platform::today()));
        }
        v
    } else {
        Vec::new()
    };
    use_effect_with((), move |_| {
        for (f, v) in prefill {
            edit.emit(Action::SetText(f, v));
        }
    });
}

/// The "agreed by" block of a consultation: its status, who agreed, and the button that marks it
/// agreed (or opens it again).
/// Who agreed and when, in the order they are asked.
const FIELDS: [TextField; 6] = [
    TextField::AgreedPatientName,
    TextField::AgreedProfessionalName,
    TextField::AgreedRole,
    TextField::AgreedUnit,
    TextField::AgreedHsaId,
    TextField::AgreedDate,
];

/// Who agreed, beyond what marking it agreed needs.
const MORE: [TextField; 3] = [TextField::AgreedRole, TextField::AgreedUnit, TextField::AgreedHsaId];

#[derive(Properties, PartialEq, Clone)]
struct AgreedMoreProps {
    step: StepProps,
    lang: Language,
}

/// Role, unit and HSA-id, folded unless one holds something or is wrong; once open it stays
/// open (clearing a field she typed in does not fold it away under her).
#[component]
fn AgreedMore(p: &AgreedMoreProps) -> Html {
    let (lang, ids, session) = (p.lang, &p.step.ids, &p.step.state.session);
    let a = &session.agreement;
    let needed = MORE
        .iter()
        .any(|f| !f.get(a).trim().is_empty() || session.problems.iter().any(|pr| pr.field == FieldRef::Text(*f)));
    let opened = use_state(|| needed);
    {
        let opened = opened.clone();
        use_effect_with(needed, move |needed| {
            if *needed {
                opened.set(true);
            }
        });
    }
    html! {
        <details class="pk-details" id={ids.id("agreed-more")} open={*opened || needed}>
            <summary class="pk-details__summary">{ Ui::AgreedByMore.get(lang) }</summary>
            { for MORE.iter().map(|f| bound_text(&p.step, *f, lang)) }
        </details>
    }
}

pub(super) fn agreed_by_card(p: &StepProps, lang: Language) -> Html {
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let mark = {
        let edit = p.edit();
        let agreed = a.status == Status::Agreed;
        Callback::from(move |_: MouseEvent| edit.emit(if agreed { Action::Reopen } else { Action::MarkAgreed }))
    };
    html! {
        <section class="pk-summary-card" aria-labelledby={ids.id("agreed-by-title")}>
            <@{ids.h(1)} class="pk-heading-m" id={ids.id("agreed-by-title")} tabindex="-1">{ Ui::AgreedByTitle.get(lang) }</@>
            <p class="pk-body">
                { fill_html(Ui::Labelled.get(lang), vec![
                    ("label", html! { { Ui::StatusLabel.get(lang) } }),
                    ("value", html! {
                        <strong class={classes!("pk-tag", (a.status == Status::Agreed).then_some("pk-tag--agreed"))} id={ids.id("status")}>
                            { if a.status == Status::Agreed { Ui::StatusAgreed.get(lang) } else { Ui::StatusDraft.get(lang) } }
                        </strong>
                    }),
                ]) }
            </p>
            // Once agreed, who agreed and when is read, not typed: a short list (on a phone the
            // six read-only fields were more than a screen).
            if a.status == Status::Agreed {
                <dl class="pk-summary-list" id={ids.id("agreed-by")}>
                    { for FIELDS.iter().filter(|f| !f.get(a).trim().is_empty()).map(|f| html! {
                        <div class="pk-summary-list__row">
                            <dt class="pk-summary-list__key">{ localized(content::text_field_in(*f, a.mode).label, lang) }</dt>
                            <dd class="pk-summary-list__value pk-pre-wrap"><bdi>{ f.get(a) }</bdi></dd>
                        </div>
                    }) }
                </dl>
            } else {
                { bound_text(p, TextField::AgreedPatientName, lang) }
                { bound_text(p, TextField::AgreedProfessionalName, lang) }
                // What is not needed to mark it agreed, folded unless it holds something (or
                // something in it is wrong): on a phone the block was more than a screen.
                <AgreedMore step={p.clone()} {lang} />
                { bound_text(p, TextField::AgreedDate, lang) }
            }
            if a.status == Status::Agreed {
                <p class="pk-hint" id={ids.id("reopen-hint")}>{ Ui::ReopenHint.get(lang) }</p>
            }
            <button type="button" id={ids.id("mark")} onclick={mark}
                class={classes!("pk-button", (a.status == Status::Agreed).then_some("pk-button--secondary"))}
                aria-describedby={(a.status == Status::Agreed).then(|| ids.id("reopen-hint"))}>
                { if a.status == Status::Agreed { Ui::Reopen.get(lang) } else { Ui::MarkAgreed.get(lang) } }
            </button>
        </section>
    }
}
