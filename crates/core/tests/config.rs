//! The host element's configuration.
#![cfg(not(target_arch = "wasm32"))]

use pk_core::config::{is_link_page, HostConfig, StoragePolicy};
use pk_core::domain::{FhirChoice, Language, Mode};
use std::collections::HashMap;

fn parse(attrs: &[(&str, &str)]) -> (HostConfig, Vec<String>) {
    let map: HashMap<String, String> = attrs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    HostConfig::parse(|name| map.get(name).cloned())
}

#[test]
fn nothing_set_means_defaults() {
    let (cfg, warnings) = parse(&[]);
    assert_eq!(
        cfg,
        HostConfig {
            language: None,
            mode: None,
            followup: false,
            storage: StoragePolicy::Local,
            storage_key: None,
            storage_origin: None,
            label: None,
            readonly: false,
            config_src: None,
            exports_to_host: false,
            followup_offered: false,
            fhir: FhirChoice::Bundle,
            heading_level: None,
            agreement_link_off: false,
            agreement_page: None,
        }
    );
    assert!(warnings.is_empty());
    assert_eq!(cfg.start_language(None), Language::SV);
    assert_eq!(cfg.start_language(Some("en-GB")), Language::EN, "the page's lang is the fallback");
}

#[test]
fn exports_go_to_the_host_only_when_it_says_so() {
    assert!(parse(&[("data-exports", "host")]).0.exports_to_host);
    assert!(parse(&[("data-exports", " Host ")]).0.exports_to_host);
    let (cfg, warnings) = parse(&[("data-exports", "download")]);
    assert!(!cfg.exports_to_host && warnings.is_empty());
    let (cfg, warnings) = parse(&[("data-exports", "backend")]);
    assert!(!cfg.exports_to_host);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("data-exports=\"backend\""), "{warnings:?}");
}

#[test]
fn every_supported_value_is_read() {
    let (cfg, warnings) = parse(&[("data-lang", "en"), ("data-mode", "Consultation"), ("data-storage", "session")]);
    assert_eq!(
        cfg,
        HostConfig {
            language: Some(Language::EN),
            mode: Some(Mode::Consultation),
            followup: false,
            storage: StoragePolicy::Session,
            storage_key: None,
            storage_origin: None,
            label: None,
            readonly: false,
            config_src: None,
            exports_to_host: false,
            followup_offered: false,
            fhir: FhirChoice::Bundle,
            heading_level: None,
            agreement_link_off: false,
            agreement_page: None,
        }
    );
    assert!(warnings.is_empty());
    assert_eq!(cfg.start_language(Some("sv")), Language::EN, "the host's choice wins over the page");
    assert_eq!(parse(&[("data-storage", "none")]).0.storage, StoragePolicy::None);
    assert_eq!(parse(&[("data-mode", "prepare")]).0.mode, Some(Mode::Prepare));
    // The unit's follow-up opens at once; it is not a mode of the agreement.
    let (followup, warnings) = parse(&[("data-mode", "followup")]);
    assert_eq!((followup.followup, followup.mode, warnings.len()), (true, None, 0));
    assert_eq!(parse(&[("data-lang", "sv-SE")]).0.language, Some(Language::SV));
}

#[test]
fn unknown_values_fall_back_with_a_warning_each() {
    let (cfg, warnings) = parse(&[("data-lang", "de"), ("data-mode", "solo"), ("data-storage", "cookies")]);
    assert_eq!(cfg, HostConfig::default());
    assert_eq!(warnings.len(), 3);
    assert!(warnings[2].contains("data-storage=\"cookies\""));
}

#[test]
fn a_storage_key_names_the_draft_and_a_bad_one_is_refused() {
    assert_eq!(parse(&[("data-label", " Hjärtmottagningen ")]).0.label.as_deref(), Some("Hjärtmottagningen"));
    assert_eq!(parse(&[("data-label", &"x".repeat(101))]).1.len(), 1);
    assert_eq!(parse(&[("data-storage-key", "hjarta_2")]).0.storage_key.as_deref(), Some("hjarta_2"));
    for bad in ["", "a/b", "å", &"x".repeat(65)] {
        let (cfg, warnings) = parse(&[("data-storage-key", bad)]);
        assert_eq!(cfg.storage_key, None, "{bad:?}");
        assert_eq!(warnings.len(), 1, "{bad:?}");
    }
}

#[test]
fn a_storage_origin_binds_the_draft_and_anything_else_stores_nothing() {
    use pk_core::config::is_origin;
    for good in ["https://region.example", "http://localhost:8080", "http://127.0.0.1:41234", "http://[::1]:8080"] {
        let (cfg, warnings) = parse(&[("data-storage-origin", good)]);
        assert_eq!((cfg.storage_origin.as_deref(), cfg.storage), (Some(good), StoragePolicy::Local), "{good}");
        assert!(warnings.is_empty() && is_origin(good), "{good}: {warnings:?}");
    }
    let long = format!("https://{}.example", "a".repeat(300));
    for bad in
        ["null", "", "https://", "https://a.example/", "https://a.example/path", "ftp://a.example", "a.example", &long]
    {
        let (cfg, warnings) = parse(&[("data-storage-origin", bad), ("data-storage", "local")]);
        assert_eq!(cfg.storage_origin, None, "{bad:?}");
        assert_eq!(cfg.storage, StoragePolicy::None, "{bad:?}: a draft of no known origin is not kept");
        assert!(warnings.len() == 1 && warnings[0].contains("data-storage-origin"), "{bad:?}: {warnings:?}");
    }
}

