//! Step 3 (part 2): sammanhållen planering — plans across care givers and coordination.

use yew::prelude::*;

use super::list_editor::{self, ListEditor};
use super::{bound_flag, bound_text, bound_tri, use_lang, StepProps};
use pk_core::domain::{ChoiceField, FlagField, ListId, TextField};

/// The step.
#[component]
pub fn Planning(p: &StepProps) -> Html {
    let lang = use_lang();
    let a = &p.state.session.agreement;
    let plans = list_editor::ListEditorProps::of(a, ListId::Plans, &p.state.session.problems, &[], p.edit());
    html! {
        <>
            <ListEditor ..plans />
            { bound_flag(p, FlagField::NoOtherPlans, lang) }
            { bound_tri(p, ChoiceField::CoordinationNeed, a.planning.coordination_need, lang) }
            { bound_text(p, TextField::Coordinator, lang) }
        </>
    }
}
