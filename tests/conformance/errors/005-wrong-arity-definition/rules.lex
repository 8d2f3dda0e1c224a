schema "../../schema/profile.schema.json"

define ratified(t) = t.status in ["ratified", "acceded"]

obligation crc {
  title "Two arguments for one parameter"
  cite "err/5"
  require ratified(treaties.crc, treaties.opsc)
}
