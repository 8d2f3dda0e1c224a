schema "../../schema/profile.schema.json"

obligation europe { title "Europe" cite "err/19" require state.region == "europe" and treaties.crc.status == "ratified" }
