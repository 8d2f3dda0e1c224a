# Strings: equality is exact; escapes in literals; ordering of two strings.
ruleset "conformance" version "009"
schema "../../schema/profile.schema.json"

obligation name_eq { title "string ==" cite "str/1" require state.name == "Ruritania" }
obligation name_case { title "== is case-sensitive" cite "str/2" require state.name == "ruritania" }
obligation name_ne { title "string !=" cite "str/3" require state.name != "Syldavia" }
obligation escaped_quotes { title "a literal with \\\" escapes" cite "str/4" require law.title == "Penal Code \"2015\"" }
obligation escaped_newline { title "a literal with \\n" cite "str/5" require state.name != "Rurita\nnia" }
obligation ordered_lt { title "string <" cite "str/6" require state.name < "Syldavia" }
obligation ordered_ge { title "string >= itself" cite "str/7" require state.name >= "Ruritania" }
obligation ordered_gt_false { title "string > a later one" cite "str/8" require state.name > "Syldavia" }
obligation two_facts { title "two string facts" cite "str/9" require law.title != state.name }
obligation unicode { title "non-ASCII text" cite "str/10" require state.region != "europe" or state.name != "Côte" }
