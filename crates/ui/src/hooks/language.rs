//! The language on screen: the agreement's, except a language whose texts are still on their way
//! (`texts/<tag>.json`, fetched the first time the language is asked for), and the notice when
//! they cannot be fetched. Swedish is in the code and always ready.

use yew::prelude::*;

use crate::context::Ids;
use crate::state::AppState;
use crate::web::{lazy, platform};
use pk_core::content::texts;
use pk_core::domain::{Action, Command, Language};

/// The language the app shows, and what to say when it is not the one asked for.
pub struct ShownLanguage {
    /// The language asked for.
    wanted: Language,
    /// Its texts could not be fetched.
    pub failed: bool,
    /// The app started in a language whose texts are on their way: the app stays hidden rather
    /// than show Swedish for a moment.
    pub hold: bool,
    /// Fetches its texts again, from the header's switch.
    fetch: Callback<()>,
    /// The same from the notice's button, which goes away when they arrive: focus then moves
    /// to the heading.
    retry: Callback<MouseEvent>,
}

impl ShownLanguage {
    /// What the header offers when `shown` is on screen: every language the region offers
    /// (region settings; all by default) and the one on screen, each with what choosing it
    /// does. The one on screen does nothing; the language the agreement is in already (its
    /// texts could not be fetched) asks for them again; otherwise the language change itself
    /// fetches them.
    pub fn offers(&self, state: &UseReducerHandle<AppState>, shown: Language) -> Vec<(Language, Callback<MouseEvent>)> {
        let settings = state.session.settings.clone();
        let current = state.session.agreement.language;
        Language::all()
            .filter(|l| settings.offers(*l) || *l == shown || *l == current)
            .map(|other| {
                let st = state.clone();
                let fetch = self.fetch.clone();
                let again = state.session.agreement.language == other && !other.is_swedish();
                let onswitch = Callback::from(move |_: MouseEvent| {
                    if other == shown {
                        return;
                    }
                    if again {
                        fetch.emit(());
                    }
                    st.dispatch(Command::Edit(Action::SetLanguage(other)));
                });
                (other, onswitch)
            })
            .collect()
    }

    /// The notice under the header when the texts could not be fetched: in Swedish and, for
    /// English, in the language asked for, since the page is in Swedish and the reader asked for
    /// another; "Försök igen" is also in the language asked for.
    pub fn notice(&self, ids: &Ids) -> Html {
        if !self.failed {
            return Html::default();
        }
        let (sv, asked) = (Language::SV.info(), self.wanted.info());
        html! {
            <div class="pk-inset pk-english-error" role="alert" id={ids.id("english-error")}>
                <p class="pk-body">{ asked.unavailable_sv }</p>
                if !asked.unavailable.is_empty() {
                    <p class="pk-body" lang={asked.tag} dir={asked.dir.attr()}>{ asked.unavailable }</p>
                }
                <button type="button" class="pk-button pk-button--secondary" onclick={self.retry.clone()}>
                    { sv.try_again }{ " / " }<span lang={asked.tag} dir={asked.dir.attr()}>{ asked.try_again }</span>
                </button>
            </div>
        }
    }
}

/// The agreement's language, except one whose texts are not here: they are read from
/// `texts/<tag>.json` the first time the language is asked for, and Swedish shows until they
/// have arrived or when they cannot be fetched. What the user wrote is untouched either way.
#[hook]
pub fn use_shown_language(wanted: Language, ids: &Ids) -> (Language, ShownLanguage) {
    // Re-renders when a fetch ends: `Some(true)` fetched, `Some(false)` not (or not within
    // TEXTS_WAIT_MS).
    let outcome = use_state(|| None::<bool>);
    // Only the start holds the app back; after a first outcome, Swedish shows while it waits.
    let at_start = use_mut_ref(|| !texts::ready(wanted));
    {
        let outcome = outcome.clone();
        use_effect_with(wanted, move |wanted| {
            if !texts::ready(*wanted) {
                // A new request: no failure to show until this one has failed.
                outcome.set(None);
                fetch(*wanted, outcome, None);
            }
        });
    }
    let ready = texts::ready(wanted);
    if ready || outcome.is_some() {
        *at_start.borrow_mut() = false;
    }
    let shown = if ready { wanted } else { Language::SV };
    let failed = !ready && *outcome == Some(false);
    let hold = *at_start.borrow() && !ready;
    let again = {
        let outcome = outcome.clone();
        Callback::from(move |()| fetch(wanted, outcome.clone(), None))
    };
    let ids = ids.clone();
    let retry = Callback::from(move |_: MouseEvent| fetch(wanted, outcome.clone(), Some(ids.clone())));
    (shown, ShownLanguage { wanted, failed, hold, fetch: again, retry })
}

/// Fetches the texts of `lang` (once per page; again after a failure) and reports the outcome.
/// With `refocus`, focus goes to the heading once they are there (the notice's button that
/// asked is gone then).
fn fetch(lang: Language, outcome: UseStateHandle<Option<bool>>, refocus: Option<Ids>) {
    if texts::ready(lang) {
        return;
    }
    let done = outcome.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = lazy::texts(lang).await;
        if let Err(e) = &result {
            platform::warn(&format!("Patientkontrakt: the texts of {}: {e}", lang.tag()));
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
    // A fetch that hangs: say so after a while (it may still arrive; then the page turns).
    gloo_timers::callback::Timeout::new(TEXTS_WAIT_MS, move || {
        if !texts::ready(lang) {
            outcome.set(Some(false));
        }
    })
    .forget();
}

/// How long a start in another language waits at most for its texts before it shows Swedish
/// and says so.
const TEXTS_WAIT_MS: u32 = 4000;
