//! "Visa koden för vårdpersonalen": her preparation as a QR code on her screen (or a short
//! sequence of codes shown one after another), for the clinic's camera. Drawn and shown in its
//! panel by the `pk-code` module, loaded the first time she asks (`web::code`); the widget keeps
//! only the button and the place for the panel. Nothing is sent anywhere.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use super::qr::{closed_callback, use_panel_focus};
use crate::components::bind::StepProps;
use crate::web::code::{self, Problem, Show};
use crate::web::{lazy, platform};
use pk_core::content::Ui;
use pk_core::contract::modules::code::text;
use pk_core::domain::Language;

/// The button, and the code once asked for.
pub(super) fn show_code(p: &StepProps, lang: Language, kept: &Callback<()>) -> Html {
    html! { <ShowCode step={p.clone()} {lang} kept={kept.clone()} /> }
}

#[derive(Properties, PartialEq, Clone)]
struct ShowCodeProps {
    step: StepProps,
    lang: Language,
    /// Told when her code is shown.
    kept: Callback<()>,
}

/// Where the code stands.
#[derive(Clone, PartialEq)]
pub(super) enum Shown {
    /// The button.
    Hidden,
    /// Being made (the module loading).
    Making,
    /// In the module's panel.
    Open,
    /// Not shown, and why.
    Refused(Ui),
}

#[component]
fn ShowCode(p: &ShowCodeProps) -> Html {
    let lang = p.lang;
    let ids = &p.step.ids;
    let shown = use_state(|| Shown::Hidden);
    let host = use_node_ref();
    let open = {
        let (shown, host, ids) = (shown.clone(), host.clone(), ids.clone());
        let st = p.step.state.clone();
        let kept = p.kept.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(host) = host.cast::<web_sys::Element>() else { return };
            let (shown, kept, ids) = (shown.clone(), kept.clone(), ids.clone());
            let a = st.session.agreement.clone();
            shown.set(Shown::Making);
            wasm_bindgen_futures::spawn_local(async move {
                let texts = lazy::panel_texts(&[
                    (text::TITLE, Ui::CodeTitle.get(lang)),
                    (text::INSTRUCTION, Ui::CodeInstruction.get(lang)),
                    (text::INSTRUCTION_SEQUENCE, Ui::CodeInstructionSequence.get(lang)),
                    (text::FRAME, Ui::CodeFrame.get(lang)),
                    (text::ALT, Ui::CodeAlt.get(lang)),
                    (text::CLOSE, Ui::CodeClose.get(lang)),
                ]);
                let what = Show::Codes { heading: ids.h(3) };
                let closed: JsValue = closed_callback(&shown, Shown::Hidden);
                shown.set(match code::show(&host, &a, what, texts, &ids.id(""), &closed).await {
                    Ok(()) => {
                        kept.emit(());
                        Shown::Open
                    }
                    Err(Problem::TooLarge) => Shown::Refused(Ui::CodeTooLarge),
                    Err(Problem::Failed(e)) => {
                        platform::warn(&format!("code: {e}"));
                        Shown::Refused(Ui::CodeFailed)
                    }
                });
            });
        })
    };
    // Focus moves back to the button when the code closes (the module focuses the code).
    use_panel_focus(ids, *shown == Shown::Open, "code", "show-code");
    let status = match &*shown {
        Shown::Making => html! { <p class="pk-body" role="status">{ Ui::CodeMaking.get(lang) }</p> },
        Shown::Refused(text) => {
            html! { <p class="pk-body pk-copy-status__error" role="alert" id={ids.id("code-refused")}>{ text.get(lang) }</p> }
        }
        Shown::Hidden | Shown::Open => Html::default(),
    };
    html! {
        // Inside "Inför besöket", beside save and print: under its heading. The module's panel
        // goes into the last element, which keeps its place whatever is shown above it.
        <section class="pk-actions" aria-labelledby={ids.id("show-code-title")}>
            <@{ids.h(2)} class="pk-heading-s" id={ids.id("show-code-title")}>{ Ui::ShowCodeTitle.get(lang) }</@>
            <p class="pk-body" id={ids.id("show-code-hint")}>{ Ui::ShowCodeHint.get(lang) }</p>
            <div class="pk-button-group" hidden={*shown == Shown::Open}>
                <button type="button" class="pk-button pk-button--secondary" id={ids.id("show-code")} onclick={open}
                    aria-describedby={ids.id("show-code-hint")} disabled={*shown == Shown::Making}>
                    { Ui::ShowCode.get(lang) }
                </button>
            </div>
            <div>{ status }</div>
            <div ref={host}></div>
        </section>
    }
}
