schema "../../schema/profile.schema.json"

obligation consent { title "Consent" cite "err/21" require law.age_of_consent >= 16 }
