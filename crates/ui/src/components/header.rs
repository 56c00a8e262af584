//! The widget's header: its name and the switch to each other language, written in that
//! language (its own `lang` and `dir`).

use yew::prelude::*;

use pk_core::content::Ui;
use pk_core::domain::Language;

/// Properties of [`Header`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeaderProps {
    /// The language on screen.
    pub lang: Language,
    /// The languages the header offers, each with its switch.
    pub offers: Vec<(Language, Callback<MouseEvent>)>,
}

/// The header.
#[component]
pub fn Header(p: &HeaderProps) -> Html {
    html! {
        <div class="pk-header">
            <span class="pk-header__name">{ Ui::AppName.get(p.lang) }</span>
            { for p.offers.iter().map(|(other, onswitch)| {
                let info = other.info();
                html! {
                    <button type="button" class="pk-link-button pk-header__lang" lang={info.tag} dir={info.dir.attr()}
                        onclick={onswitch.clone()}>{ info.switch }</button>
                }
            }) }
        </div>
    }
}
