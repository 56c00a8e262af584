//! Step 2 (part 1): what the patient does, what to watch and when to seek care, what care does.
//! Preparing, the patient writes what they would like care to help with (wishes); in the
//! consultation those wishes are shown apart, each to be turned into a commitment of care or
//! left as a wish. One list a page ([`pk_core::domain::Step::pages`]), her wishes beside what
//! care does.

use yew::prelude::*;

use super::accept_list::AcceptList;
use super::list_editor::{self, ListEditor};
use super::{use_lang, StepProps};
use pk_core::content::{self, Ui};
use pk_core::domain::{limits, Action, ListId, Mode, SummaryRow};
use pk_core::formats::text::row_text;

/// The step.
#[component]
pub fn Commitments(p: &StepProps) -> Html {
    let lang = use_lang();
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let problems = &p.state.session.problems;
    let lists: &[ListId] = match a.mode {
        Mode::Prepare => &[ListId::SelfCare, ListId::WarningSigns, ListId::CareWishes],
        Mode::Consultation => &[ListId::SelfCare, ListId::WarningSigns, ListId::CareActions],
    };
    let lists = lists.iter().filter(|l| p.shows(SummaryRow::List(**l)));
    let shown = a.mode == Mode::Consultation && p.shows(SummaryRow::List(ListId::CareWishes));
    let wishes = (shown && !ListId::CareWishes.is_empty(a)).then(|| {
        let edit = p.edit();
        html! {
            <AcceptList id={ids.id("care-wishes-heading")} button_id={ids.id("accept-wish")}
                texts={content::list_text(ListId::CareWishes, a.mode)}
                rows={(0..ListId::CareWishes.len(a)).map(|i| row_text(a, ListId::CareWishes, i, lang)).collect::<Vec<_>>()}
                mark={super::hers::mark(a, lang)} accept={Ui::AcceptWish.both()} locked={p.locked()}
                full={(ListId::CareActions.len(a) >= limits::LIST_ITEMS).then(|| content::list_text(ListId::CareActions, a.mode).heading)}
                onaccept={Callback::from(move |i| edit.emit(Action::AcceptWish(i)))} />
        }
    });
    html! {
        <>
            { for lists.map(|l| {
                let props = list_editor::ListEditorProps::of(a, *l, problems, &[], p.edit());
                html! { <ListEditor ..props /> }
            }) }
            { for wishes }
        </>
    }
}
