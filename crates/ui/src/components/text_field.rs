//! A labelled text input or textarea with hint and inline error (GOV.UK form group).

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::hint::hint_and_error;
use crate::context::use_lang;

/// Properties of [`TextField`].
#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    /// Element id (the label points at it; error summaries link to it).
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Hint under the label.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Current value.
    pub value: AttrValue,
    /// Error shown inline.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A textarea rather than a one-line input.
    #[prop_or_default]
    pub multiline: bool,
    /// Input type for one-line inputs ("text", "date", "time", "tel").
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// Most characters.
    pub max: usize,
    /// It says who someone is or how to reach them ([`pk_core::domain::InputKind::identifies`]):
    /// no spell check (a browser's spelling service may get the text) and no autocomplete (the
    /// browser would offer it to the next person at the computer). Free text is spell checked.
    #[prop_or_default]
    pub identifies: bool,
    /// Written left to right in every language (a personnummer, an HSA-id, a date, a time);
    /// otherwise the field takes the direction of what she typed (`dir="auto"`).
    #[prop_or_default]
    pub ltr: bool,
    /// Extra class on the input (width).
    #[prop_or_default]
    pub class: Classes,
    /// Shown but not to be changed (an agreement marked as agreed): still focusable and read.
    #[prop_or_default]
    pub readonly: bool,
    /// Visible lines of a textarea; it grows with the text where the browser can
    /// (`field-sizing: content`). One line is free text that used to be a one-line input: it
    /// starts as high as one and grows, so nothing she types is cut off on a narrow phone.
    #[prop_or(5)]
    pub rows: u32,
    /// Called with the new value on every input.
    pub onchange: Callback<String>,
}

/// A text field.
#[component]
pub fn TextField(p: &TextFieldProps) -> Html {
    let lang = use_lang();
    let (described, hint_and_error) = hint_and_error(&p.id, p.hint.as_ref(), p.error.as_ref(), lang);
    let invalid = p.error.as_ref().map(|_| "true");
    let group = classes!("pk-form-group", p.error.as_ref().map(|_| "pk-form-group--error"));
    let spellcheck = if p.identifies { Some("false") } else { (p.kind == "text").then_some("true") };
    let autocomplete = p.identifies.then_some("off");
    let control = if p.multiline {
        let cb = p.onchange.clone();
        let oninput =
            Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value()));
        html! {
            <textarea id={p.id.clone()} name={p.id.clone()} rows={p.rows.to_string()} readonly={p.readonly}
                class={classes!("pk-textarea", "pk-textarea--grow", (p.rows == 1).then_some("pk-textarea--line"), p.error.as_ref().map(|_| "pk-textarea--error"), p.class.clone())}
                value={p.value.clone()} maxlength={p.max.to_string()} spellcheck={p.identifies.then_some("false")} {autocomplete}
                dir="auto" aria-describedby={described} aria-invalid={invalid} {oninput} />
        }
    } else {
        let cb = p.onchange.clone();
        let oninput =
            Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
        html! {
            <input id={p.id.clone()} name={p.id.clone()} type={p.kind.clone()} readonly={p.readonly}
                class={classes!("pk-input", p.error.as_ref().map(|_| "pk-input--error"), p.class.clone())}
                value={p.value.clone()} maxlength={p.max.to_string()} {spellcheck} {autocomplete}
                dir={if p.ltr { "ltr" } else { "auto" }} aria-describedby={described} aria-invalid={invalid} {oninput} />
        }
    };
    html! {
        <div class={group}>
            <label class="pk-label" for={p.id.clone()}>{ p.label.clone() }</label>
            { hint_and_error }
            { control }
        </div>
    }
}
