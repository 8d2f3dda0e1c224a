// The API through the Kotlin bindings: rule sets from sources and from the bundled libraries,
// the catalogue, typed reports (full or verdicts only, one obligation explained on request),
// errors with their diagnostics, rule tests, check, format, and one rule set evaluated from
// several threads at once.
package lexpact.tests

import java.io.File
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import org.lexpact.*

const val SMALL_RULES = """ruleset "small" version "1"

obligation ratify_crc {
  title "Ratify the CRC"
  cite "X.1"
  group "X"
  require treaties.crc
}

obligation hotline {
  title "A hotline"
  cite "X.2"
  group "X"
  require services.hotline and services.hotline_free
  partial when services.hotline
}
"""

/** The small rules and an obligation whose exception a profile may invoke. */
const val REVIEWED_RULES = SMALL_RULES + """
obligation offender_register {
  title "A register of offenders, where appropriate"
  cite "X.3"
  group "X"
  exception "where appropriate"
  require registers.offenders.exists
}
"""

/** Two bullets: X.1, and X.2 split into a hotline and a plan "by 2013" (a deadline window). */
const val WINDOW_RULES = SMALL_RULES + """
obligation plan {
  title "A plan by 2013"
  cite "X.2"
  group "X"
  deadline 2013-01-01 to 2013-12-31
  require plans.national
}
"""

/** The CRC not assessed, `hotline_free` absent, no plan, on a day inside the plan's window. */
const val WINDOW_PROFILE = """{"as_of": "2013-06-30",
  "treaties": {"crc": {"status": "not_assessed"}},
  "services": {"hotline": true},
  "plans": {"national": false}}"""

/** A profile with the hotline known but `hotline_free` missing, a fact with two sources, and the
 * register's exception invoked with a review of `status` (none when null). */
fun reviewedProfile(status: String?): String {
    val review = status?.let { """, "review": {"status": "$it", "by": "Monitoring committee", "date": "2023-06-01"}""" } ?: ""
    return """{"as_of": "2024-01-01",
      "treaties": {"crc": true},
      "services": {"hotline": {"value": true, "source": {"cite": "Act 1"}, "sources": [{"cite": "Decree 2"}]}},
      "registers": {"offenders": {"exists": false}},
      "exceptions": {"offender_register": {"justification": "Kept by the courts"$review}}}"""
}

