//! "Rensa uppgifter" removes every key the widget wrote on the origin, and nothing else.
#![cfg(not(target_arch = "wasm32"))]

use pk_core::storage_keys::is_widget_key;

#[test]
fn every_key_of_the_widget_and_no_other_is_the_widgets() {
    for key in [
        "patientkontrakt/v2/draft",
        "patientkontrakt/v2/step",
        "patientkontrakt/v1/draft",
        "patientkontrakt/v2/draft/hjarta",
        "patientkontrakt/v2/step/hjarta",
        "patientkontrakt/probe",
        // The iframe mode: keys bound to the host page's origin.
        "patientkontrakt@https://journal.example/v2/draft",
        "patientkontrakt@http://localhost:8080/v2/step/panel",
    ] {
        assert!(is_widget_key(key), "{key}");
    }
    for key in ["patientkontrakt", "Patientkontrakt/v2/draft", "vardens-egen-nyckel", "x/patientkontrakt/v2/draft", ""]
    {
        assert!(!is_widget_key(key), "{key}");
    }
}
