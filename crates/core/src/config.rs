//! The host page's configuration, read from `data-*` attributes of the host element:
//!
//! ```html
//! <div data-patientkontrakt data-lang="sv" data-mode="prepare" data-storage="local"></div>
//! ```
//!
//! Parsing is pure (the caller passes an attribute getter), so it is tested on the host.
//! An unknown value never stops the app: the default is used and a warning is returned for
//! the host's developer console.

use crate::contract::{Attribute, FrameExports, EVENTS_CONTENT};
use crate::domain::{Action, Command, FhirChoice, Language, Mode};

/// Where autosave keeps the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StoragePolicy {
    /// `localStorage`: survives closing the browser (default).
    #[default]
    Local,
    /// `sessionStorage`: gone when the tab closes.
    Session,
    /// Nothing is stored.
    None,
}

/// What the host asked for.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct HostConfig {
    /// Starting language; `None` means "from the page's `lang`, else Swedish".
    pub language: Option<Language>,
    /// Starting mode; `None` lets the user choose on the start page (prepare preselected).
    pub mode: Option<Mode>,
    /// Open the unit's follow-up view at once (`data-mode="followup"`).
    pub followup: bool,
    /// Autosave policy.
    pub storage: StoragePolicy,
    /// Which draft this widget keeps (`data-storage-key`): widgets with different keys on one
    /// origin keep separate drafts. 1–64 letters, digits, `-` or `_`.
    pub storage_key: Option<String>,
    /// The origin whose draft this is (`data-storage-origin`, an `http(s)://host[:port]` origin):
    /// its keys carry it, so drafts made for one origin are not those of another. `embed.html`
    /// sets it to the origin of the page that drives the frame.
    pub storage_origin: Option<String>,
    /// What tells this widget apart from others on the page (`data-label`, e.g. "Hjärtmottagningen"),
    /// added to its form's accessible name; at most 100 characters.
    pub label: Option<String>,
    /// Show the agreement the host sets (`setAgreement`) read-only (`data-readonly`): no step,
    /// no input, nothing stored.
    pub readonly: bool,
    /// Where the region settings are (`data-config-src`): a same-origin JSON file, for pages
    /// that cannot run script of their own.
    pub config_src: Option<String>,
    /// The host takes the exports (`data-exports="host"`): it cancels `pk-export` and sends the
    /// content itself, so the buttons say "Skicka" and the start page does not say that nothing
    /// is sent anywhere.
    pub exports_to_host: bool,
    /// The start page offers the unit's follow-up (`data-followup`); never unless the host asks.
    pub followup_offered: bool,
    /// The FHIR file the journal card offers (`data-fhir`).
    pub fhir: FhirChoice,
    /// The level of the widget's top heading (`data-heading-level`, 1–5; `None`: 1).
    pub heading_level: Option<u8>,
    /// The host turned the agreement link off (`data-agreement-link="off"`): none is offered
    /// and none opened. A frame (`storage-origin` set) never offers one either.
    pub agreement_link_off: bool,
    /// The `https://` page an agreement link opens (`data-agreement-page`); `None`: this page.
    pub agreement_page: Option<String>,
}

/// Reads the `exports` attribute's value: `Some(true)` for `host`, `Some(false)` for
/// `download`, `None` for anything else.
pub fn exports_to_host(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        v if v == FrameExports::Host.name() => Some(true),
        v if v == FrameExports::Download.name() => Some(false),
        _ => None,
    }
}

