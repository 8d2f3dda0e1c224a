// Reading the conformance corpus (tests/conformance/, see its README) and turning a typed
// Report back into the JSON tree of the native report, to check that the two agree field for
// field.
package lexpact.tests

import java.io.File
import org.lexpact.*

/** The sources of a corpus case: its `.lex` files and the other files of its directory by
 * name, and the shared schema under the path the rules name it by. With `sub` (a diff case's
 * `new`), the files of that folder instead, named `sub/NAME`. */
fun caseSources(dir: File, sub: String? = null): List<Source> {
    val folder = if (sub == null) dir else File(dir, sub)
    val files = folder.listFiles()!!.filter { it.isFile }.sortedBy { it.name }
    val sources = files.map { Source(if (sub == null) it.name else "$sub/${it.name}", it.readText()) }.toMutableList()
    val schema = File(dir, "../../schema/profile.schema.json")
    sources.add(Source("../../schema/profile.schema.json", schema.readText()))
    return sources
}

fun caseDirs(dir: File): List<File> =
    dir.listFiles()!!.filter { it.isDirectory }.sortedBy { it.name }

fun verdictWord(v: Verdict): String = v.name.lowercase()

fun statusWord(s: DeadlineStatus): String = s.name.lowercase()

fun reasonWord(r: NotApplicableReason): String = r.name.lowercase()

fun reviewWord(s: ReviewStatus): String = s.name.lowercase()

private fun counts(c: Counts): Map<String, Any?> {
    val tree = linkedMapOf<String, Any?>(
        "total" to c.total.toDouble(),
        "met" to c.met.toDouble(),
        "partially_met" to c.partiallyMet.toDouble(),
        "not_met" to c.notMet.toDouble(),
        "unknown" to c.unknown.toDouble(),
        "not_applicable" to c.notApplicable.toDouble(),
        "not_applicable_applies_when" to c.notApplicableAppliesWhen.toDouble(),
        "not_applicable_exception" to c.notApplicableException.toDouble(),
        "late" to c.late.toDouble(),
        "overdue" to c.overdue.toDouble(),
    )
    if (c.ranges.isNotEmpty()) {
        tree["ranges"] = c.ranges.map { linkedMapOf("range" to it.range.map(::verdictWord), "count" to it.count.toDouble()) }
    }
    val b = c.bullets
    tree["bullets"] = linkedMapOf(
        "total" to b.total.toDouble(),
        "met" to b.met.toDouble(),
        "partially_met" to b.partiallyMet.toDouble(),
        "not_met" to b.notMet.toDouble(),
        "unknown" to b.unknown.toDouble(),
        "not_applicable" to b.notApplicable.toDouble(),
    )
    if (c.missingByStatus.isNotEmpty()) {
        tree["missing_by_status"] = linkedMapOf(*c.missingByStatus.map { it.status to it.count.toDouble() }.toTypedArray())
    }
    return tree
}

private fun explanation(e: Explanation, into: MutableMap<String, Any?>): MutableMap<String, Any?> {
    into["expr"] = e.expr
    into["value"] = MiniJson.parse(e.value)
    into["known"] = e.known
    e.fact?.let { into["fact"] = it }
    if (e.children.isNotEmpty()) {
        into["children"] = e.children.map { explanation(it, linkedMapOf()) }
    }
    return into
}

private fun deadlineTree(d: DeadlineResult): Map<String, Any?> {
    val deadline = linkedMapOf<String, Any?>("status" to statusWord(d.status))
    d.from?.let { deadline["from"] = it }
    d.due?.let { deadline["due"] = it }
    d.metOn?.let { deadline["met_on"] = it }
    d.reading?.let { deadline["reading"] = it }
    d.metOnBasis?.let { deadline["met_on_basis"] = it.name.lowercase() }
    if (d.inWindow) deadline["in_window"] = true
    return deadline
}

private fun factTree(f: FactRead): Map<String, Any?> {
    val fm = linkedMapOf<String, Any?>("pointer" to f.pointer, "status" to f.status)
    f.value?.let { fm["value"] = MiniJson.parse(it) }
    if (f.sources.isNotEmpty()) fm["sources"] = f.sources.map { MiniJson.parse(it) }
    f.note?.let { fm["note"] = MiniJson.parse(it) }
    f.inForce?.let { period ->
        val inForce = linkedMapOf<String, Any?>()
        period.from?.let { inForce["from"] = it }
        period.until?.let { inForce["until"] = it }
        fm["in_force"] = inForce
    }
    return fm
}

private fun unitTree(u: JurisdictionResult): Map<String, Any?> {
    val m = linkedMapOf<String, Any?>("id" to u.id, "name" to u.name)
    u.level?.let { m["level"] = it }
    m["verdict"] = verdictWord(u.verdict)
    if (u.range.isNotEmpty()) m["range"] = u.range.map(::verdictWord)
    u.reason?.let { m["reason"] = reasonWord(it) }
    m["deadline"] = deadlineTree(u.deadline)
    m["missing"] = u.missing
    if (u.missingStatus.isNotEmpty()) m["missing_status"] = u.missingStatus
    m["facts"] = u.facts.map(::factTree)
    m["explanation"] = u.explanation.map { c -> explanation(c.node, linkedMapOf("clause" to c.clause)) }
    return m
}

