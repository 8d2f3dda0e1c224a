schema "../../schema/profile.schema.json"

obligation any_rule { title "Any" cite "err/20" require logic.t }
