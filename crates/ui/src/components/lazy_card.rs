//! The cards whose panels a lazily loaded module draws (issue 28): "Visa koden för
//! vårdpersonalen" (her preparation as a code, `pk-code`), "Ta med överenskommelsen i mobilen"
//! (the agreement's link as a code, `pk-code`) and "Läs in patientens kod" (the clinic's camera,
//! `pk-scan`). The widget keeps only each card's heading, hint and button, a status line and
//! the place for the panel: no component state, so that the first load carries as little of
//! them as it can. The module hides the button while its panel is open, and gives it focus back
//! when the panel is closed.
//!
//! What the camera reads is opened exactly as her file is (`web::files`: the same decoder and
//! limits, the same question before a draft is replaced, the same result); a code that is not
//! an agreement, too large or damaged is refused in the panel and nothing is replaced.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use super::bind::StepProps;
use crate::context::Ids;
use crate::web::code::{self, Problem, Show};
use crate::web::lazy::{self, describe, Module};
use crate::web::{files, platform};
use pk_core::content::{self, Ui};
use pk_core::contract::modules::{code as code_module, scan};
use pk_core::domain::envelope::ImportError;
use pk_core::domain::{Agreement, Command, Language};

/// Which card.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Card {
    /// Her preparation as a code, in "Inför besöket".
    Code,
    /// The agreed consultation's link as a code, on the summary; the page it opens.
    Link,
    /// The clinic's camera, on the consultation's start page and summary.
    Scan,
}

impl Card {
    /// The id names of its button (also its parts' prefix) and its heading, hint and button
    /// texts; the heading's depth below the widget's top.
    fn parts(self) -> (&'static str, Option<(Ui, u8)>, Ui, Ui) {
        match self {
            Card::Code => ("show-code", Some((Ui::ShowCodeTitle, 2)), Ui::ShowCodeHint, Ui::ShowCode),
            Card::Link => ("link-show", Some((Ui::LinkTitle, 1)), Ui::LinkHint, Ui::LinkShow),
            Card::Scan => ("scan-open", None, Ui::ScanHint, Ui::ScanOpen),
        }
    }
}

/// The card; `page` is the page the link opens (the link's card only), `kept` is told when her
/// code is shown.
pub fn lazy_card(card: Card, p: &StepProps, lang: Language, page: Option<String>, kept: Option<Callback<()>>) -> Html {
    let ids = &p.ids;
    let (name, heading, hint, label) = card.parts();
    let id = |part: &str| ids.id(&format!("{name}-{part}"));
    let open = {
        let (ids, state) = (ids.clone(), p.state.clone());
        Callback::from(move |_: MouseEvent| {
            let (ids, kept, page) = (ids.clone(), kept.clone(), page.clone());
            let a = state.session.agreement.clone();
            let dispatch = {
                let state = state.clone();
                Callback::from(move |a: Agreement| state.dispatch(Command::Opened(Ok(Box::new(a)))))
            };
            wasm_bindgen_futures::spawn_local(async move {
                let (Some(host), Some(opener)) = (
                    platform::element(ids.root(), &ids.id(&format!("{name}-panel"))),
                    platform::element(ids.root(), &ids.id(&format!("{name}-opener"))),
                ) else {
                    return;
                };
                if card != Card::Scan {
                    say(&ids, name, Ui::CodeMaking.get(lang), false);
                }
                let shown = match card {
                    Card::Code => {
                        let what = Show::Codes { heading: ids.h(3) };
                        code::show(&host, &a, what, code_texts(lang, false), &ids.id(""), &opener).await
                    }
                    Card::Link => {
                        let what = Show::Link { page: page.as_deref().unwrap_or_default() };
                        code::show(&host, &a, what, code_texts(lang, true), &ids.id(""), &opener).await
                    }
                    Card::Scan => open_scanner(&host, &opener, &ids, lang, dispatch).await,
                };
                let refusal = match shown {
                    Ok(()) => {
                        say(&ids, name, "", false);
                        if let Some(k) = kept {
                            k.emit(());
                        }
                        return;
                    }
                    Err(Problem::TooLarge) if card == Card::Link => Ui::LinkTooLarge,
                    Err(Problem::TooLarge) => Ui::CodeTooLarge,
                    Err(Problem::Failed(e)) => {
                        platform::warn(&format!("{name}: {e}"));
                        Ui::CodeFailed
                    }
                };
                say(&ids, name, refusal.get(lang), true);
            });
        })
    };
    let button = html! {
        <div class="pk-button-group">
            <button type="button" class="pk-button pk-button--secondary" id={ids.id(name)} onclick={open}
                aria-describedby={id("hint")}>{ label.get(lang) }</button>
        </div>
    };
    html! {
        <section class={match card { Card::Code => "pk-actions", Card::Link => "pk-summary-card", Card::Scan => "pk-scan-entry" }}
            aria-labelledby={heading.map(|_| id("title"))}>
            if let Some((title, depth)) = heading {
                <@{ids.h(depth)} class={if depth == 1 { "pk-heading-m" } else { "pk-heading-s" }} id={id("title")}>{ title.get(lang) }</@>
                <p class="pk-body" id={id("hint")}>{ hint.get(lang) }</p>
                <div id={id("opener")}>{ button }</div>
            } else {
                <div id={id("opener")}>{ button }<p class="pk-hint" id={id("hint")}>{ hint.get(lang) }</p></div>
            }
            <div role="status" id={id("status")}></div>
            <div id={id("panel")}></div>
        </section>
    }
}

