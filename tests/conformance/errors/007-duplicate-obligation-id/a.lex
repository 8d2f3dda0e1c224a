schema "../../schema/profile.schema.json"

obligation crc { title "CRC" cite "err/7" require treaties.crc.status == "ratified" }
