//! "Läs in patientens kod" (the consultation's start page and summary): the camera in a panel,
//! each frame read by the `pk-scan` module (`web::scan`), progress for a sequence of codes, and
//! then exactly what opening her file does (`web::files::decode`: the same decoder and limits,
//! the same question before a draft is replaced, the same result). Without a camera, or with it
//! refused: a message, a picture of the code, and her file. A code that is not hers, too large,
//! damaged or not an agreement is refused here and nothing is replaced. The camera stops the
//! moment the code is read, the panel is closed, or the page moves on.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::bind::StepProps;
use super::use_lang;
use crate::web::scan::{self, Camera};
use crate::web::{code, files, platform};
use pk_core::content::{self, fill, Ui};
use pk_core::domain::envelope::{ImportError, FILE_LIMIT_BYTES};
use pk_core::domain::{Agreement, Command};
use pk_core::formats::handoff::{CodeError, Collector, Progress};

/// How often a camera frame is read.
const FRAME_MS: u32 = 250;

#[derive(Clone, PartialEq)]
enum Status {
    Closed,
    Starting,
    Looking,
    NoCamera,
    Reading { have: usize, total: usize },
    Refused(Ui),
    NotAgreement(ImportError),
}

/// Properties of [`Scan`].
#[derive(Properties, PartialEq, Clone)]
pub struct ScanProps {
    /// The app state.
    pub step: StepProps,
}

/// What is kept between renders while the panel is open.
#[derive(Default)]
struct Live {
    camera: RefCell<Option<Rc<Camera>>>,
    collector: RefCell<Collector>,
    /// Changes whenever the camera is stopped, so that a reading loop of an earlier camera ends.
    generation: Cell<u32>,
    reader: RefCell<Option<gloo_file::callbacks::FileReader>>,
}

impl Live {
    fn stop(&self) {
        self.generation.set(self.generation.get().wrapping_add(1));
        if let Some(c) = self.camera.borrow_mut().take() {
            c.stop();
        }
    }
}

fn refusal(e: CodeError) -> Ui {
    match e {
        CodeError::NotOurs => Ui::ScanNotOurs,
        CodeError::TooLarge => Ui::ScanTooLarge,
        CodeError::Damaged => Ui::ScanDamaged,
    }
}

