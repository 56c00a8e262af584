//! The journal card of a consultation: the journal note, shown before it is copied, and the FHIR
//! downloads, all made by the exports module.

use yew::prelude::*;

use super::sent::Sent;
use crate::components::bind::StepProps;
use crate::web::export;
use crate::web::lazy::{self, Output};
use crate::web::platform;
use pk_core::content::Ui;
use pk_core::domain::*;

/// What happened to the last "copy journal note".
#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Refused,
}

/// Shows a journal note just made, or that the exports module could not be had (logged); the
/// note, when there is one.
fn show_note(
    made: Result<String, String>,
    note: &UseStateHandle<Option<AttrValue>>,
    unavailable: &UseStateHandle<bool>,
) -> Option<String> {
    match made {
        Ok(text) => {
            note.set(Some(text.clone().into()));
            unavailable.set(false);
            Some(text)
        }
        Err(e) => {
            platform::warn(&format!("journal note: {e}"));
            unavailable.set(true);
            None
        }
    }
}

/// What the journal card shows: the note made for the agreement on screen, whether the exports
/// module could not be had, and what the last "copy" did.
pub(super) struct Journal {
    note: UseStateHandle<Option<AttrValue>>,
    unavailable: UseStateHandle<bool>,
    copy: UseStateHandle<CopyState>,
}

/// The journal note, made again whenever the agreement changes (in a consultation), and shown
/// selected when copying is refused.
#[hook]
pub(super) fn use_journal(p: &StepProps) -> Journal {
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    // The journal note and the FHIR files are made by the exports module (web::lazy; the app
    // fetches it once a consultation has begun). Until the note is there the card says it is
    // being made; if the module cannot be fetched the card says so and the buttons try again.
    let note = use_state(|| None::<AttrValue>);
    let unavailable = use_state(|| false);
    let generation = use_mut_ref(|| 0_u64);
    {
        let (note, unavailable, generation) = (note.clone(), unavailable.clone(), generation.clone());
        let consultation = a.mode == Mode::Consultation;
        use_effect_with(a.clone(), move |a| {
            if consultation {
                *generation.borrow_mut() += 1;
                let mine = *generation.borrow();
                let a = a.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let made = lazy::make(Output::JournalNote, &a, "").await;
                    // A newer agreement's note may have been asked for meanwhile: it wins.
                    if *generation.borrow() == mine {
                        show_note(made, &note, &unavailable);
                    }
                });
            }
        });
    }
    let copy = use_state(|| CopyState::Idle);
    // When copying is refused, the note is shown selected so the user can copy it by hand.
    {
        let refused = *copy == CopyState::Refused;
        let ids = ids.clone();
        use_effect_with(refused, move |refused| {
            if *refused {
                ids.select_text(&ids.id("journal-note"));
            }
        });
    }
    Journal { note, unavailable, copy }
}

/// The journal card (consultation only): copy the note, download FHIR (or send it, when the
/// host takes the exports, and say where it went), the note itself.
pub(super) fn journal_card(
    p: &StepProps,
    journal: &Journal,
    sent: &UseStateHandle<Option<Sent>>,
    lang: Language,
) -> Html {
    let ids = &p.ids;
    let to_host = p.state.session.exports_to_host;
    let (note, unavailable, copy) = (journal.note.clone(), journal.unavailable.clone(), journal.copy.clone());
    let fhir = |output: Output| {
        let st = p.state.clone();
        let host = ids.host().cloned();
        let unavailable = unavailable.clone();
        let sent = sent.clone();
        Callback::from(move |_: MouseEvent| {
            let a = st.session.agreement.clone();
            let host = host.clone();
            let (unavailable, sent) = (unavailable.clone(), sent.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let done = export::download_fhir(output, &a, host.as_ref()).await;
                match &done {
                    Ok(went) => Sent::set(&sent, true, *went),
                    Err(e) => platform::warn(&format!("download failed: {e}")),
                }
                unavailable.set(done.is_err());
            });
        })
    };
    // One FHIR file, the one the host's journal system takes (`fhir`): a clinician cannot
    // tell two apart.
    let (output, label) = match (p.state.session.host.fhir, to_host) {
        (FhirChoice::Bundle, false) => (Output::FhirBundle, Ui::DownloadFhir),
        (FhirChoice::Bundle, true) => (Output::FhirBundle, Ui::SendFhir),
        (FhirChoice::Document, false) => (Output::FhirDocument, Ui::DownloadFhirDocument),
        (FhirChoice::Document, true) => (Output::FhirDocument, Ui::SendFhirDocument),
    };
    let download_fhir = fhir(output);
    let on_copy = {
        let copy = copy.clone();
        let st = p.state.clone();
        let (note, unavailable) = (note.clone(), unavailable.clone());
        Callback::from(move |_: MouseEvent| {
            let copy = copy.clone();
            let a = st.session.agreement.clone();
            let (note, unavailable) = (note.clone(), unavailable.clone());
            // The note of the agreement as it is now (the one on screen may be a moment old).
            wasm_bindgen_futures::spawn_local(async move {
                let made = lazy::make(Output::JournalNote, &a, "").await;
                if let Some(text) = show_note(made, &note, &unavailable) {
                    copy.set(if export::copy_text(&text).await { CopyState::Copied } else { CopyState::Refused });
                }
            });
        })
    };
    html! {
        <section class="pk-summary-card" aria-labelledby={ids.id("journal-title")}>
            <@{ids.h(1)} class="pk-heading-m" id={ids.id("journal-title")}>{ Ui::JournalTitle.get(lang) }</@>
            <p class="pk-hint">{ Ui::JournalHint.get(lang) }</p>
            <div class="pk-button-group">
                <button type="button" class="pk-button pk-button--secondary" id={ids.id("copy-note")} onclick={on_copy}>{ Ui::CopyNote.get(lang) }</button>
                <button type="button" class="pk-button pk-button--secondary" id={ids.id("download-fhir")} onclick={download_fhir}>{ label.get(lang) }</button>
            </div>
            <div role="status" class="pk-copy-status">
                if *unavailable {
                    <p class="pk-body pk-copy-status__error">{ Ui::ExportUnavailable.get(lang) }</p>
                } else {
                    { Sent::said(sent, true, to_host, lang) }
                    if *copy == CopyState::Copied {
                        <p class="pk-body pk-copy-status__ok">{ Ui::NoteCopied.get(lang) }</p>
                    } else if *copy == CopyState::Refused {
                        <p class="pk-body">{ Ui::CopyRefused.get(lang) }</p>
                    }
                }
            </div>
            // The note is shown before it is copied: read it, then copy it.
            <div class="pk-form-group">
                <label class="pk-label" for={ids.id("journal-note")}>{ Ui::NoteLabel.get(lang) }</label>
                if note.is_none() && !*unavailable {
                    <p class="pk-hint" id={ids.id("note-preparing")}>{ Ui::NotePreparing.get(lang) }</p>
                }
                // The note is Swedish, the medical record's language, whatever the page's: read
                // left to right as Swedish (its colons were on the wrong end on an Arabic page).
                <textarea class="pk-textarea pk-textarea--note" id={ids.id("journal-note")} readonly=true rows="12"
                    lang="sv" dir="ltr"
                    value={(*note).clone().unwrap_or_default()}
                    aria-describedby={(note.is_none() && !*unavailable).then(|| ids.id("note-preparing"))} />
            </div>
        </section>
    }
}
