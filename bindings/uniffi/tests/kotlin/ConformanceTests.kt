// The conformance corpus through the Kotlin bindings: every case's report is byte-identical
// to the native one (expected.json) and the typed Report agrees with it field for field; every
// questions case's questions and every diff case's comparison are the native JSON byte for
// byte, run as core/tests/conformance_questions.rs and core/tests/conformance_diff.rs run them.
package lexpact.tests

import java.io.File
import org.lexpact.*

fun conformanceTests(root: File) {
    val corpus = File(root, "tests/conformance")
    val cases = caseDirs(File(corpus, "cases"))
    Harness.test("the corpus has cases") { ensure(cases.size >= 45) { "only ${cases.size} cases" } }
    for (dir in cases) {
        Harness.test("conformance ${dir.name}") {
            val case = MiniJson.parse(File(dir, "case.json").readText()).obj()
            val asOf = case["as_of"] as String?
            val rules = RuleSet(caseSources(dir))
            ensure(rules.warnings().isEmpty()) { "warnings: ${rules.warnings()}" }
            val run = rules.test()
            ensure(run.failed == 0UL) { "rule tests fail: ${run.results.filter { !it.passed }}" }
            val profile = File(dir, "profile.json").readText()
            val json = rules.evaluateJson(profile, asOf, "profile.json")
            val expected = File(dir, "expected.json").readText()
            ensure(json == expected) { "JSON differs from expected.json: ${jsonDiff(MiniJson.parse(expected), MiniJson.parse(json))}" }
            assertEq(json, rules.evaluateJson(profile, asOf, "profile.json"), "a second evaluation")
            val report = rules.evaluate(profile, asOf, "profile.json")
            jsonDiff(MiniJson.parse(expected), reportTree(report))?.let { fail("typed report differs: $it") }
            // The hand-written verdicts of case.json, on the typed report.
            val verdicts = case["verdicts"].obj()
            assertEq(verdicts.keys.sorted(), report.results.map { it.id }.sorted(), "obligations")
            for (r in report.results) {
                val parts = (verdicts[r.id] as String).split("/")
                assertEq(parts[0], verdictWord(r.verdict), "verdict of ${r.id}")
                assertEq(parts.getOrElse(1) { "none" }, statusWord(r.deadline.status), "deadline of ${r.id}")
                assertEq(parts.getOrNull(2), r.deadline.reading, "reading of ${r.id}")
            }
            (case["missing"] as Map<*, *>?)?.forEach { (id, list) ->
                assertEq(list, report.results.first { it.id == id }.missing, "missing of $id")
            }
            // A federation's units and where a met-on date comes from, on the typed report.
            (case["units"] as Map<*, *>?)?.forEach { (id, written) ->
                val units = written.obj()
                val result = report.results.first { it.id == id }
                assertEq(units.keys.toList(), result.jurisdictions.map { it.id }, "units of $id")
                for (u in result.jurisdictions) {
                    val parts = (units[u.id] as String).split("/")
                    assertEq(parts[0], verdictWord(u.verdict), "verdict of $id in ${u.id}")
                    assertEq(parts.getOrElse(1) { "none" }, statusWord(u.deadline.status), "deadline of $id in ${u.id}")
                    assertEq(parts.getOrNull(2), u.deadline.reading, "reading of $id in ${u.id}")
                }
            }
            (case["met_on"] as Map<*, *>?)?.forEach { (id, written) ->
                val deadline = report.results.first { it.id == id }.deadline
                val actual = deadline.metOn?.let { "$it/${deadline.metOnBasis?.name?.lowercase()}" }
                assertEq(written, actual, "met on of $id")
            }
            // An obligation's indicators and amendment marks, on the typed report.
            (case["indicators"] as Map<*, *>?)?.forEach { (id, written) ->
                assertEq(written, report.results.first { it.id == id }.indicators, "indicators of $id")
            }
            (case["amendments"] as Map<*, *>?)?.forEach { (id, written) ->
                assertEq(written, report.results.first { it.id == id }.amendments, "amendments of $id")
            }
        }
    }
    val errors = caseDirs(File(corpus, "errors"))
    Harness.test("the corpus has error cases") { ensure(errors.size >= 10) { "only ${errors.size} error cases" } }
    for (dir in errors) {
        Harness.test("conformance errors/${dir.name}") {
            val expected = MiniJson.parse(File(dir, "expected.json").readText()).obj()
            val diagnostics = expected["diagnostics"].arr()
            when (expected["stage"]) {
                "compile" -> {
                    val e = assertThrows<LexpactException.Rules>("compiling") { RuleSet(caseSources(dir)) }
                    checkDiagnostics(diagnostics, e.diagnostics)
                    // `check` reports the same diagnostics without throwing.
                    checkDiagnostics(diagnostics, org.lexpact.check(caseSources(dir)))
                }
                "evaluate" -> {
                    val rules = RuleSet(caseSources(dir))
                    val profile = File(dir, "profile.json").readText()
                    val e = assertThrows<LexpactException.Profile>("evaluating") {
                        rules.evaluate(profile, null, "profile.json")
                    }
                    checkDiagnostics(diagnostics, e.diagnostics)
                    val j = assertThrows<LexpactException.Profile>("evaluating to JSON") {
                        rules.evaluateJson(profile, null, "profile.json")
                    }
                    checkDiagnostics(diagnostics, j.diagnostics())
                }
                else -> fail("unknown stage ${expected["stage"]}")
            }
        }
    }
    val questionCases = caseDirs(File(corpus, "questions"))
    Harness.test("the corpus has questions cases") { ensure(questionCases.size >= 3) { "only ${questionCases.size} questions cases" } }
    for (dir in questionCases) {
        Harness.test("conformance questions/${dir.name}") {
            val case = MiniJson.parse(File(dir, "case.json").readText()).obj()
            val rules = RuleSet(caseSources(dir))
            ensure(rules.warnings().isEmpty()) { "warnings: ${rules.warnings()}" }
            val profile = File(dir, "profile.json").readText()
            val expected = File(dir, "expected.json").readText()
            val json = rules.questionsJson(profile, null, "profile.json")
            ensure(json == expected) { "JSON differs from expected.json: ${jsonDiff(MiniJson.parse(expected), MiniJson.parse(json))}" }
            assertEq(json, rules.questionsJson(profile, null, "profile.json"), "asking twice")
            val native = MiniJson.parse(expected).obj()
            val asked = rules.questions(profile, null, "profile.json")
            assertEq(native["format"], asked.format, "format")
            assertEq(native["as_of"], asked.asOf, "as_of")
            assertEq((native["unknown"] as Double).toLong(), asked.unknown.toLong(), "unknown verdicts")
            val order = asked.questions.map { Triple(it.pointer, it.decides.toLong(), it.narrows.toLong()) }
            val nativeOrder = native["questions"].arr().map {
                val q = it.obj()
                Triple(q["pointer"] as String, (q["decides"] as Double).toLong(), (q["narrows"] as Double).toLong())
            }
            assertEq(nativeOrder, order, "typed questions against the JSON")
            val handWritten = case["questions"].arr().map {
                val q = it.arr()
                Triple(q[0] as String, (q[1] as Double).toLong(), (q[2] as Double).toLong())
            }
            assertEq(handWritten, order, "questions against case.json")
        }
    }
    val diffCases = caseDirs(File(corpus, "diff"))
    Harness.test("the corpus has diff cases") { ensure(diffCases.size >= 4) { "only ${diffCases.size} diff cases" } }
    for (dir in diffCases) {
        Harness.test("conformance diff/${dir.name}") {
            val case = MiniJson.parse(File(dir, "case.json").readText()).obj()
            val asOf = case["as_of"] as String?
            val expected = File(dir, "expected.json").readText()
            val json = diffCase(dir, asOf)
            ensure(json == expected) { "JSON differs from expected.json: ${jsonDiff(MiniJson.parse(expected), MiniJson.parse(json))}" }
            assertEq(json, diffCase(dir, asOf), "comparing twice")
            val diff = MiniJson.parse(json).obj()
            val marks = diff["changes"].arr().associate { it.obj()["id"] to it.obj()["mark"] }
            assertEq(case["marks"], marks, "marks against case.json")
            assertEq(case["summary"], diff["summary"], "summary against case.json")
        }
    }
    // The example profiles against the bundled Rio library, as the CLI reports them.
    val rio = RuleSet.library("rio")
    val examples = File(root, "examples/profiles").listFiles()!!.filter { it.isFile }.sortedBy { it.name }
    for (file in examples) {
        Harness.test("example profile ${file.name} as the CLI reports it") {
            val name = "examples/profiles/${file.name}"
            val expected = File(root, "examples/profiles/expected/${file.nameWithoutExtension}.json").readText()
            assertEq(expected, rio.evaluateJson(file.readText(), null, name), "report of $name")
            jsonDiff(MiniJson.parse(expected), reportTree(rio.evaluate(file.readText(), null, name)))
                ?.let { fail("typed report differs: $it") }
        }
    }
}

/** One side of a diff case: the saved report in `name`, or its profile's report. */
private fun diffSide(dir: File, name: String, rules: RuleSet, asOf: String?): String {
    val text = File(dir, name).readText()
    val document = runCatching { MiniJson.parse(text) }.getOrNull()
    return if (document is Map<*, *> && document.containsKey("report")) text else rules.evaluateJson(text, asOf, name)
}

/** A diff case's comparison, as core/tests/conformance_diff.rs makes it. */
private fun diffCase(dir: File, asOf: String?): String {
    val oldRules = RuleSet(caseSources(dir))
    val newRules = if (File(dir, "new").isDirectory) RuleSet(caseSources(dir, "new")) else oldRules
    val newName = if (File(dir, "new.json").exists()) "new.json" else "old.json"
    return diffReports(diffSide(dir, "old.json", oldRules, asOf), diffSide(dir, newName, newRules, asOf))
}
