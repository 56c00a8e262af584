//! The storage keys a widget's draft is kept under: a frame's draft carries its host's origin.
#![cfg(not(target_arch = "wasm32"))]

use pk_ui::web::storage::{Keys, DRAFT_KEY, STEP_KEY};

#[test]
fn a_page_keeps_its_keys_and_a_frames_keys_carry_the_hosts_origin() {
    // A page (no storage-origin): as before, so its drafts stay where they are.
    assert_eq!((&*Keys::new(None, None).draft, &*Keys::new(None, None).step), (DRAFT_KEY, STEP_KEY));
    assert_eq!(&*Keys::new(None, Some("hjarta")).draft, "patientkontrakt/v2/draft/hjarta");
    // A frame: the host's origin, then the rest.
    let a = Keys::new(Some("http://localhost:8080"), Some("panel"));
    assert_eq!(&*a.draft, "patientkontrakt@http://localhost:8080/v2/draft/panel");
    assert_eq!(&*a.step, "patientkontrakt@http://localhost:8080/v2/step/panel");
    assert_eq!(
        &*Keys::new(Some("https://region.example"), None).draft,
        "patientkontrakt@https://region.example/v2/draft"
    );
    // Two hosts, even of one site or one asking for the other's storage-key, never share a key,
    // nor with a page of the widget's own origin; no key of one origin begins another's.
    let keys = [
        Keys::new(Some("http://localhost:8080"), None),
        Keys::new(Some("http://localhost:8081"), None),
        Keys::new(Some("http://localhost:80"), None),
        Keys::new(Some("http://localhost:8080"), Some("panel")),
        Keys::new(Some("http://localhost:8081"), Some("panel")),
        Keys::new(None, None),
        Keys::new(None, Some("panel")),
    ];
    for (i, x) in keys.iter().enumerate() {
        for (j, y) in keys.iter().enumerate() {
            if i != j {
                assert_ne!(x.draft, y.draft);
                assert_ne!(x.step, y.step);
            }
        }
    }
}