/// The button, and the panel once opened.
#[component]
pub fn Scan(p: &ScanProps) -> Html {
    let lang = use_lang();
    let ids = p.step.ids.clone();
    let status = use_state(|| Status::Closed);
    let live = use_memo((), |_| Live::default());
    let video = use_node_ref();
    let picture_input = use_node_ref();
    let file_input = use_node_ref();

    // An agreement read: the same as her file. A decoded document that is not an agreement is
    // refused here, the draft kept.
    let opened = {
        let state = p.step.state.clone();
        let status = status.clone();
        let live = live.clone();
        Callback::from(move |r: Result<Agreement, ImportError>| match r {
            Ok(a) => {
                live.stop();
                status.set(Status::Closed);
                state.dispatch(Command::Opened(Ok(Box::new(a))));
            }
            Err(e) => status.set(Status::NotAgreement(e)),
        })
    };
    // One code's text, from the camera or a picture: `true` once the whole code is read.
    let take: Rc<dyn Fn(&str) -> bool> = {
        let status = status.clone();
        let live = live.clone();
        let opened = opened.clone();
        Rc::new(move |text: &str| {
            let got = live.collector.borrow_mut().add(text);
            match got {
                Ok(Progress::Reading { have, total }) => status.set(Status::Reading { have, total }),
                Ok(Progress::Done(bytes)) => {
                    live.stop();
                    let status = status.clone();
                    let opened = opened.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        match code::inflate(&bytes, FILE_LIMIT_BYTES).await {
                            Ok(json) => files::decode(json, opened),
                            Err(true) => status.set(Status::NotAgreement(ImportError::TooLarge {
                                bytes: FILE_LIMIT_BYTES + 1,
                                limit: FILE_LIMIT_BYTES,
                            })),
                            Err(false) => status.set(Status::Refused(Ui::ScanDamaged)),
                        }
                    });
                    return true;
                }
                Err(e) => status.set(Status::Refused(refusal(e))),
            }
            false
        })
    };

    let open = {
        let status = status.clone();
        let live = live.clone();
        let video = video.clone();
        let take = take.clone();
        Callback::from(move |_: MouseEvent| {
            live.stop();
            *live.collector.borrow_mut() = Collector::default();
            status.set(Status::Starting);
            let (status, live, video, take) = (status.clone(), live.clone(), video.clone(), take.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // The panel (and its <video>) is drawn first.
                TimeoutFuture::new(0).await;
                let generation = live.generation.get();
                let Some(element) = video.cast::<web_sys::Element>() else { return };
                let camera = match scan::open_camera(&element).await {
                    Ok(c) => Rc::new(c),
                    Err(e) => {
                        platform::warn(&format!("camera: {e}"));
                        status.set(Status::NoCamera);
                        return;
                    }
                };
                if live.generation.get() != generation {
                    // Closed while the camera was starting.
                    camera.stop();
                    return;
                }
                *live.camera.borrow_mut() = Some(camera.clone());
                status.set(Status::Looking);
                while live.generation.get() == generation {
                    match camera.read().await {
                        Ok(texts) => {
                            if live.generation.get() != generation {
                                break;
                            }
                            for t in texts {
                                if take(&t) {
                                    break;
                                }
                            }
                        }
                        Err(e) => platform::warn(&format!("scan: {e}")),
                    }
                    TimeoutFuture::new(FRAME_MS).await;
                }
            });
        })
    };
    let close = {
        let status = status.clone();
        let live = live.clone();
        Callback::from(move |_| {
            live.stop();
            status.set(Status::Closed);
        })
    };
    // The camera never outlives the panel's component (the page moved on).
    {
        let live = live.clone();
        use_effect_with((), move |_| move || live.stop());
    }
    // Focus: to the panel when it opens, back to the button when it closes.
    {
        let ids = ids.clone();
        let shown = *status != Status::Closed;
        let first = use_mut_ref(|| true);
        use_effect_with(shown, move |shown| {
            if *shown {
                platform::focus(ids.root(), &ids.id("scan"));
            } else if !std::mem::replace(&mut *first.borrow_mut(), false) {
                platform::focus(ids.root(), &ids.id("scan-open"));
            }
        });
    }
    let on_key = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close.emit(());
            }
        })
    };
    let pick = |input: &NodeRef| {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.set_value("");
                i.click();
            }
        })
    };
    let on_picture = {
        let status = status.clone();
        let take = take.clone();
        Callback::from(move |e: Event| {
            let Some(file) = e.target_unchecked_into::<HtmlInputElement>().files().and_then(|l| l.get(0)) else {
                return;
            };
            let (status, take) = (status.clone(), take.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let texts = scan::read_picture(&file).await.unwrap_or_else(|e| {
                    platform::warn(&format!("picture: {e}"));
                    Vec::new()
                });
                if texts.is_empty() {
                    status.set(Status::Refused(Ui::ScanNoCodeInPicture));
                }
                for t in texts {
                    if take(&t) {
                        break;
                    }
                }
            });
        })
    };
    let on_file = {
        let live = live.clone();
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = e.target_unchecked_into::<HtmlInputElement>().files().and_then(|l| l.get(0)) {
                *live.reader.borrow_mut() = files::open(file, opened.clone());
            }
        })
    };

    let camera_on = matches!(*status, Status::Starting | Status::Looking | Status::Reading { .. } | Status::Refused(_));
    let message = match &*status {
        Status::Closed => Html::default(),
        Status::Starting | Status::Looking => html! { <p class="pk-body">{ Ui::ScanLooking.get(lang) }</p> },
        Status::Reading { have, total } => html! {
            <p class="pk-body">{ fill(Ui::ScanProgress.get(lang), &[("have", &have.to_string()), ("total", &total.to_string())]) }</p>
        },
        Status::NoCamera => html! { <p class="pk-body pk-copy-status__error">{ Ui::ScanNoCamera.get(lang) }</p> },
        Status::Refused(text) => html! { <p class="pk-body pk-copy-status__error">{ text.get(lang) }</p> },
        Status::NotAgreement(e) => html! {
            <>
                <p class="pk-body pk-copy-status__error">{ content::import_error(lang, e) }</p>
                { super::import_error_details(e, lang) }
            </>
        },
    };
    let close_click = {
        let close = close.clone();
        Callback::from(move |_: MouseEvent| close.emit(()))
    };
    html! {
        <div class="pk-scan-entry">
            if *status == Status::Closed {
                <button type="button" class="pk-button pk-button--secondary" id={ids.id("scan-open")} onclick={open}>
                    { Ui::ScanOpen.get(lang) }
                </button>
                <p class="pk-hint">{ Ui::ScanHint.get(lang) }</p>
            } else {
                <div class="pk-scan" id={ids.id("scan")} tabindex="-1" role="group" aria-labelledby={ids.id("scan-title")}
                    onkeydown={on_key}>
                    <@{ids.h(1)} class="pk-heading-m" id={ids.id("scan-title")}>{ Ui::ScanTitle.get(lang) }</@>
                    <video ref={video} class="pk-scan__video" id={ids.id("scan-video")} hidden={!camera_on}
                        aria-label={Ui::ScanVideo.get(lang)} muted=true autoplay=true playsinline=true />
                    <div role="status" id={ids.id("scan-status")}>{ message }</div>
                    <div class="pk-button-group">
                        <button type="button" class="pk-button pk-button--secondary" id={ids.id("scan-picture")}
                            onclick={pick(&picture_input)}>{ Ui::ScanPicture.get(lang) }</button>
                        <button type="button" class="pk-button pk-button--secondary" id={ids.id("scan-file")}
                            onclick={pick(&file_input)}>{ Ui::OpenFile.get(lang) }</button>
                        <button type="button" class="pk-button pk-button--secondary" id={ids.id("scan-close")}
                            onclick={close_click}>{ Ui::Close.get(lang) }</button>
                    </div>
                    <input type="file" ref={picture_input} class="pk-file-input" accept="image/*" tabindex="-1"
                        aria-hidden="true" id={ids.id("scan-picture-input")} onchange={on_picture} />
                    <input type="file" ref={file_input} class="pk-file-input" accept=".json,application/json" tabindex="-1"
                        aria-hidden="true" id={ids.id("scan-file-input")} onchange={on_file} />
                </div>
            }
        </div>
    }
}
