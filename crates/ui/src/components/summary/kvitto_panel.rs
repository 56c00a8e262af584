//! The kvitto of a consultation, or what it still lacks with a link to each gap's step.

use yew::prelude::*;

use crate::components::bind::StepProps;
use pk_core::content::{self, fill, Ui};
use pk_core::domain::*;
use pk_core::formats::text::gap_lines;

/// The kvitto and its gaps (consultation): "på plats" only when the agreement is marked agreed,
/// the patient's answers after going through it are all Ja and every part is documented.
pub(super) fn kvitto_panel(p: &StepProps, a: &Agreement, lang: Language) -> Html {
    let ids = &p.ids;
    let k = kvitto(a);
    if k.in_place {
        return html! {
            <div class="pk-panel pk-panel--confirmation" id={ids.id("kvitto")}>
                <@{ids.h(1)} class="pk-panel__title">{ Ui::KvittoInPlace.get(lang) }</@>
                <p class="pk-panel__body">{ Ui::KvittoInPlaceBody.get(lang) }</p>
            </div>
        };
    }
    // To the page that asks what the gap lacks, else the step.
    let go = |step: Step, row: Option<SummaryRow>| {
        let st = p.state.clone();
        let cmd = row.map_or(Command::GoTo(step), Command::GoToRow);
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            st.dispatch(cmd.clone());
        })
    };
    let link = |text: String, step: Step, row: Option<SummaryRow>| {
        let title = content::step_title(step).get(lang);
        html! {
            <li>
                <button type="button" class="pk-link-button" onclick={go(step, row)}>{ text }</button>
                <span class="pk-hint pk-gap__step">{ fill(Ui::GoToStep.get(lang), &[("step", title)]) }</span>
            </li>
        }
    };
    let mut items: Vec<Html> = gap_lines(a, lang).into_iter().map(|g| link(g.text, g.step, g.row)).collect();
    if k.not_agreed {
        let i = ids.clone();
        let to_agreed_by = Callback::from(move |_: MouseEvent| {
            let ids = &i;
            ids.focus(&ids.id("agreed-by-title"));
            ids.scroll_into_view(&ids.id("agreed-by-title"));
        });
        items.push(html! {
            <li><button type="button" class="pk-link-button" id={ids.id("gap-not-agreed")} onclick={to_agreed_by}>{ Ui::GapNotAgreed.get(lang) }</button></li>
        });
    }
    html! {
        <div class="pk-panel pk-panel--gaps" id={ids.id("kvitto")}>
            <@{ids.h(1)} class="pk-heading-m">{ Ui::KvittoNotYet.get(lang) }</@>
            <p class="pk-body">{ Ui::KvittoNotYetBody.get(lang) }</p>
            <ul class="pk-list pk-gaps">{ for items }</ul>
        </div>
    }
}
