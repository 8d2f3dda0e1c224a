# evaluation_date(): the date the rules are evaluated on, not the profile's `as_of` field.
# add_years(d, n): the same calendar day n whole years later.
ruleset "conformance" version "076"
schema "../../schema/profile.schema.json"

obligation evaluation_not_profile { title "the caller's date" cite "eval/1" require evaluation_date() == 2024-01-01 }
obligation profile_as_of_field { title "the profile's field" cite "eval/2" require as_of == 2015-01-01 }
obligation within_a_year { title "a date at most a year before the evaluation date" cite "eval/3" require days_between(law.amended, evaluation_date()) <= 366 }
obligation two_years_later { title "two years after adoption" cite "years/1" require add_years(law.adopted, 2) == 2017-06-30 }
obligation leap_day { title "29 February a year later" cite "years/2" require add_years(2016-02-29, 1) == 2017-02-28 }
obligation backwards { title "a negative count" cite "years/3" require add_years(law.amended, -1) == 2015-03-01 }
obligation fraction { title "not a whole number of years" cite "years/4" require add_years(law.adopted, 0.5) == law.adopted }
obligation date_unknown { title "an absent date" cite "years/5" require add_years(institutions.ombudsperson.established_date, 2) > 2000-01-01 }
obligation met_on_by_day {
  title "a computed met on steps back day by day over evaluation_date()"
  cite "eval/4"
  deadline 2023-12-31
  require evaluation_date() >= 2023-12-25
}
