# days_between(a, b): the number of days from a to b, negative if b is earlier.
ruleset "conformance" version "024"
schema "../../schema/profile.schema.json"

obligation forward { title "from adoption to amendment" cite "days/1" require days_between(law.adopted, law.amended) == 245 }
obligation backward { title "negative when b is earlier" cite "days/2" require days_between(law.amended, law.adopted) == -245 }
obligation same_day { title "the same day" cite "days/3" require days_between(law.adopted, 2015-06-30) == 0 }
obligation leap_year { title "over a leap day" cite "days/4" require days_between(2016-02-28, 2016-03-01) == 2 }
obligation common_year { title "over no leap day" cite "days/5" require days_between(2015-02-28, 2015-03-01) == 1 }
obligation within_a_year { title "within a year" cite "days/6" require days_between(law.adopted, law.amended) <= 365 }
obligation days_unknown { title "an absent date" cite "days/7" require days_between(law.adopted, institutions.ombudsperson.established_date) > 0 }
