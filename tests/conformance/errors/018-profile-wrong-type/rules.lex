schema "../../schema/profile.schema.json"

obligation consent { title "Consent" cite "err/18" require law.age_of_consent >= 18 }
