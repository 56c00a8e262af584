//! "Lägg till i kalendern": the agreed next time as an `.ics` file made on the device
//! (`formats::ics`), offered only once a consultation with a date for the next time is marked
//! agreed. A time she typed alone while preparing is never offered.

use yew::prelude::*;

use crate::components::bind::StepProps;
use crate::web::export;
use pk_core::content::Ui;
use pk_core::domain::Language;
use pk_core::formats::ics;

/// The card, when there is an agreed next time.
pub(super) fn calendar_card(p: &StepProps, lang: Language) -> Html {
    let ids = &p.ids;
    if !ics::offered(&p.state.session.agreement) {
        return Html::default();
    }
    let save = {
        let st = p.state.clone();
        Callback::from(move |_: MouseEvent| {
            export::download_calendar(&st.session.agreement, lang);
        })
    };
    html! {
        <section class="pk-summary-card" aria-labelledby={ids.id("calendar-title")}>
            <@{ids.h(1)} class="pk-heading-m" id={ids.id("calendar-title")}>{ Ui::CalendarTitle.get(lang) }</@>
            <p class="pk-body" id={ids.id("calendar-hint")}>{ Ui::AddToCalendarHint.get(lang) }</p>
            <div class="pk-button-group">
                <button type="button" class="pk-button pk-button--secondary" id={ids.id("add-to-calendar")} onclick={save}
                    aria-describedby={ids.id("calendar-hint")}>{ Ui::AddToCalendar.get(lang) }</button>
            </div>
        </section>
    }
}
