//! A group of radio buttons in a fieldset with legend, hint and inline error.

use yew::prelude::*;

use super::hint::hint_and_error;
use crate::context::use_lang;

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
pub struct RadiosProps {
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
    /// Not to be changed (an agreement marked as agreed).
    #[prop_or_default]
    pub disabled: bool,
    /// Called with the chosen value.
    pub onchange: Callback<AttrValue>,
}

/// A radio group.
#[component]
pub fn Radios(p: &RadiosProps) -> Html {
    let lang = use_lang();
    let (described, hint_and_error) = hint_and_error(&p.id, p.hint.as_ref(), p.error.as_ref(), lang);
    html! {
        <div class={classes!("pk-form-group", p.error.as_ref().map(|_| "pk-form-group--error"))}>
            <fieldset class="pk-fieldset" aria-describedby={described}>
                <legend class={classes!("pk-fieldset__legend", p.legend_class.clone())}>{ p.legend.clone() }</legend>
                { hint_and_error }
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
                                    value={c.value.clone()} {checked} {onchange} disabled={p.disabled}
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
