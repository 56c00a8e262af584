//! "Ta med överenskommelsen i mobilen" (issue 28, point 3): once a consultation is marked
//! agreed, one QR code holding a link to the widget's page with the agreement in the link's
//! fragment (`handoff::link`), for her phone's ordinary camera. Drawn and shown in its panel by
//! the `pk-code` module, loaded when asked for; the widget keeps the card and its button. An
//! agreement too large for one code a phone reads says so and points to the file and the
//! printout. Not offered when the host turned it off.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use super::qr::{closed_callback, use_panel_focus};
use super::show_code::Shown;
use crate::components::bind::StepProps;
use crate::context::use_link_page;
use crate::web::code::{self, Problem, Show};
use crate::web::{lazy, platform};
use pk_core::content::Ui;
use pk_core::contract::modules::code::text;
use pk_core::domain::{Language, Status};

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
    let host = use_node_ref();
    // Focus moves back to the button when the code closes (the module focuses the code).
    use_panel_focus(ids, *shown == Shown::Open, "link", "link-show");
    let Some(page) = page else { return Html::default() };
    let open = {
        let (shown, host, ids) = (shown.clone(), host.clone(), ids.clone());
        let st = p.step.state.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(host) = host.cast::<web_sys::Element>() else { return };
            let (shown, ids, page) = (shown.clone(), ids.clone(), page.clone());
            let a = st.session.agreement.clone();
            shown.set(Shown::Making);
            wasm_bindgen_futures::spawn_local(async move {
                let texts = lazy::panel_texts(&[
                    (text::INSTRUCTION, Ui::LinkInstruction.get(lang)),
                    (text::ALT, Ui::LinkAlt.get(lang)),
                    (text::CLOSE, Ui::CodeClose.get(lang)),
                ]);
                let closed: JsValue = closed_callback(&shown, Shown::Hidden);
                shown.set(match code::show(&host, &a, Show::Link { page: &page }, texts, &ids.id(""), &closed).await {
                    Ok(()) => Shown::Open,
                    Err(Problem::TooLarge) => Shown::Refused(Ui::LinkTooLarge),
                    Err(Problem::Failed(e)) => {
                        platform::warn(&format!("link: {e}"));
                        Shown::Refused(Ui::CodeFailed)
                    }
                });
            });
        })
    };
    let status = match &*shown {
        Shown::Making => html! { <p class="pk-body" role="status">{ Ui::CodeMaking.get(lang) }</p> },
        Shown::Refused(text) => {
            html! { <p class="pk-body pk-copy-status__error" role="alert" id={ids.id("link-refused")}>{ text.get(lang) }</p> }
        }
        Shown::Hidden | Shown::Open => Html::default(),
    };
    html! {
        <section class="pk-summary-card" aria-labelledby={ids.id("link-title")}>
            <@{ids.h(1)} class="pk-heading-m" id={ids.id("link-title")}>{ Ui::LinkTitle.get(lang) }</@>
            <p class="pk-body" id={ids.id("link-hint")}>{ Ui::LinkHint.get(lang) }</p>
            <div class="pk-button-group" hidden={*shown == Shown::Open}>
                <button type="button" class="pk-button pk-button--secondary" id={ids.id("link-show")} onclick={open}
                    aria-describedby={ids.id("link-hint")} disabled={*shown == Shown::Making}>
                    { Ui::LinkShow.get(lang) }
                </button>
            </div>
            <div>{ status }</div>
            <div ref={host}></div>
        </section>
    }
}
