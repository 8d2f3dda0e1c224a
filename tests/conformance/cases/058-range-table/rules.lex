# The range table of docs/language.md, one obligation per row: `applies when`, `require` and
# `partial when` each true (logic.t), false (logic.f), unknown (state.un_member, logic.u,
# logic.u2; absent from the profile) or, for the optional clauses, absent.
ruleset "conformance" version "058"
schema "../../schema/profile.schema.json"

obligation applies_t_require_t_partial_t {
  title "applies T, require T, partial T"
  cite "range/1"
  applies when logic.t
  require logic.t
  partial when logic.t
}
obligation applies_t_require_t_partial_f {
  title "applies T, require T, partial F"
  cite "range/2"
  applies when logic.t
  require logic.t
  partial when logic.f
}
obligation applies_t_require_t_partial_u {
  title "applies T, require T, partial U"
  cite "range/3"
  applies when logic.t
  require logic.t
  partial when logic.u2
}
obligation applies_t_require_t_partial_absent {
  title "applies T, require T, partial absent"
  cite "range/4"
  applies when logic.t
  require logic.t
}
obligation applies_t_require_f_partial_t {
  title "applies T, require F, partial T"
  cite "range/5"
  applies when logic.t
  require logic.f
  partial when logic.t
}
obligation applies_t_require_f_partial_f {
  title "applies T, require F, partial F"
  cite "range/6"
  applies when logic.t
  require logic.f
  partial when logic.f
}
obligation applies_t_require_f_partial_u {
  title "applies T, require F, partial U"
  cite "range/7"
  applies when logic.t
  require logic.f
  partial when logic.u2
}
obligation applies_t_require_f_partial_absent {
  title "applies T, require F, partial absent"
  cite "range/8"
  applies when logic.t
  require logic.f
}
obligation applies_t_require_u_partial_t {
  title "applies T, require U, partial T"
  cite "range/9"
  applies when logic.t
  require logic.u
  partial when logic.t
}
obligation applies_t_require_u_partial_f {
  title "applies T, require U, partial F"
  cite "range/10"
  applies when logic.t
  require logic.u
  partial when logic.f
}
obligation applies_t_require_u_partial_u {
  title "applies T, require U, partial U"
  cite "range/11"
  applies when logic.t
  require logic.u
  partial when logic.u2
}
obligation applies_t_require_u_partial_absent {
  title "applies T, require U, partial absent"
  cite "range/12"
  applies when logic.t
  require logic.u
}
obligation applies_f_require_t_partial_t {
  title "applies F, require T, partial T"
  cite "range/13"
  applies when logic.f
  require logic.t
  partial when logic.t
}
obligation applies_f_require_t_partial_f {
  title "applies F, require T, partial F"
  cite "range/14"
  applies when logic.f
  require logic.t
  partial when logic.f
}
obligation applies_f_require_t_partial_u {
  title "applies F, require T, partial U"
  cite "range/15"
  applies when logic.f
  require logic.t
  partial when logic.u2
}
obligation applies_f_require_t_partial_absent {
  title "applies F, require T, partial absent"
  cite "range/16"
  applies when logic.f
  require logic.t
}
obligation applies_f_require_f_partial_t {
  title "applies F, require F, partial T"
  cite "range/17"
  applies when logic.f
  require logic.f
  partial when logic.t
}
obligation applies_f_require_f_partial_f {
  title "applies F, require F, partial F"
  cite "range/18"
  applies when logic.f
  require logic.f
  partial when logic.f
}
obligation applies_f_require_f_partial_u {
  title "applies F, require F, partial U"
  cite "range/19"
  applies when logic.f
  require logic.f
  partial when logic.u2
}
obligation applies_f_require_f_partial_absent {
  title "applies F, require F, partial absent"
  cite "range/20"
  applies when logic.f
  require logic.f
}
obligation applies_f_require_u_partial_t {
  title "applies F, require U, partial T"
  cite "range/21"
  applies when logic.f
  require logic.u
  partial when logic.t
}
obligation applies_f_require_u_partial_f {
  title "applies F, require U, partial F"
  cite "range/22"
  applies when logic.f
  require logic.u
  partial when logic.f
}
obligation applies_f_require_u_partial_u {
  title "applies F, require U, partial U"
  cite "range/23"
  applies when logic.f
  require logic.u
  partial when logic.u2
}
obligation applies_f_require_u_partial_absent {
  title "applies F, require U, partial absent"
  cite "range/24"
  applies when logic.f
  require logic.u
}
obligation applies_u_require_t_partial_t {
  title "applies U, require T, partial T"
  cite "range/25"
  applies when state.un_member
  require logic.t
  partial when logic.t
}
obligation applies_u_require_t_partial_f {
  title "applies U, require T, partial F"
  cite "range/26"
  applies when state.un_member
  require logic.t
  partial when logic.f
}
obligation applies_u_require_t_partial_u {
  title "applies U, require T, partial U"
  cite "range/27"
  applies when state.un_member
  require logic.t
  partial when logic.u2
}
obligation applies_u_require_t_partial_absent {
  title "applies U, require T, partial absent"
  cite "range/28"
  applies when state.un_member
  require logic.t
}
obligation applies_u_require_f_partial_t {
  title "applies U, require F, partial T"
  cite "range/29"
  applies when state.un_member
  require logic.f
  partial when logic.t
}
obligation applies_u_require_f_partial_f {
  title "applies U, require F, partial F"
  cite "range/30"
  applies when state.un_member
  require logic.f
  partial when logic.f
}
obligation applies_u_require_f_partial_u {
  title "applies U, require F, partial U"
  cite "range/31"
  applies when state.un_member
  require logic.f
  partial when logic.u2
}
obligation applies_u_require_f_partial_absent {
  title "applies U, require F, partial absent"
  cite "range/32"
  applies when state.un_member
  require logic.f
}
obligation applies_u_require_u_partial_t {
  title "applies U, require U, partial T"
  cite "range/33"
  applies when state.un_member
  require logic.u
  partial when logic.t
}
obligation applies_u_require_u_partial_f {
  title "applies U, require U, partial F"
  cite "range/34"
  applies when state.un_member
  require logic.u
  partial when logic.f
}
obligation applies_u_require_u_partial_u {
  title "applies U, require U, partial U"
  cite "range/35"
  applies when state.un_member
  require logic.u
  partial when logic.u2
}
obligation applies_u_require_u_partial_absent {
  title "applies U, require U, partial absent"
  cite "range/36"
  applies when state.un_member
  require logic.u
}
obligation applies_absent_require_t_partial_t {
  title "applies absent, require T, partial T"
  cite "range/37"
  require logic.t
  partial when logic.t
}
obligation applies_absent_require_t_partial_f {
  title "applies absent, require T, partial F"
  cite "range/38"
  require logic.t
  partial when logic.f
}
obligation applies_absent_require_t_partial_u {
  title "applies absent, require T, partial U"
  cite "range/39"
  require logic.t
  partial when logic.u2
}
obligation applies_absent_require_t_partial_absent {
  title "applies absent, require T, partial absent"
  cite "range/40"
  require logic.t
}
obligation applies_absent_require_f_partial_t {
  title "applies absent, require F, partial T"
  cite "range/41"
  require logic.f
  partial when logic.t
}
obligation applies_absent_require_f_partial_f {
  title "applies absent, require F, partial F"
  cite "range/42"
  require logic.f
  partial when logic.f
}
obligation applies_absent_require_f_partial_u {
  title "applies absent, require F, partial U"
  cite "range/43"
  require logic.f
  partial when logic.u2
}
obligation applies_absent_require_f_partial_absent {
  title "applies absent, require F, partial absent"
  cite "range/44"
  require logic.f
}
obligation applies_absent_require_u_partial_t {
  title "applies absent, require U, partial T"
  cite "range/45"
  require logic.u
  partial when logic.t
}
obligation applies_absent_require_u_partial_f {
  title "applies absent, require U, partial F"
  cite "range/46"
  require logic.u
  partial when logic.f
}
obligation applies_absent_require_u_partial_u {
  title "applies absent, require U, partial U"
  cite "range/47"
  require logic.u
  partial when logic.u2
}
obligation applies_absent_require_u_partial_absent {
  title "applies absent, require U, partial absent"
  cite "range/48"
  require logic.u
}
