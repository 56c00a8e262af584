//! The language on screen: the agreement's, except English while its texts are on their way
//! (`texts/en.json`, fetched the first time English is asked for), and the notice when they
//! cannot be fetched.

use yew::prelude::*;

use crate::context::Ids;
use crate::state::AppState;
use crate::web::{lazy, platform};
use pk_core::content::{self, english};
use pk_core::domain::{Action, Command, Language};

/// The language the app shows, and what to say when it is not the one asked for.
pub struct ShownLanguage {
    /// English was asked for and its texts could not be fetched.
    pub failed: bool,
    /// The app started in English and its texts are on their way: the app stays hidden rather
    /// than show Swedish for a moment.
    pub hold: bool,
    /// Fetches the English texts again, from the header's switch.
    pub fetch: Callback<()>,
    /// The same from the notice's button, which goes away when they arrive: focus then moves
    /// to the heading.
    pub retry: Callback<MouseEvent>,
}

impl ShownLanguage {
    /// The language the header's switch offers when `shown` is on screen, and the switch. "In
    /// English" while the agreement is in English already (its texts could not be fetched) asks
    /// for them again; otherwise the language change itself fetches them.
    pub fn switch(&self, state: &UseReducerHandle<AppState>, shown: Language) -> (Language, Callback<MouseEvent>) {
        let other = match shown {
            Language::Sv => Language::En,
            Language::En => Language::Sv,
        };
        let st = state.clone();
        let fetch = self.fetch.clone();
        let again = other == Language::En && state.session.agreement.language == Language::En;
        let onswitch = Callback::from(move |_: MouseEvent| {
            if again {
                fetch.emit(());
            }
            st.dispatch(Command::Edit(Action::SetLanguage(other)));
        });
        (other, onswitch)
    }

    /// The notice under the header when the English texts could not be fetched: in both
    /// languages, since the page is in Swedish and the reader asked for English.
    pub fn notice(&self, ids: &Ids) -> Html {
        if !self.failed {
            return Html::default();
        }
        let text = content::ui::ENGLISH_UNAVAILABLE;
        let again = content::ui::TRY_AGAIN_BOTH;
        html! {
            <div class="pk-inset pk-english-error" role="alert" id={ids.id("english-error")}>
                <p class="pk-body">{ text.sv }</p>
                <p class="pk-body" lang="en">{ text.en }</p>
                <button type="button" class="pk-button pk-button--secondary" onclick={self.retry.clone()}>
                    { again.sv }{ " / " }<span lang="en">{ again.en }</span>
                </button>
            </div>
        }
    }
}

/// The agreement's language, except English while its texts are not here: the widget's own
/// module reads them from `texts/en.json` the first time English is asked for
/// (`content::english`), and shows Swedish until they have arrived or when they cannot be
/// fetched. What the user wrote is untouched either way.
#[hook]
pub fn use_shown_language(wanted: Language, ids: &Ids) -> (Language, ShownLanguage) {
    // Re-renders when a fetch ends: `Some(true)` fetched, `Some(false)` not (or not within
    // ENGLISH_WAIT_MS).
    let outcome = use_state(|| None::<bool>);
    // Only the start holds the app back; after a first outcome, Swedish shows while it waits.
    let at_start = use_mut_ref(|| wanted == Language::En && !english::ready());
    {
        let outcome = outcome.clone();
        use_effect_with(wanted, move |wanted| {
            if *wanted == Language::En && !english::ready() {
                // A new request for English: no failure to show until this one has failed.
                outcome.set(None);
                fetch_english(outcome, None);
            }
        });
    }
    let ready = english::ready();
    if ready || outcome.is_some() {
        *at_start.borrow_mut() = false;
    }
    let shown = if wanted == Language::En && !ready { Language::Sv } else { wanted };
    let failed = wanted == Language::En && !ready && *outcome == Some(false);
    let hold = *at_start.borrow() && wanted == Language::En && !ready;
    let fetch = {
        let outcome = outcome.clone();
        Callback::from(move |()| fetch_english(outcome.clone(), None))
    };
    let ids = ids.clone();
    let retry = Callback::from(move |_: MouseEvent| fetch_english(outcome.clone(), Some(ids.clone())));
    (shown, ShownLanguage { failed, hold, fetch, retry })
}

/// Fetches the English texts (once per page; again after a failure) and reports the outcome.
/// With `refocus`, focus goes to the heading once they are there (the notice's button that
/// asked is gone then).
fn fetch_english(outcome: UseStateHandle<Option<bool>>, refocus: Option<Ids>) {
    if english::ready() {
        return;
    }
    let done = outcome.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = lazy::english().await;
        if let Err(e) = &result {
            platform::warn(&format!("Patientkontrakt: the English texts: {e}"));
        }
        done.set(Some(result.is_ok()));
        if let (Ok(()), Some(ids)) = (result, refocus) {
            // After the re-render that removes the notice.
            gloo_timers::callback::Timeout::new(0, move || {
                ids.focus(&ids.id("heading"));
            })
            .forget();
        }
    });
    // A fetch that hangs: say so after a while (it may still arrive; then the page turns English).
    gloo_timers::callback::Timeout::new(ENGLISH_WAIT_MS, move || {
        if !english::ready() {
            outcome.set(Some(false));
        }
    })
    .forget();
}

/// How long a start in English waits at most for its texts before it shows Swedish and says so.
const ENGLISH_WAIT_MS: u32 = 4000;