impl HostConfig {
    /// Reads the configuration through `attr`, which returns an attribute's value by name.
    /// Returns the configuration and a warning for each value that was not understood.
    pub fn parse(attr: impl Fn(&str) -> Option<String>) -> (HostConfig, Vec<String>) {
        let mut warnings = Vec::new();
        let mut cfg = HostConfig::default();
        let lang = Attribute::Lang.data_name();
        if let Some(v) = attr(lang) {
            cfg.language = Language::from_tag(&v);
            if cfg.language.is_none() {
                warnings.push(format!(
                    "{lang}=\"{v}\" is not supported (use \"sv\" or \"en\"); using the page language or Swedish"
                ));
            }
        }
        let mode = Attribute::Mode.data_name();
        if let Some(v) = attr(mode) {
            let key = v.trim().to_ascii_lowercase();
            cfg.mode = Mode::from_key(&key);
            cfg.followup = key == "followup";
            // A follow-up page offers the follow-up again when it is closed.
            cfg.followup_offered = cfg.followup;
            if cfg.mode.is_none() && !cfg.followup {
                warnings.push(format!(
                    "{mode}=\"{v}\" is not supported (use \"prepare\", \"consultation\" or \"followup\")"
                ));
            }
        }
        let storage = Attribute::Storage.data_name();
        if let Some(v) = attr(storage) {
            cfg.storage = match v.trim().to_ascii_lowercase().as_str() {
                "local" => StoragePolicy::Local,
                "session" => StoragePolicy::Session,
                "none" => StoragePolicy::None,
                _ => {
                    warnings.push(format!(
                        "{storage}=\"{v}\" is not supported (use \"local\", \"session\" or \"none\"); using \"local\""
                    ));
                    StoragePolicy::Local
                }
            };
        }
        let storage_key = Attribute::StorageKey.data_name();
        if let Some(v) = attr(storage_key) {
            let ok = !v.is_empty()
                && v.len() <= 64
                && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if ok {
                cfg.storage_key = Some(v);
            } else {
                warnings.push(format!(
                    "{storage_key}=\"{v}\" is not supported (1–64 letters, digits, - or _); using the default draft"
                ));
            }
        }
        let storage_origin = Attribute::StorageOrigin.data_name();
        if let Some(v) = attr(storage_origin) {
            if is_origin(&v) {
                cfg.storage_origin = Some(v);
            } else {
                warnings.push(format!(
                    "{storage_origin}=\"{v}\" is not an origin (http:// or https://, a host and a port); nothing is stored"
                ));
                cfg.storage = StoragePolicy::None;
            }
        }
        let events = Attribute::Events.data_name();
        if let Some(v) = attr(events) {
            if !wants_content(Some(&v)) {
                warnings.push(format!(
                    "{events}=\"{v}\" is not supported (use \"{EVENTS_CONTENT}\" or leave it out); the events carry no content"
                ));
            }
        }
        let label = Attribute::Label.data_name();
        if let Some(v) = attr(label) {
            let v = v.trim();
            if !v.is_empty() && v.chars().count() <= 100 {
                cfg.label = Some(v.to_string());
            } else {
                warnings.push(format!("{label} must be 1–100 characters; ignored"));
            }
        }
        let readonly = Attribute::Readonly.data_name();
        if let Some(v) = attr(readonly) {
            match v.trim().to_ascii_lowercase().as_str() {
                "" | "readonly" | "true" => {
                    cfg.readonly = true;
                    cfg.storage = StoragePolicy::None;
                }
                "false" => {}
                _ => warnings.push(format!("{readonly}=\"{v}\" is not supported (present or absent); ignored")),
            }
        }
        let config_src = Attribute::ConfigSrc.data_name();
        if let Some(v) = attr(config_src) {
            let v = v.trim();
            if v.is_empty() {
                warnings.push(format!("{config_src} is empty; no region settings"));
            } else {
                cfg.config_src = Some(v.to_string());
            }
        }
        let exports = Attribute::Exports.data_name();
        if let Some(v) = attr(exports) {
            match exports_to_host(&v) {
                Some(to_host) => cfg.exports_to_host = to_host,
                None => warnings.push(format!(
                    "{exports}=\"{v}\" is not supported (use \"download\" or \"host\"); using \"download\""
                )),
            }
        }
        let followup = Attribute::Followup.data_name();
        if let Some(v) = attr(followup) {
            match v.trim().to_ascii_lowercase().as_str() {
                "" | "offer" | "true" => cfg.followup_offered = true,
                "false" => {}
                _ => warnings
                    .push(format!("{followup}=\"{v}\" is not supported (present, \"offer\" or absent); not offered")),
            }
        }
        let fhir = Attribute::Fhir.data_name();
        if let Some(v) = attr(fhir) {
            match v.trim().to_ascii_lowercase().as_str() {
                "bundle" => cfg.fhir = FhirChoice::Bundle,
                "document" => cfg.fhir = FhirChoice::Document,
                _ => warnings.push(format!(
                    "{fhir}=\"{v}\" is not supported (use \"bundle\" or \"document\"); using \"bundle\""
                )),
            }
        }
        let heading_level = Attribute::HeadingLevel.data_name();
        if let Some(v) = attr(heading_level) {
            match v.trim().parse::<u8>() {
                Ok(n @ 1..=5) => cfg.heading_level = Some(n),
                _ => warnings.push(format!("{heading_level}=\"{v}\" is not supported (1 to 5); using 1")),
            }
        }
        let link = Attribute::AgreementLink.data_name();
        if let Some(v) = attr(link) {
            match v.trim().to_ascii_lowercase().as_str() {
                "off" => cfg.agreement_link_off = true,
                "on" | "" => {}
                _ => warnings.push(format!("{link}=\"{v}\" is not supported (use \"off\" or leave it out); offered")),
            }
        }
        let page = Attribute::AgreementPage.data_name();
        if let Some(v) = attr(page) {
            let v = v.trim();
            if is_link_page(v) {
                cfg.agreement_page = Some(v.to_string());
            } else {
                warnings.push(format!(
                    "{page}=\"{v}\" is not an https:// address without a fragment; the link opens this page"
                ));
            }
        }
        (cfg, warnings)
    }

