//! Read aloud (issue 27): one per widget, shared with its "Lyssna" buttons as a context. It
//! offers a voice only when the browser has one that runs on the device for the language on
//! screen ([`Language::voice`]; the voices arrive after the page has loaded, so it looks again
//! when they change); otherwise no button is shown and nothing else happens. One text is read
//! at a time: starting another stops the first, and so do a change of language and a button
//! that leaves the screen.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::web::speech;
use pk_core::domain::Language;

/// The usual rate of speech.
pub const RATE: f32 = 1.0;
/// The rate when "Läs långsammare" is chosen.
pub const SLOW_RATE: f32 = 0.7;

/// What is being read, as the buttons show it.
#[derive(Clone, Debug, Default, PartialEq)]
struct Now {
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
    voice: Cell<Option<usize>>,
    redraw: UseStateSetter<Now>,
}

impl Inner {
    fn update(&self, f: impl FnOnce(&mut Now)) {
        let mut now = self.now.borrow_mut();
        f(&mut now);
        self.redraw.set(now.clone());
    }
}

/// Read aloud for the widget's buttons.
#[derive(Clone)]
pub struct ReadAloud {
    /// The voice that reads the language on screen; `None`: no "Lyssna" is offered.
    pub voice: Option<usize>,
    now: Now,
    inner: Rc<Inner>,
}

impl PartialEq for ReadAloud {
    fn eq(&self, other: &Self) -> bool {
        self.voice == other.voice && self.now == other.now
    }
}

impl ReadAloud {
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
        if self.inner.now.borrow().speaking.as_deref() == Some(id) {
            stop(&self.inner);
        } else {
            start(&self.inner, id.into(), texts);
        }
    }

    /// "Läs långsammare" beside button `id`: slower (or back to the usual rate), read again from
    /// the start at that rate.
    pub fn slower(&self, id: &str, texts: Vec<String>) {
        self.inner.update(|n| n.slow = !n.slow);
        if self.inner.now.borrow().speaking.as_deref() == Some(id) {
            start(&self.inner, id.into(), texts);
        }
    }

    /// Stops reading if button `id`'s texts are being read (the button leaves the screen).
    pub fn stop_if(&self, id: &str) {
        if self.inner.now.borrow().speaking.as_deref() == Some(id) {
            stop(&self.inner);
        }
    }
}

fn start(inner: &Rc<Inner>, id: Rc<str>, texts: Vec<String>) {
    let Some(voice) = inner.voice.get() else { return };
    let turn = inner.turn.get().wrapping_add(1);
    inner.turn.set(turn);
    let rate = if inner.now.borrow().slow { SLOW_RATE } else { RATE };
    let ended = Rc::clone(inner);
    let read = speech::speak(voice, texts, rate, move || {
        if ended.turn.get() == turn {
            ended.update(|n| n.speaking = None);
        }
    });
    inner.update(|n| n.speaking = read.then_some(id));
}

fn stop(inner: &Inner) {
    inner.turn.set(inner.turn.get().wrapping_add(1));
    speech::stop();
    inner.update(|n| n.speaking = None);
}

/// Read aloud for the widget, in `lang` (the language on screen).
#[hook]
pub fn use_read_aloud(lang: Language) -> ReadAloud {
    let now = use_state(Now::default);
    let voice = use_state(|| None::<usize>);
    let inner = {
        let redraw = now.setter();
        use_memo((), move |_| Inner { now: RefCell::default(), turn: Cell::new(0), voice: Cell::new(None), redraw })
    };
    {
        let voice = voice.setter();
        let inner = Rc::clone(&inner);
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            let choose = move || lang.voice(&speech::voices());
            let found = move |inner: &Inner, voice: &UseStateSetter<Option<usize>>| {
                let v = choose();
                inner.voice.set(v);
                voice.set(v);
            };
            found(&inner, &voice);
            let watched = Rc::clone(&inner);
            let watch = speech::watch_voices(move || found(&watched, &voice));
            move || {
                drop(watch);
                if inner.now.borrow().speaking.is_some() {
                    stop(&inner);
                }
            }
        });
    }
    ReadAloud { voice: *voice, now: (*now).clone(), inner: Rc::clone(&inner) }
}
