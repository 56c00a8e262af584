//! The embedding contract, declared once: what a host page's script meets (the element, its
//! attributes and methods, the `pk-…` events and their payload version), the iframe mode's
//! messages, and the names by which one of the app's wasm modules (or `boot.js`) calls another.
//!
//! The Rust code uses these declarations instead of string literals. The served JavaScript
//! imports them from `protocol.js`, which `cargo run -p pk-tools --bin protocol_js -- --write`
//! generates from this file; `tools/tests/contract.rs` fails when `protocol.js` is out of date,
//! and when a wasm module's exports (its `#[wasm_bindgen]` names) and the names declared here
//! differ. Every name is documented for hosts in the README's "Embedding" section.

/// Declares a closed set of names: the enum, `ALL`, `key()` (the constant's name in
/// `protocol.js`) and `name()` (the name itself, what crosses to JavaScript).
macro_rules! names {
    ($(#[$meta:meta])* $ty:ident { $($(#[$vmeta:meta])* $variant:ident => $key:literal, $name:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $ty {
            $($(#[$vmeta])* $variant,)+
        }

        impl $ty {
            /// Every one, in the documented order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant,)+];

            /// Its key in `protocol.js` (a JavaScript identifier that stays when a name changes).
            pub fn key(self) -> &'static str {
                match self {
                    $($ty::$variant => $key,)+
                }
            }

            /// The name itself.
            pub fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)+
                }
            }
        }
    };
}

/// The custom element `boot.js` defines.
pub const ELEMENT: &str = "patient-kontrakt";

/// The attribute that marks any other element as a widget's host (`<div data-patientkontrakt>`).
pub const HOST_ATTRIBUTE: &str = "data-patientkontrakt";

/// The version of every event's `detail` (`detail.v`). 2: `pk-agreed` and `pk-export` carry
/// their content only to a host that asked for it ([`EVENTS_CONTENT`]), and then do not bubble.
pub const EVENT_VERSION: u32 = 2;

/// The value of the `events` attribute (and of `events` in the iframe host's hello) by which a
/// host asks for the content of `pk-agreed` and `pk-export` ([`HostEvent::content_field`]).
pub const EVENTS_CONTENT: &str = "content";

names! {
    /// The events a widget sends its host page: a `CustomEvent` from the element (or the
    /// `data-patientkontrakt` host), `detail = { v, … }`. Those that carry patient data
    /// ([`HostEvent::content_field`]) carry it only to a host that asked for it, and then neither
    /// bubble nor cross a shadow root; every other event bubbles and is composed.
    HostEvent {
        /// The widget has started.
        Ready => "ready", "pk-ready";
        /// Anything changed (`detail.step`, `detail.field`: keys, never the text).
        Change => "change", "pk-change";
        /// Another step is shown.
        Step => "step", "pk-step";
        /// A preparation reached its end.
        Complete => "complete", "pk-complete";
        /// The consultation was marked agreed here (`detail.agreement` when asked for).
        Agreed => "agreed", "pk-agreed";
        /// Before a download (cancelable: the host takes the content instead; `detail.content`
        /// when asked for).
        Export => "export", "pk-export";
        /// Everything was cleared.
        Reset => "reset", "pk-reset";
        /// A file could not be opened, storage failed, the widget failed.
        Error => "error", "pk-error";
    }
}

impl HostEvent {
    /// Whether the host may cancel it (`preventDefault()`): only `pk-export`, whose default is
    /// the download, and only where the host takes the exports (`exports="host"`).
    pub fn cancelable(self) -> bool {
        self == HostEvent::Export
    }

    /// The field of its `detail` that carries patient data, if any: sent only to a host whose
    /// `events` attribute is [`EVENTS_CONTENT`] (or whose `exports` is `host`). Such an event
    /// then neither bubbles nor is composed (a listener on `document` does not hear it); without
    /// the content, it does. `pk-export` can be cancelled only where `exports` is `host`.
    pub fn content_field(self) -> Option<&'static str> {
        match self {
            HostEvent::Agreed => Some("agreement"),
            HostEvent::Export => Some("content"),
            _ => None,
        }
    }
}