    /// Whether an agreed consultation offers the agreement link, and the page opens one.
    pub fn agreement_link(&self) -> bool {
        !self.agreement_link_off && !self.readonly && self.storage_origin.is_none()
    }

    /// What the host decided about what the widget offers.
    pub fn host_choices(&self) -> crate::domain::HostChoices {
        crate::domain::HostChoices {
            mode_fixed: self.mode.is_some(),
            followup_offered: self.followup_offered,
            fhir: self.fhir,
        }
    }

    /// The language to start in: the host's choice, else the page's `lang`, else Swedish.
    pub fn start_language(&self, page_lang: Option<&str>) -> Language {
        self.language.or_else(|| page_lang.and_then(Language::from_tag)).unwrap_or_default()
    }
}

/// Whether a host whose `events` attribute (or `data-events`) is `value` asked for the content
/// of `pk-agreed` and `pk-export` ([`EVENTS_CONTENT`]).
pub fn wants_content(value: Option<&str>) -> bool {
    value.is_some_and(|v| v.trim().eq_ignore_ascii_case(EVENTS_CONTENT))
}

/// Whether `v` is a serialised `http(s)` origin: the scheme, a host (letters, digits, `.`, `-`,
/// or an IPv6 address in brackets) and an optional port; no path, no `null`; at most 300 bytes.
pub fn is_origin(v: &str) -> bool {
    let Some(rest) = v.strip_prefix("https://").or_else(|| v.strip_prefix("http://")) else {
        return false;
    };
    !rest.is_empty()
        && v.len() <= 300
        && rest.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}

/// Whether `v` may be the page a link opens (the `agreement-page` attribute): an `https://`
/// address with a host, without a fragment, spaces or controls, at most 2,000 characters.
pub fn is_link_page(v: &str) -> bool {
    let Some(rest) = v.strip_prefix("https://") else { return false };
    let host = rest.split(['/', '?']).next().unwrap_or_default();
    !host.is_empty() && v.len() <= 2_000 && v.bytes().all(|b| b.is_ascii_graphic() && b != b'#')
}

/// What the user did on the static start page (`content::static_start`, in `index.html`)
/// before the app arrived, read from its controls when the app mounts: the app carries it on
/// instead of starting over.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Handover {
    /// The mode radio the user chose, when it is not the one the page came with (`prepare`,
    /// `consultation`, `followup`).
    pub choice: Option<String>,
    /// "Börja" was pressed.
    pub begun: bool,
    /// The id of the control that had focus, to have it again in the app.
    pub focus: Option<String>,
    /// The language chosen in its menu, when it is not the one the page came in.
    pub language: Option<Language>,
}

impl Handover {
    /// What the session does with it: the language, the choice, then "Börja".
    pub fn commands(&self) -> Vec<Command> {
        let mut out: Vec<Command> = self.language.map(|l| Command::Edit(Action::SetLanguage(l))).into_iter().collect();
        match self.choice.as_deref() {
            Some("followup") => out.push(Command::ChooseFollowup),
            Some(key) => out.extend(Mode::from_key(key).map(|m| Command::Edit(Action::SetMode(m)))),
            None => {}
        }
        if self.begun {
            out.push(Command::Continue);
        }
        out
    }
}
