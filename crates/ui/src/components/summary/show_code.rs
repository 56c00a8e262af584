//! "Visa koden för vårdpersonalen": her preparation as a QR code on her screen (or a short
//! sequence of codes shown one after another), for the clinic's camera. Drawn by the `pk-code`
//! module, loaded the first time she asks (`web::code`); nothing is sent anywhere.

use gloo_timers::callback::Interval;
use yew::prelude::*;

use super::qr::{qr_svg, use_panel_focus};
use crate::components::bind::StepProps;
use crate::web::code::{self, Problem, Qr};
use crate::web::platform;
use pk_core::content::{fill, Ui};
use pk_core::domain::Language;

/// How long each code of a sequence stays on screen.
const FRAME_MS: u32 = 900;

#[derive(Clone, PartialEq)]
enum Shown {
    Hidden,
    Making,
    Codes(Vec<Qr>),
    Refused(Ui),
}

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

#[component]
fn ShowCode(p: &ShowCodeProps) -> Html {
    let lang = p.lang;
    let ids = &p.step.ids;
    let shown = use_state(|| Shown::Hidden);
    let frame = use_state(|| 0usize);
    let open = {
        let shown = shown.clone();
        let frame = frame.clone();
        let st = p.step.state.clone();
        let kept = p.kept.clone();
        Callback::from(move |_: MouseEvent| {
            let shown = shown.clone();
            let kept = kept.clone();
            let a = st.session.agreement.clone();
            frame.set(0);
            shown.set(Shown::Making);
            wasm_bindgen_futures::spawn_local(async move {
                shown.set(match code::codes(&a).await {
                    Ok(codes) => {
                        kept.emit(());
                        Shown::Codes(codes)
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
    // A sequence turns to its next code every FRAME_MS while shown.
    {
        let frame = frame.clone();
        let frames = match &*shown {
            Shown::Codes(c) => c.len(),
            _ => 0,
        };
        use_effect_with(frames, move |frames| {
            let frames = *frames;
            let timer = (frames > 1).then(|| {
                let current = std::rc::Rc::new(std::cell::Cell::new(0usize));
                Interval::new(FRAME_MS, move || {
                    current.set((current.get() + 1) % frames);
                    frame.set(current.get());
                })
            });
            move || drop(timer)
        });
    }
    // Focus moves to the code when it appears, and back to the button when it closes.
    use_panel_focus(ids, matches!(&*shown, Shown::Codes(_)), "code", "show-code");
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
            html! { <p class="pk-body pk-copy-status__error" role="alert" id={ids.id("code-refused")}>{ text.get(lang) }</p> }
        }
        Shown::Codes(codes) => {
            let i = (*frame).min(codes.len().saturating_sub(1));
            // `code::codes` never gives none; were it to, nothing is drawn rather than a panic.
            let Some(qr) = codes.get(i) else { return Html::default() };
            let sequence = codes.len() > 1;
            let instruction = if sequence { Ui::CodeInstructionSequence } else { Ui::CodeInstruction };
            html! {
                <div class="pk-code" id={ids.id("code")} tabindex="-1" role="group"
                    aria-labelledby={ids.id("code-title")} onkeydown={on_key}>
                    <@{ids.h(3)} class="pk-heading-m" id={ids.id("code-title")}>{ Ui::CodeTitle.get(lang) }</@>
                    <p class="pk-body" id={ids.id("code-instruction")}>
                        { fill(instruction.get(lang), &[("n", &codes.len().to_string())]) }
                    </p>
                    <div class="pk-code__image" id={ids.id("code-image")} data-version={qr.version.to_string()}
                        data-frames={codes.len().to_string()} data-frame={(i + 1).to_string()}>
                        { qr_svg(qr, Ui::CodeAlt.get(lang)) }
                    </div>
                    if sequence {
                        <p class="pk-body" id={ids.id("code-frame")}>
                            { fill(Ui::CodeFrame.get(lang), &[("i", &(i + 1).to_string()), ("n", &codes.len().to_string())]) }
                        </p>
                    }
                    <div class="pk-button-group">
                        <button type="button" class="pk-button pk-button--secondary" id={ids.id("code-close")} onclick={close}>
                            { Ui::CodeClose.get(lang) }
                        </button>
                    </div>
                </div>
            }
        }
    };
    html! {
        // Inside "Inför besöket", beside save and print: under its heading.
        <section class="pk-actions" aria-labelledby={ids.id("show-code-title")}>
            <@{ids.h(2)} class="pk-heading-s" id={ids.id("show-code-title")}>{ Ui::ShowCodeTitle.get(lang) }</@>
            <p class="pk-body" id={ids.id("show-code-hint")}>{ Ui::ShowCodeHint.get(lang) }</p>
            if !matches!(&*shown, Shown::Codes(_)) {
                <div class="pk-button-group">
                    <button type="button" class="pk-button pk-button--secondary" id={ids.id("show-code")} onclick={open}
                        aria-describedby={ids.id("show-code-hint")} disabled={*shown == Shown::Making}>
                        { Ui::ShowCode.get(lang) }
                    </button>
                </div>
            }
            { body }
        </section>
    }
}