names! {
    /// The methods a host calls: the element's own, then two that the element has as its
    /// `settings` property and `lang` attribute and the iframe's host calls as methods.
    Method {
        /// The agreement as the native envelope object.
        GetAgreement => "getAgreement", "getAgreement";
        /// Replaces the agreement; `{ ok, errors }`.
        SetAgreement => "setAgreement", "setAgreement";
        /// Starts again, like "Rensa uppgifter".
        Reset => "reset", "reset";
        /// Checks every step; `{ ok, problems }`.
        Validate => "validate", "validate";
        /// A Promise of the FHIR R4 Bundle.
        ToFhir => "toFhir", "toFhir";
        /// A Promise of the journal note.
        ToJournalText => "toJournalText", "toJournalText";
        /// The region settings (the element's `settings` property).
        SetSettings => "setSettings", "setSettings";
        /// The language on screen (the element's `lang` attribute).
        SetLanguage => "setLanguage", "setLanguage";
    }
}

impl Method {
    /// A method of the `<patient-kontrakt>` element itself (the last two are its `settings`
    /// property and `lang` attribute there, methods only across the iframe and on the wasm's
    /// `Widget`).
    pub fn on_element(self) -> bool {
        !matches!(self, Method::SetSettings | Method::SetLanguage)
    }
}

