//! An add / edit / remove list (my actions, care's actions, warning signs, plans, contacts,
//! routes, närstående, goals). Rows are numbered fieldsets; focus follows the change.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::text_field::TextField;
use super::{error_for, localized, use_lang};
use pk_core::content::{self, fill, ListText, Text, Ui};
use pk_core::domain::{limits, Action, Agreement, FieldRef, InputKind, ItemField, ListId, Problem, RouteKind};

/// Properties of [`ListEditor`].
#[derive(Properties, PartialEq, Clone)]
pub struct ListEditorProps {
    /// Which list.
    pub list: ListId,
    /// Heading, hint, add button and row name, as this agreement shows the list.
    pub texts: ListText,
    /// Fields shown, in order.
    pub fields: Vec<ItemField>,
    /// Their labels, as this agreement asks them.
    pub labels: Vec<Text>,
    /// Values: one row per entry, one value per shown field.
    pub rows: Vec<Vec<AttrValue>>,
    /// Kind of each row (contact routes only).
    #[prop_or_default]
    pub kinds: Vec<RouteKind>,
    /// Problems on screen for this list.
    pub problems: Vec<Problem>,
    /// Shown but not to be changed (an agreement marked as agreed).
    #[prop_or_default]
    pub locked: bool,
    /// Sends changes.
    pub ondispatch: Callback<Action>,
}

impl ListEditorProps {
    /// The props for one list of an agreement; `hidden` fields are not shown.
    pub fn of(
        a: &Agreement,
        list: ListId,
        problems: &[Problem],
        hidden: &[ItemField],
        ondispatch: Callback<Action>,
    ) -> ListEditorProps {
        let fields: Vec<ItemField> = list.fields().iter().copied().filter(|f| !hidden.contains(f)).collect();
        let rows = (0..list.len(a))
            .map(|i| {
                fields.iter().map(|f| AttrValue::from(list.get(a, i, *f).unwrap_or_default().to_string())).collect()
            })
            .collect();
        let kinds =
            if list == ListId::Routes { a.contacts.routes.iter().map(|r| r.kind).collect() } else { Vec::new() };
        let problems =
            problems.iter().filter(|p| matches!(p.field, FieldRef::Item(l, _, _) if l == list)).copied().collect();
        let locked = a.status == pk_core::domain::Status::Agreed;
        let labels = fields.iter().map(|f| content::item_label_for(a, list, *f)).collect();
        ListEditorProps {
            list,
            texts: content::list_text_for(a, list),
            fields,
            labels,
            rows,
            kinds,
            problems,
            locked,
            ondispatch,
        }
    }
}

/// Whether a row field takes sentences (a textarea of two lines that grows) rather than a few
/// words (a textarea of one line that grows). Names, HSA-ids and contact details are one-line
/// inputs.
fn sentences(list: ListId, field: ItemField) -> bool {
    matches!(field, ItemField::Text | ItemField::Who | ItemField::When)
        && !matches!(
            list,
            ListId::Relatives | ListId::Plans | ListId::PatientContacts | ListId::CareContacts | ListId::Routes
        )
}

