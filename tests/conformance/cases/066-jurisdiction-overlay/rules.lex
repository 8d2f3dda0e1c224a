# The overlay rule (docs/profile.md, "Jurisdictions"): a unit's facts are read first; a fact the
# unit gives replaces the national one, a fact it leaves out (or gives as `null`) falls back to
# the national one, except under a path named in `competences`.
ruleset "conformance" version "066"
schema "../../schema/profile.schema.json"

obligation unit_overrides_fact {
  title "North gives logic.t false over the national true; South falls back"
  cite "overlay/1"
  in each jurisdiction
  require logic.t
}
obligation objects_merge_key_by_key {
  title "North gives logic.t only: logic.f still falls back to the national false"
  cite "overlay/2"
  in each jurisdiction
  require not logic.f
}
obligation explicit_unknown_does_not_fall_back {
  title "North gives an envelope with status unknown over the national true"
  cite "overlay/3"
  in each jurisdiction
  require institutions.ombudsperson.exists
}
obligation unit_list_replaces_national_list {
  title "North's memberships replace the national list whole"
  cite "overlay/4"
  in each jurisdiction
  require "au" in state.memberships
}
obligation null_falls_back {
  title "North gives figures.a as null: the national 5 is read"
  cite "overlay/5"
  in each jurisdiction
  require figures.a > 1
}
obligation competence_does_not_fall_back {
  title "law is a competence of the units: South, silent on it, is unknown"
  cite "overlay/6"
  in each jurisdiction
  require law.age_of_consent >= 16
}
obligation state_as_a_whole {
  title "Without the clause: the national facts only, competences or not"
  cite "overlay/7"
  require law.age_of_consent >= 16 and logic.t
}
