//! Step 2 (part 1): what the patient does, what to watch and when to seek care, what care does.

use yew::prelude::*;

use super::list_editor::{self, ListEditor};
use super::StepProps;
use crate::domain::ListId;

/// The step.
#[component]
pub fn Commitments(p: &StepProps) -> Html {
    let a = &p.state.session.agreement;
    let problems = &p.state.session.problems;
    let lists = [ListId::SelfCare, ListId::WarningSigns, ListId::CareActions];
    html! {
        <>
            { for lists.iter().map(|l| {
                let props = list_editor::Props::of(a, *l, problems, &[], p.edit());
                html! { <ListEditor ..props /> }
            }) }
        </>
    }
}