/// The list editor.
#[component]
pub fn ListEditor(p: &ListEditorProps) -> Html {
    let lang = use_lang();
    let ids = super::use_ids();
    let texts = p.texts;
    let key = p.list.key();
    let len = p.rows.len();
    let add_id = ids.id(&format!("{key}-add"));
    let first_field = p.fields.first().copied().unwrap_or(ItemField::Text);

    // Move focus after adding (to the new row) or removing (to the add button).
    let last_len = use_mut_ref(|| len);
    {
        let add_id = add_id.clone();
        let list = p.list;
        let ids = ids.clone();
        use_effect_with(len, move |len| {
            let before = std::mem::replace(&mut *last_len.borrow_mut(), *len);
            if *len > before {
                ids.focus(&ids.field(&FieldRef::Item(list, *len - 1, first_field)));
            } else if *len < before {
                ids.focus(&add_id);
            }
        });
    }

    let onadd = {
        let cb = p.ondispatch.clone();
        let list = p.list;
        Callback::from(move |_: MouseEvent| cb.emit(Action::AddItem(list)))
    };
    let heading_id = ids.id(&format!("{key}-heading"));
    html! {
        <div class="pk-form-group pk-list-editor">
            <fieldset class="pk-fieldset" aria-describedby={ids.id(&format!("{key}-hint"))}>
                <legend class="pk-fieldset__legend pk-fieldset__legend--m">
                    <@{ids.h(1)} class="pk-heading-m" id={heading_id}>{ texts.heading.get(lang) }</@>
                </legend>
                <div class="pk-hint" id={ids.id(&format!("{key}-hint"))}>{ texts.hint.get(lang) }</div>
                if len == 0 {
                    <p class="pk-body pk-list-editor__empty">{ Ui::ListEmpty.get(lang) }</p>
                }
                { for p.rows.iter().enumerate().map(|(i, values)| {
                    let row_name = fill(Ui::RowLabel.get(lang), &[("item", texts.row.get(lang)), ("n", &(i + 1).to_string())]);
                    let list = p.list;
                    let onremove = {
                        let cb = p.ondispatch.clone();
                        Callback::from(move |_: MouseEvent| cb.emit(Action::RemoveItem(list, i)))
                    };
                    let kind = p.kinds.get(i).map(|k| {
                        let id = ids.id(&format!("{key}-{i}-kind"));
                        let cb = p.ondispatch.clone();
                        let onchange = Callback::from(move |e: Event| {
                            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                            if let Some(k) = RouteKind::from_key(&v) {
                                cb.emit(Action::SetRouteKind(i, k));
                            }
                        });
                        html! {
                            <div class="pk-form-group">
                                <label class="pk-label" for={id.clone()}>{ content::ROUTE_KIND_LABEL.get(lang) }</label>
                                <select class="pk-select" id={id} {onchange} disabled={p.locked}>
                                    { for RouteKind::ALL.iter().map(|rk| html! {
                                        <option value={rk.key()} selected={*rk == *k}>{ content::route_kind(*rk).get(lang) }</option>
                                    }) }
                                </select>
                            </div>
                        }
                    });
                    html! {
                        <fieldset class="pk-list-editor__row" key={i}>
                            <legend class="pk-list-editor__row-legend">{ row_name.clone() }</legend>
                            { for kind }
                            { for p.fields.iter().zip(&p.labels).zip(values.iter()).map(|((f, label), v)| {
                                let fref = FieldRef::Item(list, i, *f);
                                let field = *f;
                                let cb = p.ondispatch.clone();
                                let onchange = Callback::from(move |v: String| cb.emit(Action::SetItemText(list, i, field, v)));
                                html! {
                                    <TextField id={ids.field(&fref)}
                                        label={localized(*label, lang)}
                                        value={v.clone()} max={f.max_chars()} multiline={matches!(field.input(), InputKind::Line | InputKind::IdentifyingLine)}
                                        rows={if sentences(list, field) { 2 } else { 1 }}
                                        identifies={field.input().identifies()}
                                        ltr={field.input() == pk_core::domain::InputKind::Code}
                                        readonly={p.locked}
                                        error={error_for(&p.problems, &fref, lang)} {onchange} />
                                }
                            }) }
                            if !p.locked {
                                <button type="button" class="pk-button pk-button--secondary pk-button--small" onclick={onremove}
                                    aria-label={fill(Ui::RemoveNamed.get(lang), &[("name", row_name.as_str())])}>
                                    { Ui::Remove.get(lang) }
                                </button>
                            }
                        </fieldset>
                    }
                }) }
                if !p.locked && len < limits::LIST_ITEMS {
                    <button type="button" id={add_id} class="pk-button pk-button--secondary" onclick={onadd}>{ texts.add.get(lang) }</button>
                } else if !p.locked {
                    <p class="pk-hint" id={add_id} tabindex="-1">{ fill(Ui::ListFull.get(lang), &[("rows", &content::plural::ROWS.get(lang, limits::LIST_ITEMS as u64))]) }</p>
                }
            </fieldset>
        </div>
    }
}