/// The card's status line: `text` (as an error when `error`), or nothing when empty. Written
/// here rather than rendered: the card has no state of its own.
fn say(ids: &Ids, name: &str, text: &str, error: bool) {
    let Some(status) = platform::element(ids.root(), &ids.id(&format!("{name}-status"))) else { return };
    status.set_text_content(None);
    if text.is_empty() {
        return;
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(p) = doc.create_element("p") {
        let class = if error { "pk-body pk-copy-status__error" } else { "pk-body" };
        let _ = p.set_attribute("class", class);
        p.set_text_content(Some(text));
        let _ = status.append_child(&p);
    }
}

/// The texts of a code's panel (`link`: the link's).
fn code_texts(lang: Language, link: bool) -> JsValue {
    use code_module::text;
    if link {
        return lazy::panel_texts(
            lang,
            &[
                (text::INSTRUCTION, Ui::LinkInstruction.get(lang)),
                (text::ALT, Ui::LinkAlt.get(lang)),
                (text::CLOSE, Ui::CodeClose.get(lang)),
            ],
            &[],
        );
    }
    lazy::panel_texts(
        lang,
        &[
            (text::TITLE, Ui::CodeTitle.get(lang)),
            (text::INSTRUCTION, Ui::CodeInstruction.get(lang)),
            (text::INSTRUCTION_SEQUENCE, Ui::CodeInstructionSequence.get(lang)),
            (text::FRAME, Ui::CodeFrame.get(lang)),
            (text::ALT, Ui::CodeAlt.get(lang)),
            (text::CLOSE, Ui::CodeClose.get(lang)),
        ],
        &[(text::CODES, content::plural::CODES)],
    )
}

/// Calls the loaded scan module's `name` with `args`; a failure is for the console.
fn call_scan(name: &'static str, args: Vec<JsValue>) {
    wasm_bindgen_futures::spawn_local(async move {
        let called = match lazy::load(Module::Scan).await {
            Ok(m) => {
                lazy::function(&m, name).and_then(|f| f.apply(&JsValue::NULL, &args.iter().collect()).map_err(describe))
            }
            Err(e) => Err(e),
        };
        if let Err(e) = called {
            platform::warn(&format!("scan: {e}"));
        }
    });
}

/// Opens the scan module's panel in `host`; what it reads goes to `opened` as her file would.
async fn open_scanner(
    host: &web_sys::Element,
    opener: &web_sys::Element,
    ids: &Ids,
    lang: Language,
    opened: Callback<Agreement>,
) -> Result<(), Problem> {
    use scan::text;
    let f =
        lazy::load(Module::Scan).await.and_then(|m| lazy::function(&m, scan::OPEN_SCANNER)).map_err(Problem::Failed)?;
    // Her file or the code read: the panel closes and the agreement opens; anything else is
    // refused in the panel, the draft kept.
    let done = Callback::from(move |r: Result<Agreement, ImportError>| match r {
        Ok(a) => {
            call_scan(scan::CLOSE_SCANNER, Vec::new());
            opened.emit(a);
        }
        Err(e) => call_scan(scan::SCANNER_MESSAGE, vec![content::import_error(lang, &e).into()]),
    });
    let read = {
        let done = done.clone();
        // The native JSON of the code read (the module inflated it), decoded as her file is.
        Closure::<dyn FnMut(JsValue)>::new(move |json: JsValue| {
            files::decode(js_sys::Uint8Array::new(&json).to_vec(), done.clone())
        })
    };
    // The file being read is kept until it has been read (or another is chosen).
    let reading = Rc::new(RefCell::new(None));
    let file = Closure::<dyn FnMut(JsValue)>::new(move |file: JsValue| {
        if let Ok(file) = file.dyn_into::<web_sys::File>() {
            *reading.borrow_mut() = files::open(file, done.clone());
        }
    });
    let texts = lazy::panel_texts(
        lang,
        &[
            (text::TITLE, Ui::ScanTitle.get(lang)),
            (text::VIDEO, Ui::ScanVideo.get(lang)),
            (text::LOOKING, Ui::ScanLooking.get(lang)),
            (text::PROGRESS, Ui::ScanProgress.get(lang)),
            (text::NO_CAMERA, Ui::ScanNoCamera.get(lang)),
            (text::NOT_OURS, Ui::ScanNotOurs.get(lang)),
            (text::TOO_LARGE, Ui::ScanTooLarge.get(lang)),
            (text::DAMAGED, Ui::ScanDamaged.get(lang)),
            (text::NO_CODE_IN_PICTURE, Ui::ScanNoCodeInPicture.get(lang)),
            (text::PICTURE, Ui::ScanPicture.get(lang)),
            (text::FILE, Ui::OpenFile.get(lang)),
            (text::CLOSE, Ui::Close.get(lang)),
        ],
        &[(text::READ, content::plural::CODES_READ)],
    );
    // The two functions go to the module, and live as long as it holds them.
    let args = [
        host.into(),
        texts,
        ids.id("").into(),
        ids.h(1).into(),
        read.into_js_value(),
        file.into_js_value(),
        opener.into(),
    ];
    f.apply(&JsValue::NULL, &args.iter().collect()).map(|_| ()).map_err(|e| Problem::Failed(describe(e)))
}
