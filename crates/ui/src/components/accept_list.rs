//! What the patient wrote before the visit, shown in the consultation as hers, each row with a
//! button that settles it there: a wish becomes a commitment of care, a contact her fast
//! vårdkontakt. Until then it stays hers, and is exported as hers.

use yew::prelude::*;

use super::use_lang;
use pk_core::content::{self, fill, ListText, Text, Ui};
use pk_core::domain::limits;

/// Properties of [`AcceptList`].
#[derive(Properties, PartialEq, Clone)]
pub struct AcceptListProps {
    /// Element id of the heading.
    pub id: AttrValue,
    /// Ids of the buttons, `{button_id}-{n}`.
    pub button_id: AttrValue,
    /// Heading, hint and row name.
    pub texts: ListText,
    /// Each row as text.
    pub rows: Vec<String>,
    /// The language she wrote the rows in and its mark, when not the screen's.
    #[prop_or_default]
    pub mark: super::hers::Mark,
    /// The button's words.
    pub accept: Text,
    /// Shown without buttons (an agreement marked as agreed).
    pub locked: bool,
    /// The heading of the list a row goes to, when that list is full: no buttons then (one
    /// would do nothing), and a hint says why.
    #[prop_or_default]
    pub full: Option<Text>,
    /// Row `n` is settled.
    pub onaccept: Callback<usize>,
}

/// The list.
#[component]
pub fn AcceptList(p: &AcceptListProps) -> Html {
    let lang = use_lang();
    let ids = crate::context::use_ids();
    html! {
        <section class="pk-form-group pk-wishes" aria-labelledby={p.id.clone()}>
            <@{ids.h(1)} class="pk-heading-m" id={p.id.clone()}>{ p.texts.heading.get(lang) }</@>
            <p class="pk-hint">{ p.texts.hint.get(lang) }</p>
            if let (Some(target), false) = (p.full, p.locked) {
                <p class="pk-hint" id={format!("{}-full", p.button_id)}>
                    { fill(Ui::AcceptTargetFull.get(lang), &[("list", target.get(lang)), ("rows", &content::plural::ROWS.get(lang, limits::LIST_ITEMS as u64))]) }
                </p>
            }
            <ul class="pk-list">
                { for p.rows.iter().enumerate().map(|(i, text)| {
                    let onaccept = p.onaccept.clone();
                    let accept = Callback::from(move |_: MouseEvent| onaccept.emit(i));
                    let row = fill(Ui::RowLabel.get(lang), &[("item", p.texts.row.get(lang)), ("n", &(i + 1).to_string())]);
                    html! {
                        <li class="pk-wishes__item" key={i}>
                            <p class="pk-body pk-pre-wrap">{ super::hers::hers(text, &p.mark) }</p>
                            if !p.locked && p.full.is_none() {
                                <button type="button" class="pk-button pk-button--secondary pk-button--small" id={format!("{}-{i}", p.button_id)} onclick={accept}>
                                    { super::bidi::with_hidden_aside(lang, html! { { p.accept.get(lang) } }, &row) }
                                </button>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
