//! Checks of Swedish identifiers and ISO 8601 dates, pure and allocation-light.

/// Why a personnummer was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonalNumberError {
    /// Not 12 digits (an optional `-` before the last four is allowed).
    Format,
    /// The digits do not form a birth date (or a samordningsnummer's day + 60).
    Date,
    /// The control digit is wrong.
    Checksum,
}

/// Checks a Swedish personnummer or samordningsnummer written with 12 digits,
/// `ÅÅÅÅMMDD-NNNN` or `ÅÅÅÅMMDDNNNN`, and returns the 12 digits.
/// Ten-digit forms are refused: the century cannot be known without a clock, and the
/// journal needs it.
pub fn check_personal_number(input: &str) -> Result<String, PersonalNumberError> {
    let s = input.trim();
    let digits: String = match s.len() {
        12 => s.to_string(),
        13 if s.as_bytes()[8] == b'-' => format!("{}{}", &s[..8], &s[9..]),
        _ => return Err(PersonalNumberError::Format),
    };
    if digits.len() != 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PersonalNumberError::Format);
    }
    let num = |r: std::ops::Range<usize>| digits[r].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (num(0..4), num(4..6), num(6..8));
    let day = if day > 60 { day - 60 } else { day };
    if year < 1800 || !is_real_date(year, month, day) {
        return Err(PersonalNumberError::Date);
    }
    if !luhn_ok(&digits.as_bytes()[2..]) {
        return Err(PersonalNumberError::Checksum);
    }
    Ok(digits)
}

/// Which kind of Swedish identity number 12 valid digits are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdentityKind {
    /// A personnummer: the birth date as it is.
    Personnummer,
    /// A samordningsnummer: the day of birth plus 60.
    Samordningsnummer,
}

/// The kind of a number [`check_personal_number`] accepted (its 12 digits).
pub fn identity_kind(digits: &str) -> IdentityKind {
    match digits.get(6..8).and_then(|d| d.parse::<u32>().ok()) {
        Some(day) if day > 60 => IdentityKind::Samordningsnummer,
        _ => IdentityKind::Personnummer,
    }
}

/// Luhn check over ASCII digits, the last one being the control digit.
fn luhn_ok(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn is_leap(year: u32) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn is_real_date(year: u32, month: u32, day: u32) -> bool {
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// A date as people type it, as `YYYY-MM-DD` when it is one: year, month and day in that order,
/// separated by `-`, `/`, `.` or spaces, month and day with one digit or two (`2027-3-1`,
/// `2027 03 01`), or eight digits (`20270301`). `None` for anything else, a date that does not
/// exist included.
pub fn normalise_date(s: &str) -> Option<String> {
    let s = s.trim();
    let parts: Vec<&str> = if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        vec![&s[0..4], &s[4..6], &s[6..8]]
    } else {
        s.split(['-', '/', '.', ' ']).filter(|p| !p.is_empty()).collect()
    };
    let [y, m, d] = parts[..] else { return None };
    let digits =
        |p: &str, n: std::ops::RangeInclusive<usize>| n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4..=4) && digits(m, 1..=2) && digits(d, 1..=2)) {
        return None;
    }
    let iso = format!("{y}-{m:0>2}-{d:0>2}");
    is_iso_date(&iso).then_some(iso)
}

/// A time of day as people type it, as `HH:MM` when it is one: hours and minutes separated by
/// `:` or `.` (`9:05`, `14.30`), four digits (`1430`), or the hour alone (`14`: 14:00). `None`
/// for anything else.
pub fn normalise_time(s: &str) -> Option<String> {
    let s = s.trim();
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let (h, m) = match s.split_once([':', '.']) {
        Some((h, m)) => (h, m),
        None if s.len() == 4 && all_digits(s) => (&s[0..2], &s[2..4]),
        None if s.len() <= 2 && all_digits(s) => (s, "00"),
        None => return None,
    };
    if !(all_digits(h) && h.len() <= 2 && all_digits(m) && m.len() == 2) {
        return None;
    }
    let hm = format!("{h:0>2}:{m}");
    is_time_of_day(&hm).then_some(hm)
}

/// Whether `s` is a real calendar date written `YYYY-MM-DD`, in the years 0001–9999 that ISO 8601
/// without extensions, JSON Schema's `date` and FHIR's `date` all accept (year 0000 is refused).
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let all_digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(all_digits(0..4) && all_digits(5..7) && all_digits(8..10)) {
        return false;
    }
    let n = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    n(0..4) >= 1 && is_real_date(n(0..4), n(5..7), n(8..10))
}

/// Whether `s` is a real date (see [`is_iso_date`]) in a year a care plan can mean: 1900–2200.
/// Date inputs pass through years like 0002 while the user types; those wait for "Fortsätt".
pub fn is_plausible_date(s: &str) -> bool {
    is_iso_date(s) && s.get(0..4).and_then(|y| y.parse::<u32>().ok()).is_some_and(|y| (1900..=2200).contains(&y))
}

/// Whether `s` is a time of day written `HH:MM` (24-hour clock).
pub fn is_time_of_day(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 5 || b[2] != b':' || ![0, 1, 3, 4].iter().all(|&i| b[i].is_ascii_digit()) {
        return false;
    }
    let n = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(99);
    n(0..2) < 24 && n(3..5) < 60
}

/// Whether `s` looks like an HSA-id: `SE`, the care giver's 10- or 12-digit organisation
/// number, `-`, and 1–20 letters or digits (e.g. `SE2321000016-1003`), 31 characters at most.
pub fn is_hsa_id(s: &str) -> bool {
    let s = s.trim();
    let Some(rest) = s.strip_prefix("SE") else {
        return false;
    };
    let Some((org, local)) = rest.split_once('-') else {
        return false;
    };
    s.len() <= 31
        && (org.len() == 10 || org.len() == 12)
        && org.bytes().all(|b| b.is_ascii_digit())
        && (1..=20).contains(&local.len())
        && local.bytes().all(|b| b.is_ascii_alphanumeric())
}
