//! The step pages' building blocks: their properties ([`StepProps`]), fields bound to the
//! agreement (a text field, a Ja / Nej / Vet inte group, a checkbox), the words of a field in
//! the language on screen, and the details of a file that could not be opened.

use yew::prelude::*;

use super::{radios, text_field};
use crate::context::Ids;
use crate::state::AppState;
use pk_core::content;
use pk_core::domain::envelope::ImportError;
use pk_core::domain::{FieldRef, Language, Problem, TextField};

/// The message for a field, if it has a problem on screen.
pub fn error_for(problems: &[Problem], f: &FieldRef, lang: Language) -> Option<AttrValue> {
    problems.iter().find(|p| p.field == *f).map(|p| AttrValue::Static(content::error(p.code).get(lang)))
}

/// A static text in the current language.
pub fn localized(t: content::Text, lang: Language) -> AttrValue {
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
    pub state: UseReducerHandle<AppState>,
    /// This widget's element ids.
    pub ids: Ids,
    /// Read aloud ("Lyssna").
    pub aloud: crate::hooks::read_aloud::ReadAloud,
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

    /// Whether the page on screen asks what this summary row shows ([`Step::pages`]).
    ///
    /// [`Step::pages`]: pk_core::domain::Step::pages
    pub fn shows(&self, row: pk_core::domain::SummaryRow) -> bool {
        self.state.session.shows(row)
    }
}

/// A text field bound to the agreement, typed in as the field table says ([`TextField::input`]):
/// free text, one line or several, in a textarea that grows; names, codes, contact details,
/// dates and times in one-line inputs.
pub fn bound_text(p: &StepProps, f: TextField, lang: Language) -> Html {
    use pk_core::domain::InputKind;
    let a = &p.state.session.agreement;
    let fref = FieldRef::Text(f);
    let (label, hint) = label_hint(f, a.mode, lang);
    let input = f.input();
    // Dates and times are text fields with the format in the hint, read by the session
    // (`Session::shown_text`): a native date field shows the browser's language's format.
    let kind = "text";
    let width = match input {
        InputKind::Code => Some("pk-input--width-20"),
        InputKind::Date | InputKind::Time => Some("pk-input--width-10"),
        _ => None,
    };
    let edit = p.edit();
    let onchange = Callback::from(move |v: String| edit.emit(pk_core::domain::Action::SetText(f, v)));
    html! {
        <text_field::TextField id={p.ids.field(&fref)} {label} {hint} value={AttrValue::from(p.state.session.shown_text(f).to_string())}
            error={error_for(&p.state.session.problems, &fref, lang)} multiline={matches!(input, InputKind::Lines | InputKind::Line | InputKind::IdentifyingLine)}
            rows={if input == InputKind::Lines { 5 } else { 1 }}
            kind={AttrValue::Static(kind)} max={f.max_chars()} identifies={input.identifies() || input.is_date_or_time()} class={classes!(width)} {onchange}
            ltr={matches!(input, InputKind::Code | InputKind::Date | InputKind::Time)}
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
