# Facts with histories (docs/profile.md, "Histories"): an entry is in force from its `from` up
# to, but not including, its `until`. Each obligation reads one fact whose history has another
# shape; cases 068, 069 and 070 evaluate the same rules and profile on three dates.
ruleset "conformance" version "068"
schema "../../schema/profile.schema.json"

obligation two_entries {
  title "false from 2010-01-01 until 2012-03-01, true from 2012-03-01"
  cite "history/1"
  require logic.t
}
obligation entry_without_from {
  title "false since before any date until 2012-03-01, true from 2012-03-01"
  cite "history/2"
  require logic.t2
}
obligation gap_between_entries {
  title "true from 2005-01-01 until 2012-03-01, false from 2012-03-02: 2012-03-01 is a gap"
  cite "history/3"
  require logic.f
}
obligation last_entry_ended {
  title "true from 2011-01-01 until 2012-03-01, nothing after"
  cite "history/4"
  require logic.f2
}
obligation sources_of_entries {
  title "false from 2008-01-01 until 2012-03-01, true from 2012-03-01 with its own source"
  cite "history/5"
  require institutions.ombudsperson.exists
}
