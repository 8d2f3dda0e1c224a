# An enum is tried with each allowed value, a list of enum values empty and with each one
# value, and a fact whose envelope has an unknown status with the bare value: `state.region`
# decides `region_in` and narrows `regional` (its `applies when` stays unknown), the empty
# `law.offences` makes `regional` not applicable.
ruleset "conformance" version "Q002"
schema "../../schema/profile.schema.json"

obligation regional {
  title "regional rule"
  cite "q2/1"
  applies when "grooming" in law.offences
  require state.region == "europe"
}
obligation region_in { title "region in a list" cite "q2/2" require state.region in ["africa", "americas"] }
