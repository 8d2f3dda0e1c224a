// The JVM leg of tests/dist/smoke.sh: evaluates one profile with the bundled Rio library
// through the lexpact-jvm jar and prints the report's five verdict counts as one JSON line.
//
//   java -cp smoke.jar:lexpact-jvm-VERSION.jar:jna.jar org.lexpact.smoke.SmokeKt PROFILE
package org.lexpact.smoke

import java.io.File
import org.lexpact.RuleSet

fun main(args: Array<String>) {
    val file = File(args.single())
    val s = RuleSet.library("rio").evaluate(file.readText(), asOf = null, name = file.name).summary
    println(
        """{"met":${s.met},"partially_met":${s.partiallyMet},"not_met":${s.notMet},""" +
            """"unknown":${s.unknown},"not_applicable":${s.notApplicable}}""",
    )
}
