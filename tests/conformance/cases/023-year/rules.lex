# year(d): the year of a date, as a number.
ruleset "conformance" version "023"
schema "../../schema/profile.schema.json"

obligation year_eq { title "year of a fact" cite "year/1" require year(law.adopted) == 2015 }
obligation year_arithmetic { title "year in arithmetic" cite "year/2" require year(law.adopted) + 1 == 2016 }
obligation year_literal { title "year of a literal" cite "year/3" require year(2013-12-31) == 2013 }
obligation year_compare_false { title "year compared, false" cite "year/4" require year(law.adopted) < 2010 }
obligation year_unknown { title "year of an absent date" cite "year/5" require year(law.amended) == 2019 }
