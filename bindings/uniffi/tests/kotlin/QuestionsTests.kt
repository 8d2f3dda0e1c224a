// `RuleSet.questions` through the Kotlin bindings: a questions conformance case gives the
// native JSON byte for byte, and the typed records the same order, most decisive first.
package lexpact.tests

import java.io.File
import org.lexpact.*

fun questionsTests(root: File) {
    val dir = File(root, "tests/conformance/questions/001-connectives-and-ties")
    val profile = File(dir, "profile.json").readText()
    Harness.test("questions: JSON of a conformance case") {
        val rules = RuleSet(caseSources(dir))
        assertEq(File(dir, "expected.json").readText(), rules.questionsJson(profile, null, "profile.json"), "questions JSON")
    }
    Harness.test("questions: typed records, most decisive first") {
        val asked = RuleSet(caseSources(dir)).questions(profile, null, "profile.json")
        assertEq("lexpact/questions/v1", asked.format, "format")
        assertEq(3UL, asked.unknown, "unknown verdicts")
        val first = asked.questions.first()
        assertEq("/logic/u", first.pointer, "first question")
        assertEq(2UL, first.decides, "decided by the first")
        assertEq(FactType.BOOLEAN, first.factType, "type")
        assertEq(listOf(QuestionEffect.DECIDES, QuestionEffect.DECIDES), first.obligations.map { it.effect }, "effects")
        assertEq(
            listOf("/logic/u", "/jurisdiction/extraterritorial/exists", "/logic/u2", "/state/un_member"),
            asked.questions.map { it.pointer },
            "order",
        )
    }
    Harness.test("questions: the step budget is shared (E0305)") {
        val rules = RuleSet(caseSources(dir), Limits(maxEvaluationSteps = 12UL))
        val e = assertThrows<LexpactException.Profile>("asking") { rules.questions(profile) }
        assertEq("E0305", e.diagnostics.first().code, "code")
    }
}
