//! Where the last file of the summary went: through the host page, or downloaded.

use yew::prelude::*;

use crate::web::export::Went;
use pk_core::content::Ui;
use pk_core::domain::Language;

/// Where the last file went, and from which card (the journal card's FHIR files or the exports
/// card's JSON file): said under that card's buttons.
#[derive(Clone, Copy, PartialEq)]
pub(super) struct Sent {
    fhir: bool,
    went: Went,
}

impl Sent {
    /// Remembers where a file of this card went (nothing when the download failed).
    pub(super) fn set(sent: &UseStateHandle<Option<Sent>>, fhir: bool, went: Option<Went>) {
        sent.set(went.map(|went| Sent { fhir, went }));
    }

    /// What the card (`fhir` or not) says of the last file: sent through the host page, or
    /// downloaded after all when the screen said it would be sent.
    pub(super) fn said(sent: &Option<Sent>, fhir: bool, to_host: bool, lang: Language) -> Html {
        let text = match sent {
            Some(s) if s.fhir == fhir && s.went == Went::ToHost => Ui::Sent,
            Some(s) if s.fhir == fhir && to_host => Ui::DownloadedInstead,
            _ => return Html::default(),
        };
        html! { <p class="pk-body pk-copy-status__ok">{ text.get(lang) }</p> }
    }
}
