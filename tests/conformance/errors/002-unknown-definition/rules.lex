schema "../../schema/profile.schema.json"

define ratified(t) = t.status in ["ratified", "acceded"]

obligation crc {
  title "CRC"
  cite "err/2"
  require ratifed(treaties.crc)
}
