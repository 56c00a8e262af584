//! RFC 3339 timestamps: whether a text is one, and the instant it names.

use super::super::checks::{is_iso_date, is_time_of_day};

/// An RFC 3339 timestamp as seconds since 0001-01-01 UTC, for comparing times written with
/// different offsets. `None` when it is not one.
pub fn instant(ts: &str) -> Option<i64> {
    if !is_timestamp(ts) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| ts.get(r).and_then(|s| s.parse::<i64>().ok());
    let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
    let (h, mi, s) = (n(11..13)?, n(14..16)?, n(17..19)?);
    // Days from civil (Howard Hinnant's algorithm).
    let (y2, m2) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let doy = (153 * m2 + 2) / 5 + d - 1;
    let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let offset = match ts.as_bytes().get(ts.len().saturating_sub(6)) {
        Some(b'+') | Some(b'-') if !ts.ends_with('Z') => {
            let o = &ts[ts.len() - 6..];
            let minutes = o.get(1..3)?.parse::<i64>().ok()? * 60 + o.get(4..6)?.parse::<i64>().ok()?;
            if o.starts_with('-') {
                -minutes
            } else {
                minutes
            }
        }
        _ => 0,
    };
    Some(days * 86_400 + h * 3600 + mi * 60 + s - offset * 60)
}

/// Whole days from `earlier` to `later` (RFC 3339 timestamps); `None` when either is not one.
pub fn days_between(earlier: &str, later: &str) -> Option<i64> {
    Some((instant(later)? - instant(earlier)?).div_euclid(86_400))
}

/// After how many days without a file saved or her code shown a preparation kept on the device
/// says so at her next visit: Safari removes what a site stored after seven days of use without
/// a visit, so she is told before that.
pub const KEEP_REMINDER_DAYS: i64 = 5;

/// Whether a preparation last saved to a file or shown as a code at `kept` (else started at
/// that time) should say so `now`.
pub fn remind_to_keep(kept: &str, now: &str) -> bool {
    days_between(kept, now).is_some_and(|d| d >= KEEP_REMINDER_DAYS)
}

/// Whether `s` is an RFC 3339 timestamp `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`.
pub fn is_timestamp(s: &str) -> bool {
    let (Some(date), Some(rest)) = (s.get(..10), s.get(10..)) else {
        return false;
    };
    if !is_iso_date(date) {
        return false;
    }
    let Some(rest) = rest.strip_prefix('T') else {
        return false;
    };
    let (Some(hm), Some(rest)) = (rest.get(..5), rest.get(5..)) else {
        return false;
    };
    let Some(rest) = rest.strip_prefix(':') else {
        return false;
    };
    let (Some(sec), Some(mut rest)) = (rest.get(..2), rest.get(2..)) else {
        return false;
    };
    if !is_time_of_day(hm) || !sec.bytes().all(|b| b.is_ascii_digit()) || sec > "60" {
        return false;
    }
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 9 {
            return false;
        }
        rest = &frac[n..];
    }
    match rest.as_bytes().first() {
        Some(b'Z') => rest.len() == 1,
        // Offsets in use on Earth lie within ±14:00, as FHIR's `instant` and `dateTime` require.
        Some(b'+' | b'-') => rest.len() == 6 && is_time_of_day(&rest[1..]) && &rest[1..] <= "14:00",
        _ => false,
    }
}
