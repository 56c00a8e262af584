//! Completeness of the four parts and the kvitto: is the Patientkontrakt in place?
//!
//! Seed 003: it is in place "när patienten kvitterar genom att svara ja på samtliga sju frågor,
//! oavsett vårdgivare" and there is a documented agreement in the journal covering all parts.
//! For one agreement (PRODUCT.md §2) that is: the agreement was made in the consultation and
//! marked agreed, the patient answered Ja to all seven *after* going through it, and every part
//! is documented. The professional's answers are shown beside the patient's but do not gate the
//! kvitto; the patient's answers before the visit never count. Preparing alone is never "på
//! plats". Anything short of it is a gap, linked to the step that closes it.

use super::model::{Agreement, Mode, Perspective, Status, Tri, QUESTION_COUNT};
use super::step::Step;
use super::steps::SummaryRow;

/// Something missing from the documented agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PartGap {
    /// "Vad är viktigt för dig?" is not written.
    OwnWordsMissing,
    /// Part 1: nothing on what the patient does to feel well.
    SelfCareMissing,
    /// Part 1: nothing on what to watch and when/where to seek care.
    WarningSignsMissing,
    /// Part 1: nothing on what care does.
    CareActionsMissing,
    /// Part 2: no plans listed, and not said that there are none.
    PlansMissing,
    /// Part 2: the need of coordination is not answered.
    CoordinationNeedUnanswered,
    /// Part 2: coordination is needed but nobody is named to do it.
    CoordinatorMissing,
    /// Part 3: care has not settled whether the patient needs a fast vårdkontakt (and none is
    /// named). What the patient wrote before the visit does not settle it.
    FixedContactUnsettled,
    /// Part 3: a fast vårdkontakt is needed, but none is named.
    FixedContactMissing,
    /// Part 3: no contact routes.
    RoutesMissing,
    /// Part 4: no next step.
    NextStepMissing,
    /// Part 4: no date or period for the next time.
    NextTimeMissing,
    /// Part 4: not said how the next contact takes place.
    NextModeMissing,
    /// Part 4: not said who takes the initiative.
    InitiatorMissing,
}

impl PartGap {
    /// Every gap, in dialogue order.
    pub const ALL: [PartGap; 14] = [
        PartGap::OwnWordsMissing,
        PartGap::SelfCareMissing,
        PartGap::WarningSignsMissing,
        PartGap::CareActionsMissing,
        PartGap::PlansMissing,
        PartGap::CoordinationNeedUnanswered,
        PartGap::CoordinatorMissing,
        PartGap::FixedContactUnsettled,
        PartGap::FixedContactMissing,
        PartGap::RoutesMissing,
        PartGap::NextStepMissing,
        PartGap::NextTimeMissing,
        PartGap::NextModeMissing,
        PartGap::InitiatorMissing,
    ];

    /// What closes this gap, as the summary lists it: its link goes to the page that asks it.
    pub fn row(self) -> SummaryRow {
        use super::field::{ChoiceField, ListId, TextField, TimeSlot};
        match self {
            PartGap::OwnWordsMissing => SummaryRow::Text(TextField::OwnWords),
            PartGap::SelfCareMissing => SummaryRow::List(ListId::SelfCare),
            PartGap::WarningSignsMissing => SummaryRow::List(ListId::WarningSigns),
            PartGap::CareActionsMissing => SummaryRow::List(ListId::CareActions),
            PartGap::PlansMissing => SummaryRow::List(ListId::Plans),
            PartGap::CoordinationNeedUnanswered => SummaryRow::Choice(ChoiceField::CoordinationNeed),
            PartGap::CoordinatorMissing => SummaryRow::Text(TextField::Coordinator),
            PartGap::FixedContactUnsettled => SummaryRow::Choice(ChoiceField::FixedContactNeeded),
            PartGap::FixedContactMissing => SummaryRow::List(ListId::CareContacts),
            PartGap::RoutesMissing => SummaryRow::List(ListId::Routes),
            PartGap::NextStepMissing => SummaryRow::Text(TextField::NextStep),
            PartGap::NextTimeMissing => SummaryRow::Time(TimeSlot::Next),
            PartGap::NextModeMissing => SummaryRow::Choice(ChoiceField::NextMode),
            PartGap::InitiatorMissing => SummaryRow::Choice(ChoiceField::Initiator),
        }
    }

    /// The step that closes this gap.
    pub fn step(self) -> Step {
        self.row().step()
    }

