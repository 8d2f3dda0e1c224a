# The Rio de Janeiro Pact rule library: header and shared definitions.
#
# PINNED TEXT VERSION. These rules encode the text in core/library/rio/pact-draft-2008.md: the Declaration and
# Plan of Action of the World Congress III against the Sexual Exploitation of Children and
# Adolescents (Rio de Janeiro, 25-28 November 2008) as circulated on 28 November 2008, headed
# "MIDNIGHT PLUS TWO". It is a DRAFT: its NOTE says the Plan of Action "will be open for 30 days
# from 28 November 2008 for participants to provide input", and its bold passages are late
# insertions. ECPAT's 2010 monitoring report names the outcome document "Rio de Janeiro
# Declaration and Call for Action to Prevent and Stop Sexual Exploitation of Children"; its
# wording and numbering may differ from this draft. Every citation, every quoted `text` and every bullet number below refers
# to the draft, never to the final text. Encoding the final text is a new version of this rule set.
#
# HOW BULLETS ARE COUNTED. A citation is SECTION-BULLET or SECTION(LIST)-BULLET: `C.1(a)-4` is
# the 4th bullet of list (a) of section C.1; `C.2-6` the 6th bullet of C.2; `D-1` the 1st bullet
# of D; `B-3` the 3rd bullet of the Declaration; `Preamble-2` the 2nd bullet of the Preamble;
# `A(a)-1` and `A(b)-1` the first bullets of section A's two lists, (a) the progress welcomed
# and (b) the challenges noted (the text does not letter them). Bullets are counted from 1
# within each list, in the order they appear in that text, whatever their indentation (some
# bullets of C.1(a) and C.1(b) are indented by one space). A paragraph that continues a bullet
# after a page break (C.1(a)-9 "depriving children of liberty ...", C.5-2 "procedures that
# involve them ...", B-9) belongs to that bullet; the footnote between C.2-10 and C.2-11 is not
# a bullet. Counts: Preamble 6; A(a) 8; A(b) 13; B 10; C.1(a) 29; C.1(b) 3; C.1(c)-(e) 1 each;
# C.1(f) 2; C.1(g)-(h) 1 each; C.2 11; C.3 6; C.4 8; C.5 7; D 2. coverage.tsv beside this file
# lists every bullet and how it is encoded (the Preamble and A as descriptive).
#
# FILES. rio.lex (this header, shared definitions), b.lex (the Declaration), c1.lex ... c5.lex,
# d.lex: one file per section, each with the tests of its obligations in a file beside it
# (b_test.lex, c1_test.lex, ...). conventions.md gives the library's readings of urgency and
# periodicity. A national team may add its own file next to them; all files share one
# namespace. Test profiles describe fictional States: their citations and justifications are
# illustrations, not statements about any State. No obligation carries a weight: the Pact
# ranks none of its bullets above another.
#
# READING CONVENTIONS used throughout:
# - A bullet with several distinct duties may be split into several obligations with the same
#   cite (e.g. C.1(a)-4: jurisdiction, double criminality, extradition and legal assistance).
# - A conditional qualifier that conditions the State's whole duty ("as appropriate", "where
#   appropriate", "where appropriate to national circumstances", "when in a position to do so")
#   is an `exception` the profile may invoke with a justification. Only an invocation whose
#   review is `accepted` makes the obligation not applicable; a contested, pending or
#   unreviewed one is shown beside the verdict of the obligation, evaluated as usual. A
#   qualifier over a list of instruments works instrument by instrument, so such a bullet is
#   split into one obligation per instrument, each with its own exception (C.1(a)-1). Where the
#   qualifier attaches only to a manner or a partner ("taking into account relevant national
#   laws and procedures", "where appropriate with the support of UN agencies ...", "where
#   appropriate in partnership with the private sector", "as appropriate, repatriation",
#   "where possible towards harmonized numbers"), the qualified part is left out of `require`
#   and no exception is offered, so the unconditional core cannot be waived.
# - "for example" / "such as" name a means that suffices for its own part of a duty but is not
#   required when the duty is met another way.
# - Expressions of urgency and periodicity ("immediately", "without delay", "annually", "by
#   2013", "two years after entry into force") are read by one table, conventions.md beside
#   this file; the figures it sets are defined once below ("---- conventions") and every
#   obligation uses them.
# - `require` checks legal, institutional and policy facts only. Whether a law is enforced or a
#   programme works is not decidable from a legal profile; a `met` verdict says the measure
#   exists as described, not that it is effective.

ruleset "rio" version "draft of 28 November 2008 (Rio de Janeiro Pact, World Congress III)"
schema "lexpact/legal-profile/v1"

# ---- conventions (conventions.md): one reading of each expression of urgency or periodicity

# "immediately": a legal time limit of at most 3 days from the event (0 = at once). The
# strictest reading: the law allows only the time the act itself takes.
define immediately_max_days = 3

# "without delay": a legal time limit of at most 7 days from the event. Never stricter than
# "immediately".
define without_delay_max_days = 7

# "annually": the latest report is at most one year old on the evaluation date (366 days, so
# that a report on the same date a leap year earlier counts).
define annual_max_days = 366

# ---- treaties

# Party to the treaty: bound by ratification (acceptance and approval are recorded as
# ratification), accession or succession.
define ratified(t) = t.status in ["ratified", "acceded", "succeeded"]

# Signed or party: the State has taken at least the first step towards ratification.
define signed_or_ratified(t) = t.status in ["signed", "ratified", "acceded", "succeeded"]

# ---- the State

# Member of a regional organisation (decides which regional instruments apply, C.1(a)-2).
define member_of(org) = org in state.regional_memberships

# ---- definitions

# A legal definition protects every child: footnote 1 of the Pact uses 'child' for "all human
# beings below the age of 18 years", irrespective of any age of sexual consent (C.1(a)-3).
define covers_all_children(d) = d.child_age_threshold >= 18

# ---- jurisdiction

# Some extraterritorial basis exists for offences of sexual exploitation of children.
define has_extraterritorial_jurisdiction = jurisdiction.extraterritorial.active_nationality
    or jurisdiction.extraterritorial.active_habitual_residence
    or jurisdiction.extraterritorial.passive_personality
