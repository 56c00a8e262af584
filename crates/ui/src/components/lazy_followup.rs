//! Where the follow-up view goes: it is a wasm module of its own (`pk-followup`, loaded the
//! first time a care unit opens it; `web::lazy`), mounted into an element of this component.
//! Until it is there this says it is loading (with the view's heading, which takes focus as
//! any new view's heading does); if it cannot be fetched, says so and offers to try again.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use super::{use_ids, use_lang};
use crate::web::lazy::{self, Module};
use crate::web::platform;
use pk_core::content::Ui;
use pk_core::contract::modules::followup;

/// Properties of [`LazyFollowup`].
#[derive(Properties, PartialEq, Clone)]
pub struct LazyFollowupProps {
    /// Close the view.
    pub onclose: Callback<()>,
}

#[derive(Clone, PartialEq)]
enum Load {
    Pending,
    Failed,
    /// Loaded: the module's namespace (mounted by the effect that follows).
    Ready(JsValue),
}

/// The mounted view and the close callback it holds.
struct Mounted {
    view: JsValue,
    _onclose: Closure<dyn Fn()>,
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, String> {
    let f = lazy::function(target, method)?;
    f.apply(target, &args.iter().collect::<js_sys::Array>()).map_err(lazy::describe)
}

/// The follow-up view, loaded when first shown.
#[component]
pub fn LazyFollowup(p: &LazyFollowupProps) -> Html {
    let lang = use_lang();
    let ids = use_ids();
    let load = use_state(|| Load::Pending);
    let attempt = use_state(|| 0_u32);
    let node = use_node_ref();
    let mounted: Rc<RefCell<Option<Mounted>>> = use_mut_ref(|| None);
    let current_lang = use_mut_ref(|| lang);
    *current_lang.borrow_mut() = lang;

    // Fetch the module (again, after "Försök igen").
    {
        let load = load.clone();
        use_effect_with(*attempt, move |_| {
            let alive = Rc::new(std::cell::Cell::new(true));
            let still = alive.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = lazy::load(Module::Followup).await;
                if still.get() {
                    load.set(match result {
                        Ok(m) => Load::Ready(m),
                        Err(e) => {
                            platform::warn(&format!("follow-up: {e}"));
                            Load::Failed
                        }
                    });
                }
            });
            move || alive.set(false)
        });
    }
    // Mount it once loaded (the loading heading is gone by now, so ids stay unique) and give its
    // heading the focus that was in the loading view (its heading, "Försök igen") or was lost.
    {
        let (node, mounted, ids, onclose, current_lang) =
            (node.clone(), mounted.clone(), ids.clone(), p.onclose.clone(), current_lang.clone());
        let loaded = (*load).clone();
        // Read while the loading view is still on the page (this render has not been drawn yet).
        let had_focus =
            matches!(*load, Load::Ready(_)) && platform::focus_within_or_lost(ids.root(), &ids.id("followup-loading"));
        use_effect_with(loaded, move |loaded| {
            if let (Load::Ready(module), Some(el)) = (loaded, node.cast::<web_sys::Element>()) {
                // Called from the module's own click handler: closing (which destroys the
                // module's app) waits until that handler has returned.
                let onclose = Closure::<dyn Fn()>::new(move || {
                    let onclose = onclose.clone();
                    wasm_bindgen_futures::spawn_local(async move { onclose.emit(()) });
                });
                let args = [
                    el.into(),
                    ids.host().cloned().map(JsValue::from).unwrap_or(JsValue::NULL),
                    ids.prefix().into(),
                    current_lang.borrow().tag().into(),
                    onclose.as_ref().clone(),
                ];
                match call(module, followup::MOUNT, &args) {
                    Ok(view) => {
                        *mounted.borrow_mut() = Some(Mounted { view, _onclose: onclose });
                        if had_focus {
                            let ids = ids.clone();
                            wasm_bindgen_futures::spawn_local(async move {
                                // The module draws its first frame on its own scheduler.
                                for _ in 0..20 {
                                    if ids.focus(&ids.id("heading")) {
                                        break;
                                    }
                                    gloo_timers::future::TimeoutFuture::new(10).await;
                                }
                            });
                        }
                    }
                    Err(e) => platform::warn(&format!("follow-up: {e}")),
                }
            }
            let mounted = mounted.clone();
            move || {
                if let Some(m) = mounted.borrow_mut().take() {
                    let _ = call(&m.view, followup::DESTROY, &[]);
                }
            }
        });
    }
    // The language switch in the header applies to the mounted view too.
    {
        let mounted = mounted.clone();
        use_effect_with(lang, move |lang| {
            if let Some(m) = mounted.borrow().as_ref() {
                let _ = call(&m.view, followup::SET_LANGUAGE, &[lang.tag().into()]);
            }
        });
    }
    let retry = {
        let (load, attempt) = (load.clone(), attempt.clone());
        Callback::from(move |_: MouseEvent| {
            load.set(Load::Pending);
            attempt.set(*attempt + 1);
        })
    };
    let close = {
        let onclose = p.onclose.clone();
        Callback::from(move |_: MouseEvent| onclose.emit(()))
    };
    html! {
        <>
            if !matches!(*load, Load::Ready(_)) {
                <div class="pk-followup" id={ids.id("followup-loading")}>
                    <@{ids.h(0)} class="pk-heading-l" id={ids.id("heading")} tabindex="-1">{ Ui::FollowupTitle.get(lang) }</@>
                    <div role="status">
                        if *load == Load::Pending {
                            <p class="pk-body">{ Ui::FollowupLoading.get(lang) }</p>
                        } else {
                            <p class="pk-body pk-copy-status__error">{ Ui::FollowupUnavailable.get(lang) }</p>
                        }
                    </div>
                    if *load == Load::Failed {
                        <div class="pk-button-group">
                            <button type="button" class="pk-button" onclick={retry}>{ Ui::TryAgain.get(lang) }</button>
                            <button type="button" class="pk-button pk-button--secondary" onclick={close}>{ Ui::FollowupClose.get(lang) }</button>
                        </div>
                    }
                </div>
            }
            <div ref={node} class="pk-followup-mount" />
        </>
    }
}
