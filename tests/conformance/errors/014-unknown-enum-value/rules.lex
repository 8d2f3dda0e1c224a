schema "../../schema/profile.schema.json"

obligation crc {
  title "A misspelt enum value"
  cite "err/14"
  require treaties.crc.status == "ratifed"
}
