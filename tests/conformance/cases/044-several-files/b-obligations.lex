# Second file: names the same schema (files must agree) and uses the first file's definition.
schema "../../schema/profile.schema.json"

obligation crc {
  title "CRC ratified"
  cite "files/2"
  require ratified(treaties.crc)
}
obligation opsc {
  title "OPSC ratified"
  cite "files/3"
  require ratified(treaties.opsc)
}
