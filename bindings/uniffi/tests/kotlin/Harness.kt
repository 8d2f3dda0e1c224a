// A tiny test runner: the suites run as a plain `main` on the JVM (no JUnit needed), each test
// a named block; the run ends with `N passed, M failed`.
package lexpact.tests

class AssertionFailed(message: String) : Exception(message)

object Harness {
    var passed = 0
        private set
    var failed = 0
        private set

    fun test(name: String, body: () -> Unit) {
        val start = System.nanoTime()
        try {
            body()
            passed++
            println("ok     $name (${(System.nanoTime() - start) / 1_000_000} ms)")
        } catch (e: Throwable) {
            failed++
            println("FAILED $name")
            println("       ${e::class.qualifiedName}: ${e.message?.take(4000)}")
        }
    }
}

fun fail(message: String): Nothing = throw AssertionFailed(message)

fun ensure(condition: Boolean, message: () -> String) {
    if (!condition) fail(message())
}

fun <T> assertEq(expected: T, actual: T, what: String) {
    if (expected != actual) fail("$what: expected <$expected>, got <$actual>")
}

/** Runs `body`, which must throw an `E`; returns it. */
inline fun <reified E : Throwable> assertThrows(what: String, body: () -> Unit): E {
    try {
        body()
    } catch (e: Throwable) {
        if (e is E) return e
        fail("$what: expected ${E::class.simpleName}, got ${e::class.qualifiedName}: ${e.message}")
    }
    fail("$what: expected ${E::class.simpleName}, nothing was thrown")
}
