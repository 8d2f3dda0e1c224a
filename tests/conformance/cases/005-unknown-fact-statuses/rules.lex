# Every way a fact can be unknown, and a known envelope.
ruleset "conformance" version "005"
schema "../../schema/profile.schema.json"

obligation absent { title "absent fact" cite "status/1" require state.un_member }
obligation null_value { title "null fact" cite "status/2" require logic.f2 }
obligation status_unknown { title "status unknown" cite "status/3" require logic.u }
obligation status_not_assessed { title "status not_assessed" cite "status/4" require logic.f }
obligation envelope_without_value { title "envelope with a source but no value" cite "status/5" require logic.u2 }
obligation envelope_known { title "envelope with status known" cite "status/6" require logic.t2 }
obligation plain_known { title "plain value" cite "status/7" require logic.t }