#[test]
fn events_content_is_the_one_opt_in_and_anything_else_is_warned_of() {
    use pk_core::config::wants_content;
    assert!(wants_content(Some("content")) && wants_content(Some(" Content ")));
    for no in [None, Some(""), Some("all"), Some("contents"), Some("keys")] {
        assert!(!wants_content(no), "{no:?}");
    }
    assert!(parse(&[("data-events", "content")]).1.is_empty());
    let (_, warnings) = parse(&[("data-events", "everything")]);
    assert!(warnings.len() == 1 && warnings[0].contains("data-events=\"everything\""), "{warnings:?}");
}

#[test]
fn readonly_stores_nothing_and_config_src_is_kept_for_the_fetch() {
    let (cfg, warnings) =
        parse(&[("data-readonly", ""), ("data-storage", "local"), ("data-config-src", " region.json ")]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(cfg.readonly);
    assert_eq!(cfg.storage, StoragePolicy::None, "a read-only view keeps no draft");
    assert_eq!(cfg.config_src.as_deref(), Some("region.json"));
    let (cfg, warnings) = parse(&[("data-readonly", "false"), ("data-config-src", "")]);
    assert!(!cfg.readonly && cfg.config_src.is_none());
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let (cfg, warnings) = parse(&[("data-readonly", "maybe")]);
    assert!(!cfg.readonly);
    assert!(warnings[0].contains("data-readonly"), "{warnings:?}");
}

#[test]
fn what_was_chosen_on_the_static_start_page_is_carried_on() {
    use pk_core::config::Handover;
    use pk_core::domain::{Action, Command};
    assert!(Handover::default().commands().is_empty(), "nothing done, nothing carried");
    let h = Handover {
        choice: Some("consultation".into()),
        begun: true,
        focus: Some("pk-continue".into()),
        language: None,
    };
    assert_eq!(h.commands(), vec![Command::Edit(Action::SetMode(Mode::Consultation)), Command::Continue]);
    // A language chosen in the static menu comes first: the app starts in it.
    let fi = Language::from_tag("fi").expect("Finnish");
    let h = Handover { language: Some(fi), begun: true, ..Handover::default() };
    assert_eq!(h.commands(), vec![Command::Edit(Action::SetLanguage(fi)), Command::Continue]);
    let h = Handover { choice: Some("followup".into()), ..Handover::default() };
    assert_eq!(h.commands(), vec![Command::ChooseFollowup]);
    let h = Handover { choice: Some("nonsense".into()), ..Handover::default() };
    assert!(h.commands().is_empty());
}

#[test]
fn the_host_decides_the_follow_up_the_fhir_file_and_the_heading_level() {
    let (cfg, warnings) = parse(&[("data-followup", ""), ("data-fhir", "document"), ("data-heading-level", "3")]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(cfg.followup_offered);
    assert_eq!(cfg.fhir, FhirChoice::Document);
    assert_eq!(cfg.heading_level, Some(3));
    let choices = cfg.host_choices();
    assert!(!choices.mode_fixed, "no mode set: the start page offers the modes");
    assert!(choices.followup_offered);

    // Nothing said: no follow-up on offer, the FHIR Bundle, headings from h1.
    let (cfg, _) = parse(&[("data-mode", "prepare")]);
    assert!(!cfg.followup_offered, "the follow-up is never offered unless the host allows it");
    assert_eq!(cfg.fhir, FhirChoice::Bundle);
    assert_eq!(cfg.heading_level, None);
    assert!(cfg.host_choices().mode_fixed, "the host set the mode: no chooser");
    // A follow-up page offers the follow-up again when it is closed.
    assert!(parse(&[("data-mode", "followup")]).0.followup_offered);

    // What is not understood is said, and the default used.
    let (cfg, warnings) = parse(&[("data-fhir", "xml"), ("data-heading-level", "7"), ("data-followup", "maybe")]);
    assert_eq!((cfg.fhir, cfg.heading_level, cfg.followup_offered), (FhirChoice::Bundle, None, false));
    assert_eq!(warnings.len(), 3, "{warnings:?}");
}

#[test]
fn the_host_turns_the_agreement_link_off_and_names_its_page() {
    let (cfg, warnings) = parse(&[]);
    assert!(cfg.agreement_link() && cfg.agreement_page.is_none() && warnings.is_empty());
    let (cfg, warnings) = parse(&[("data-agreement-link", "OFF")]);
    assert!(!cfg.agreement_link() && warnings.is_empty());
    let (cfg, warnings) = parse(&[("data-agreement-link", "maybe")]);
    assert!(cfg.agreement_link());
    assert!(warnings[0].contains("data-agreement-link=\"maybe\""), "{warnings:?}");
    // Neither a read-only view nor a frame (its page cannot be opened alone) offers one.
    assert!(!parse(&[("data-readonly", "")]).0.agreement_link());
    assert!(!parse(&[("data-storage-origin", "https://a.se")]).0.agreement_link());
    let (cfg, warnings) = parse(&[("data-agreement-page", " https://vard.example.se/mitt/ ")]);
    assert_eq!(cfg.agreement_page.as_deref(), Some("https://vard.example.se/mitt/"));
    assert!(warnings.is_empty());
    assert!(is_link_page("https://a.se"));
    for bad in ["http://a.se/", "https:///p", "https://a.se/p#x", "https://a.se/a b", "javascript:alert(1)", ""] {
        assert!(!is_link_page(bad), "{bad}");
    }
    assert!(!is_link_page(&format!("https://a.se/{}", "p".repeat(2_000))));
    for bad in ["http://vard.example.se/", "/mitt/", "https://a.se/#x"] {
        let (cfg, warnings) = parse(&[("data-agreement-page", bad)]);
        assert_eq!((cfg.agreement_page, warnings.len()), (None, 1), "{bad}");
    }
}
