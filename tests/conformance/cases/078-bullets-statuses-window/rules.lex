# A bullet split into several obligations (the same cite) counts once in the summary's
# `bullets`; each missing fact keeps its status (`missing_status`, `missing_by_status`); a
# deadline window open on the evaluation date is flagged (`in_window`).
ruleset "conformance" version "076"
schema "../../schema/profile.schema.json"

obligation window_open_not_met {
  title "By 2013, not met, evaluated inside the window: not due, the window open"
  cite "bullet/1"
  deadline 2013-01-01 to 2013-12-31
  require logic.f
}
obligation window_open_met {
  title "By 2013, met with no met on, evaluated inside the window: on time, the window open"
  cite "bullet/1"
  deadline 2013-01-01 to 2013-12-31
  require logic.t
}
obligation window_not_applicable {
  title "By 2013, not concerned: no deadline status and no window flag"
  cite "bullet/1"
  deadline 2013-01-01 to 2013-12-31
  applies when logic.f
  require logic.t
}
obligation not_assessed_fact {
  title "A fact nobody has assessed yet"
  cite "bullet/2"
  require logic.u
}
obligation absent_fact {
  title "A fact the profile leaves out"
  cite "bullet/2"
  require logic.t and logic.u2
}
obligation contested_fact {
  title "A fact whose sources disagree"
  cite "bullet/3"
  require logic.t2
  partial when logic.t
}
obligation single_met {
  title "A bullet of one obligation, met"
  cite "bullet/4"
  require logic.t
}
obligation all_not_applicable {
  title "A bullet whose only obligation does not apply"
  cite "bullet/5"
  applies when logic.f
  require logic.t
}
obligation window_starts_today {
  title "A window starting on the evaluation date: not yet inside it"
  cite "bullet/6"
  deadline 2013-06-30 to 2013-12-31
  require logic.f
}
obligation plain_not_met {
  title "Not met, no deadline"
  cite "bullet/6"
  require logic.f2
}
