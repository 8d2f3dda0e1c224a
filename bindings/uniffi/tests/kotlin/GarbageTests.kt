// No panic crosses the boundary: every exported function, called with garbage, returns or
// throws a LexpactException, never an InternalException (a Rust panic) or anything else.
package lexpact.tests

import java.io.File
import java.util.Random
import org.lexpact.*

/** Strings no caller should send: empty, binary-looking, deeply nested, huge, almost-valid. */
fun garbageStrings(seed: Long, count: Int): List<String> {
    val fixed = listOf(
        "", " ", "\u0000", "\u0000\u0001\u0002", "{", "}", "[", "]", "null", "42", "-0", "1e999",
        "\"text\"", "[]", "{}", "{\"as_of\": 7}", "{\"as_of\": \"2024-02-30\"}", "\uFEFF{}",
        "\uD800", "\uDFFF\uD800", "\u202E", "🦀".repeat(1000), "(".repeat(100_000),
        "[".repeat(100_000), "{\"a\":".repeat(50_000), "- ".repeat(50_000), "a: [".repeat(20_000),
        "x".repeat(5 shl 20), "obligation", "obligation x {", "obligation x { require }",
        "ruleset \"a\" version", "schema \"/etc/passwd\"", "schema \"../../../../../../etc/passwd\"",
        "schema \"lexpact/legal-profile/v1\"\nobligation x { title \"t\" cite \"c\" group \"g\" require nope }",
        "define f(x) = f(x)\nobligation x { title \"t\" cite \"c\" group \"g\" require f(1) }",
        "define a = b\ndefine b = a", "obligation x { title \"t\" cite \"c\" group \"g\" require " +
            "not ".repeat(10_000) + "true }",
        "obligation x { title \"t\" cite \"c\" group \"g\" require " + "1 + ".repeat(10_000) + "1 > 0 }",
        "--- !!binary |\n  R0lGODlhDAAMAIQAAP", "&a [*a]", "a: &a [*a, *a]", "? [a]\n: b",
        "as_of: 2024-01-01\ntreaties: {crc: {status: 7}}", "%YAML 9.9\n---\n{}",
    )
    val random = Random(seed)
    val generated = (0 until count).map {
        val length = random.nextInt(200)
        buildString {
            repeat(length) {
                when (random.nextInt(4)) {
                    0 -> append("{}[]():,\"\\ \n\t-.#".random(kotlin.random.Random(random.nextLong())))
                    1 -> append((random.nextInt(0x7e - 0x20) + 0x20).toChar())
                    2 -> append(listOf("obligation", "require", "and", "not", "all", "in", "define", "true", "as_of").random(kotlin.random.Random(random.nextLong())) + " ")
                    else -> append(random.nextInt(0xD7FF).toChar())
                }
            }
        }
    }
    return fixed + generated
}

/** Calls `body`; a LexpactException is an answer, anything else thrown is a failure. */
private fun answers(what: String, body: () -> Unit) {
    try {
        body()
    } catch (e: LexpactException) {
        ensure(e.diagnostics().isNotEmpty()) { "$what: an error without diagnostics" }
        ensure(e.diagnostics().none { it.code == "E0900" }) { "$what: an internal error: ${e.message}" }
    } catch (e: java.nio.charset.CharacterCodingException) {
        // Kotlin refuses a string that is not valid UTF-16 (a lone surrogate) before the call.
    } catch (e: Throwable) {
        fail("$what: ${e::class.qualifiedName}: ${e.message?.take(300)}")
    }
}

