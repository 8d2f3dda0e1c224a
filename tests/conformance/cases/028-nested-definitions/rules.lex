# Definitions that use other definitions, passing their parameters on.
ruleset "conformance" version "028"
schema "../../schema/profile.schema.json"

define ratified(t) = t.status in ["ratified", "acceded"]
define ratified_before(t, d) = ratified(t) and t.date <= d
define core_treaties = ratified(treaties.crc) and ratified(treaties.opsc)
define core_on_time = ratified_before(treaties.crc, 2000-01-01) and ratified_before(treaties.opsc, 2005-01-01)
define strong = core_treaties and not treaties.crc.reservations
define level3 = core_on_time or strong

obligation core {
  title "Core treaties"
  cite "nested/1"
  require core_treaties
}
obligation on_time {
  title "Core treaties on time"
  cite "nested/2"
  require core_on_time
  partial when core_treaties
}
obligation strong_ratification {
  title "Without reservations"
  cite "nested/3"
  require strong
}
obligation three_levels {
  title "Three levels of definitions"
  cite "nested/4"
  require level3
}
