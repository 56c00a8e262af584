//! A group of radio buttons in a fieldset with legend, hint and inline error.

use yew::prelude::*;

use super::use_lang;
use crate::content::Ui;

/// One choice.
#[derive(Clone, PartialEq)]
pub struct Choice {
    /// Value sent back when chosen.
    pub value: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Hint under the label.
    pub hint: Option<AttrValue>,
    /// `lang` of the label, when it differs from the page (language names).
    pub lang: Option<AttrValue>,
}

impl Choice {
    /// A choice with label only.
    pub fn new(value: impl Into<AttrValue>, label: impl Into<AttrValue>) -> Self {
        Choice { value: value.into(), label: label.into(), hint: None, lang: None }
    }
}

/// Properties of [`Radios`].
#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// Id of the group; the first radio gets this id, the rest `id-N`.
    pub id: AttrValue,
    /// Legend.
    pub legend: AttrValue,
    /// Hint.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The choices.
    pub choices: Vec<Choice>,
    /// The chosen value.
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    /// Inline error.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Side by side (short labels like Ja / Nej / Vet inte).
    #[prop_or_default]
    pub inline: bool,
    /// Extra class on the legend (e.g. a larger one).
    #[prop_or_default]
    pub legend_class: Classes,
    /// Called with the chosen value.
    pub onchange: Callback<AttrValue>,
}

/// A radio group.
#[component]
pub fn Radios(p: &Props) -> Html {
    let lang = use_lang();
    let hint_id = format!("{}-hint", p.id);
    let error_id = format!("{}-error", p.id);
    let mut described = Vec::new();
    if p.hint.is_some() {
        described.push(hint_id.clone());
    }
    if p.error.is_some() {
        described.push(error_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    html! {
        <div class={classes!("pk-form-group", p.error.as_ref().map(|_| "pk-form-group--error"))}>
            <fieldset class="pk-fieldset" aria-describedby={described}>
                <legend class={classes!("pk-fieldset__legend", p.legend_class.clone())}>{ p.legend.clone() }</legend>
                if let Some(h) = &p.hint {
                    <div class="pk-hint" id={hint_id}>{ h.clone() }</div>
                }
                if let Some(e) = &p.error {
                    <p class="pk-error-message" id={error_id}>
                        <span class="pk-visually-hidden">{ Ui::ErrorPrefix.get(lang) }{" "}</span>{ e.clone() }
                    </p>
                }
                <div class={classes!("pk-radios", p.inline.then_some("pk-radios--inline"))}>
                    { for p.choices.iter().enumerate().map(|(i, c)| {
                        let id = if i == 0 { p.id.to_string() } else { format!("{}-{}", p.id, i + 1) };
                        let hint_id = format!("{id}-item-hint");
                        let checked = p.selected.as_ref() == Some(&c.value);
                        let cb = p.onchange.clone();
                        let value = c.value.clone();
                        let onchange = Callback::from(move |_: Event| cb.emit(value.clone()));
                        html! {
                            <div class="pk-radios__item">
                                <input class="pk-radios__input" type="radio" id={id.clone()} name={p.id.clone()}
                                    value={c.value.clone()} {checked} {onchange}
                                    aria-describedby={c.hint.as_ref().map(|_| hint_id.clone())} />
                                <label class="pk-radios__label" for={id} lang={c.lang.clone()}>{ c.label.clone() }</label>
                                if let Some(h) = &c.hint {
                                    <div class="pk-hint pk-radios__hint" id={hint_id}>{ h.clone() }</div>
                                }
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}