private fun tallyTree(t: JurisdictionTally): Map<String, Any?> = linkedMapOf(
    "applicable" to t.applicable.toDouble(),
    "met" to t.met.toDouble(),
    "partially_met" to t.partiallyMet.toDouble(),
    "not_met" to t.notMet.toDouble(),
    "unknown" to t.unknown.toDouble(),
    "not_applicable" to t.notApplicable.toDouble(),
)

/** The typed report as the JSON tree the native serialiser writes (same keys, same omissions). */
fun reportTree(r: Report): Map<String, Any?> {
    val profile = linkedMapOf<String, Any?>("name" to r.profile.name)
    r.profile.state?.let { profile["state"] = it }
    if (r.profile.jurisdictions.isNotEmpty()) {
        profile["jurisdictions"] = r.profile.jurisdictions.map { j ->
            val unit = linkedMapOf<String, Any?>("id" to j.id, "name" to j.name)
            j.level?.let { unit["level"] = it }
            unit
        }
    }
    val tree = linkedMapOf<String, Any?>(
        "report" to r.report,
        "ruleset" to linkedMapOf("name" to r.ruleset.name, "version" to r.ruleset.version),
        "profile" to profile,
        "as_of" to r.asOf,
        "summary" to counts(r.summary),
        "groups" to r.groups.map { linkedMapOf("group" to it.group, "counts" to counts(it.counts)) },
        "results" to r.results.map { o ->
            val m = linkedMapOf<String, Any?>(
                "id" to o.id, "title" to o.title, "cite" to o.cite, "group" to o.group, "text" to o.text,
            )
            if (o.indicators.isNotEmpty()) m["indicators"] = o.indicators
            if (o.amendments.isNotEmpty()) m["amendments"] = o.amendments
            m["weight"] = o.weight
            m["verdict"] = verdictWord(o.verdict)
            if (o.range.isNotEmpty()) m["range"] = o.range.map(::verdictWord)
            o.reason?.let { m["reason"] = reasonWord(it) }
            m["deadline"] = deadlineTree(o.deadline)
            o.exception?.let { e ->
                val ex = linkedMapOf<String, Any?>("qualifier" to e.qualifier, "justification" to e.justification)
                e.source?.let { ex["source"] = MiniJson.parse(it) }
                val review = linkedMapOf<String, Any?>("status" to reviewWord(e.review.status))
                e.review.by?.let { review["by"] = it }
                e.review.date?.let { review["date"] = it }
                e.review.note?.let { review["note"] = it }
                ex["review"] = review
                m["exception"] = ex
            }
            m["missing"] = o.missing
            if (o.missingStatus.isNotEmpty()) m["missing_status"] = o.missingStatus
            m["facts"] = o.facts.map(::factTree)
            m["explanation"] = o.explanation.map { c -> explanation(c.node, linkedMapOf("clause" to c.clause)) }
            if (o.warnings.isNotEmpty()) m["warnings"] = o.warnings
            if (o.jurisdictions.isNotEmpty()) m["jurisdictions"] = o.jurisdictions.map(::unitTree)
            o.tally?.let { m["tally"] = tallyTree(it) }
            m
        },
    )
    if (r.warnings.isNotEmpty()) tree["warnings"] = r.warnings
    return tree
}

/** The first difference between two JSON trees, or null. Key order is compared too. */
fun jsonDiff(expected: Any?, actual: Any?, path: String = ""): String? {
    when {
        expected is Map<*, *> && actual is Map<*, *> -> {
            if (expected.keys.toList() != actual.keys.toList()) {
                return "$path: keys ${expected.keys} != ${actual.keys}"
            }
            for (k in expected.keys) {
                jsonDiff(expected[k], actual[k], "$path/$k")?.let { return it }
            }
            return null
        }
        expected is List<*> && actual is List<*> -> {
            if (expected.size != actual.size) return "$path: ${expected.size} items != ${actual.size}"
            for (i in expected.indices) jsonDiff(expected[i], actual[i], "$path/$i")?.let { return it }
            return null
        }
        else -> return if (expected == actual) null else "$path: <$expected> != <$actual>"
    }
}

/** Checks a thrown error's diagnostics against an error case's expected list. */
fun checkDiagnostics(expected: List<Any?>, got: List<Diagnostic>) {
    ensure(expected.size == got.size) { "expected ${expected.size} diagnostics, got ${got.size}: $got" }
    for ((want, d) in expected.zip(got)) {
        val w = want.obj()
        assertEq(w["code"], d.code, "code of $d")
        assertEq((w["line"] as Double).toLong(), d.line.toLong(), "line of $d")
        assertEq((w["column"] as Double).toLong(), d.column.toLong(), "column of $d")
        if (w.containsKey("help")) assertEq(w["help"], d.help, "help of $d")
        if (w.containsKey("file")) assertEq(w["file"], d.file, "file of $d")
    }
}
