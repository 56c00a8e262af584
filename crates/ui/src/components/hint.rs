//! The hint and inline error under a form control, shared by the text field and the radios.

use yew::prelude::*;

use pk_core::content;
use pk_core::domain::Language;

/// The hint and inline error of a form control (GOV.UK form group), and the
/// `aria-describedby` that ties them to the control: `{id}-hint`, `{id}-error`.
pub fn hint_and_error(
    id: &str,
    hint: Option<&AttrValue>,
    error: Option<&AttrValue>,
    lang: Language,
) -> (Option<String>, Html) {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described: Vec<&str> =
        [hint.map(|_| hint_id.as_str()), error.map(|_| error_id.as_str())].into_iter().flatten().collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let html = html! {
        <>
            if let Some(h) = hint {
                <div class="pk-hint" id={hint_id.clone()}>{ super::bidi::text_in(h, lang) }</div>
            }
            if let Some(e) = error {
                <p class="pk-error-message" id={error_id.clone()}>
                    <span class="pk-visually-hidden">{ content::Ui::ErrorPrefix.get(lang) }{" "}</span>{ super::bidi::text_in(e, lang) }
                </p>
            }
        </>
    };
    (described, html)
}
