// The bad-input corpus (tests/bad-input/, see its README, "Running a case") through the Kotlin
// bindings: each case gives, as a LexpactException, the first error the native runner
// (tests/bad_input.rs) expects, or is accepted.
package lexpact.tests

import java.io.File
import java.nio.ByteBuffer
import java.nio.charset.CharacterCodingException
import java.nio.charset.CodingErrorAction
import org.lexpact.*

/** Decodes bytes as strict UTF-8: null when they are not UTF-8 (the APIs take strings). */
fun strictUtf8(bytes: ByteArray): String? =
    try {
        Charsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString()
    } catch (e: CharacterCodingException) {
        null
    }

/** The `limits` of a case (by the core's names, missing ones at their defaults), or null. */
fun caseLimits(expected: Map<String, Any?>): Limits? {
    val given = expected["limits"]?.obj() ?: return null
    var limits = Limits()
    for ((name, value) in given) {
        val v = (value as Double).toLong().toULong()
        limits = when (name) {
            "max_source_bytes" -> limits.copy(maxSourceBytes = v)
            "max_files" -> limits.copy(maxFiles = v)
            "max_depth" -> limits.copy(maxDepth = v)
            "max_obligations" -> limits.copy(maxObligations = v)
            "max_expanded_nodes" -> limits.copy(maxExpandedNodes = v)
            "max_expanded_depth" -> limits.copy(maxExpandedDepth = v)
            "max_list_len" -> limits.copy(maxListLen = v)
            "max_explanation_nodes" -> limits.copy(maxExplanationNodes = v)
            "max_evaluation_steps" -> limits.copy(maxEvaluationSteps = v)
            else -> fail("unknown limit `$name`")
        }
    }
    return limits
}

fun badInputTests(root: File) {
    val corpus = File(root, "tests/bad-input")
    val cases = corpus.listFiles()!!.filter { File(it, "expected.json").isFile }.sortedBy { it.name }
    // Bundled libraries by name and limits: compiling one takes a while.
    val libraries = HashMap<Pair<String, Limits?>, RuleSet>()
    val ran = mutableSetOf<String>()
    Harness.test("the bad-input corpus has cases") { ensure(cases.size >= 40) { "only ${cases.size} cases in $corpus" } }
    for (dir in cases) {
        Harness.test("bad input ${dir.name}") {
            ran.add(dir.name)
            val expected = MiniJson.parse(File(dir, "expected.json").readText()).obj()
            val input = expected["input"] as String
            val bytes = File(dir, input).readBytes()
            val text = strictUtf8(bytes)
            if (expected["utf8"] == false) {
                assertEq(null, text, "strict UTF-8 decoding of $input")
                assertEq("E0300", expected["code"], "the code of a case that is not UTF-8")
                return@test
            }
            ensure(text != null) { "$input is not UTF-8" }
            val limits = caseLimits(expected)
            val failure: LexpactException? = try {
                when (expected["kind"]) {
                    "rules" -> RuleSet(listOf(Source(input, text!!)), limits).close()
                    "profile" -> {
                        val ruleSpec = expected["rules"].obj()
                        val own = ruleSpec["file"] as String?
                        if (own == null) {
                            val library = ruleSpec["library"] as String
                            val rules = libraries.getOrPut(library to limits) { RuleSet.library(library, limits) }
                            rules.evaluate(text!!, null, input)
                        } else {
                            RuleSet(listOf(Source(own, File(dir, own).readText())), limits).use { rules ->
                                rules.evaluate(text!!, null, input)
                            }
                        }
                    }
                    else -> fail("unknown kind ${expected["kind"]}")
                }
                null
            } catch (e: LexpactException) {
                e
            }
            val code = expected["code"] as String?
            if (code == null) {
                ensure(failure == null) { "refused: ${failure!!.diagnostics()}" }
                return@test
            }
            ensure(failure != null) { "accepted, expected $code" }
            val wantKind = if (expected["kind"] == "rules") "Rules" else "Profile"
            assertEq(wantKind, failure!!::class.simpleName, "the kind of error")
            val first = failure.diagnostics().firstOrNull { it.severity == Severity.ERROR }
                ?: fail("no error among ${failure.diagnostics()}")
            val line = (expected["line"] as Double?)?.toLong() ?: 0L
            val column = (expected["column"] as Double?)?.toLong() ?: 0L
            val where = "expected $code at $line:$column, got $first"
            assertEq(code, first.code, where)
            assertEq(line, first.line.toLong(), where)
            assertEq(column, first.column.toLong(), where)
            (expected["message_contains"] as String?)?.let { piece ->
                ensure(first.message.contains(piece)) { "the message does not contain \"$piece\": $first" }
            }
        }
    }
    Harness.test("every bad-input case ran") {
        val all = corpus.listFiles()!!.filter { it.isDirectory }.map { it.name }.sorted()
        assertEq(all, ran.sorted(), "the case directories run")
    }
    libraries.values.forEach { it.close() }
}
