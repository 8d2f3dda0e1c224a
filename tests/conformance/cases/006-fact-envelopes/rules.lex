# Fact envelopes: the value is read, and the source and note are repeated in the report.
ruleset "conformance" version "006"
schema "../../schema/profile.schema.json"

define ratified(t) = t.status in ["ratified", "acceded"]

obligation abolish_double_criminality {
  title "Extraterritorial jurisdiction without double criminality"
  cite "C.1(a)-4"
  group "C.1"
  require jurisdiction.extraterritorial.exists
      and not jurisdiction.extraterritorial.double_criminality_required
  partial when jurisdiction.extraterritorial.exists
}
obligation crc_ratified {
  title "CRC ratified"
  cite "C.1(a)-1"
  group "C.1"
  require ratified(treaties.crc)
}
obligation oas_member {
  title "Member of the OAS"
  cite "x-1"
  require "OAS" in state.memberships
}
obligation population_read {
  title "Population with a note"
  cite "x-2"
  require state.population > 1000000
}
