//! The follow-up module: "Uppföljning för verksamheten" (components::followup) as a wasm module
//! of its own, loaded the first time a care unit opens it (components::lazy_followup), so a
//! patient never downloads it. It has the components it needs and none of the widget's API.
//! Its exports are declared in `pk_core::contract::modules::followup`, which the widget calls
//! them by (`tools/tests/contract.rs` checks both sides).

use pk_core::content::texts;
use pk_core::domain::Language;
use pk_ui::components::followup::Followup;
use pk_ui::components::{Ids, Lang};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
struct RootProps {
    ids: Ids,
    lang: Language,
    onclose: Callback<()>,
}

/// The view in the widget's language: a module of its own has its own copy of the language
/// files, so it fetches the file of the language asked for (the widget has it, and the browser
/// its response), and shows Swedish until it has arrived.
#[component]
fn Root(p: &RootProps) -> Html {
    let arrived = use_state(|| 0_u32);
    {
        let arrived = arrived.clone();
        use_effect_with(p.lang, move |lang| {
            let lang = *lang;
            if !texts::ready(lang) {
                wasm_bindgen_futures::spawn_local(async move {
                    match pk_ui::web::lazy::texts(lang).await {
                        Ok(()) => arrived.set(*arrived + 1),
                        Err(e) => {
                            pk_ui::web::platform::warn(&format!("Patientkontrakt: the texts of {}: {e}", lang.tag()))
                        }
                    }
                });
            }
        });
    }
    let shown = if texts::ready(p.lang) { p.lang } else { Language::SV };
    html! {
        <ContextProvider<Ids> context={p.ids.clone()}>
        <ContextProvider<Lang> context={Lang::now(shown)}>
            <Followup onclose={p.onclose.clone()} />
        </ContextProvider<Lang>>
        </ContextProvider<Ids>>
    }
}

/// The mounted follow-up view, for the widget that mounted it.
#[wasm_bindgen]
pub struct FollowupView {
    handle: Option<yew::AppHandle<Root>>,
    props: RootProps,
}

#[wasm_bindgen]
impl FollowupView {
    /// Shows the view in another language (`sv`, `en`; anything else is ignored).
    #[wasm_bindgen(js_name = setLanguage)]
    pub fn set_language(&mut self, tag: &str) {
        if let (Some(h), Some(lang)) = (self.handle.as_mut(), Language::from_tag(tag)) {
            self.props.lang = lang;
            h.update(self.props.clone());
        }
    }

    /// Removes the view (the files read are forgotten).
    pub fn destroy(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
    }
}

/// Mounts the follow-up view into `root`, with the widget's id `prefix`, its events going to
/// `host` (or nowhere), in `lang`; `onclose` is called when the user closes it.
#[wasm_bindgen(js_name = mountFollowup)]
pub fn mount_followup(
    root: web_sys::Element,
    host: Option<web_sys::Element>,
    prefix: &str,
    lang: &str,
    onclose: js_sys::Function,
) -> FollowupView {
    let onclose = Callback::from(move |()| {
        let _ = onclose.call0(&JsValue::NULL);
    });
    let props = RootProps {
        ids: Ids::new(prefix, Some(root.clone()), host),
        lang: Language::from_tag(lang).unwrap_or_default(),
        onclose,
    };
    let handle = yew::Renderer::<Root>::with_root_and_props(root, props.clone()).render();
    FollowupView { handle: Some(handle), props }
}

fn main() {}
