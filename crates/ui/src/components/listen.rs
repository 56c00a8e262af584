//! "Lyssna" (issue 27): reads a step's heading and introduction, or one question, aloud with a
//! voice on the device ([`crate::hooks::read_aloud`]). Not shown at all where there is no such
//! voice. While it reads, the same button says "Stoppa" and stops, and "Läs långsammare" beside
//! it (`aria-pressed`) reads again, slower.

use yew::prelude::*;

use crate::hooks::read_aloud::{group, ReadAloud};
use pk_core::content::Ui;
use pk_core::domain::Language;

/// The button with id `id` that reads `texts`, one after the other, as on screen; `context`
/// says what it reads to a screen reader listing the page's buttons ("Fråga 1"; none for the
/// step's own). Nothing without a voice on the device, or with nothing to read.
pub fn listen(aloud: &ReadAloud, id: String, texts: Vec<String>, context: Option<&str>, lang: Language) -> Html {
    if !aloud.offered() || texts.is_empty() {
        return Html::default();
    }
    let reading = aloud.reads(&id);
    let named = |words: Ui| match context {
        Some(c) => super::bidi::with_hidden_aside(lang, html! { { words.get(lang) } }, c),
        None => html! { { words.get(lang) } },
    };
    let onclick = {
        let (aloud, id, texts) = (aloud.clone(), id.clone(), texts.clone());
        Callback::from(move |_: MouseEvent| aloud.toggle(&id, texts.clone()))
    };
    let onslower = {
        let (aloud, id) = (aloud.clone(), id.clone());
        Callback::from(move |_: MouseEvent| aloud.slower(&id, texts.clone()))
    };
    let label = if reading { Ui::StopListening } else { Ui::Listen };
    html! {
        <div class="pk-listen" id={group(&id)}>
            <button type="button" class="pk-button pk-button--secondary pk-button--small" id={id.clone()} {onclick}>
                { named(label) }
            </button>
            if reading {
                <button type="button" class="pk-button pk-button--secondary pk-button--small" id={format!("{id}-slower")}
                    aria-pressed={if aloud.slow() { "true" } else { "false" }} onclick={onslower}>
                    { named(Ui::ReadSlower) }
                </button>
            }
        </div>
    }
}
