//! "Ta med överenskommelsen i mobilen" (issue 28, point 3): once a consultation is marked
//! agreed, one QR code holding a link to the widget's page with the agreement in the link's
//! fragment (`handoff::link`), for her phone's ordinary camera. Drawn by the `pk-code` module,
//! loaded when asked for. An agreement too large for one code a phone reads says so and points
//! to the file and the printout. Not offered when the host turned it off.

use yew::prelude::*;

use super::qr::{qr_svg, use_panel_focus};
use crate::components::bind::StepProps;
use crate::context::use_link_page;
use crate::web::code::{self, Problem, Qr};
use crate::web::platform;
use pk_core::content::Ui;
use pk_core::domain::{Language, Status};

#[derive(Clone, PartialEq)]
enum Shown {
    Hidden,
    Making,
    Code(Qr),
    Refused(Ui),
}

/// The card, once the consultation is agreed (and the host offers the link).
pub(super) fn take_link(p: &StepProps, lang: Language) -> Html {
    if p.state.session.agreement.status != Status::Agreed {
        return Html::default();
    }
    html! { <TakeLink step={p.clone()} {lang} /> }
}

#[derive(Properties, PartialEq, Clone)]
struct TakeLinkProps {
    step: StepProps,
    lang: Language,
}

#[component]
fn TakeLink(p: &TakeLinkProps) -> Html {
    let lang = p.lang;
    let ids = &p.step.ids;
    let page = use_link_page();
    let shown = use_state(|| Shown::Hidden);
    // Focus moves to the code when it appears, and back to the button when it closes.
    use_panel_focus(ids, matches!(&*shown, Shown::Code(_)), "link", "link-show");
    let Some(page) = page else { return Html::default() };
    let open = {
        let shown = shown.clone();
        let st = p.step.state.clone();
        Callback::from(move |_: MouseEvent| {
            let shown = shown.clone();
            let a = st.session.agreement.clone();
            let page = page.clone();
            shown.set(Shown::Making);
            wasm_bindgen_futures::spawn_local(async move {
                shown.set(match code::link_code(&a, &page).await {
                    Ok(qr) => Shown::Code(qr),
                    Err(Problem::TooLarge) => Shown::Refused(Ui::LinkTooLarge),
                    Err(Problem::Failed(e)) => {
                        platform::warn(&format!("link: {e}"));
                        Shown::Refused(Ui::CodeFailed)
                    }
                });
            });
        })
    };
    let close = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(Shown::Hidden))
    };
    let on_key = {
        let shown = shown.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                shown.set(Shown::Hidden);
            }
        })
    };
    let body = match &*shown {
        Shown::Hidden => Html::default(),
        Shown::Making => html! { <p class="pk-body" role="status">{ Ui::CodeMaking.get(lang) }</p> },
        Shown::Refused(text) => {
            html! { <p class="pk-body pk-copy-status__error" role="alert" id={ids.id("link-refused")}>{ text.get(lang) }</p> }
        }
        Shown::Code(qr) => {
            html! {
                <div class="pk-code" id={ids.id("link")} tabindex="-1" role="group"
                    aria-labelledby={ids.id("link-instruction")} onkeydown={on_key}>
                    <p class="pk-body" id={ids.id("link-instruction")}>{ Ui::LinkInstruction.get(lang) }</p>
                    <div class="pk-code__image" id={ids.id("link-image")} data-version={qr.version.to_string()}>
                        { qr_svg(qr, Ui::LinkAlt.get(lang)) }
                    </div>
                    <div class="pk-button-group">
                        <button type="button" class="pk-button pk-button--secondary" id={ids.id("link-close")} onclick={close}>
                            { Ui::CodeClose.get(lang) }
                        </button>
                    </div>
                </div>
            }
        }
    };
    html! {
        <section class="pk-summary-card" aria-labelledby={ids.id("link-title")}>
            <@{ids.h(1)} class="pk-heading-m" id={ids.id("link-title")}>{ Ui::LinkTitle.get(lang) }</@>
            <p class="pk-body" id={ids.id("link-hint")}>{ Ui::LinkHint.get(lang) }</p>
            if !matches!(&*shown, Shown::Code(_)) {
                <div class="pk-button-group">
                    <button type="button" class="pk-button pk-button--secondary" id={ids.id("link-show")} onclick={open}
                        aria-describedby={ids.id("link-hint")} disabled={*shown == Shown::Making}>
                        { Ui::LinkShow.get(lang) }
                    </button>
                </div>
            }
            { body }
        </section>
    }
}
