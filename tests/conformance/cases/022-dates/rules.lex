# Dates: literals and facts, compared with each other.
ruleset "conformance" version "022"
schema "../../schema/profile.schema.json"

obligation adopted_before { title "date <= literal" cite "date/1" require law.adopted <= 2015-12-31 }
obligation adopted_exact { title "date == literal" cite "date/2" require law.adopted == 2015-06-30 }
obligation adopted_after_false { title "date > the same date" cite "date/3" require law.adopted > 2015-06-30 }
obligation amended_after_adopted { title "two date facts" cite "date/4" require law.amended > law.adopted }
obligation dates_differ { title "date != date" cite "date/5" require law.adopted != law.amended }
obligation leap_day_literal { title "a leap-day literal" cite "date/6" require law.adopted < 2016-02-29 }
obligation date_unknown { title "an absent date" cite "date/7" require institutions.ombudsperson.established_date >= 2010-01-01 }
obligation across_years { title "ordering across years" cite "date/8" require 2015-12-31 < 2016-01-01 }
