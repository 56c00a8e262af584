//! "Läs in patientens kod" (the consultation's start page and summary): the button, and the
//! place where the `pk-scan` module, loaded the first time, draws its panel: the camera, progress
//! for a sequence of codes, a picture of the code and her file (`contract::modules::scan`). What
//! it reads is then opened exactly as her file is (`web::files`: the same decoder and limits,
//! the same question before a draft is replaced, the same result). A code that is not an
//! agreement, too large or damaged is refused in the panel and nothing is replaced. The module
//! stops the camera the moment the code is read, the panel is closed, or the page moves on.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use super::bind::StepProps;
use super::use_lang;
use crate::web::lazy::{self, describe, Module};
use crate::web::{code, files, platform};
use pk_core::content::{self, Ui};
use pk_core::contract::modules::scan::{self as module, text};
use pk_core::domain::envelope::{ImportError, FILE_LIMIT_BYTES};
use pk_core::domain::{Agreement, Command};

/// Properties of [`Scan`].
#[derive(Properties, PartialEq, Clone)]
pub struct ScanProps {
    /// The app state.
    pub step: StepProps,
}

#[derive(Clone, Copy, PartialEq)]
enum Panel {
    Closed,
    Opening,
    Open,
    /// The module could not be loaded.
    Failed,
}

/// What lives while the panel is open: the functions the module calls, the file being read.
#[derive(Default)]
struct Live {
    functions: Vec<Closure<dyn FnMut(JsValue)>>,
    reader: Option<gloo_file::callbacks::FileReader>,
}

/// Calls the loaded scan module's `name` with `args`; a failure is for the console.
fn call(name: &str, args: &[JsValue]) {
    wasm_bindgen_futures::spawn_local({
        let (name, args) = (name.to_string(), args.to_vec());
        async move {
            let called = match lazy::load(Module::Scan).await {
                Ok(m) => lazy::function(&m, &name)
                    .and_then(|f| f.apply(&JsValue::NULL, &args.iter().collect()).map_err(describe)),
                Err(e) => Err(e),
            };
            if let Err(e) = called {
                platform::warn(&format!("scan: {e}"));
            }
        }
    });
}

/// The button, and the panel once opened.
#[component]
pub fn Scan(p: &ScanProps) -> Html {
    let lang = use_lang();
    let ids = p.step.ids.clone();
    let panel = use_state(|| Panel::Closed);
    let live = use_mut_ref(Live::default);
    let host = use_node_ref();

    // An agreement read: the same as her file (the panel closed first). One that is not an
    // agreement is refused in the panel, the draft kept.
    let opened = {
        let state = p.step.state.clone();
        let panel = panel.clone();
        Callback::from(move |r: Result<Agreement, ImportError>| match r {
            Ok(a) => {
                call(module::CLOSE_SCANNER, &[]);
                panel.set(Panel::Closed);
                state.dispatch(Command::Opened(Ok(Box::new(a))));
            }
            Err(e) => call(module::SCANNER_MESSAGE, &[content::import_error(lang, &e).into()]),
        })
    };
    let open = {
        let (panel, live, host, ids, opened) = (panel.clone(), live.clone(), host.clone(), ids.clone(), opened.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(host) = host.cast::<web_sys::Element>() else { return };
            panel.set(Panel::Opening);
            let (panel, live, ids, opened) = (panel.clone(), live.clone(), ids.clone(), opened.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = lazy::load(Module::Scan).await.and_then(|m| lazy::function(&m, module::OPEN_SCANNER));
                let open_scanner = match loaded {
                    Ok(f) => f,
                    Err(e) => {
                        platform::warn(&format!("scan: {e}"));
                        panel.set(Panel::Failed);
                        return;
                    }
                };
                let read = {
                    let opened = opened.clone();
                    Closure::<dyn FnMut(JsValue)>::new(move |bytes: JsValue| {
                        let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
                        let opened = opened.clone();
                        wasm_bindgen_futures::spawn_local(async move {
                            match code::inflate(&bytes, FILE_LIMIT_BYTES).await {
                                Ok(json) => files::decode(json, opened),
                                Err(true) => opened.emit(Err(ImportError::TooLarge {
                                    bytes: FILE_LIMIT_BYTES + 1,
                                    limit: FILE_LIMIT_BYTES,
                                })),
                                Err(false) => call(module::SCANNER_MESSAGE, &[Ui::ScanDamaged.get(lang).into()]),
                            }
                        });
                    })
                };
                let file = {
                    let (live, opened) = (Rc::downgrade(&live), opened.clone());
                    Closure::<dyn FnMut(JsValue)>::new(move |file: JsValue| {
                        let (Some(live), Ok(file)) = (live.upgrade(), file.dyn_into::<web_sys::File>()) else { return };
                        let reader = files::open(file, opened.clone());
                        live.borrow_mut().reader = reader;
                    })
                };
                let closed = {
                    let panel = panel.clone();
                    Closure::<dyn FnMut(JsValue)>::new(move |_| panel.set(Panel::Closed))
                };
                let texts = lazy::panel_texts(&[
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
                ]);
                let args: Vec<JsValue> = vec![
                    host.into(),
                    texts,
                    ids.id("").into(),
                    ids.h(1).into(),
                    read.as_ref().clone(),
                    file.as_ref().clone(),
                    closed.as_ref().clone(),
                ];
                live.borrow_mut().functions = vec![read, file, closed];
                match open_scanner.apply(&JsValue::NULL, &args.iter().collect()) {
                    Ok(_) => panel.set(Panel::Open),
                    Err(e) => {
                        platform::warn(&format!("scan: {}", describe(e)));
                        panel.set(Panel::Failed);
                    }
                }
            });
        })
    };
    // Focus back on the button when the panel closes (the module focuses its panel).
    {
        let ids = ids.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(*panel == Panel::Closed, move |closed| {
            if *closed && !std::mem::replace(&mut *first.borrow_mut(), false) {
                platform::focus(ids.root(), &ids.id("scan-open"));
            }
        });
    }
    let shown = matches!(*panel, Panel::Opening | Panel::Open);
    html! {
        // The module's panel goes into the last element, which keeps its place.
        <div class="pk-scan-entry">
            <div hidden={shown}>
                <button type="button" class="pk-button pk-button--secondary" id={ids.id("scan-open")} onclick={open}>
                    { Ui::ScanOpen.get(lang) }
                </button>
                <p class="pk-hint">{ Ui::ScanHint.get(lang) }</p>
                if *panel == Panel::Failed {
                    <p class="pk-body pk-copy-status__error" role="alert">{ Ui::CodeFailed.get(lang) }</p>
                }
            </div>
            <div ref={host}></div>
        </div>
    }
}