fun garbageTests(root: File) {
    val garbage = garbageStrings(20081128, 150)
    val quickstart = File(root, "examples/quickstart")
    val schema = File(quickstart, "profile.schema.json").readText()
    val names = listOf("rules.lex", "", "a", ".lex", "../../x.lex", "/abs/x.lex", "\u0000.lex", "profile.schema.json", "lexpact/legal-profile/v1")
    val sourceLists: List<List<Source>> = garbage.mapIndexed { i, text ->
        listOf(Source(names[i % names.size], text)) +
            (if (i % 3 == 0) listOf(Source("profile.schema.json", if (i % 2 == 0) schema else text)) else emptyList())
    } + listOf(
        emptyList(),
        List(1_001) { Source("f$it.lex", "") },
        List(3) { Source("same.lex", "obligation x { title \"t\" cite \"c\" group \"g\" require true }") },
    )
    val rio = RuleSet.library("rio")
    val quick = RuleSet(listOf("rules.lex", "profile.schema.json").map { Source(it, File(quickstart, it).readText()) })
    val loose = RuleSet(listOf(Source("rules.lex", SMALL_RULES)))
    val dates = listOf(null, "", "2024-02-30", "0000-00-00", "9999999-01-01", "-1", "2024-01-01T00:00:00Z", "2024-1-1", "\u0000") + garbage.take(20)

    Harness.test("garbage: RuleSet(sources)") {
        for ((i, s) in sourceLists.withIndex()) answers("RuleSet #$i") { RuleSet(s) }
    }
    Harness.test("garbage: check(sources)") {
        for ((i, s) in sourceLists.withIndex()) answers("check #$i") { org.lexpact.check(s) }
    }
    Harness.test("garbage: RuleSet.library(name)") {
        for ((i, g) in (garbage + listOf("rio ", "RIO", "../rio", "icmec\u0000")).withIndex()) answers("library #$i") { RuleSet.library(g) }
    }
    // Compiling rio takes a while: every tenth list extends it, the others name no library.
    Harness.test("garbage: RuleSet.libraryWith(name, sources)") {
        for ((i, s) in sourceLists.withIndex()) answers("libraryWith #$i") { RuleSet.libraryWith(if (i % 10 == 0) "rio" else garbage[i % garbage.size], s) }
    }
    Harness.test("garbage: evaluate(profile, asOf, name)") {
        for ((i, g) in garbage.withIndex()) {
            for (rules in listOf(rio, quick, loose)) {
                answers("evaluate #$i") { rules.evaluate(g, dates[i % dates.size], garbage[(i * 7) % garbage.size].take(100)) }
            }
        }
        for ((i, d) in dates.withIndex()) answers("evaluate as_of #$i") { rio.evaluate("{}", d) }
    }
    Harness.test("garbage: evaluateJson(profile, asOf, name)") {
        for ((i, g) in garbage.withIndex()) {
            for (rules in listOf(rio, quick, loose)) {
                answers("evaluateJson #$i") { rules.evaluateJson(g, dates[i % dates.size]) }
            }
        }
    }
    Harness.test("garbage: evaluate and evaluateJson with Detail.VERDICTS") {
        for ((i, g) in garbage.withIndex()) {
            for (rules in listOf(rio, quick, loose)) {
                answers("evaluate verdicts #$i") { rules.evaluate(g, dates[i % dates.size], "profile", Detail.VERDICTS) }
                answers("evaluateJson verdicts #$i") { rules.evaluateJson(g, "2024-01-01", names[i % names.size], Detail.VERDICTS) }
            }
        }
    }
    // Garbage profiles with real ids and garbage ids (cut to 100 characters: a did-you-mean on
    // a huge id takes long), and garbage ids on a good profile.
    Harness.test("garbage: explainObligation(profile, id, asOf, name)") {
        for (rules in listOf(rio, quick, loose)) {
            val ids = rules.obligations().map { it.id }
            for ((i, g) in garbage.withIndex()) {
                val id = if (i % 2 == 0) ids[i % ids.size] else garbage[(i * 5) % garbage.size].take(100)
                answers("explainObligation #$i") { rules.explainObligation(g, id, dates[i % dates.size], names[i % names.size]) }
            }
        }
        val borealis = File(root, "examples/profiles/borealis.json").readText()
        for ((i, g) in garbage.withIndex()) answers("explainObligation id #$i") { rio.explainObligation(borealis, g.take(100), dates[i % dates.size]) }
    }
    Harness.test("garbage: format(source, name)") {
        for ((i, g) in garbage.withIndex()) answers("format #$i") { format(g, names[i % names.size]) }
    }
    Harness.test("garbage: the functions without input (name, version, obligations, warnings, test, limits, libraries, engineVersion, defaultLimits)") {
        for (rules in listOf(rio, quick, loose)) {
            answers("name") { rules.name() }
            answers("version") { rules.version() }
            answers("obligations") { rules.obligations() }
            answers("warnings") { rules.warnings() }
            answers("test") { rules.test() }
            answers("limits") { rules.limits() }
        }
        answers("libraries") { libraries() }
        answers("engineVersion") { engineVersion() }
        answers("defaultLimits") { defaultLimits() }
    }
    Harness.test("garbage: limits at and past their bounds, for every call that takes them") {
        fun all(v: ULong) = Limits(v, v, v, v, v, v, v, v, v)
        val limitLists = listOf(
            Limits(), all(0UL), all(1UL), all(ULong.MAX_VALUE).copy(maxDepth = 64UL, maxExpandedDepth = 64UL),
            all(ULong.MAX_VALUE), Limits(maxDepth = 65UL), Limits(maxExpandedDepth = ULong.MAX_VALUE),
            Limits(maxSourceBytes = 0UL), Limits(maxFiles = 0UL), Limits(maxDepth = 0UL), Limits(maxObligations = 0UL),
            Limits(maxExpandedNodes = 0UL), Limits(maxExpandedDepth = 0UL), Limits(maxListLen = 0UL),
            Limits(maxExplanationNodes = 0UL), Limits(maxEvaluationSteps = 0UL), Limits(maxEvaluationSteps = 1UL),
        )
        val quickSources = listOf("rules.lex", "profile.schema.json").map { Source(it, File(quickstart, it).readText()) }
        // Shallow profiles only: depths near the ceiling need more stack than a JVM thread has
        // in a debug build (the parser takes about 150 KB a level there).
        val profiles = garbage.filter { it.length < 300 } + listOf(File(quickstart, "profile.json").readText(), File(root, "examples/profiles/borealis.json").readText())
        for ((i, l) in limitLists.withIndex()) {
            val built = mutableListOf<RuleSet>()
            answers("RuleSet limits #$i") { built.add(RuleSet(quickSources, l)) }
            answers("RuleSet small limits #$i") { built.add(RuleSet(listOf(Source("rules.lex", SMALL_RULES)), l)) }
            answers("RuleSet.library limits #$i") { built.add(RuleSet.library("icmec", l)) }
            answers("RuleSet.libraryWith limits #$i") { built.add(RuleSet.libraryWith("icmec", quickSources.drop(1), l)) }
            answers("check limits #$i") { org.lexpact.check(quickSources, l) }
            answers("format limits #$i") { format(SMALL_RULES, "rules.lex", l) }
            for (rules in built) {
                answers("limits #$i") { assertEq(l, rules.limits(), "limits") }
                val ids = rules.obligations().map { it.id }
                for ((k, g) in profiles.withIndex()) {
                    answers("evaluate limits #$i #$k") { rules.evaluate(g, dates[k % dates.size]) }
                    answers("evaluateJson limits #$i #$k") { rules.evaluateJson(g, "2024-01-01") }
                    answers("evaluate verdicts limits #$i #$k") { rules.evaluate(g, "2024-01-01", "profile", Detail.VERDICTS) }
                    if (ids.isNotEmpty()) answers("explainObligation limits #$i #$k") { rules.explainObligation(g, ids[k % ids.size], "2024-01-01") }
                }
            }
        }
        answers("defaultLimits") { defaultLimits() }
    }
    Harness.test("garbage: a lone surrogate is refused in Kotlin, before the call") {
        assertThrows<java.nio.charset.CharacterCodingException>("lone surrogate") { format("\uD800") }
    }
    Harness.test("garbage: the error's diagnostics() and summary()") {
        val e = assertThrows<LexpactException>("error") { rio.evaluate("{") }
        answers("diagnostics") { e.diagnostics() }
        answers("summary") { e.summary() }
        answers("Diagnostic.toString") { ensure(e.diagnostics().first().toString().startsWith("profile:")) { "toString" } }
    }
}
