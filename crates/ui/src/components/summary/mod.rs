//! Step 7: check answers ("Ändra" links, "Ej angivet"), the kvitto with every gap linked to the
//! step that closes it, the "agreed by" block, and the exports.
//!
//! One file per part of the page: `check_answers.rs` (a card per step), `kvitto_panel.rs` and
//! `self_check.rs` (the end of a consultation and of a preparation), `agreed_by.rs`,
//! `journal_card.rs` (the note and the FHIR downloads), `exports_card.rs` (save and print) and
//! `sent.rs` (where the last file went); this file lays them out.

mod agreed_by;
mod calendar;
mod check_answers;
mod exports_card;
mod journal_card;
mod kvitto_panel;
mod self_check;
mod sent;

use yew::prelude::*;

use crate::components::bind::StepProps;
use crate::components::lazy_card::{lazy_card, Card};
use crate::context::{use_lang, use_link_page};
use agreed_by::{agreed_by_card, use_agreed_by_prefill};
use calendar::calendar_card;
use check_answers::section;
use exports_card::exports_card;
use journal_card::{journal_card, use_journal};
use kvitto_panel::kvitto_panel;
use pk_core::content::Ui;
use pk_core::domain::{Mode, Status, Step};
use self_check::self_check;
use sent::Sent;

/// The step.
#[component]
pub fn Summary(p: &StepProps) -> Html {
    let lang = use_lang();
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let sections =
        [Step::WhatMatters, Step::Commitments, Step::Planning, Step::Contacts, Step::Schedule, Step::Questions];
    let journal = use_journal(p);
    let link_page = use_link_page();
    // Something for her calendar or phone once agreed: a next time with a date, or the link.
    let for_her = a.status == Status::Agreed && (pk_core::formats::ics::offered(a) || link_page.is_some());
    let sent = use_state(|| None::<Sent>);
    use_agreed_by_prefill(p);
    // Saved to a file or shown as a code: a preparation kept on the device is safe from then on.
    let kept = {
        let store = use_context::<crate::web::storage::Store>();
        Callback::from(move |()| {
            if let Some(s) = &store {
                crate::web::storage::mark_kept(s);
            }
        })
    };
    // A consultation finishes beside the kvitto: who agreed (and, once agreed, the next time for
    // her calendar) and the journal exports come right after it, the parts' details below. A
    // preparation leads with what she can do now: save, print, show her code.
    // The parts' details folded (on a phone they are many screens), open once she went from
    // them to change something and came back; every "Ändra" is in them.
    let details = |title: Ui| {
        html! {
            <details class="pk-details pk-answers" id={ids.id("answers")} open={p.state.session.answers_open}>
                <summary class="pk-details__summary pk-answers__summary">
                    <span class="pk-heading-m" id={ids.id("details-title")}>{ title.get(lang) }</span>
                </summary>
                { for sections.iter().map(|step| section(p, *step, lang)) }
            </details>
        }
    };
    match a.mode {
        Mode::Consultation => html! {
            <>
                { kvitto_panel(p, a, lang) }
                { agreed_by_card(p, lang) }
                // For her, once agreed, folded: the agreed next time for her calendar (with a
                // date), and the agreement to her phone, a link in one code (where the host
                // offers it).
                if for_her {
                    <details class="pk-details pk-for-patient" id={ids.id("for-patient")}>
                        <summary class="pk-details__summary pk-answers__summary">
                            <span class="pk-heading-m" id={ids.id("for-patient-title")}>{ Ui::ForPatient.get(lang) }</span>
                        </summary>
                        { calendar_card(p, lang) }
                        if let Some(page) = link_page {
                            { lazy_card(Card::Link, p, lang, Some(page.to_string()), None) }
                        }
                    </details>
                }
                { journal_card(p, &journal, &sent, lang) }
                { exports_card(p, &sent, lang, &kept) }
                // Her preparation read from her phone's code, after the question before replacing
                // (not over an agreement marked agreed).
                if a.status != Status::Agreed {
                    { lazy_card(Card::Scan, p, lang, None, None) }
                }
                { details(Ui::DetailsTitle) }
            </>
        },
        // The journal is for the consultation: a preparation is not an agreement.
        Mode::Prepare => html! {
            <>
                { self_check(a, ids, lang, html! { <>{ exports_card(p, &sent, lang, &kept) }{ lazy_card(Card::Code, p, lang, None, Some(kept.clone())) }</> }) }
                { details(Ui::AllAnswers) }
            </>
        },
    }
}
