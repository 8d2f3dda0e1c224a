// Runs every Kotlin suite: `java -cp tests.jar:jna.jar -Djna.library.path=DIR
// lexpact.tests.MainKt REPO_ROOT`. Ends with `N passed, M failed`; exits 1 on a failure.
package lexpact.tests

import java.io.File
import kotlin.system.exitProcess

fun main(args: Array<String>) {
    val root = File(args.firstOrNull() ?: ".").canonicalFile
    apiTests(root)
    conformanceTests(root)
    garbageTests(root)
    badInputTests(root)
    questionsTests(root)
    federalTests()
    println("${Harness.passed} passed, ${Harness.failed} failed")
    if (Harness.failed > 0) exitProcess(1)
}
