//! The stable keys of the small enums: one row per enum, read by JSON, form values and ids.

use super::answers::Perspective;
use super::choices::{ContactMode, Initiator, Mode, RouteKind, Status, Tri};

/// Gives a small enum `ALL` (in the order the UI offers the values), `key()` (the stable key
/// used in JSON and in form values; the same as serde's, which `tests/format.rs` checks) and
/// `from_key()`.
macro_rules! keys {
    ($($ty:ident { $($v:ident => $k:literal),* })*) => {$(
        impl $ty {
            /// Every value, in the order the UI offers them.
            pub const ALL: [$ty; [$($k),*].len()] = [$($ty::$v),*];

            /// The stable key used in JSON and in form values.
            pub fn key(self) -> &'static str {
                match self { $($ty::$v => $k),* }
            }

            /// Inverse of `key`.
            pub fn from_key(key: &str) -> Option<$ty> {
                $ty::ALL.into_iter().find(|v| v.key() == key)
            }
        }
    )*};
}

keys! {
    Mode { Prepare => "prepare", Consultation => "consultation" }
    Status { Draft => "draft", Agreed => "agreed" }
    Tri { Yes => "yes", No => "no", DontKnow => "dont_know" }
    ContactMode { Visit => "visit", Phone => "phone", Video => "video", Digital => "digital", HomeVisit => "home_visit" }
    Initiator { Patient => "patient", Care => "care" }
    RouteKind {
        Phone => "phone", OnlineBooking => "online_booking", Summons => "summons", Video => "video",
        Message => "message", EService => "e_service", Service1177 => "1177", Other => "other"
    }
    Perspective { Before => "before", Patient => "patient", Professional => "professional" }
}
