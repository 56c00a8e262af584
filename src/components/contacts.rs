//! Step 4 (part 3): fast vårdkontakt and contact routes.

use yew::prelude::*;

use super::list_editor::{self, ListEditor};
use super::{bound_tri, use_lang, StepProps};
use crate::content::{self, Ui};
use crate::domain::{ChoiceField, ItemField, ListId, Mode};

/// The step.
#[component]
pub fn Contacts(p: &StepProps) -> Html {
    let lang = use_lang();
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let problems = &p.state.session.problems;
    // The HSA-id is for the professional to fill in.
    let hidden: &[ItemField] = if a.mode == Mode::Prepare { &[ItemField::HsaId] } else { &[] };
    let contacts = list_editor::Props::of(a, ListId::CareContacts, problems, hidden, p.edit());
    let routes = list_editor::Props::of(a, ListId::Routes, problems, &[], p.edit());
    let no_contact = match a.mode {
        Mode::Prepare => a.contacts.fixed_contact_wanted,
        Mode::Consultation => a.contacts.fixed_contact_needed,
    } == Some(crate::domain::Tri::No)
        && ListId::CareContacts.is_empty(a);
    html! {
        <>
            if a.mode == Mode::Prepare {
                { bound_tri(p, ChoiceField::FixedContactWanted, a.contacts.fixed_contact_wanted, lang) }
            } else {
                if let Some(w) = a.contacts.fixed_contact_wanted {
                    <p class="pk-body pk-inset" id={ids.id("fixed-contact-wish")}>
                        { format!("{}: {}", Ui::FixedContactWish.get(lang), content::tri(w).get(lang)) }
                    </p>
                }
                { bound_tri(p, ChoiceField::FixedContactNeeded, a.contacts.fixed_contact_needed, lang) }
            }
            // "Nej" to a fast vårdkontakt: no list of contacts to fill in (rows already written
            // stay in the agreement and show again with another answer).
            if !no_contact {
                <ListEditor ..contacts />
            }
            <ListEditor ..routes />
        </>
    }
}
