// An Android-style use of the Lexpact Kotlin bindings, run here as a plain JVM program:
// load the bundled rule library once, evaluate a State's profile, show the verdicts, and list
// the unknown facts to ask the user next (the facts that would settle the most obligations
// first). On Android the same code runs in a ViewModel; see README.md for packaging.
//
//   java -cp example.jar:lexpact-jvm-VERSION.jar:jna.jar org.lexpact.example.MainKt PROFILE
package org.lexpact.example

import java.io.File
import kotlin.system.exitProcess
import org.lexpact.LexpactException
import org.lexpact.Report
import org.lexpact.RuleSet
import org.lexpact.Verdict

/** One question for the user: a fact of the profile, and the obligations its answer settles. */
data class Question(val pointer: String, val obligations: List<String>)

/** The facts the report lacks, those that settle the most obligations first. */
fun questions(report: Report): List<Question> =
    report.results
        .flatMap { result -> result.missing.map { pointer -> pointer to result.id } }
        .groupBy({ it.first }, { it.second })
        .map { (pointer, ids) -> Question(pointer, ids.distinct()) }
        .sortedWith(compareByDescending<Question> { it.obligations.size }.thenBy { it.pointer })

fun main(args: Array<String>) {
    val path = args.firstOrNull() ?: "examples/profiles/borealis.json"
    // The native library is loaded by JNA on first use: from the lexpact-jvm jar (its
    // linux-x86-64/ resource) or -Djna.library.path on the JVM, from the APK's
    // lib/<abi>/liblexpact_uniffi.so on Android. Build the rule set once (it takes a
    // moment) and share it: a RuleSet is immutable and safe to use from any thread.
    val rules = RuleSet.library("rio")
    // On Android: context.assets.open("profile.json").bufferedReader().use { it.readText() }
    val profile = File(path).readText()
    val report = try {
        rules.evaluate(profile, asOf = null, name = File(path).name)
    } catch (e: LexpactException) {
        // Show the user what is wrong with the profile, one line per diagnostic.
        System.err.println("the profile is refused:")
        e.diagnostics().forEach { System.err.println("  $it") }
        exitProcess(2)
    }
    val s = report.summary
    println("${report.profile.state ?: report.profile.name} as of ${report.asOf}: ${s.total} obligations")
    println("  met ${s.met}, partially met ${s.partiallyMet}, not met ${s.notMet}, unknown ${s.unknown}, not applicable ${s.notApplicable}; overdue ${s.overdue}")
    println("  not applicable: ${s.notApplicableAppliesWhen} not concerned, ${s.notApplicableException} by an accepted exception")
    // What the missing facts could still make of the unknown verdicts.
    for (c in s.ranges) println("  unknown, could be ${c.range.joinToString(" or ") { it.name.lowercase() }}: ${c.count}")
    for (r in report.results.filter { it.verdict == Verdict.NOT_MET }.take(3)) {
        println("  not met: ${r.cite} ${r.title}")
    }
    val ask = questions(report)
    println("${ask.size} facts to ask next:")
    for (q in ask.take(10)) {
        println("  ${q.pointer}  (settles ${q.obligations.joinToString(", ")})")
    }
}
