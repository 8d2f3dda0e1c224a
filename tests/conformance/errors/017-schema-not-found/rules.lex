schema "../../schema/no-such.schema.json"

obligation any_rule { title "Any" cite "err/17" require logic.t }
