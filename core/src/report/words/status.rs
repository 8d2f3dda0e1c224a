//! The words of what a summary counts across obligations and of a deadline's window: a
//! missing fact's status ("no data" is not "not assessed"), the verdicts counted by bullet,
//! the missing facts by status, and an open deadline window.

use serde_json::{Map, Value as Json};

use super::super::{BulletCounts, Counts, DeadlineResult, DeadlineStatus};

/// A missing fact's status in words: `no data` for `absent`, `not assessed`, `no entry in
/// force` for `not_in_force`, `not readable` for `invalid`, any other status with its
/// underscores as spaces (`unknown`, `contested`).
pub fn missing_status(status: &str) -> String {
    match status {
        "absent" => "no data".to_string(),
        "not_in_force" => "no entry in force".to_string(),
        "invalid" => "not readable".to_string(),
        other => other.replace('_', " "),
    }
}

/// A missing fact with its status: `/offences/x (not assessed)`; the pointer alone when the
/// status is not known.
pub fn missing_fact(pointer: &str, status: Option<&str>) -> String {
    match status {
        Some(status) => format!("{pointer} ({})", missing_status(status)),
        None => pointer.to_string(),
    }
}

/// The head of a summary: `67 obligations in 53 bullets` (one `bullet` when there is one).
pub fn totals(counts: &Counts) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    format!(
        "{} in {}",
        plural(counts.total, "obligation"),
        plural(counts.bullets.total, "bullet")
    )
}

/// The verdicts counted by bullet: `by bullet: 20 met, 9 partially met, 11 not met, 10
/// unknown, 3 not applicable`.
pub fn bullet_counts(bullets: &BulletCounts) -> String {
    format!(
        "by bullet: {} met, {} partially met, {} not met, {} unknown, {} not applicable",
        bullets.met,
        bullets.partially_met,
        bullets.not_met,
        bullets.unknown,
        bullets.not_applicable
    )
}

/// The distinct missing facts by status: `52 missing facts: 12 no data; 40 not assessed`, in
/// the report's order. `None` when no fact is missing.
pub fn missing_by_status(by_status: &Map<String, Json>) -> Option<String> {
    let count = |n: &Json| n.as_u64().unwrap_or(0);
    let total: u64 = by_status.values().map(count).sum();
    if total == 0 {
        return None;
    }
    let parts: Vec<String> = by_status
        .iter()
        .map(|(status, n)| format!("{} {}", count(n), missing_status(status)))
        .collect();
    let facts = if total == 1 { "fact" } else { "facts" };
    Some(format!("{total} missing {facts}: {}", parts.join("; ")))
}

/// A deadline whose window is open on the evaluation date: `due by 2013-12-31; the window
/// 2013-01-01 to 2013-12-31 is open`. `None` unless the result says the date is in the window.
pub fn open_window(deadline: &DeadlineResult) -> Option<String> {
    if !deadline.in_window || deadline.status == DeadlineStatus::None {
        return None;
    }
    let (Some(from), Some(due)) = (&deadline.from, &deadline.due) else {
        return None;
    };
    Some(format!("due by {due}; the window {from} to {due} is open"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_apart() {
        assert_eq!(missing_status("absent"), "no data");
        assert_eq!(missing_status("not_assessed"), "not assessed");
        assert_eq!(missing_status("unknown"), "unknown");
        assert_eq!(missing_status("not_in_force"), "no entry in force");
        assert_eq!(
            missing_fact("/offences/x", Some("not_assessed")),
            "/offences/x (not assessed)"
        );
        assert_eq!(missing_fact("/offences/x", None), "/offences/x");
        let mut by = Map::new();
        assert_eq!(missing_by_status(&by), None);
        by.insert("absent".to_string(), Json::from(12));
        by.insert("not_assessed".to_string(), Json::from(40));
        assert_eq!(
            missing_by_status(&by).as_deref(),
            Some("52 missing facts: 12 no data; 40 not assessed")
        );
    }

    #[test]
    fn totals_name_obligations_and_bullets() {
        let counts = Counts {
            total: 67,
            bullets: BulletCounts {
                total: 53,
                met: 1,
                ..BulletCounts::default()
            },
            ..Counts::default()
        };
        assert_eq!(totals(&counts), "67 obligations in 53 bullets");
        assert_eq!(
            bullet_counts(&counts.bullets),
            "by bullet: 1 met, 0 partially met, 0 not met, 0 unknown, 0 not applicable"
        );
    }

    #[test]
    fn a_window_reads_open_only_when_the_date_is_in_it() {
        let mut deadline = DeadlineResult {
            status: DeadlineStatus::NotDue,
            from: Some("2013-01-01".to_string()),
            due: Some("2013-12-31".to_string()),
            met_on: None,
            reading: None,
            met_on_basis: None,
            in_window: true,
        };
        assert_eq!(
            open_window(&deadline).as_deref(),
            Some("due by 2013-12-31; the window 2013-01-01 to 2013-12-31 is open")
        );
        deadline.in_window = false;
        assert_eq!(open_window(&deadline), None);
    }
}
