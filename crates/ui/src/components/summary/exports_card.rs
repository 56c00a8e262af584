//! The card to save the agreement as a file and to print it.

use yew::prelude::*;

use crate::components::bind::StepProps;
use crate::web::export;
use pk_core::content::Ui;
use pk_core::domain::*;

/// Saving and printing: first on a preparation's summary (saving is its one primary button), last
/// in a consultation's.
pub(super) fn exports_card(p: &StepProps, lang: Language) -> Html {
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let download = {
        let st = p.state.clone();
        let host = ids.host().cloned();
        Callback::from(move |_: MouseEvent| export::download_json(&st.session.agreement, host.as_ref()))
    };
    let print = Callback::from(|_: MouseEvent| export::print());
    html! {
        <section class="pk-summary-card" aria-labelledby={ids.id("exports-title")}>
            <h2 class="pk-heading-m" id={ids.id("exports-title")}>{ Ui::ExportsTitle.get(lang) }</h2>
            if a.mode == Mode::Prepare {
                <p class="pk-body" id={ids.id("save-hint")}>{ Ui::SaveToBringHint.get(lang) }</p>
            }
            <div class="pk-button-group">
                // One primary button per page: saving, when preparing; marking as agreed, in the
                // consultation.
                <button type="button" id={ids.id("download-json")} onclick={download}
                    class={classes!("pk-button", (a.mode == Mode::Consultation).then_some("pk-button--secondary"))}
                    aria-describedby={(a.mode == Mode::Prepare).then(|| ids.id("save-hint"))}>
                    { if a.mode == Mode::Prepare { Ui::SaveToBring.get(lang) } else { Ui::DownloadJson.get(lang) } }
                </button>
                <button type="button" class="pk-button pk-button--secondary" onclick={print}>{ Ui::Print.get(lang) }</button>
            </div>
        </section>
    }
}
