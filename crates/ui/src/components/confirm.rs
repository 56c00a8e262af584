//! A question that waits for yes or no, shown in place (no modal dialog): the yes button is the
//! warning button, the no button is secondary. It takes focus when it opens (see `app`).

use yew::prelude::*;

/// Properties of [`Confirm`].
#[derive(Properties, PartialEq, Clone)]
pub struct ConfirmProps {
    /// Element id of the group (focus moves here when it opens).
    pub id: AttrValue,
    /// The question.
    pub text: AttrValue,
    /// Label of the yes button.
    pub yes: AttrValue,
    /// Element id of the yes button, if tests or focus need one.
    #[prop_or_default]
    pub yes_id: Option<AttrValue>,
    /// Label of the no button.
    pub no: AttrValue,
    /// Yes.
    pub onyes: Callback<MouseEvent>,
    /// No.
    pub onno: Callback<MouseEvent>,
}

/// A confirmation.
#[component]
pub fn Confirm(p: &ConfirmProps) -> Html {
    let text_id = format!("{}-text", p.id);
    html! {
        <div class="pk-confirm" role="group" aria-labelledby={text_id.clone()} id={p.id.clone()} tabindex="-1">
            <p class="pk-body" id={text_id}>{ p.text.clone() }</p>
            <div class="pk-button-group">
                <button type="button" class="pk-button pk-button--warning" id={p.yes_id.clone()} onclick={p.onyes.clone()}>{ p.yes.clone() }</button>
                <button type="button" class="pk-button pk-button--secondary" onclick={p.onno.clone()}>{ p.no.clone() }</button>
            </div>
        </div>
    }
}
