# A path through records that are absent or null: the fact's own pointer is missing.
ruleset "conformance" version "055"
schema "../../schema/profile.schema.json"

obligation absent_parent { title "institutions absent" cite "mir/1" require institutions.coordination_mechanism.exists }
obligation null_parent { title "registers.offenders null" cite "mir/2" require registers.offenders.exists }
obligation absent_list_parent { title "a list under an absent record" cite "mir/3" require "sale" in law.offences }
obligation deep_absent { title "a field of an absent treaty" cite "mir/4" require treaties.crc.reservations == false }
