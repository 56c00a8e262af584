//! The GOV.UK error summary: takes focus when shown, links to each field.

use yew::prelude::*;

use super::use_lang;
use pk_core::content::Ui;

/// One entry: the field's element id, the message, and what a click does.
#[derive(Clone, PartialEq)]
pub struct Entry {
    /// Element id of the field.
    pub target: AttrValue,
    /// The message.
    pub message: AttrValue,
    /// Called instead of jumping when the field is on another step.
    pub onactivate: Option<Callback<()>>,
}

/// Properties of [`ErrorSummary`].
#[derive(Properties, PartialEq, Clone)]
pub struct ErrorSummaryProps {
    /// The problems.
    pub entries: Vec<Entry>,
    /// Changes each time the summary is shown anew; it then takes focus.
    pub shown: u32,
}

/// The error summary.
#[component]
pub fn ErrorSummary(p: &ErrorSummaryProps) -> Html {
    let lang = use_lang();
    let ids = super::use_ids();
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(p.shown, move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
                el.scroll_into_view();
            }
        });
    }
    html! {
        <div class="pk-error-summary" ref={node} tabindex="-1" aria-labelledby={ids.id("error-summary-title")}>
            <div role="alert">
                <@{ids.h(1)} class="pk-error-summary__title" id={ids.id("error-summary-title")}>{ Ui::ErrorSummaryTitle.get(lang) }</@>
                <ul class="pk-list pk-error-summary__list">
                    { for p.entries.iter().map(|e| {
                        let target = e.target.clone();
                        let act = e.onactivate.clone();
                        let ids = ids.clone();
                        let onclick = Callback::from(move |ev: MouseEvent| {
                            ev.prevent_default();
                            match &act {
                                Some(cb) => cb.emit(()),
                                None => {
                                    ids.focus(&target);
                                }
                            }
                        });
                        html! { <li><a href={format!("#{}", e.target)} {onclick}>{ e.message.clone() }</a></li> }
                    }) }
                </ul>
            </div>
        </div>
    }
}
