//! Part 3 of the agreement: the fast vårdkontakt, hers before the visit, and contact routes.

use serde::{Deserialize, Serialize};

use super::choices::{RouteKind, Tri};
use super::present::present;

/// A fast vårdkontakt.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CareContact {
    /// Name.
    pub name: String,
    /// Role ("distriktssköterska").
    pub role: String,
    /// What the contact helps the patient with: the role agreed for this patient (seed 003:
    /// "Beskriv rollen!").
    pub helps_with: String,
    /// Unit ("Vårdcentralen Norr").
    pub unit: String,
    /// How to reach them.
    pub reach: String,
    /// HSA-id, optional.
    pub hsa_id: String,
}

/// A way to get in touch with care.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactRoute {
    /// Kind of route.
    pub kind: RouteKind,
    /// Number, address, hours.
    pub details: String,
}

/// Part 3: fast vårdkontakt and contact routes.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    /// Does the patient already have a fast vårdkontakt? A fact she knows, said before the visit.
    #[serde(deserialize_with = "present")]
    pub fixed_contact_has: Option<Tri>,
    /// Does the patient want a fast vårdkontakt? The patient's wish, given before the visit.
    #[serde(deserialize_with = "present")]
    pub fixed_contact_wanted: Option<Tri>,
    /// Does the patient need a fast vårdkontakt? Settled in the consultation; `No` documents
    /// that none is needed.
    #[serde(deserialize_with = "present")]
    pub fixed_contact_needed: Option<Tri>,
    /// The contacts the patient wrote before the visit: the fast vårdkontakt she says she has
    /// (`fixed_contact_has` Ja) or one she would like. Hers, never exported as the fast
    /// vårdkontakt until the consultation settles it (an accepted row moves to `care_contacts`).
    pub patient_contacts: Vec<CareContact>,
    /// The fast vårdkontakt(er), settled in the consultation.
    pub care_contacts: Vec<CareContact>,
    /// Contact routes.
    pub routes: Vec<ContactRoute>,
}

/// What the contacts the patient wrote before the visit are, by what she said then.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HerContact {
    /// The fast vårdkontakt she says she already has (`fixed_contact_has` Ja): a fact she knows.
    Has,
    /// One she would like (`fixed_contact_wanted` Ja, and she did not say she has one): a wish.
    Wished,
    /// Neither said (a file from before version 3, or her answers changed since she wrote it):
    /// what she wrote, and no more.
    Written,
}

impl Contacts {
    /// Her wish for a fast vårdkontakt as it stands. Once she says she already has one the wish
    /// is not asked, and an earlier answer to it is out of date: kept in the file (nothing she
    /// typed is lost, and it is back if she changes her answer) but never shown or exported.
    pub fn wish(&self) -> Option<Tri> {
        if self.fixed_contact_has == Some(Tri::Yes) {
            None
        } else {
            self.fixed_contact_wanted
        }
    }

    /// What her contacts are: the one she has, one she would like, or only what she wrote.
    pub fn hers(&self) -> HerContact {
        if self.fixed_contact_has == Some(Tri::Yes) {
            HerContact::Has
        } else if self.wish() == Some(Tri::Yes) {
            HerContact::Wished
        } else {
            HerContact::Written
        }
    }
}
