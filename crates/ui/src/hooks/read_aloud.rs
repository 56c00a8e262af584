//! Read aloud (issue 27): one per widget, handed to its "Lyssna" buttons with the step's
//! properties. It offers a voice only when the browser has one that runs on the device for the
//! language on screen ([`Language::voice`]; the voices arrive after the page has loaded, so it
//! looks again when they change); otherwise no button is shown and nothing else happens. One text
//! is read at a time: starting another stops the first, and so does a change of step or language.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::context::Ids;
use crate::web::{platform, speech};
use pk_core::domain::{Language, Step};

/// The usual rate of speech.
pub const RATE: f32 = 1.0;
/// The rate when "Läs långsammare" is chosen.
pub const SLOW_RATE: f32 = 0.7;

/// What the buttons show.
#[derive(Clone, Debug, Default, PartialEq)]
struct Now {
    /// The voice that reads the language on screen; `None`: no "Lyssna" is offered.
    voice: Option<usize>,
    /// The id of the button whose texts are being read.
    speaking: Option<Rc<str>>,
    /// "Läs långsammare" is chosen (it stays chosen for the next text).
    slow: bool,
}

/// The state behind the buttons, read by the callbacks after the render that made them.
struct Inner {
    now: RefCell<Now>,
    /// Counts readings, so that the end of one stopped by the next is not taken for the next's.
    turn: Cell<u32>,
    redraw: UseStateSetter<Now>,
    /// The widget's ids, to keep focus on a button whose "Läs långsammare" goes away.
    ids: Ids,
}

impl Inner {
    fn update(&self, f: impl FnOnce(&mut Now)) {
        let mut now = self.now.borrow_mut();
        f(&mut now);
        self.redraw.set(now.clone());
    }

    fn reads(&self, id: &str) -> bool {
        self.now.borrow().speaking.as_deref() == Some(id)
    }
}

/// Read aloud for the widget's buttons.
#[derive(Clone)]
pub struct ReadAloud {
    now: Now,
    inner: Rc<Inner>,
}

impl PartialEq for ReadAloud {
    fn eq(&self, other: &Self) -> bool {
        self.now == other.now
    }
}

impl ReadAloud {
    /// Whether "Lyssna" is offered: a voice on the device reads the language on screen.
    pub fn offered(&self) -> bool {
        self.now.voice.is_some()
    }

    /// Whether the button `id`'s texts are being read.
    pub fn reads(&self, id: &str) -> bool {
        self.now.speaking.as_deref() == Some(id)
    }

    /// Whether "Läs långsammare" is chosen.
    pub fn slow(&self) -> bool {
        self.now.slow
    }

    /// "Lyssna": reads `texts` for button `id`; "Stoppa" (the same button while it reads) stops.
    pub fn toggle(&self, id: &str, texts: Vec<String>) {
        if self.inner.reads(id) {
            stop(&self.inner);
        } else {
            start(&self.inner, id.into(), texts);
        }
    }

    /// "Läs långsammare" beside button `id`: slower (or back to the usual rate), read again from
    /// the start at that rate.
    pub fn slower(&self, id: &str, texts: Vec<String>) {
        self.inner.update(|n| n.slow = !n.slow);
        if self.inner.reads(id) {
            start(&self.inner, id.into(), texts);
        }
    }
}

fn start(inner: &Rc<Inner>, id: Rc<str>, texts: Vec<String>) {
    let (voice, slow) = {
        let now = inner.now.borrow();
        (now.voice, now.slow)
    };
    let Some(voice) = voice else { return };
    let turn = inner.turn.get().wrapping_add(1);
    inner.turn.set(turn);
    let ended = Rc::clone(inner);
    let button = Rc::clone(&id);
    let read = speech::speak(voice, &texts, if slow { SLOW_RATE } else { RATE }, move || {
        if ended.turn.get() != turn {
            return;
        }
        // The reading came to its end: "Läs långsammare" goes, and focus on it stays with the
        // button.
        if platform::focus_within(ended.ids.root(), &group(&button)) {
            ended.ids.focus(&button);
        }
        ended.update(|n| n.speaking = None);
    });
    inner.update(|n| n.speaking = read.then_some(id));
}

/// The id of the element around button `id` and its "Läs långsammare".
pub fn group(id: &str) -> String {
    format!("{id}-group")
}

fn stop(inner: &Inner) {
    inner.turn.set(inner.turn.get().wrapping_add(1));
    speech::stop();
    inner.update(|n| n.speaking = None);
}

/// Read aloud for the widget, in `lang` (the language on screen) on `step`.
#[hook]
pub fn use_read_aloud(lang: Language, step: Step, ids: &Ids) -> ReadAloud {
    let now = use_state(Now::default);
    let inner = {
        let redraw = now.setter();
        let ids = ids.clone();
        use_memo((), move |_| Inner { now: RefCell::default(), turn: Cell::new(0), redraw, ids })
    };
    {
        let inner = Rc::clone(&inner);
        use_effect_with((lang, step), move |(lang, _)| {
            let lang = *lang;
            let found = move |inner: &Inner| {
                let voice = lang.voice(&speech::voices());
                inner.update(|n| n.voice = voice);
            };
            found(&inner);
            let watched = Rc::clone(&inner);
            let watch = speech::watch_voices(move || found(&watched));
            move || {
                drop(watch);
                if inner.now.borrow().speaking.is_some() {
                    stop(&inner);
                }
            }
        });
    }
    ReadAloud { now: (*now).clone(), inner: Rc::clone(&inner) }
}