/// Declares the element's attributes as [`names!`] does, and each one's `data-` form.
macro_rules! attributes {
    ($(#[$meta:meta])* $ty:ident { $($(#[$vmeta:meta])* $variant:ident => $key:literal, $name:literal;)+ }) => {
        names! { $(#[$meta])* $ty { $($(#[$vmeta])* $variant => $key, $name;)+ } }

        impl $ty {
            /// Its `data-` form: `data-lang`, `data-storage-key`, …
            pub fn data_name(self) -> &'static str {
                match self {
                    $($ty::$variant => concat!("data-", $name),)+
                }
            }
        }
    };
}

attributes! {
    /// The element's attributes. Each one's `data-` form ([`Attribute::data_name`]) is what a
    /// `data-patientkontrakt` host carries, and what the widget reads.
    Attribute {
        /// `sv` or `en`; switches live on the element.
        Lang => "lang", "lang";
        /// `prepare`, `consultation` or `followup`.
        Mode => "mode", "mode";
        /// `local`, `session` or `none`.
        Storage => "storage", "storage";
        /// Which draft this widget keeps.
        StorageKey => "storageKey", "storage-key";
        /// What tells this widget apart from others on the page.
        Label => "label", "label";
        /// Shows the agreement the host sets, read-only.
        Readonly => "readonly", "readonly";
        /// A same-origin region settings file.
        ConfigSrc => "configSrc", "config-src";
        /// `download` or `host`: where the exports go (the host cancels `pk-export` and sends
        /// the content itself); the screen says so. Switches live on the element.
        Exports => "exports", "exports";
        /// [`EVENTS_CONTENT`]: `pk-agreed` and `pk-export` carry their content (and do not bubble).
        Events => "events", "events";
        /// The origin whose draft this is (its keys carry it): `embed.html` sets it to the origin
        /// of the page that drives the frame.
        StorageOrigin => "storageOrigin", "storage-origin";
        /// Present (or `offer`): the start page offers the unit's follow-up beside the modes.
        Followup => "followup", "followup";
        /// `bundle` (default) or `document`: the one FHIR file the journal card offers.
        Fhir => "fhir", "fhir";
        /// 1–5 (default 1): the level of the widget's top heading, so that it sits under the
        /// host's own headings.
        HeadingLevel => "headingLevel", "heading-level";
        /// `off`: an agreed consultation offers no link to take along, and the page opens none.
        AgreementLink => "agreementLink", "agreement-link";
        /// The `https://` page an agreement link opens (default: the page the widget is on).
        AgreementPage => "agreementPage", "agreement-page";
    }
}

impl Attribute {
    /// Whether the iframe's host may give it in the frame's address (`embed.html?lang=…`):
    /// all but `config-src` (a frame's host gives settings with `setSettings`), `exports` (a
    /// frame's host says where the exports go in its hello, which is what sends them there),
    /// `events` (it asks in its hello), `storage-origin` (the frame sets it to the host's
    /// origin) and the agreement link's two (a frame offers no link: `embed.html` cannot be
    /// opened on its own).
    pub fn in_frame_address(self) -> bool {
        !matches!(
            self,
            Attribute::ConfigSrc
                | Attribute::Exports
                | Attribute::Events
                | Attribute::StorageOrigin
                | Attribute::AgreementLink
                | Attribute::AgreementPage
        )
    }
}

/// The version of the iframe protocol (`{pk: 2, type, …}` on every message). 2: the hello
/// carries `events`; the frame starts the widget, and touches storage, only after an accepted
/// hello, with the draft bound to the host's origin.
pub const FRAME_PROTOCOL: u32 = 2;

/// The tallest the host side makes the frame, in CSS pixels (a taller height is cut to this).
pub const FRAME_MAX_HEIGHT: u32 = 30_000;

names! {
    /// The iframe protocol's message types (`type`), between `embed.js` (the frame) and
    /// `patientkontrakt-frame.js` (its host).
    Message {
        /// host → frame first (`exports`, `events`); frame → host in answer (`ready`).
        Hello => "hello", "hello";
        /// host → frame: `id`, `method`, `args`.
        Call => "call", "call";
        /// frame → host: `id`, `ok`, `value` or `error`.
        Result => "result", "result";
        /// frame → host: one of the events, `name`, `detail`.
        Event => "event", "event";
        /// frame → host: the widget's height in CSS pixels.
        Height => "height", "height";
    }
}

names! {
    /// Where the exports go: the values of the `exports` attribute, and the `exports` of the
    /// iframe host's hello.
    FrameExports {
        /// Downloaded in the frame, as on a page (the default).
        Download => "download", "download";
        /// To the host: `pk-export` is cancelled in the frame and its content goes to the host.
        Host => "host", "host";
    }
}

/// The static start page's form (`content::static_start`): the app takes it over on mount.
pub const STATIC_FORM_ATTRIBUTE: &str = "data-pk-static";

/// Set on the static start page's form by `boot.js` when "Börja" was pressed before the app
/// arrived; the widget reads it when it mounts.
pub const BEGUN_ATTRIBUTE: &str = "data-pk-begun";

/// On the static start page's language menu button (`content::static_start`): `boot.js` opens
/// and closes its list before the app arrives.
pub const STATIC_MENU_ATTRIBUTE: &str = "data-pk-static-menu";

/// On each language of the static start page's menu, its tag; `boot.js` marks the one chosen
/// before the app arrived (`aria-current`), and the widget starts in it when it mounts.
pub const STATIC_LANGUAGE_ATTRIBUTE: &str = "data-pk-language";

/// The app's wasm modules: their file names and what each exports for `boot.js` or another
/// module to call. A module's exports are exactly what is declared here
/// (`tools/tests/contract.rs` reads their `#[wasm_bindgen]` names).
pub mod modules {
    /// The key, in the texts object the widget passes `pk-code` or `pk-scan`, of the language's
    /// tag. A count that the module fills itself (its `COUNTS`) is there as an object of every
    /// form the language has (`pk_core::content::Plural::forms`), keyed by CLDR category name
    /// (`one`, `few`, …: `Category::name`); the module picks the form of its number by this
    /// language's rules (`pk_core::content::plural::pick`). A count's key is also the name of
    /// its placeholder in the sentence that holds it.
    pub const PLURAL_LANGUAGE: &str = "plural_language";

    /// The widget's own module, loaded by `boot.js`.
    pub mod widget {
        /// `patientkontrakt.js` and `patientkontrakt_bg.wasm`.
        pub const FILE: &str = "patientkontrakt";
        /// Mounts a widget into an element: `mountWidget(root, host)` → a `Widget`.
        pub const MOUNT: &str = "mountWidget";
        /// The `Widget`'s method that removes it (besides every [`super::super::Method`]).
        pub const DESTROY: &str = "destroy";
        /// The functions it exports.
        pub const FUNCTIONS: &[&str] = &[MOUNT];

        /// The methods of the `Widget` that [`MOUNT`] returns: every [`super::super::Method`],
        /// and [`DESTROY`].
        pub fn methods() -> Vec<&'static str> {
            super::super::Method::ALL.iter().map(|m| m.name()).chain([DESTROY]).collect()
        }
    }

    /// The exports module (`pk-exports`), loaded when the exports are first needed.
    pub mod exports {
        /// `pk-exports.js` and `pk-exports_bg.wasm`.
        pub const FILE: &str = "pk-exports";
        /// `fhir_bundle(document, now)`: the FHIR R4 Bundle, JSON text.
        pub const FHIR_BUNDLE: &str = "fhir_bundle";
        /// `fhir_document(document, now)`: the FHIR R4 document, JSON text.
        pub const FHIR_DOCUMENT: &str = "fhir_document";
        /// `journal_note(document)`: the journal note.
        pub const JOURNAL_NOTE: &str = "journal_note";
        /// `import_error(bytes)`: the place of an opened file's shape error.
        pub const IMPORT_ERROR: &str = "import_error";
        /// The functions it exports.
        pub const FUNCTIONS: &[&str] = &[FHIR_BUNDLE, FHIR_DOCUMENT, JOURNAL_NOTE, IMPORT_ERROR];
        /// It exports no object with methods.
        pub const METHODS: &[&str] = &[];
    }

    /// The code module (`pk-code`), loaded when she asks to show her hand-off code, the clinic
    /// shows the agreement's link, or a page opens with an agreement link in its address: it
    /// compresses, draws and shows the codes in a panel of its own (`pk-panel`), and reads a
    /// link back, so that the widget's first load carries none of it.
    pub mod code {
        /// `pk-code.js` and `pk-code_bg.wasm`.
        pub const FILE: &str = "pk-code";
        /// `deflate(bytes)`: the native JSON compressed with the codes' preset dictionary
        /// (`handoff::Dictionary::CURRENT`).
        pub const DEFLATE: &str = "deflate";
        /// `qr_modules(text)`: the QR code's version, width and modules.
        pub const QR_MODULES: &str = "qr_modules";
        /// `show_codes(host, document, texts, ids, heading, opener)`: her preparation's code (or
        /// sequence of codes) in a panel in `host`; `""` once shown, [`TOO_LARGE`], or another
        /// text (a message for the console) when it failed.
        pub const SHOW_CODES: &str = "show_codes";
        /// `show_link(host, document, page, texts, ids, opener)`: the one code of the link to
        /// `page` that carries the agreement; answers as [`SHOW_CODES`] does.
        pub const SHOW_LINK: &str = "show_link";
        /// `read_link(fragment, limit)`: a Promise of the native JSON an agreement link's
        /// fragment carries; rejected with [`TOO_LARGE`] or [`DAMAGED`].
        pub const READ_LINK: &str = "read_link";
        /// What a `show_*` function answers when no code (or sequence) holds the agreement, and
        /// what `read_link` rejects with when the link inflates to more than the limit.
        pub const TOO_LARGE: &str = "too-large";
        /// What `read_link` rejects with when the fragment is not a whole agreement link.
        pub const DAMAGED: &str = "damaged";
        /// The functions it exports.
        pub const FUNCTIONS: &[&str] = &[DEFLATE, QR_MODULES, SHOW_CODES, SHOW_LINK, READ_LINK];
        /// It exports no object with methods.
        pub const METHODS: &[&str] = &[];

        /// The keys of the texts object the widget passes (in its language).
        pub mod text {
            /// The panel's heading.
            pub const TITLE: &str = "title";
            /// How to show one code (her code) or the link (the link's panel).
            pub const INSTRUCTION: &str = "instruction";
            /// How to show a sequence; [`CODES`] its placeholder.
            pub const INSTRUCTION_SEQUENCE: &str = "instruction_sequence";
            /// The count of codes in a sequence, as its forms (`{codes}` in
            /// [`INSTRUCTION_SEQUENCE`]; `{n}` the number).
            pub const CODES: &str = "codes";
            /// "Kod {i} av {n}" under a sequence.
            pub const FRAME: &str = "frame";
            /// The picture's text alternative.
            pub const ALT: &str = "alt";
            /// The Close button.
            pub const CLOSE: &str = "close";
            /// Every text's key.
            pub const ALL: &[&str] = &[TITLE, INSTRUCTION, INSTRUCTION_SEQUENCE, FRAME, ALT, CLOSE];
            /// Every count's key (its forms; [`super::super::PLURAL_LANGUAGE`]).
            pub const COUNTS: &[&str] = &[CODES];
        }
    }

    /// The scan module (`pk-scan`), loaded when the clinic reads a patient's code: the camera,
    /// a picture of the code and her file in a panel of its own (`pk-panel`).
    pub mod scan {
        /// `pk-scan.js` and `pk-scan_bg.wasm`.
        pub const FILE: &str = "pk-scan";
        /// `read_codes(rgba, width, height)`: the texts of the QR codes in the image, one a line.
        pub const READ_CODES: &str = "read_codes";
        /// `open_scanner(host, texts, ids, heading, read, file, opener)`: the panel in `host`,
        /// the camera started, `opener` hidden meanwhile; `read(bytes)` gets the native JSON of
        /// a whole code (or sequence), inflated by the module, `file(file)` the file she chose.
        pub const OPEN_SCANNER: &str = "open_scanner";
        /// `scanner_message(text)`: an error in the open panel's status (what the widget
        /// found in the bytes).
        pub const SCANNER_MESSAGE: &str = "scanner_message";
        /// `close_scanner()`: closes the panel and stops the camera, telling no one.
        pub const CLOSE_SCANNER: &str = "close_scanner";
        /// The functions it exports.
        pub const FUNCTIONS: &[&str] = &[READ_CODES, OPEN_SCANNER, SCANNER_MESSAGE, CLOSE_SCANNER];
        /// It exports no object with methods.
        pub const METHODS: &[&str] = &[];

        /// The keys of the texts object the widget passes (in its language).
        pub mod text {
            /// The panel's heading.
            pub const TITLE: &str = "title";
            /// The camera picture's label.
            pub const VIDEO: &str = "video";
            /// While looking for a code.
            pub const LOOKING: &str = "looking";
            /// While a sequence is being read; [`READ`] its placeholder.
            pub const PROGRESS: &str = "progress";
            /// The count of codes of a sequence read, as its forms (`{read}` in [`PROGRESS`];
            /// `{have}` of `{n}`).
            pub const READ: &str = "read";
            /// No camera, or the camera refused.
            pub const NO_CAMERA: &str = "no_camera";
            /// A code that is not ours.
            pub const NOT_OURS: &str = "not_ours";
            /// A code or sequence too large.
            pub const TOO_LARGE: &str = "too_large";
            /// A damaged code.
            pub const DAMAGED: &str = "damaged";
            /// A picture with no code in it.
            pub const NO_CODE_IN_PICTURE: &str = "no_code_in_picture";
            /// "Öppna en bild av koden".
            pub const PICTURE: &str = "picture";
            /// "Öppna fil".
            pub const FILE: &str = "file";
            /// The Close button.
            pub const CLOSE: &str = "close";
            /// Every text's key.
            pub const ALL: &[&str] = &[
                TITLE,
                VIDEO,
                LOOKING,
                PROGRESS,
                NO_CAMERA,
                NOT_OURS,
                TOO_LARGE,
                DAMAGED,
                NO_CODE_IN_PICTURE,
                PICTURE,
                FILE,
                CLOSE,
            ];
            /// Every count's key (its forms; [`super::super::PLURAL_LANGUAGE`]).
            pub const COUNTS: &[&str] = &[READ];
        }
    }

    /// The follow-up module (`pk-followup`), loaded when a care unit opens the follow-up.
    pub mod followup {
        /// `pk-followup.js` and `pk-followup_bg.wasm`.
        pub const FILE: &str = "pk-followup";
        /// `mountFollowup(root, host, prefix, lang, onclose)` → the view.
        pub const MOUNT: &str = "mountFollowup";
        /// The view's `setLanguage(tag)`.
        pub const SET_LANGUAGE: &str = "setLanguage";
        /// The view's `destroy()`.
        pub const DESTROY: &str = "destroy";
        /// The functions it exports.
        pub const FUNCTIONS: &[&str] = &[MOUNT];
        /// The methods of the view [`MOUNT`] returns.
        pub const METHODS: &[&str] = &[SET_LANGUAGE, DESTROY];
    }
}
