// Federal States and facts over time through the Kotlin bindings: an obligation evaluated in
// each unit of a federation and aggregated, next to one that binds the State as a whole; and a
// fact with a history, read as it stood on two dates, with the day the obligation was met
// found from the history.
package lexpact.tests

import org.lexpact.*

const val FEDERAL_SCHEMA = """{
  "type": "object",
  "${'$'}defs": {
    "bool_fact": { "anyOf": [ { "type": "boolean" },
      { "type": "object", "properties": { "value": { "type": "boolean" } } } ] }
  },
  "properties": {
    "profile": { "type": "string" },
    "as_of": { "type": "string", "format": "date" },
    "treaty": { "type": "object", "properties": { "ratified": { "${'$'}ref": "#/${'$'}defs/bool_fact" } } },
    "services": { "type": "object", "properties": { "helpline": { "${'$'}ref": "#/${'$'}defs/bool_fact" } } },
    "body": { "type": "object", "properties": { "independent": { "${'$'}ref": "#/${'$'}defs/bool_fact" } } }
  },
  "additionalProperties": false
}"""

const val FEDERAL_RULES = """ruleset "federal" version "1"
schema "profile.schema.json"

obligation ratify {
  title "Ratify the treaty"
  cite "F.1"
  require treaty.ratified
}

obligation helpline {
  title "A helpline in every province"
  cite "F.2"
  in each jurisdiction
  require services.helpline
}

obligation body {
  title "An independent body by 2013"
  cite "F.3"
  deadline 2013-12-31
  require body.independent
}
"""

/** Four units that differ: North and South give their own helpline, East falls back to the
 * national one, West's is unknown. */
const val FEDERAL_PROFILE = """{
  "profile": "lexpact/legal-profile/v1.1",
  "as_of": "2024-06-30",
  "treaty": { "ratified": true },
  "services": { "helpline": true },
  "jurisdictions": [
    { "id": "north", "name": "North", "level": "province", "facts": { "services": { "helpline": true } } },
    { "id": "south", "name": "South", "level": "province", "facts": { "services": { "helpline": false } } },
    { "id": "east", "name": "East", "level": "territory" },
    { "id": "west", "name": "West", "facts": { "services": { "helpline": { "status": "unknown" } } } }
  ]
}"""

/** The body exists from the start but is independent only from 2018-03-01. */
const val HISTORY_PROFILE = """{
  "profile": "lexpact/legal-profile/v1.1",
  "as_of": "2024-06-30",
  "body": { "independent": { "history": [
    { "value": false, "until": "2018-03-01" },
    { "value": true, "from": "2018-03-01", "source": { "cite": "Amendment Act 2018" } } ] } }
}"""

fun federalSources(): List<Source> =
    listOf(Source("rules.lex", FEDERAL_RULES), Source("profile.schema.json", FEDERAL_SCHEMA))

fun federalTests() {
    // Compiled on first use, inside a test: a failure is that test's, not the run's.
    val rules by lazy { RuleSet(federalSources()) }

    Harness.test("federal: a unit-by-unit obligation aggregates four units that differ") {
        val report = rules.evaluate(FEDERAL_PROFILE)
        assertEq(
            listOf(Triple("north", "North", "province"), Triple("south", "South", "province"),
                Triple("east", "East", "territory"), Triple("west", "West", null)),
            report.profile.jurisdictions.map { Triple(it.id, it.name, it.level) },
            "the profile's units",
        )
        val helpline = report.results.first { it.id == "helpline" }
        assertEq(Verdict.PARTIALLY_MET, helpline.verdict, "aggregate verdict")
        assertEq(
            listOf("north" to Verdict.MET, "south" to Verdict.NOT_MET, "east" to Verdict.MET, "west" to Verdict.UNKNOWN),
            helpline.jurisdictions.map { it.id to it.verdict },
            "units in order",
        )
        assertEq(JurisdictionTally(4UL, 2UL, 0UL, 1UL, 1UL, 0UL), helpline.tally, "tally")
        val west = helpline.jurisdictions[3]
        assertEq(listOf("/jurisdictions/3/facts/services/helpline"), west.missing, "West's missing facts")
        assertEq(listOf(Verdict.NOT_MET, Verdict.MET), west.range, "West's range")
        // East gives no helpline of its own: it reads the national fact.
        assertEq(listOf("/services/helpline"), helpline.jurisdictions[2].facts.map { it.pointer }, "East's facts")
        assertEq(listOf("/jurisdictions/0/facts/services/helpline"), helpline.jurisdictions[0].facts.map { it.pointer }, "North's facts")
        jsonDiff(MiniJson.parse(rules.evaluateJson(FEDERAL_PROFILE)), reportTree(report))
            ?.let { fail("typed report differs from the JSON: $it") }
    }

    Harness.test("federal: an obligation without the clause binds the State as a whole") {
        val ratify = rules.evaluate(FEDERAL_PROFILE).results.first { it.id == "ratify" }
        assertEq(Verdict.MET, ratify.verdict, "verdict")
        ensure(ratify.jurisdictions.isEmpty()) { "units: ${ratify.jurisdictions}" }
        assertEq(null, ratify.tally, "tally")
        assertEq(listOf("/treaty/ratified"), ratify.facts.map { it.pointer }, "facts")
    }

    Harness.test("history: one fact as it stood on two dates, and the day the obligation was met") {
        val before = rules.evaluate(HISTORY_PROFILE, "2017-01-01").results.first { it.id == "body" }
        assertEq(Verdict.NOT_MET, before.verdict, "verdict in 2017")
        assertEq(DeadlineStatus.OVERDUE, before.deadline.status, "deadline in 2017")
        assertEq(InForce(null, "2018-03-01"), before.facts.single().inForce, "entry read in 2017")

        val after = rules.evaluate(HISTORY_PROFILE, "2020-01-01").results.first { it.id == "body" }
        assertEq(Verdict.MET, after.verdict, "verdict in 2020")
        val fact = after.facts.single()
        assertEq(InForce("2018-03-01", null), fact.inForce, "entry read in 2020")
        assertEq("true", fact.value, "value in 2020")
        assertEq(listOf("""{"cite":"Amendment Act 2018"}"""), fact.sources, "the entry's source")
        assertEq("2018-03-01", after.deadline.metOn, "met on")
        assertEq(MetOnBasis.HISTORY, after.deadline.metOnBasis, "met on basis")
        assertEq(DeadlineStatus.LATE, after.deadline.status, "deadline in 2020")
        jsonDiff(MiniJson.parse(rules.evaluateJson(HISTORY_PROFILE, "2020-01-01")), reportTree(rules.evaluate(HISTORY_PROFILE, "2020-01-01")))
            ?.let { fail("typed report differs from the JSON: $it") }
    }
}
