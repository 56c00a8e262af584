//! Thin Yew components, one per file. They receive data and callbacks; every change goes
//! through a domain `Command`. Element ids are the widget's prefix + the domain's stable field
//! keys ([`Ids`]), so error summaries, tests and focus handling all find fields the same way,
//! and several widgets on one page never share an id.

pub mod accept_list;
pub mod app;
pub mod autosave;
pub mod commitments;
pub mod confirm;
pub mod contacts;
pub mod embedding;
pub mod error_summary;
pub mod file_drop;
pub mod followup;
pub mod lazy_followup;
pub mod list_editor;
pub mod notice;
pub mod planning;
pub mod print_view;
pub mod questions;
pub mod radios;
pub mod schedule;
pub mod start;
pub mod summary;
pub mod text_field;
pub mod what_matters;

use yew::prelude::*;

use pk_core::content;
use pk_core::domain::envelope::ImportError;
use pk_core::domain::{FieldRef, Language, Problem, TextField};

/// Where one widget lives on the page. Its element ids are its prefix + a stable name: `pk` for
/// the first widget on a page (`pk-own-words`), `pk2`, `pk3`, … for more, so labels, aria
/// references, radio groups and error links stay within their widget. Focus and scrolling look
/// inside its root only, never in the whole document.
#[derive(Clone, Debug, PartialEq)]
pub struct Ids {
    prefix: std::rc::Rc<str>,
    root: Option<web_sys::Element>,
    host: Option<web_sys::Element>,
}

impl Default for Ids {
    fn default() -> Self {
        Ids { prefix: "pk".into(), root: None, host: None }
    }
}

impl Ids {
    /// The ids of the widget mounted in `root` with this prefix, whose events go to `host`.
    pub fn new(prefix: &str, root: Option<web_sys::Element>, host: Option<web_sys::Element>) -> Self {
        Ids { prefix: prefix.into(), root, host }
    }

    /// The element the widget is mounted in.
    pub fn root(&self) -> Option<&web_sys::Element> {
        self.root.as_ref()
    }

    /// The element the widget's events go to.
    pub fn host(&self) -> Option<&web_sys::Element> {
        self.host.as_ref()
    }

    /// Sends a `pk-…` event to the host page ([`crate::web::embed::emit`]); `false` when a
    /// listener cancelled it. Nothing to send to (a component on its own): `true`.
    pub fn emit(&self, name: &str, fields: &[(&str, wasm_bindgen::JsValue)], cancelable: bool) -> bool {
        match &self.host {
            Some(h) => crate::web::embed::emit(h, name, fields, cancelable),
            None => true,
        }
    }

    /// Which widget on the page this is: 1 for `pk`, 2 for `pk2`, …
    pub fn ordinal(&self) -> usize {
        self.prefix.strip_prefix("pk").and_then(|n| n.parse().ok()).unwrap_or(1)
    }

    /// The prefix (`pk`, `pk2`, …).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The element id for `name`: `{prefix}-{name}`.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.prefix)
    }

    /// The element id of a field.
    pub fn field(&self, f: &FieldRef) -> String {
        self.id(&f.key())
    }

    /// Moves focus to the element with this (full) id in this widget; whether it did.
    pub fn focus(&self, id: &str) -> bool {
        crate::web::platform::focus(self.root.as_ref(), id)
    }

    /// Scrolls the element with this (full) id into view.
    pub fn scroll_into_view(&self, id: &str) {
        crate::web::platform::scroll_into_view(self.root.as_ref(), id)
    }

    /// Focuses the textarea with this (full) id and selects its text.
    pub fn select_text(&self, id: &str) {
        crate::web::platform::select_text(self.root.as_ref(), id)
    }
}

/// This widget's [`Ids`] (the first widget's, `pk`, for a component used on its own).
#[hook]
pub fn use_ids() -> Ids {
    use_context::<Ids>().unwrap_or_default()
}

/// Where focus goes once the change being made has been drawn: for a button that the change
/// takes away (a time taken over, a contact settled), so focus moves on to what the change made
/// rather than falling to the page. Set the element id, then send the change.
#[hook]
pub fn use_focus_after_change(ids: &Ids) -> std::rc::Rc<std::cell::RefCell<Option<String>>> {
    let pending = use_mut_ref(|| None::<String>);
    {
        let pending = pending.clone();
        let ids = ids.clone();
        // After every render of the component; the pending id is taken once.
        use_effect(move || {
            if let Some(id) = pending.borrow_mut().take() {
                ids.focus(&id);
            }
        });
    }
    pending
}

/// The language on screen, shared with every component.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lang(pub Language);

/// Reads the language from context (Swedish if a component is used outside the app).
#[hook]
pub fn use_lang() -> Language {
    use_context::<Lang>().map(|l| l.0).unwrap_or_default()
}

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
                <div class="pk-hint" id={hint_id.clone()}>{ h.clone() }</div>
            }
            if let Some(e) = error {
                <p class="pk-error-message" id={error_id.clone()}>
                    <span class="pk-visually-hidden">{ content::Ui::ErrorPrefix.get(lang) }{" "}</span>{ e.clone() }
                </p>
            }
        </>
    };
    (described, html)
}

/// The message for a field, if it has a problem on screen.
pub fn error_for(problems: &[Problem], f: &FieldRef, lang: Language) -> Option<AttrValue> {
    problems.iter().find(|p| p.field == *f).map(|p| AttrValue::Static(content::error(p.code).get(lang)))
}