    /// Whether this gap is present in the agreement.
    pub fn is_open(self, a: &Agreement) -> bool {
        let blank = |s: &str| s.trim().is_empty();
        let has = |items: &[super::model::Item]| items.iter().any(|i| !blank(&i.text));
        let nt = &a.schedule.next_time;
        match self {
            PartGap::OwnWordsMissing => blank(&a.what_matters.own_words),
            PartGap::SelfCareMissing => !has(&a.commitments.self_care),
            PartGap::WarningSignsMissing => !has(&a.commitments.warning_signs),
            PartGap::CareActionsMissing => !has(&a.commitments.care_actions),
            PartGap::PlansMissing => !a.planning.no_other_plans && !a.planning.plans.iter().any(|p| !blank(&p.title)),
            PartGap::CoordinationNeedUnanswered => a.planning.coordination_need.is_none(),
            PartGap::CoordinatorMissing => {
                a.planning.coordination_need == Some(Tri::Yes) && blank(&a.planning.coordinator)
            }
            PartGap::FixedContactUnsettled => {
                !matches!(a.contacts.fixed_contact_needed, Some(Tri::Yes | Tri::No)) && !named_contact(a)
            }
            PartGap::FixedContactMissing => a.contacts.fixed_contact_needed == Some(Tri::Yes) && !named_contact(a),
            PartGap::RoutesMissing => !a.contacts.routes.iter().any(|r| !blank(&r.details)),
            PartGap::NextStepMissing => blank(&a.schedule.next_step),
            PartGap::NextTimeMissing => !nt.has_when(),
            PartGap::NextModeMissing => nt.mode.is_none(),
            PartGap::InitiatorMissing => nt.initiator.is_none(),
        }
    }
}

/// Whether a fast vårdkontakt is named in the consultation: a person, by name or role (a unit
/// alone is not a person; FHIR leaves such a row out of the CareTeam). The patient's own contacts
/// do not count until they are settled there.
fn named_contact(a: &Agreement) -> bool {
    let blank = |s: &str| s.trim().is_empty();
    a.contacts.care_contacts.iter().any(|c| !blank(&c.name) || !blank(&c.role))
}

/// Which documentation gaps stand behind question `n` (0-based), per PRODUCT.md §2:
/// 1 — the agreement as a whole (parts 1 and 3); 2 — what matters and part 1;
/// 3 — contact routes; 4 — fast vårdkontakt; 5 — next step; 6 — next agreed time; 7 — part 2.
pub fn closed_by(n: usize) -> &'static [PartGap] {
    use PartGap::*;
    match n {
        0 => &[
            SelfCareMissing,
            WarningSignsMissing,
            CareActionsMissing,
            FixedContactUnsettled,
            FixedContactMissing,
            RoutesMissing,
        ],
        1 => &[OwnWordsMissing, SelfCareMissing, WarningSignsMissing, CareActionsMissing],
        2 => &[RoutesMissing],
        3 => &[FixedContactUnsettled, FixedContactMissing],
        4 => &[NextStepMissing],
        5 => &[NextTimeMissing, NextModeMissing, InitiatorMissing],
        6 => &[PlansMissing, CoordinationNeedUnanswered, CoordinatorMissing],
        _ => &[],
    }
}

/// The steps that close question `n` (0-based), without repeats, in dialogue order.
pub fn steps_for_question(n: usize) -> Vec<Step> {
    let mut steps: Vec<Step> = closed_by(n).iter().map(|g| g.step()).collect();
    steps.sort();
    steps.dedup();
    steps
}

/// Where one question stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionStatus {
    /// 0-based question number.
    pub n: usize,
    /// The patient's answer before the visit (shown, never counted).
    pub before: Option<Tri>,
    /// The patient's answer after going through the agreement: the one that counts.
    pub patient: Option<Tri>,
    /// The professional's answer (shown beside the patient's, for reflection; not counted).
    pub professional: Option<Tri>,
    /// In a consultation, patient and professional both answered, differently.
    pub disagreement: bool,
    /// The documentation gaps behind this question that are open.
    pub open_gaps: Vec<PartGap>,
    /// In a consultation, answered Ja by the patient and nothing behind it is missing.
    pub closed: bool,
}

/// The kvitto: in place or not, and every gap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kvitto {
    /// "Patientkontraktet är på plats": a consultation, marked agreed, all seven answered Ja by
    /// the patient afterwards, every part documented.
    pub in_place: bool,
    /// A consultation that is not marked agreed yet ("markera som överenskommet" is left).
    pub not_agreed: bool,
    /// Open documentation gaps, in dialogue order.
    pub part_gaps: Vec<PartGap>,
    /// The seven questions.
    pub questions: Vec<QuestionStatus>,
}

/// Works out the kvitto.
pub fn kvitto(a: &Agreement) -> Kvitto {
    let part_gaps: Vec<PartGap> = PartGap::ALL.into_iter().filter(|g| g.is_open(a)).collect();
    let consultation = a.mode == Mode::Consultation;
    let questions: Vec<QuestionStatus> = (0..QUESTION_COUNT)
        .map(|n| {
            let answer = |p: Perspective| a.answers.of(p)[n].value;
            let (patient, professional) = (answer(Perspective::Patient), answer(Perspective::Professional));
            let open_gaps: Vec<PartGap> = closed_by(n).iter().copied().filter(|g| part_gaps.contains(g)).collect();
            QuestionStatus {
                n,
                before: answer(Perspective::Before),
                patient,
                professional,
                disagreement: consultation && matches!((patient, professional), (Some(x), Some(y)) if x != y),
                closed: consultation && patient == Some(Tri::Yes) && open_gaps.is_empty(),
                open_gaps,
            }
        })
        .collect();
    let agreed = a.status == Status::Agreed;
    let in_place = consultation && agreed && part_gaps.is_empty() && questions.iter().all(|q| q.closed);
    Kvitto { in_place, not_agreed: consultation && !agreed, part_gaps, questions }
}
