//! Numbers, dates, codes and Latin words inside right-to-left text are isolated left to right
//! (U+2066 … U+2069), numbers kept on one line; left-to-right languages get the text unchanged.
#![cfg(not(target_arch = "wasm32"))]

use pk_core::domain::Language;
use pk_ui::components::bidi::isolated;

const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

#[test]
fn left_to_right_runs_are_isolated_in_right_to_left_text() {
    let ar = Language::from_tag("ar").expect("Arabic");
    let fa = Language::from_tag("fa").expect("Persian");
    // The hint's example personnummer, inside Arabic.
    assert_eq!(isolated("12 رقمًا، مثلاً 19121212-1212.", ar), format!("{LRI}12{PDI} رقمًا، مثلاً {LRI}19121212-1212{PDI}."));
    // A date and time is one run, on one line (its space unbroken).
    assert_eq!(isolated("الموعد 2027-02-15 09:30", fa), format!("الموعد {LRI}2027-02-15\u{A0}09:30{PDI}"));
    // A Latin name: one run, its space breakable like any word's.
    assert_eq!(isolated("الممرضة Karin Berg", ar), format!("الممرضة {LRI}Karin Berg{PDI}"));
    // Nothing to isolate, and left-to-right languages as they are.
    assert_eq!(isolated("نعم", ar), "نعم");
    assert_eq!(isolated("", ar), "");
    for l in [Language::SV, Language::EN, Language::from_tag("fi").expect("Finnish")] {
        assert_eq!(isolated("Tid 2027-02-15 09:30", l), "Tid 2027-02-15 09:30");
    }
}
