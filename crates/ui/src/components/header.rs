//! The widget's header: its name and the switch to the other language.

use yew::prelude::*;

use pk_core::content::Ui;
use pk_core::domain::Language;

/// Properties of [`Header`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeaderProps {
    /// The language on screen.
    pub lang: Language,
    /// The language the switch offers.
    pub other: Language,
    /// The switch was pressed.
    pub onswitch: Callback<MouseEvent>,
}

/// The header.
#[component]
pub fn Header(p: &HeaderProps) -> Html {
    html! {
        <div class="pk-header">
            <span class="pk-header__name">{ Ui::AppName.get(p.lang) }</span>
            <button type="button" class="pk-link-button pk-header__lang" lang={p.other.tag()}
                onclick={p.onswitch.clone()}>{ Ui::SwitchLanguage.get(p.lang) }</button>
        </div>
    }
}
