//! Step 4 (part 3): fast vårdkontakt and contact routes. Preparing, the patient says whether she
//! already has a fast vårdkontakt or would like one, and may name the person: hers, not yet the
//! fast vårdkontakt. In the consultation, care settles the need and who it is; a contact she
//! wrote becomes the fast vårdkontakt only when care makes it so. The contact routes are the
//! step's second page.

use yew::prelude::*;

use super::accept_list::AcceptList;
use super::list_editor::{self, ListEditor};
use super::{bound_tri, use_focus_after_change, use_lang, StepProps};
use pk_core::content::{self, Ui};
use pk_core::domain::{limits, Action, ChoiceField, FieldRef, ItemField, ListId, Mode, SummaryRow, Tri};
use pk_core::formats::text::row_text;

/// The step.
#[component]
pub fn Contacts(p: &StepProps) -> Html {
    let lang = use_lang();
    let ids = &p.ids;
    // A settled contact becomes the last row of the fast vårdkontakter; focus goes to its name
    // (the list may appear only now, after "Behövs inte").
    let focus_after = use_focus_after_change(ids);
    let a = &p.state.session.agreement;
    let c = &a.contacts;
    let problems = &p.state.session.problems;
    let routes = list_editor::ListEditorProps::of(a, ListId::Routes, problems, &[], p.edit());
    let theirs = !ListId::PatientContacts.is_empty(a);
    // How to get in touch is a page of its own.
    if p.shows(SummaryRow::List(ListId::Routes)) {
        return html! { <ListEditor ..routes /> };
    }
    if a.mode == Mode::Prepare {
        // The HSA-id is for the professional to fill in.
        let hers =
            list_editor::ListEditorProps::of(a, ListId::PatientContacts, problems, &[ItemField::HsaId], p.edit());
        let has = c.fixed_contact_has == Some(Tri::Yes);
        // Rows already written stay in the agreement and show again with another answer.
        let show_hers = has || c.fixed_contact_wanted == Some(Tri::Yes) || theirs;
        return html! {
            <>
                { bound_tri(p, ChoiceField::FixedContactHas, c.fixed_contact_has, lang) }
                if !has {
                    { bound_tri(p, ChoiceField::FixedContactWanted, c.fixed_contact_wanted, lang) }
                }
                if show_hers {
                    <ListEditor ..hers />
                }
            </>
        };
    }
    let said: Vec<String> = [(Ui::FixedContactHasBefore, c.fixed_contact_has), (Ui::FixedContactWish, c.wish())]
        .into_iter()
        .filter_map(|(t, v)| v.map(|v| content::labelled(lang, t.get(lang), content::tri(v).get(lang))))
        .collect();
    let settled = ListId::CareContacts.len(a);
    let hers = theirs.then(|| {
        let edit = p.edit();
        let name = ids.field(&FieldRef::Item(ListId::CareContacts, settled, ItemField::Name));
        let onaccept = Callback::from(move |i| {
            *focus_after.borrow_mut() = Some(name.clone());
            edit.emit(Action::AcceptPatientContact(i));
        });
        html! {
            <AcceptList id={ids.id("patient-contacts-heading")} button_id={ids.id("accept-contact")}
                texts={content::list_text_for(a, ListId::PatientContacts)}
                rows={(0..ListId::PatientContacts.len(a)).map(|i| row_text(a, ListId::PatientContacts, i, lang)).collect::<Vec<_>>()}
                mark={super::hers::mark(a, lang)} accept={Ui::AcceptPatientContact.both()} locked={p.locked()}
                full={(settled >= limits::LIST_ITEMS).then(|| content::list_text(ListId::CareContacts, a.mode).heading)}
                {onaccept} />
        }
    });
    let contacts = list_editor::ListEditorProps::of(a, ListId::CareContacts, problems, &[], p.edit());
    // "Nej" to a fast vårdkontakt: no list of contacts to fill in (rows already written stay in
    // the agreement and show again with another answer).
    let no_contact = c.fixed_contact_needed == Some(Tri::No) && ListId::CareContacts.is_empty(a);
    html! {
        <>
            if !said.is_empty() {
                <ul class="pk-list pk-body pk-inset" id={ids.id("fixed-contact-wish")}>
                    { for said.into_iter().map(|s| html! { <li>{ s }</li> }) }
                </ul>
            }
            { for hers }
            { bound_tri(p, ChoiceField::FixedContactNeeded, c.fixed_contact_needed, lang) }
            if !no_contact {
                <ListEditor ..contacts />
            }
        </>
    }
}
