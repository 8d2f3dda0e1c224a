# An invoked exception with a justification that a review accepted: not_applicable (reason
# exception), shown with its qualifier, justification, source and review.
ruleset "conformance" version "034"
schema "../../schema/profile.schema.json"

obligation sex_offender_register {
  title "A register of sex offenders, where appropriate"
  cite "C.3-2"
  group "C.3"
  exception "where appropriate"
  require registers.offenders.exists
  partial when registers.offenders.planned
}
obligation exception_beats_unknown_applies {
  title "An exception wins over an unknown applies when"
  cite "C.3-3"
  group "C.3"
  exception "where possible"
  applies when state.un_member
  require logic.t
}
obligation exception_beats_met {
  title "An exception wins over a met require, and clears the deadline"
  cite "C.3-4"
  group "C.3"
  exception "as appropriate"
  deadline 2013-12-31
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists
}
obligation not_invoked {
  title "An exception clause nobody invokes"
  cite "C.3-5"
  group "C.3"
  exception "where appropriate"
  require logic.f
}
