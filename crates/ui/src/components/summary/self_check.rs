//! The end of a preparation: "Inför besöket", what is filled in and what to bring up.

use yew::prelude::*;

use crate::context::Ids;
use pk_core::content::{self, Ui};
use pk_core::domain::*;
use pk_core::formats::text::visit_topics;

/// The end of a preparation: "Inför besöket", never a kvitto. What she can do now (`actions`:
/// save a file, print), what she has filled in, and what to bring up at the visit: her own
/// questions and the questions she answered Nej or Vet inte.
pub(super) fn self_check(a: &Agreement, ids: &Ids, lang: Language, actions: Html) -> Html {
    let filled: Vec<&str> = Step::NUMBERED[..5]
        .iter()
        .filter(|s| s.summary_rows(a.mode).iter().any(|r| r.is_given(a)))
        .map(|s| content::step_title(*s).get(lang))
        .collect();
    let topics = visit_topics(a, lang);
    html! {
        <div class="pk-panel pk-panel--prepared" id={ids.id("self-check")}>
            <@{ids.h(1)} class="pk-heading-m">{ Ui::SelfCheckTitle.get(lang) }</@>
            <p class="pk-body">{ Ui::SelfCheckBody.get(lang) }</p>
            // What she can do now first (on a phone, within the first screen): save or print.
            { actions }
            <@{ids.h(2)} class="pk-heading-s">{ Ui::SelfCheckFilled.get(lang) }</@>
            if filled.is_empty() {
                <p class="pk-body">{ Ui::NotGiven.get(lang) }</p>
            } else {
                <ul class="pk-list pk-list--bullet">{ for filled.iter().map(|t| html! { <li>{ *t }</li> }) }</ul>
            }
            <@{ids.h(2)} class="pk-heading-s">{ Ui::SelfCheckTopics.get(lang) }</@>
            if topics.is_empty() {
                <p class="pk-body">{ Ui::NotGiven.get(lang) }</p>
            } else {
                <ul class="pk-list pk-list--bullet" id={ids.id("visit-topics")}>{ for topics.into_iter().map(|t| html! { <li class="pk-pre-wrap">{ t }</li> }) }</ul>
            }
        </div>
    }
}