/// A static text in the current language.
pub fn localized(t: content::Bilingual, lang: Language) -> AttrValue {
    AttrValue::Static(t.get(lang))
}

/// Label and hint of a text field as the mode asks it, in the current language.
pub fn label_hint(f: TextField, mode: pk_core::domain::Mode, lang: Language) -> (AttrValue, Option<AttrValue>) {
    let ft = content::text_field_in(f, mode);
    (localized(ft.label, lang), ft.hint.map(|h| localized(h, lang)))
}

/// Properties of every step page: the app's state handle (compared by pointer, so a page
/// re-renders only when the state changed).
#[derive(Properties, PartialEq, Clone)]
pub struct StepProps {
    /// The state.
    pub state: UseReducerHandle<crate::state::AppState>,
    /// This widget's element ids.
    pub ids: Ids,
}

impl StepProps {
    /// A callback that applies a domain action.
    pub fn edit(&self) -> Callback<pk_core::domain::Action> {
        let st = self.state.clone();
        Callback::from(move |a| st.dispatch(pk_core::domain::Command::Edit(a)))
    }

    /// Whether the agreement is marked agreed: its fields are shown read-only until someone
    /// chooses "Ändra överenskommelsen".
    pub fn locked(&self) -> bool {
        self.state.session.agreement.status == pk_core::domain::Status::Agreed
    }
}

/// A text field bound to the agreement, typed in as the field table says ([`TextField::input`]).
pub fn bound_text(p: &StepProps, f: TextField, lang: Language) -> Html {
    use pk_core::domain::InputKind;
    let a = &p.state.session.agreement;
    let fref = FieldRef::Text(f);
    let (label, hint) = label_hint(f, a.mode, lang);
    let input = f.input();
    let kind = match input {
        InputKind::Date => "date",
        InputKind::Time => "time",
        _ => "text",
    };
    let autocomplete = (input == InputKind::Name).then_some(AttrValue::Static("name"));
    let width = match input {
        InputKind::Code => Some("pk-input--width-20"),
        InputKind::Date | InputKind::Time => Some("pk-input--width-10"),
        _ => None,
    };
    let edit = p.edit();
    let onchange = Callback::from(move |v: String| edit.emit(pk_core::domain::Action::SetText(f, v)));
    html! {
        <text_field::TextField id={p.ids.field(&fref)} {label} {hint} value={AttrValue::from(f.get(a).to_string())}
            error={error_for(&p.state.session.problems, &fref, lang)} multiline={input == InputKind::Lines}
            kind={AttrValue::Static(kind)} max={f.max_chars()} {autocomplete} class={classes!(width)} {onchange}
            readonly={p.locked()} />
    }
}

/// A Ja / Nej / Vet inte group bound to one of the agreement's tri-state choices.
pub fn bound_tri(
    p: &StepProps,
    f: pk_core::domain::ChoiceField,
    value: Option<pk_core::domain::Tri>,
    lang: Language,
) -> Html {
    use pk_core::domain::{Action, Choice, Tri};
    let ft = content::choice_field(f);
    let choices = tri_choices(lang);
    let edit = p.edit();
    let onchange = Callback::from(move |v: AttrValue| edit.emit(Action::SetChoice(f, Choice::Tri(Tri::from_key(&v)))));
    html! {
        <radios::Radios id={p.ids.field(&FieldRef::Choice(f))} legend={localized(ft.label, lang)} hint={ft.hint.map(|h| localized(h, lang))}
            {choices} selected={value.map(|v| AttrValue::Static(v.key()))} inline=true {onchange} disabled={p.locked()} />
    }
}

/// A checkbox bound to one of the agreement's yes-or-no flags.
pub fn bound_flag(p: &StepProps, f: pk_core::domain::FlagField, lang: Language) -> Html {
    use pk_core::domain::Action;
    let id = p.ids.field(&FieldRef::Flag(f));
    let checked = f.get(&p.state.session.agreement);
    let edit = p.edit();
    let onchange = Callback::from(move |e: Event| {
        edit.emit(Action::SetFlag(f, e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))
    });
    html! {
        <div class="pk-form-group pk-checkbox">
            <input class="pk-checkbox__input" type="checkbox" id={id.clone()} name={id.clone()} {checked} {onchange} disabled={p.locked()} />
            <label class="pk-checkbox__label" for={id}>{ content::flag(f).get(lang) }</label>
        </div>
    }
}

/// The Ja / Nej / Vet inte choices.
pub fn tri_choices(lang: Language) -> Vec<radios::Choice> {
    pk_core::domain::Tri::ALL
        .into_iter()
        .map(|t| radios::Choice::new(t.key(), localized(content::tri(t), lang)))
        .collect()
}

/// The technical detail of a file that could not be opened (where in the file, which byte, the
/// limits: [`content::import_error_detail`]) under "Visa detaljer", below the plain message: a
/// native disclosure, which keyboards and screen readers know. Nothing when there is none. Keyed
/// by its text: another error's detail starts closed again.
pub fn import_error_details(e: &ImportError, lang: Language) -> Html {
    match content::import_error_detail(lang, e) {
        Some(detail) => html! {
            <details class="pk-details pk-details--small" key={detail.clone()}>
                <summary class="pk-details__summary">{ content::Ui::ShowDetails.get(lang) }</summary>
                <p class="pk-body pk-details__text">{ detail }</p>
            </details>
        },
        None => Html::default(),
    }
}
