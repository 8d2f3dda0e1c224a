//! The date an obligation was met: read through its `met on` clause, or, without one,
//! computed from the histories of the facts its `require` reads: the first day from which the
//! whole requirement held without a break up to the evaluation date (`docs/language.md`,
//! "Deadlines").

use crate::date::Date;
use crate::ir::{Expr, Obligation};
use crate::report::{ClauseExplanation, MetOnBasis};

use super::history::Steady;
use super::mode::{Mode, Quiet};
use super::value::{Missing, Val};
use super::{Evaluated, Evaluator};

/// What is known of the day an obligation that is `met` was met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MetOn {
    /// Met on this day (at the latest, for `HistoryAtTheLatest`).
    On(Date, MetOnBasis),
    /// Met since before every date the facts' histories give.
    Always,
    /// The rule's `met on` clause is unknown.
    Unknown,
    /// No `met on` clause and no history to compute one from.
    NotGiven,
}

/// The `met on` clause of `ob`, evaluated and explained (its missing facts added to
/// `missing`); `None` when the rule has none.
pub(crate) fn from_clause<'p, M: Mode>(
    ob: &'p Obligation,
    ev: &mut Evaluator<'p, M>,
    explanation: &mut Vec<ClauseExplanation>,
    missing: &mut Vec<Missing<'p>>,
) -> Option<MetOn> {
    let expr = ob.met_on.as_ref()?;
    let Evaluated {
        val,
        missing: why,
        node,
    } = ev.eval(expr);
    explanation.extend(M::clause(
        "met on",
        expr,
        || (val.to_json(), val.is_known()),
        node,
    ));
    Some(match val {
        Val::Date(on) => MetOn::On(on, MetOnBasis::Clause),
        _ => {
            missing.extend(why);
            MetOn::Unknown
        }
    })
}

/// The day the requirement `require`, true on `date`, first held without a break up to it.
/// `steady` is what evaluating it on `date` read: the facts it read do not change from its
/// day on, so the requirement is stepped back one stretch at a time, each evaluated once on
/// the day before the stretch starts. Each evaluation is taken from the evaluation's step
/// budget; `None` when that runs out.
pub(crate) fn from_history<'p, M: Mode>(
    require: &'p Expr,
    ev: &mut Evaluator<'p, M>,
    steady: Steady,
) -> Option<MetOn> {
    let Steady::Since(mut start) = steady else {
        return Some(MetOn::NotGiven);
    };
    let mut quiet = ev.quiet_copy();
    let found = loop {
        let Some(first) = start else {
            break MetOn::Always;
        };
        let Some(before) = first.previous_day() else {
            break MetOn::Always;
        };
        quiet.start_obligation(before);
        let value = quiet.eval(require).val;
        if quiet.exhausted {
            break MetOn::Unknown;
        }
        match (value, quiet.steady()) {
            (Val::Bool(true), Steady::Since(earlier)) => start = earlier,
            (Val::Bool(true), Steady::NoHistory) => break MetOn::Always,
            (Val::Bool(false), _) => break MetOn::On(first, MetOnBasis::History),
            _ => break MetOn::On(first, MetOnBasis::HistoryAtTheLatest),
        }
    };
    ev.take_steps_of(&quiet);
    (!ev.exhausted).then_some(found)
}

impl<'p, M: Mode> Evaluator<'p, M> {
    /// An evaluator without explanations over the same profile and unit, with the steps
    /// this one has left.
    fn quiet_copy(&self) -> Evaluator<'p, Quiet> {
        let limits = crate::Limits {
            max_evaluation_steps: self.steps,
            ..self.limits
        };
        let mut quiet = Evaluator::<Quiet>::new(self.root, self.paths, &limits);
        quiet.enter_unit(self.overlay.current());
        quiet
    }

    /// Takes over the steps `other`, a copy of this evaluator, spent.
    fn take_steps_of(&mut self, other: &Evaluator<'p, Quiet>) {
        self.steps = other.steps;
        self.exhausted |= other.exhausted;
    }
}
