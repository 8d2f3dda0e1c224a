schema "../../schema/profile.schema.json"

obligation consent { title "Consent" cite "err/23" require law.age_of_consent >= 16 }
