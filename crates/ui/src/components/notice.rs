//! A message above the step, with its own buttons (GOV.UK notification banner, plainer).

use yew::prelude::*;

/// Properties of [`Notice`].
#[derive(Properties, PartialEq, Clone)]
pub struct NoticeProps {
    /// The message.
    pub text: AttrValue,
    /// A warning (something is not saved): announced at once (`role="alert"`) and coloured.
    #[prop_or_default]
    pub warning: bool,
    /// Buttons below the message.
    #[prop_or_default]
    pub children: Html,
}

/// A notice.
#[component]
pub fn Notice(p: &NoticeProps) -> Html {
    let ids = super::use_ids();
    let class = classes!("pk-notice", p.warning.then_some("pk-notice--warning"));
    html! {
        <div {class} role={if p.warning { "alert" } else { "status" }} id={ids.id("notice")} tabindex="-1">
            <p class="pk-body">{ p.text.clone() }</p>
            { p.children.clone() }
        </div>
    }
}
