//! Step 2 (part 1): what the patient does, what to watch and when to seek care, what care does.
//! Preparing, the patient writes what they would like care to help with (wishes); in the
//! consultation those wishes are shown apart, each to be turned into a commitment of care or
//! left as a wish.

use yew::prelude::*;

use super::list_editor::{self, ListEditor};
use super::{use_lang, StepProps};
use crate::content::{self, fill, Ui};
use crate::domain::{Action, ListId, Mode};
use crate::formats::text::row_text;

/// The step.
#[component]
pub fn Commitments(p: &StepProps) -> Html {
    let lang = use_lang();
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let problems = &p.state.session.problems;
    let lists: &[ListId] = match a.mode {
        Mode::Prepare => &[ListId::SelfCare, ListId::WarningSigns, ListId::CareWishes],
        Mode::Consultation => &[ListId::SelfCare, ListId::WarningSigns, ListId::CareActions],
    };
    let wishes = (a.mode == Mode::Consultation && !ListId::CareWishes.is_empty(a)).then(|| {
        let texts = content::list_text(ListId::CareWishes, a.mode);
        html! {
            <section class="pk-form-group pk-wishes" aria-labelledby={ids.id("care-wishes-heading")}>
                <h2 class="pk-heading-m" id={ids.id("care-wishes-heading")}>{ texts.heading.get(lang) }</h2>
                <p class="pk-hint">{ texts.hint.get(lang) }</p>
                <ul class="pk-list">
                    { for (0..ListId::CareWishes.len(a)).map(|i| {
                        let text = row_text(a, ListId::CareWishes, i, lang);
                        let edit = p.edit();
                        let accept = Callback::from(move |_: MouseEvent| edit.emit(Action::AcceptWish(i)));
                        let row = fill(Ui::RowLabel.get(lang), &[("item", texts.row.get(lang)), ("n", &(i + 1).to_string())]);
                        html! {
                            <li class="pk-wishes__item" key={i}>
                                <p class="pk-body pk-pre-wrap">{ text }</p>
                                if !p.locked() {
                                    <button type="button" class="pk-button pk-button--secondary pk-button--small" id={ids.id(&format!("accept-wish-{i}"))} onclick={accept}>
                                        { Ui::AcceptWish.get(lang) }<span class="pk-visually-hidden">{ format!(" ({row})") }</span>
                                    </button>
                                }
                            </li>
                        }
                    }) }
                </ul>
            </section>
        }
    });
    html! {
        <>
            { for lists.iter().map(|l| {
                let props = list_editor::Props::of(a, *l, problems, &[], p.edit());
                html! { <ListEditor ..props /> }
            }) }
            { for wishes }
        </>
    }
}
