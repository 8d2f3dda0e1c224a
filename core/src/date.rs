//! Civil dates (`YYYY-MM-DD`, proleptic Gregorian, no time zone): all the engine needs of a
//! calendar is to read and print such a date, order dates, take the year and count the days
//! between two. A small type of its own keeps the WebAssembly package within its size budget
//! (a general date-time crate brings formatting and time-zone machinery the engine never uses).

use std::fmt;
use std::str::FromStr;

/// A valid calendar date from year 1 to 9999. Field order makes the derived order the
/// chronological one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

/// The text is not a date written `YYYY-MM-DD`, or names a day that does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotADate;

impl fmt::Display for NotADate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a date written YYYY-MM-DD")
    }
}

impl std::error::Error for NotADate {}

impl Date {
    /// The earliest date there is, 0001-01-01.
    pub const MIN: Date = Date {
        year: 1,
        month: 1,
        day: 1,
    };

    /// The date, if it exists (`1 <= year <= 9999`).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// The year, 1 to 9999.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u32 {
        self.day
    }

    /// Days from `self` to `later` (negative when `later` comes first).
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// The same day `years` years later (earlier when negative), within years 1 to 9999; 29
    /// February becomes 28 February in a year without it (a period of years ends on the last
    /// day of the month when that month has no such day).
    pub fn add_years(self, years: i64) -> Option<Date> {
        let year = i32::try_from(i64::from(self.year).checked_add(years)?).ok()?;
        Date::new(year, self.month, self.day).or_else(|| Date::new(year, self.month, self.day - 1))
    }

    /// The day after, if it is within year 9999.
    pub fn next_day(self) -> Option<Date> {
        Date::new(self.year, self.month, self.day + 1)
            .or_else(|| Date::new(self.year, self.month + 1, 1))
            .or_else(|| Date::new(self.year + 1, 1, 1))
    }

    /// The day before, if it is within year 1.
    pub fn previous_day(self) -> Option<Date> {
        if self.day > 1 {
            return Date::new(self.year, self.month, self.day - 1);
        }
        let (year, month) = if self.month > 1 {
            (self.year, self.month - 1)
        } else {
            (self.year - 1, 12)
        };
        Date::new(year, month, days_in_month(year, month))
    }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm: years are
    /// counted from March so that the leap day falls at the end of a year.
    fn day_number(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month_from_march = (month + 9) % 12;
        let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for Date {
    type Err = NotADate;

    /// Exactly `YYYY-MM-DD`: four, two and two ASCII digits.
    fn from_str(text: &str) -> Result<Date, NotADate> {
        // Byte by byte: profiles hold many dates, read on every evaluation.
        let &[y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = text.as_bytes() else {
            return Err(NotADate);
        };
        let digit = |b: u8| {
            if b.is_ascii_digit() {
                Ok(u32::from(b - b'0'))
            } else {
                Err(NotADate)
            }
        };
        let year = ((digit(y1)? * 10 + digit(y2)?) * 10 + digit(y3)?) * 10 + digit(y4)?;
        let month = digit(m1)? * 10 + digit(m2)?;
        let day = digit(d1)? * 10 + digit(d2)?;
        let year = i32::try_from(year).map_err(|_| NotADate)?;
        Date::new(year, month, day).ok_or(NotADate)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Written into one buffer and handed over at once: every deadline of every report
        // prints its dates, and `write!` with padding costs several times more (and grows a
        // `String` twice).
        let (Ok(year @ 0..=9999), month @ 0..=99, day @ 0..=99) =
            (u32::try_from(self.year), self.month, self.day)
        else {
            return write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day);
        };
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let text = [
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(month / 10),
            digit(month),
            b'-',
            digit(day / 10),
            digit(day),
        ];
        f.write_str(std::str::from_utf8(&text).map_err(|_| fmt::Error)?)
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    fn date(text: &str) -> Date {
        text.parse().unwrap_or(Date {
            year: 0,
            month: 0,
            day: 0,
        })
    }

    #[test]
    fn adds_whole_years_keeping_the_day() {
        assert_eq!(date("2002-10-19").add_years(2), Some(date("2004-10-19")));
        assert_eq!(date("2004-02-29").add_years(2), Some(date("2006-02-28")));
        assert_eq!(date("2004-02-29").add_years(4), Some(date("2008-02-29")));
        assert_eq!(date("2004-03-01").add_years(-1), Some(date("2003-03-01")));
        assert_eq!(date("9999-01-01").add_years(1), None);
        assert_eq!(date("0001-01-01").add_years(-1), None);
    }

    #[test]
    fn reads_and_prints_only_real_dates() {
        for good in [
            "2024-02-29",
            "2000-02-29",
            "0001-01-01",
            "9999-12-31",
            "2013-12-31",
        ] {
            assert_eq!(date(good).to_string(), good);
        }
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2024-04-31",
            "2024-13-01",
            "2024-00-10",
            "0000-01-01",
            "2024-1-1",
            "20240101",
            "+2024-01-01",
            "2024-01-01T00:00",
            " 2024-01-01",
            "",
            "2024-01",
            "2024-01-01-01",
            "２０２４-01-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
    }

    #[test]
    fn counts_days_across_months_leap_years_and_eras() {
        assert_eq!(date("1970-01-01").day_number(), 0);
        assert_eq!(date("2000-03-01").day_number(), 11_017);
        assert_eq!(date("2024-01-01").days_until(date("2024-03-01")), 60);
        assert_eq!(date("2023-01-01").days_until(date("2023-03-01")), 59);
        assert_eq!(date("2013-12-31").days_until(date("2013-01-01")), -364);
        assert_eq!(date("1600-01-01").days_until(date("2000-01-01")), 146_097);
        assert_eq!(date("0001-01-01").days_until(date("9999-12-31")), 3_652_058);
    }

    #[test]
    fn steps_a_day_across_months_years_and_the_ends_of_the_calendar() {
        let next = |d: &str| date(d).next_day().map(|n| n.to_string());
        let previous = |d: &str| date(d).previous_day().map(|p| p.to_string());
        assert_eq!(next("2024-02-28").as_deref(), Some("2024-02-29"));
        assert_eq!(next("2023-02-28").as_deref(), Some("2023-03-01"));
        assert_eq!(next("2013-12-31").as_deref(), Some("2014-01-01"));
        assert_eq!(next("9999-12-31"), None);
        assert_eq!(previous("2024-03-01").as_deref(), Some("2024-02-29"));
        assert_eq!(previous("2014-01-01").as_deref(), Some("2013-12-31"));
        assert_eq!(previous("2013-05-10").as_deref(), Some("2013-05-09"));
        assert_eq!(previous("0001-01-01"), None);
    }

    #[test]
    fn orders_chronologically() {
        assert!(date("2013-12-31") < date("2014-01-01"));
        assert!(date("2013-02-28") < date("2013-10-01"));
        assert_eq!(date("2024-02-29").year(), 2024);
    }
}
