schema "../../schema/profile.schema.json"

define adult = 18
define adult = 21

obligation consent { title "Consent" cite "err/8" require law.age_of_consent >= adult }
