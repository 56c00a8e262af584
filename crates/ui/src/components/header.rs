//! The widget's header: its name and the language menu: one button ("Språk / Language", the
//! same in every language, so that whoever cannot read the page finds it) that opens a list of
//! every language, each by its own name with its own `lang` and `dir`.

use yew::prelude::*;

use crate::context::Ids;
use pk_core::content::Ui;
use pk_core::domain::language::MENU_LABEL;
use pk_core::domain::Language;

/// Properties of [`Header`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeaderProps {
    /// The language on screen.
    pub lang: Language,
    /// Every language, each with what choosing it does (the one on screen: nothing).
    pub offers: Vec<(Language, Callback<MouseEvent>)>,
}

/// The header.
#[component]
pub fn Header(p: &HeaderProps) -> Html {
    let ids = use_context::<Ids>();
    let list_id = ids.as_ref().map_or_else(|| "pk-languages".to_string(), |ids| ids.id("languages"));
    let open = use_state(|| false);
    let toggle_ref = use_node_ref();
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // Escape closes the list and gives focus back to its button.
    let onkeydown = {
        let (open, toggle_ref) = (open.clone(), toggle_ref.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.prevent_default();
                open.set(false);
                if let Some(b) = toggle_ref.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    html! {
        <div class="pk-header" {onkeydown}>
            <span class="pk-header__name">{ Ui::AppName.get(p.lang) }</span>
            <div class="pk-header__menu">
                <button type="button" class="pk-link-button pk-header__lang" dir="ltr" ref={toggle_ref.clone()}
                    aria-expanded={if *open { "true" } else { "false" }} aria-controls={list_id.clone()}
                    onclick={ontoggle}>
                    // One box: the button is a flex container (a 44 px target), whose items would
                    // lose the spaces around the slash.
                    <span><span lang={MENU_LABEL[0].0}>{ MENU_LABEL[0].1 }</span>{ " / " }<span lang={MENU_LABEL[1].0}>{ MENU_LABEL[1].1 }</span></span>
                </button>
                <ul class="pk-header__langs" id={list_id} hidden={!*open}>
                    { for p.offers.iter().map(|(other, onchoose)| {
                        let info = other.info();
                        let current = *other == p.lang;
                        let onclick = {
                            let (open, toggle_ref, onchoose) = (open.clone(), toggle_ref.clone(), onchoose.clone());
                            Callback::from(move |e: MouseEvent| {
                                open.set(false);
                                // The list goes away: focus stays on the menu's button.
                                if let Some(b) = toggle_ref.cast::<web_sys::HtmlElement>() {
                                    let _ = b.focus();
                                }
                                onchoose.emit(e);
                            })
                        };
                        html! {
                            <li>
                                <button type="button" class="pk-link-button pk-header__choice" lang={info.tag}
                                    dir={info.dir.attr()} aria-current={current.then_some("true")} {onclick}>
                                    { info.name }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        </div>
    }
}
