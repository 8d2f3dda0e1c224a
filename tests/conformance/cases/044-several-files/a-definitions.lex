# First file: the header, a definition that uses one of the third file, an obligation.
ruleset "conformance" version "044"
schema "../../schema/profile.schema.json"

define ratified(t) = t.status in ["ratified", "acceded"]
define core = ratified(treaties.crc) and national_body

obligation core_and_national {
  title "Uses a definition of another file"
  cite "files/1"
  require core
}
