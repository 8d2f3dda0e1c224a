// The conformance corpus through the Kotlin bindings: every case's report is byte-identical
// to the native one (expected.json) and the typed Report agrees with it field for field.
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
