//! "Lyssna" (issue 27): reads a step's heading and introduction, or one question, aloud with a
//! voice on the device ([`crate::hooks::read_aloud`]). Not shown at all where there is no such
//! voice. While it reads, the same button says "Stoppa" and stops, and "Läs långsammare" beside
//! it (`aria-pressed`) reads again, slower.

use yew::prelude::*;

use super::{use_ids, use_lang};
use crate::hooks::read_aloud::ReadAloud;
use crate::web::platform;
use pk_core::content::Ui;

/// Properties of [`Listen`].
#[derive(Properties, PartialEq, Clone)]
pub struct ListenProps {
    /// Id of the button.
    pub id: AttrValue,
    /// What it reads, one text after the other, as on screen.
    pub texts: Vec<String>,
    /// What it reads, for a screen reader listing the page's buttons ("Fråga 1"); none for the
    /// step's own.
    #[prop_or_default]
    pub context: Option<AttrValue>,
}

/// The button, and "Läs långsammare" while it reads.
#[component]
pub fn Listen(p: &ListenProps) -> Html {
    let lang = use_lang();
    let ids = use_ids();
    let aloud = use_context::<ReadAloud>();
    let reading = aloud.as_ref().is_some_and(|a| a.reads(&p.id));
    let group = format!("{}-group", p.id);
    // "Läs långsammare" goes when the reading ends: focus on it moves back to the button.
    let was_reading = use_mut_ref(|| false);
    {
        let (ids, group, id) = (ids.clone(), group.clone(), p.id.clone());
        use_effect_with(reading, move |reading| {
            let ended = was_reading.replace(*reading) && !*reading;
            if ended && platform::focus_within_or_lost(ids.root(), &group) {
                ids.focus(&id);
            }
        });
    }
    // A button that leaves the screen (another step) stops its reading.
    {
        let (aloud, id) = (aloud.clone(), p.id.clone());
        use_effect_with((), move |_| {
            move || {
                if let Some(a) = aloud {
                    a.stop_if(&id);
                }
            }
        });
    }
    let Some(aloud) = aloud.filter(|a| a.voice.is_some()) else {
        return Html::default();
    };
    let context = p
        .context
        .as_ref()
        .map(|c| html! { <span class="pk-visually-hidden">{ format!(" ({c})") }</span> })
        .unwrap_or_default();
    let onclick = {
        let (aloud, id, texts) = (aloud.clone(), p.id.clone(), p.texts.clone());
        Callback::from(move |_: MouseEvent| aloud.toggle(&id, texts.clone()))
    };
    let onslower = {
        let (aloud, id, texts) = (aloud.clone(), p.id.clone(), p.texts.clone());
        Callback::from(move |_: MouseEvent| aloud.slower(&id, texts.clone()))
    };
    let label = if reading { Ui::StopListening } else { Ui::Listen };
    html! {
        <div class="pk-listen" id={group}>
            <button type="button" class="pk-button pk-button--secondary pk-button--small" id={p.id.clone()} {onclick}>
                { label.get(lang) }{ context.clone() }
            </button>
            if reading {
                <button type="button" class="pk-button pk-button--secondary pk-button--small" id={format!("{}-slower", p.id)}
                    aria-pressed={if aloud.slow() { "true" } else { "false" }} onclick={onslower}>
                    { Ui::ReadSlower.get(lang) }{ context }
                </button>
            }
        </div>
    }
}
