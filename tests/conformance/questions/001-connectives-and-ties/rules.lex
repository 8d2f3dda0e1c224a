# Each missing boolean decides what one of its values settles: `logic.u` settles both `and`
# (false) and `or` (true), the others one verdict each, ranked by pointer.
ruleset "conformance" version "Q001"
schema "../../schema/profile.schema.json"

obligation both { title "u and u2" cite "q1/1" require logic.u and logic.u2 }
obligation either { title "u or UN member" cite "q1/2" require logic.u or state.un_member }
obligation alone { title "one fact" cite "q1/3" require jurisdiction.extraterritorial.exists }
obligation known { title "already known" cite "q1/4" require logic.t }
