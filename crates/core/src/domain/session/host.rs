//! What the host page's script asks of the session: its agreement (`setAgreement`) and a fresh
//! start (`reset`). Never over her text without her yes: while the draft holds what she typed
//! ([`Session::holds_her_text`]) the host's call is refused, or, when the host asked to replace
//! it, she is asked first with the question opening a file asks; after her yes, "Ångra" brings
//! her draft back until she changes something or moves on.

use super::super::model::Agreement;
use super::super::step::Step;
use super::commands::{Confirm, HostOutcome, Notice};
use super::state::{Session, Undo};

impl Session {
    /// What a host's `setAgreement` or `reset` would do now, asked to `replace` her text or not.
    pub fn host_outcome(&self, replace: bool) -> HostOutcome {
        if self.durable_pending || self.autosave_paused {
            return HostOutcome::Waiting;
        }
        match (self.holds_her_text(), replace) {
            (false, _) => HostOutcome::Done,
            (true, true) => HostOutcome::Asked,
            (true, false) => HostOutcome::Refused,
        }
    }

    /// The host's `setAgreement`.
    pub(super) fn host_set_agreement(&mut self, agreement: Box<Agreement>, replace: bool) {
        match self.host_outcome(replace) {
            HostOutcome::Done => self.keeping_undo(|s| s.set_by_host(agreement)),
            HostOutcome::Asked => self.confirm = Some(Confirm::HostSet(agreement)),
            HostOutcome::Refused | HostOutcome::Waiting => {}
        }
    }

    /// The host's `reset`.
    pub(super) fn host_reset(&mut self, fresh: Box<Agreement>, replace: bool, now: &str) {
        match self.host_outcome(replace) {
            HostOutcome::Done => self.keeping_undo(|s| s.restart(fresh, now)),
            HostOutcome::Asked => self.confirm = Some(Confirm::HostReset(fresh)),
            HostOutcome::Refused | HostOutcome::Waiting => {}
        }
    }

    /// She said yes to the host's agreement: it replaces hers, which "Ångra" brings back.
    pub(super) fn replace_by_host(&mut self, agreement: Box<Agreement>) {
        let undo = self.undo_point();
        self.set_by_host(agreement);
        self.undo = Some(undo);
        self.notice = Some(Notice::Replaced);
    }

    /// She said yes to the host's fresh start: her draft goes, and "Ångra" brings it back.
    pub(super) fn restart_by_host(&mut self, fresh: Box<Agreement>, now: &str) {
        let undo = self.undo_point();
        self.restart(fresh, now);
        self.undo = Some(undo);
        self.notice = Some(Notice::Restarted);
    }

    /// "Ångra": her draft is back, on the step she was on.
    pub(super) fn undo(&mut self) {
        let Some(undo) = self.undo.take() else { return };
        let Undo { agreement, step } = *undo;
        self.agreement = agreement;
        self.typed.clear();
        self.revision += 1;
        self.last_change = Some("agreement".into());
        self.host_set = None;
        self.confirm = None;
        self.returning = false;
        self.go(step);
        self.notice = Some(Notice::Undone);
    }

    /// Carries out a change the host may make at once (the draft is the host's own since her
    /// yes): her draft stays offered under "Ångra", with its notice, until she changes
    /// something or moves on herself.
    fn keeping_undo(&mut self, change: impl FnOnce(&mut Self)) {
        let undo = self.undo.take();
        let notice = self.notice.clone();
        change(self);
        if undo.is_some() {
            self.undo = undo;
            self.notice = notice;
        }
    }

    fn undo_point(&self) -> Box<Undo> {
        Box::new(Undo { agreement: self.agreement.clone(), step: self.step })
    }

    /// The host's agreement, exactly as given (not the mode or language of the screen, unlike
    /// a file), on the summary. It is the host's until it changes.
    fn set_by_host(&mut self, agreement: Box<Agreement>) {
        self.agreement = *agreement;
        self.typed.clear();
        self.revision += 1;
        self.last_change = Some("agreement".into());
        self.import_error = None;
        self.confirm = None;
        self.returning = false;
        self.problems.clear();
        self.go(Step::Summary);
        self.host_set = Some(self.revision);
    }
}
