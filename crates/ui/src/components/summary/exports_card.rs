//! The card to save the agreement as a file and to print it.

use yew::prelude::*;

use super::sent::Sent;
use crate::components::bind::StepProps;
use crate::web::export;
use pk_core::content::Ui;
use pk_core::domain::*;

/// Saving and printing: first on a preparation's summary (saving is its one primary button), last
/// in a consultation's. When the host takes the exports, saving says "Skicka", and under the
/// buttons where the file went.
pub(super) fn exports_card(
    p: &StepProps,
    sent: &UseStateHandle<Option<Sent>>,
    lang: Language,
    kept: &Callback<()>,
) -> Html {
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let to_host = p.state.session.exports_to_host;
    let download = {
        let st = p.state.clone();
        let host = ids.host().cloned();
        let sent = sent.clone();
        let kept = kept.clone();
        Callback::from(move |_: MouseEvent| {
            let went = export::download_json(&st.session.agreement, host.as_ref());
            if went.is_some() {
                kept.emit(());
            }
            Sent::set(&sent, false, went);
        })
    };
    let (title, save, hint) = match (to_host, a.mode) {
        (false, Mode::Prepare) => (Ui::ExportsTitle, Ui::SaveToBring, Ui::SaveToBringHint),
        (false, Mode::Consultation) => (Ui::ExportsTitle, Ui::DownloadJson, Ui::SaveToBringHint),
        (true, Mode::Prepare) => (Ui::ExportsTitleHost, Ui::SendToCare, Ui::SendToCareHint),
        (true, Mode::Consultation) => (Ui::ExportsTitleHost, Ui::SendJson, Ui::SendToCareHint),
    };
    let print = Callback::from(|_: MouseEvent| export::print());
    html! {
        // Preparing, it stands inside "Inför besöket", under its heading.
        <section class={if a.mode == Mode::Prepare { "pk-actions" } else { "pk-summary-card" }} aria-labelledby={ids.id("exports-title")}>
            <@{ids.h(if a.mode == Mode::Prepare { 2 } else { 1 })} class={if a.mode == Mode::Prepare { "pk-heading-s" } else { "pk-heading-m" }} id={ids.id("exports-title")}>{ title.get(lang) }</@>
            <div class="pk-button-group">
                // One primary button per page: saving, when preparing; marking as agreed, in the
                // consultation.
                <button type="button" id={ids.id("download-json")} onclick={download}
                    class={classes!("pk-button", (a.mode == Mode::Consultation).then_some("pk-button--secondary"))}
                    aria-describedby={(a.mode == Mode::Prepare).then(|| ids.id("save-hint"))}>
                    { save.get(lang) }
                </button>
                <button type="button" class="pk-button pk-button--secondary" onclick={print}>{ Ui::Print.get(lang) }</button>
            </div>
            // Under the buttons, so that on a phone they are within the first screen; the save
            // button is described by it.
            if a.mode == Mode::Prepare {
                <p class="pk-hint" id={ids.id("save-hint")}>{ hint.get(lang) }</p>
            }
            <div role="status" class="pk-copy-status" id={ids.id("exports-status")}>{ Sent::said(sent, false, to_host, lang) }</div>
        </section>
    }
}
