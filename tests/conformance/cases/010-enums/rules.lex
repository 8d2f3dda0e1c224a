# Enum fields: compared with their values (literals are checked against the enum).
ruleset "conformance" version "010"
schema "../../schema/profile.schema.json"

obligation region_eq { title "enum ==" cite "enum/1" require state.region == "europe" }
obligation region_ne { title "enum !=" cite "enum/2" require state.region != "asia" }
obligation region_in { title "enum in a literal list" cite "enum/3" require state.region in ["africa", "americas"] }
obligation crc_ratified { title "ratified or acceded" cite "enum/4" require treaties.crc.status in ["ratified", "acceded"] }
obligation opsc_ratified { title "signed is not ratified" cite "enum/5" require treaties.opsc.status in ["ratified", "acceded"] }
obligation opsc_signed { title "enum in an envelope" cite "enum/6" require treaties.opsc.status == "signed" }
obligation opac_unknown { title "enum of an absent record" cite "enum/7" require treaties.opac.status == "ratified" }
obligation offence_listed { title "enum item in a profile list" cite "enum/8" require "grooming" in law.offences }
obligation offence_not_listed { title "enum item not in a profile list" cite "enum/9" require "grooming" not in law.offences }
