//! The messages above a step: the notice the session holds (with its buttons), the problems on
//! screen (the GOV.UK error summary), and why an opened file could not be opened.

use yew::prelude::*;

use super::error_summary::{Entry, ErrorSummary};
use super::notice::Notice;
use super::Ids;
use crate::state::AppState;
use crate::web::{export, platform};
use pk_core::content::{self, fill, Ui};
use pk_core::domain::{self, Command, Language, StorageProblem};

/// The notice the session holds, with its buttons.
pub fn notice(
    state: &UseReducerHandle<AppState>,
    ids: &Ids,
    lang: Language,
    remind: Option<(i64, Callback<MouseEvent>)>,
) -> Html {
    let Some(n) = &state.session.notice else { return Html::default() };
    let send = |cmd: Command| {
        let st = state.clone();
        Callback::from(move |_: MouseEvent| st.dispatch(cmd.clone()))
    };
    let close = html! {
        <button type="button" class="pk-link-button pk-notice__close" onclick={send(Command::CloseNotice)}>{ Ui::Close.get(lang) }</button>
    };
    let plain = |text: Ui| html! { <Notice text={text.get(lang)}>{ close.clone() }</Notice> };
    match n {
        domain::Notice::Restored { saved } => html! {
            <>
            <Notice text={fill(Ui::RestoredNotice.get(lang), &[("time", &platform::local_time(saved))])}>
                <div class="pk-button-group">
                    <button type="button" class="pk-link-button" onclick={send(Command::AskClear)}>{ Ui::StartOver.get(lang) }</button>
                    { close }
                </div>
            </Notice>
            if let Some((days, save)) = remind {
                { keep_reminder(state, ids, lang, days, save) }
            }
            </>
        },
        domain::Notice::Storage(problem) => {
            let text = match problem {
                StorageProblem::Full => Ui::StorageFull,
                StorageProblem::Failed => Ui::StorageFailed,
                StorageProblem::Blocked | StorageProblem::Missing => Ui::StorageBlocked,
            };
            html! { <Notice text={text.get(lang)} warning=true>{ close }</Notice> }
        }
        domain::Notice::StorageOff => plain(Ui::StorageNone),
        domain::Notice::Cleared => plain(Ui::Cleared),
        domain::Notice::ClearFailed => {
            html! { <Notice text={Ui::ClearFailed.get(lang)} warning=true>{ close }</Notice> }
        }
        domain::Notice::Undone => plain(Ui::Undone),
        // The host's agreement or fresh start over her text (she said yes): "Ångra" while it lasts.
        domain::Notice::Replaced | domain::Notice::Restarted => {
            let text = if *n == domain::Notice::Replaced { Ui::Replaced } else { Ui::Restarted };
            html! {
                <Notice text={text.get(lang)}>
                    <div class="pk-button-group">
                        if state.session.undo.is_some() {
                            <button type="button" class="pk-button pk-button--secondary" id={ids.id("undo")}
                                onclick={send(Command::Undo)}>{ Ui::Undo.get(lang) }</button>
                        }
                        { close }
                    </div>
                </Notice>
            }
        }
        domain::Notice::FileOpened => plain(Ui::FileOpened),
        domain::Notice::Agreed => plain(Ui::AgreedNotice),
        domain::Notice::Unreadable { raw, error } => {
            let raw = raw.clone();
            let host = ids.host().cloned();
            let download = Callback::from(move |_: MouseEvent| {
                export::download_text(
                    host.as_ref(),
                    "stored",
                    &export::filename("sparat.json"),
                    "application/json",
                    &raw,
                );
            });
            // The notice says what to do itself: the reason alone, without "choose a file".
            let reason = content::import_error_reason(lang, error);
            html! {
                <Notice text={fill(Ui::StoredUnreadable.get(lang), &[("reason", &reason)])} warning=true>
                    { super::import_error_details(error, lang) }
                    <div class="pk-button-group">
                        <button type="button" class="pk-button pk-button--secondary" onclick={download}>{ Ui::DownloadStored.get(lang) }</button>
                        <button type="button" class="pk-button pk-button--secondary" onclick={send(Command::StartFresh)}>{ Ui::StartFresh.get(lang) }</button>
                    </div>
                </Notice>
            }
        }
    }
}

/// The problems on screen, each linked to its field (on this step or another).
pub fn error_summary(state: &UseReducerHandle<AppState>, ids: &Ids, lang: Language) -> Html {
    let session = &state.session;
    if session.problems.is_empty() {
        return Html::default();
    }
    let entries: Vec<Entry> = session
        .problems
        .iter()
        .map(|pr| {
            let field = pr.field;
            let st = state.clone();
            // A problem in a list row says which row ("Mål 2: …").
            let message = match field {
                domain::FieldRef::Item(list, i, _) => {
                    let row = content::list_text(list, session.agreement.mode).row.get(lang);
                    let name = fill(Ui::RowLabel.get(lang), &[("item", row), ("n", &(i + 1).to_string())]);
                    content::labelled(lang, &name, content::error(pr.code).get(lang))
                }
                _ => content::error(pr.code).get(lang).to_string(),
            };
            Entry {
                target: ids.field(&field).into(),
                message: message.into(),
                onactivate: (field.step() != session.step)
                    .then(|| Callback::from(move |_| st.dispatch(Command::Fix(field)))),
            }
        })
        .collect();
    html! { <ErrorSummary {entries} shown={session.problems_shown} /> }
}

/// Why the file just chosen could not be opened (on the start page), with its details.
pub fn import_error(state: &UseReducerHandle<AppState>, ids: &Ids, lang: Language) -> Html {
    let Some(e) = &state.session.import_error else { return Html::default() };
    html! {
        <div class="pk-error-summary" role="alert" id={ids.id("import-error")}>
            <@{ids.h(1)} class="pk-error-summary__title">{ Ui::OpenFileError.get(lang) }</@>
            <p class="pk-body">{ content::import_error(lang, e) }</p>
            { super::import_error_details(e, lang) }
        </div>
    }
}

/// A preparation not saved to a file or shown as a code for days: Safari may remove it, so she is
/// offered both.
fn keep_reminder(
    state: &UseReducerHandle<AppState>,
    ids: &Ids,
    lang: Language,
    days: i64,
    save: Callback<MouseEvent>,
) -> Html {
    let st = state.clone();
    let to_code = Callback::from(move |_: MouseEvent| st.dispatch(Command::GoTo(domain::Step::Summary)));
    html! {
        // Beside the notice (which has the one notice id), not a second one.
        <div class="pk-notice pk-notice--warning" role="status" id={ids.id("keep-reminder")}>
            <p class="pk-body">{ fill(Ui::KeepReminder.get(lang), &[("days", &pk_core::content::plural::DAYS.get(lang, days.max(0) as u64))]) }</p>
            <div class="pk-button-group">
                <button type="button" class="pk-button pk-button--secondary" onclick={save}>{ Ui::SaveToBring.get(lang) }</button>
                <button type="button" class="pk-button pk-button--secondary" onclick={to_code}>{ Ui::KeepShowCode.get(lang) }</button>
            </div>
        </div>
    }
}