fun apiTests(root: File) {
    val quickstart = File(root, "examples/quickstart")
    val quickSources = listOf("rules.lex", "profile.schema.json").map { Source(it, File(quickstart, it).readText()) }
    val borealis = File(root, "examples/profiles/borealis.json").readText()

    Harness.test("libraries() lists rio and icmec") {
        assertEq(listOf("rio", "icmec"), libraries(), "libraries")
        ensure(engineVersion().isNotEmpty()) { "no engine version" }
    }

    Harness.test("RuleSet.library(\"rio\") has the 74 obligations of the Pact") {
        val rio = RuleSet.library("rio")
        assertEq("rio", rio.name(), "name")
        val obligations = rio.obligations()
        assertEq(74, obligations.size, "obligations")
        val first = obligations.first()
        ensure(first.cite.isNotEmpty() && first.text.isNotEmpty() && first.file.isNotEmpty()) { "$first" }
        ensure(obligations.any { it.deadline != null }) { "no obligation with a deadline" }
        ensure(rio.warnings().isEmpty()) { "warnings: ${rio.warnings()}" }
    }

    Harness.test("the rule tests of rio and icmec pass") {
        val run = RuleSet.library("rio").test()
        assertEq(318UL, run.passed, "rio tests passed")
        assertEq(0UL, run.failed, "rio tests failed")
        ensure(RuleSet.library("icmec").test().failed == 0UL) { "icmec tests fail" }
    }

    Harness.test("an unknown library is a Rules error naming the bundled ones") {
        val e = assertThrows<LexpactException.Rules>("library") { RuleSet.library("nope") }
        assertEq("E0213", e.diagnostics.single().code, "code")
        ensure(e.diagnostics.single().help!!.contains("rio")) { "help: ${e.diagnostics}" }
        ensure(e.message!!.contains("nope")) { "message: ${e.message}" }
    }

    Harness.test("each icmec result carries its criterion as an indicator") {
        val icmec = RuleSet.library("icmec")
        val report = icmec.evaluate(borealis)
        assertEq(
            listOf("icmec:1", "icmec:2", "icmec:3", "icmec:4", "icmec:5", "icmec:rating").map { listOf(it) },
            report.results.map { it.indicators },
            "indicators",
        )
        ensure(report.results.all { it.amendments.isEmpty() }) { "amendments on an icmec result" }
        jsonDiff(MiniJson.parse(icmec.evaluateJson(borealis)), reportTree(report))?.let { fail(it) }
    }

    Harness.test("the catalogue gives the indicators and amendments a report gives") {
        val rio = RuleSet.library("rio")
        val results = rio.evaluate(borealis).results
        val obligations = rio.obligations()
        assertEq(
            results.map { Triple(it.id, it.indicators, it.amendments) },
            obligations.map { Triple(it.id, it.indicators, it.amendments) },
            "catalogue",
        )
        ensure(obligations.any { it.indicators.isNotEmpty() } && obligations.any { it.amendments.isNotEmpty() }) {
            "no indicator or no amendment in the catalogue"
        }
    }

    Harness.test("evaluate gives a typed report agreeing with evaluateJson") {
        val rio = RuleSet.library("rio")
        val report = rio.evaluate(borealis)
        assertEq("lexpact/report/v2", report.report, "format")
        assertEq("Kingdom of Borealis", report.profile.state, "state")
        assertEq("profile", report.profile.name, "default profile name")
        assertEq(74UL, report.summary.total, "total")
        val json = MiniJson.parse(rio.evaluateJson(borealis))
        jsonDiff(json, reportTree(report))?.let { fail(it) }
        val byId = json.obj()["results"].arr().associate { it.obj()["id"] to it.obj()["verdict"] }
        for (r in report.results) assertEq(byId[r.id], verdictWord(r.verdict), "verdict of ${r.id}")
    }

    val examples = File(root, "examples/profiles").listFiles()!!.filter { it.isFile && it.name.endsWith(".json") }.sortedBy { it.name }

    Harness.test("Detail.VERDICTS is the full report without facts read and explanations") {
        val rio = RuleSet.library("rio")
        ensure(examples.size >= 4) { "example profiles: $examples" }
        for (file in examples) {
            val text = file.readText()
            val full = rio.evaluate(text, name = file.name)
            assertEq(full, rio.evaluate(text, name = file.name, detail = Detail.FULL), "${file.name}: FULL is the default")
            val verdicts = rio.evaluate(text, name = file.name, detail = Detail.VERDICTS)
            ensure(verdicts.results.all { it.facts.isEmpty() && it.explanation.isEmpty() }) { "${file.name}: facts or explanations" }
            ensure(verdicts.results.flatMap { it.jurisdictions }.all { it.facts.isEmpty() && it.explanation.isEmpty() }) {
                "${file.name}: a unit's facts or explanations"
            }
            ensure(full.results.any { it.facts.isNotEmpty() && it.explanation.isNotEmpty() }) { "${file.name}: no facts in the full report" }
            // A federation's units have facts and explanations of their own, emptied likewise.
            val emptied = full.copy(results = full.results.map { r ->
                r.copy(
                    facts = emptyList(),
                    explanation = emptyList(),
                    jurisdictions = r.jurisdictions.map { it.copy(facts = emptyList(), explanation = emptyList()) },
                )
            })
            assertEq(emptied, verdicts, "${file.name}: all but facts and explanations")
            val json = MiniJson.parse(rio.evaluateJson(text, name = file.name, detail = Detail.VERDICTS))
            jsonDiff(json, reportTree(verdicts))?.let { fail("${file.name}: $it") }
            assertEq(rio.evaluateJson(text, name = file.name), rio.evaluateJson(text, name = file.name, detail = Detail.FULL), "${file.name}: JSON")
        }
    }

    Harness.test("explainObligation(profile, id) is the full report's result of that obligation") {
        val rio = RuleSet.library("rio")
        var explained = 0
        for (file in examples) {
            val text = file.readText()
            val full = rio.evaluate(text, "2024-06-30", file.name)
            for (r in full.results) {
                assertEq(r, rio.explainObligation(text, r.id, "2024-06-30", file.name), "${file.name} ${r.id}")
                explained++
            }
            val last = rio.evaluate(text).results.last()
            assertEq(last, rio.explainObligation(text, last.id), "${file.name}: the profile's own as_of")
        }
        assertEq(examples.size * 74, explained, "obligations explained")
    }

    Harness.test("explainObligation: an unknown id is an Argument error E0210 with a did-you-mean") {
        val rio = RuleSet.library("rio")
        val id = rio.obligations().first().id
        val e = assertThrows<LexpactException.Argument>("unknown id") { rio.explainObligation(borealis, "${id}x") }
        val d = e.diagnostics.single()
        assertEq("E0210", d.code, "code")
        ensure(d.message.contains("`${id}x`")) { d.message }
        ensure(d.help?.contains("did you mean `$id`") == true) { "help: ${d.help}" }
        assertEq("E0210", assertThrows<LexpactException.Argument>("far id") { rio.explainObligation(borealis, "no_such_obligation_at_all") }.diagnostics.single().code, "code")
        // The profile's own problems stay Profile errors; an as_of that is no date is an Argument one.
        assertThrows<LexpactException.Profile>("bad profile") { rio.explainObligation("{\n  \"as_of\": ", id, null, "bad.json") }
        val a = assertThrows<LexpactException.Argument>("bad as_of") { rio.explainObligation(borealis, id, "2024-02-30") }
        assertEq("E0304", a.diagnostics.single().code, "code")
    }

    Harness.test("an unknown verdict lists the facts to ask for") {
        val rules = RuleSet(quickSources)
        val report = rules.evaluate("""{"as_of": "2024-01-01"}""")
        ensure(report.results.all { it.verdict == Verdict.UNKNOWN }) { "${report.results.map { it.verdict }}" }
        ensure(report.results.all { it.missing.isNotEmpty() }) { "no missing facts" }
        ensure(report.results.flatMap { it.missing }.all { it.startsWith("/") }) { "not pointers" }
    }

    Harness.test("as_of overrides the profile's, and a YAML profile is read") {
        val rules = RuleSet(quickSources)
        val yaml = "as_of: 2024-01-01\njurisdiction:\n  extraterritorial:\n    exists: true\n    double_criminality_required: false\n"
        val report = rules.evaluate(yaml, "2030-01-01", "p.yaml")
        assertEq("2030-01-01", report.asOf, "as_of")
        assertEq("p.yaml", report.profile.name, "name")
        assertEq(Verdict.MET, report.results.first { it.id == "abolish_double_criminality" }.verdict, "verdict")
    }

    Harness.test("facts carry their JSON values and sources") {
        val rules = RuleSet(quickSources)
        val report = rules.evaluate(File(quickstart, "profile.json").readText())
        val facts = report.results.flatMap { it.facts }
        ensure(facts.any { it.value == "true" }) { "$facts" }
        ensure(facts.any { f -> f.sources.isNotEmpty() && f.sources.all { MiniJson.parse(it) != null } }) { "no source: $facts" }
        val tree = report.results.first().explanation.first()
        ensure(tree.clause.isNotEmpty() && tree.node.expr.isNotEmpty()) { "$tree" }
    }

    Harness.test("a bad as_of is an Argument error") {
        val rules = RuleSet(quickSources)
        val e = assertThrows<LexpactException.Argument>("as_of") { rules.evaluate("{}", "2024-02-30") }
        assertEq("E0304", e.diagnostics().single().code, "code")
        ensure(e.summary().contains("2024-02-30")) { e.summary() }
    }

    Harness.test("a profile that is not JSON is a Profile error with a position") {
        val rules = RuleSet(quickSources)
        val e = assertThrows<LexpactException>("profile") { rules.evaluate("{\n  \"as_of\": ", null, "bad.json") }
        ensure(e is LexpactException.Profile) { "$e" }
        val d = e.diagnostics().first()
        assertEq("bad.json", d.file, "file")
        ensure(d.line >= 1UL) { "$d" }
        ensure(d.toString().contains("bad.json:")) { "toString: $d" }
    }

    Harness.test("rules that do not compile throw with every diagnostic; check lists them") {
        val bad = listOf(Source("rules.lex", SMALL_RULES.replace("require treaties.crc", "require treaties.crc and and")))
        val e = assertThrows<LexpactException.Rules>("compile") { RuleSet(bad) }
        ensure(e.diagnostics.isNotEmpty()) { "no diagnostics" }
        assertEq(e.diagnostics, org.lexpact.check(bad), "check gives the same diagnostics")
    }

    Harness.test("rules without a schema compile with a warning") {
        val rules = RuleSet(listOf(Source("rules.lex", SMALL_RULES)))
        assertEq(listOf("W0101"), rules.warnings().map { it.code }, "warnings")
        assertEq(listOf("W0101"), org.lexpact.check(listOf(Source("rules.lex", SMALL_RULES))).map { it.code }, "check")
        assertEq(Severity.WARNING, rules.warnings().single().severity, "severity")
        val report = rules.evaluate("""{"treaties": {"crc": true}, "services": {"hotline": true, "hotline_free": false}}""", "2024-01-01")
        assertEq(listOf(Verdict.MET, Verdict.PARTIALLY_MET), report.results.map { it.verdict }, "verdicts")
    }

    Harness.test("check on clean rules is empty") {
        assertEq(emptyList<Diagnostic>(), org.lexpact.check(quickSources), "diagnostics")
    }

    Harness.test("libraryWith adds a national team's rules to a library") {
        val extra = Source("national.lex", """
obligation national_hotline {
  title "A national hotline"
  cite "N.1"
  group "N"
  require offences.sexual_abuse.criminalized and ratified(treaties.crc)
}
""")
        val rules = RuleSet.libraryWith("rio", listOf(extra))
        assertEq(75, rules.obligations().size, "obligations")
        assertEq("national_hotline", rules.obligations().last().id, "last")
    }

    Harness.test("format is canonical and idempotent; bad text is a Rules error") {
        val messy = "obligation  x{title \"T\" cite \"c\" group \"g\"\nrequire   a.b}"
        val once = format(messy)
        assertEq(once, format(once), "idempotent")
        ensure(once != messy) { "not reformatted" }
        val e = assertThrows<LexpactException.Rules>("format") { format("obligation {", "broken.lex") }
        assertEq("broken.lex", e.diagnostics.single().file, "file")
    }

    Harness.test("format takes the limits compiling takes") {
        var deep = "true"
        repeat(20) { deep = "not (a$it and $deep)" }
        val rule = "obligation x {\n  title \"T\"\n  cite \"c\"\n  group \"g\"\n  require $deep\n}\n"
        val e = assertThrows<LexpactException.Rules>("deeper than the default") { format(rule) }
        assertEq("E0002", e.diagnostics.single().code, "code")
        assertEq(rule, format(rule, "deep.lex", Limits(maxDepth = 64UL)), "formatted with a raised max_depth")
        assertThrows<LexpactException.Rules>("too large") { format(rule, "deep.lex", Limits(maxSourceBytes = 10UL)) }
    }

    Harness.test("one rule set evaluated from 8 threads at once gives the same reports") {
        val rio = RuleSet.library("rio")
        val profiles = File(root, "examples/profiles").listFiles()!!.filter { it.isFile }.map { it.readText() }
        val expected = profiles.map { rio.evaluateJson(it) }
        val pool = Executors.newFixedThreadPool(8)
        val start = CountDownLatch(1)
        val futures = (0 until 8).map { t ->
            pool.submit<List<Boolean>> {
                start.await()
                (0 until 10).map { i ->
                    val k = (t + i) % profiles.size
                    if (i % 2 == 0) rio.evaluateJson(profiles[k]) == expected[k]
                    else reportTree(rio.evaluate(profiles[k])) == MiniJson.parse(expected[k])
                }
            }
        }
        start.countDown()
        val results = futures.flatMap { it.get(5, TimeUnit.MINUTES) }
        pool.shutdown()
        assertEq(80, results.size, "evaluations")
        ensure(results.all { it }) { "${results.count { !it }} evaluations differ" }
    }

    Harness.test("Limits() has the default limits; a rule set keeps the limits it was built with") {
        assertEq(defaultLimits(), Limits(), "Limits()")
        assertEq(32UL, Limits().maxDepth, "maxDepth")
        assertEq(Limits(), RuleSet(quickSources).limits(), "limits without")
        val tight = Limits(maxDepth = 16UL, maxListLen = 2UL)
        assertEq(tight, RuleSet(quickSources, tight).limits(), "limits of RuleSet")
        assertEq(tight, RuleSet.library("icmec", tight).limits(), "limits of RuleSet.library")
        assertEq(tight, RuleSet.libraryWith("icmec", emptyList(), tight).limits(), "limits of RuleSet.libraryWith")
    }

    Harness.test("limits bound the rules, and every profile the rule set evaluates") {
        val e = assertThrows<LexpactException.Rules>("shallow rules") { RuleSet.library("rio", Limits(maxDepth = 3UL)) }
        assertEq("E0002", e.diagnostics.first().code, "code")
        ensure(e.diagnostics.first().message.contains("max_depth")) { "${e.diagnostics}" }
        assertEq("E0002", org.lexpact.check(quickSources, Limits(maxDepth = 1UL)).first().code, "check under the limits")
        val short = RuleSet.library("rio", Limits(maxListLen = 1UL))
        val p = assertThrows<LexpactException.Profile>("a long list") { short.evaluate(borealis) }
        assertEq("E0303", p.diagnostics.first().code, "code")
        ensure(p.diagnostics.first().message.contains("max_list_len")) { "${p.diagnostics}" }
        ensure(p.diagnostics == assertThrows<LexpactException.Profile>("to JSON") { short.evaluateJson(borealis) }.diagnostics) { "evaluateJson differs" }
        val hasty = RuleSet.library("rio", Limits(maxEvaluationSteps = 10UL))
        val s = assertThrows<LexpactException.Profile>("too many steps") { hasty.evaluate(borealis) }
        assertEq("E0305", s.diagnostics.first().code, "code")
        ensure(s.diagnostics.first().message.contains("max_evaluation_steps")) { "${s.diagnostics}" }
    }

    Harness.test("limits above the ceiling are an Argument error E0306 naming the limit, from every entry point") {
        val calls = listOf<Pair<String, (Limits) -> Unit>>(
            "RuleSet" to { l -> RuleSet(quickSources, l) },
            "RuleSet.library" to { l -> RuleSet.library("rio", l) },
            "RuleSet.libraryWith" to { l -> RuleSet.libraryWith("rio", emptyList(), l) },
            "check" to { l -> org.lexpact.check(quickSources, l) },
            "format" to { l -> format("obligation x {}\n", "rules.lex", l) },
        )
        for ((what, call) in calls) {
            for ((name, limits) in listOf("max_depth" to Limits(maxDepth = 65UL), "max_expanded_depth" to Limits(maxExpandedDepth = 1000UL))) {
                val e = assertThrows<LexpactException.Argument>("$what with $name too deep") { call(limits) }
                ensure(e.diagnostics.single().message.contains(name)) { "$what: ${e.diagnostics}" }
                assertEq("E0306", e.diagnostics.single().code, "$what: the code of a bad argument")
                ensure(e.summary().contains(name)) { "$what: ${e.summary()}" }
            }
            call(Limits(maxDepth = 64UL, maxExpandedDepth = 64UL)) // the ceiling itself is accepted
        }
    }

    Harness.test("a profile invoking an exception for no obligation gets one report warning naming it") {
        val rio = RuleSet.library("rio")
        val profile = """{"profile": "lexpact/legal-profile/v1", "as_of": "2024-06-30", "exceptions": {
            "sex_offender_registr": {"justification": "misspelt"},
            "sex_offender_register": {"justification": "Offender data are kept by the courts",
                "review": {"status": "accepted", "by": "Monitoring committee", "date": "2023-06-01"}}}}"""
        val report = rio.evaluate(profile)
        ensure(report.warnings.size == 1) { "warnings: ${report.warnings}" }
        val warning = report.warnings.single()
        ensure(warning.contains("`sex_offender_registr`") && warning.startsWith("/exceptions/sex_offender_registr")) { warning }
        ensure(warning.contains("did you mean `sex_offender_register`")) { warning }
        assertEq(Verdict.NOT_APPLICABLE, report.results.first { it.id == "sex_offender_register" }.verdict, "the other exception counts")
        val json = MiniJson.parse(rio.evaluateJson(profile))
        assertEq(report.warnings, json.obj()["warnings"], "the JSON report's warnings")
        jsonDiff(json, reportTree(report))?.let { fail(it) }
        assertEq(emptyList<String>(), rio.evaluate(borealis).warnings, "no warning for a clean profile")
    }

    Harness.test("an unknown require with a true partial when ranges over PARTIALLY_MET and MET") {
        val rules = RuleSet(listOf(Source("rules.lex", REVIEWED_RULES)))
        val profile = reviewedProfile("accepted")
        val report = rules.evaluate(profile)
        val hotline = report.results.first { it.id == "hotline" }
        assertEq(Verdict.UNKNOWN, hotline.verdict, "verdict")
        assertEq(listOf(Verdict.PARTIALLY_MET, Verdict.MET), hotline.range, "range")
        assertEq(null, hotline.reason, "reason of an unknown verdict")
        assertEq(listOf("/services/hotline_free"), hotline.missing, "missing")
        assertEq(listOf(RangeCount(listOf(Verdict.PARTIALLY_MET, Verdict.MET), 1UL)), report.summary.ranges, "ranges counted")
        assertEq(emptyList<Verdict>(), report.results.first { it.id == "ratify_crc" }.range, "no range on a known verdict")
        jsonDiff(MiniJson.parse(rules.evaluateJson(profile)), reportTree(report))?.let { fail(it) }
    }

    Harness.test("a fact with two sources gives both, in order") {
        val rules = RuleSet(listOf(Source("rules.lex", REVIEWED_RULES)))
        val hotline = rules.evaluate(reviewedProfile(null)).results.first { it.id == "hotline" }
        val fact = hotline.facts.first { it.pointer == "/services/hotline" }
        assertEq(
            listOf(mapOf("cite" to "Act 1"), mapOf("cite" to "Decree 2")),
            fact.sources.map { MiniJson.parse(it) },
            "sources",
        )
        assertEq(emptyList<String>(), hotline.facts.first { it.pointer == "/services/hotline_free" }.sources, "a missing fact")
    }

    Harness.test("only an accepted exception makes an obligation NOT_APPLICABLE, reason EXCEPTION") {
        val rules = RuleSet(listOf(Source("rules.lex", REVIEWED_RULES)))
        val accepted = rules.evaluate(reviewedProfile("accepted"))
        val excused = accepted.results.first { it.id == "offender_register" }
        assertEq(Verdict.NOT_APPLICABLE, excused.verdict, "accepted: verdict")
        assertEq(NotApplicableReason.EXCEPTION, excused.reason, "accepted: reason")
        assertEq(
            ExceptionReview(ReviewStatus.ACCEPTED, "Monitoring committee", "2023-06-01", null),
            excused.exception?.review,
            "accepted: review",
        )
        assertEq(1UL, accepted.summary.notApplicableException, "accepted: counted")
        assertEq(0UL, accepted.summary.notApplicableAppliesWhen, "accepted: no applies when")
        for ((status, word) in listOf(ReviewStatus.CONTESTED to "contested", ReviewStatus.PENDING to "pending", ReviewStatus.UNREVIEWED to null)) {
            val report = rules.evaluate(reviewedProfile(word))
            val r = report.results.first { it.id == "offender_register" }
            assertEq(Verdict.NOT_MET, r.verdict, "$status: evaluated as usual")
            assertEq(null, r.reason, "$status: reason")
            assertEq("Kept by the courts", r.exception?.justification, "$status: the exception is still carried")
            assertEq(status, r.exception?.review?.status, "$status: review status")
            assertEq(0UL, report.summary.notApplicableException, "$status: not counted as excused")
            jsonDiff(MiniJson.parse(rules.evaluateJson(reviewedProfile(word))), reportTree(report))?.let { fail("$status: $it") }
        }
    }

    Harness.test("missing facts keep their status; bullets count once; an open window is flagged") {
        val rules = RuleSet(listOf(Source("rules.lex", WINDOW_RULES)))
        val profile = WINDOW_PROFILE
        val report = rules.evaluate(profile)
        val crc = report.results.first { it.id == "ratify_crc" }
        assertEq(listOf("/treaties/crc"), crc.missing, "missing")
        assertEq(listOf("not_assessed"), crc.missingStatus, "not assessed")
        val hotline = report.results.first { it.id == "hotline" }
        assertEq(listOf("absent"), hotline.missingStatus, "no data")
        assertEq(listOf(StatusCount("not_assessed", 1UL), StatusCount("absent", 1UL)), report.summary.missingByStatus, "by status, in the order first met")
        assertEq(3UL, report.summary.total, "obligations")
        // X.2 is a hotline unknown and a plan not met: one bullet, unknown.
        assertEq(BulletCounts(2UL, 0UL, 0UL, 0UL, 2UL, 0UL), report.summary.bullets, "bullets")
        val plan = report.results.first { it.id == "plan" }
        assertEq(DeadlineStatus.NOT_DUE, plan.deadline.status, "not due")
        assertEq(true, plan.deadline.inWindow, "in the window")
        assertEq(false, rules.evaluate(profile, asOf = "2014-01-01").results.first { it.id == "plan" }.deadline.inWindow, "after the window")
        jsonDiff(MiniJson.parse(rules.evaluateJson(profile)), reportTree(report))?.let { fail(it) }
        val asked = rules.questions(profile).questions.associate { it.pointer to it.status }
        assertEq(mapOf("/services/hotline_free" to "absent", "/treaties/crc" to "not_assessed"), asked, "questions")
    }

    Harness.test("a rule set can be closed, and is unusable after") {
        val rules = RuleSet(quickSources)
        rules.close()
        assertThrows<IllegalStateException>("after close") { rules.name() }
    }
}
