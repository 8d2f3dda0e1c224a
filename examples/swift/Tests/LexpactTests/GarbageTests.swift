// No panic crosses the boundary: every exported function, called with garbage, returns or
// throws a LexpactError (never a Rust panic, which Swift reports as UniffiInternalError).
// Mirrors bindings/uniffi/tests/kotlin/GarbageTests.kt.
import Foundation
import Lexpact
import XCTest

private let obligation = "obligation x { title \"t\" cite \"c\" group \"g\" require "

/// A small deterministic generator (the same strings on every run).
private struct Lcg {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}

func garbageStrings(count: Int) -> [String] {
    var fixed: [String] = [
        "", " ", "\0", "\0\u{1}\u{2}", "{", "}", "[", "]", "null", "42", "-0", "1e999", "\"text\"", "[]", "{}",
        "{\"as_of\": 7}", "{\"as_of\": \"2024-02-30\"}", "\u{FEFF}{}", "\u{202E}",
        String(repeating: "🦀", count: 1000), String(repeating: "(", count: 100_000),
        String(repeating: "[", count: 100_000), String(repeating: "{\"a\":", count: 50_000),
        String(repeating: "- ", count: 50_000), String(repeating: "a: [", count: 20_000),
        String(repeating: "x", count: 5 << 20), "obligation", "obligation x {", "obligation x { require }",
        "ruleset \"a\" version", "schema \"/etc/passwd\"", "schema \"../../../../../../etc/passwd\"",
        "schema \"lexpact/legal-profile/v1\"\n" + obligation + "nope }",
        "define f(x) = f(x)\n" + obligation + "f(1) }", "define a = b\ndefine b = a",
    ]
    fixed.append(obligation + String(repeating: "not ", count: 10_000) + "true }")
    fixed.append(obligation + String(repeating: "1 + ", count: 10_000) + "1 > 0 }")
    fixed += ["--- !!binary |\n  R0lGODlhDAAMAIQAAP", "&a [*a]", "a: &a [*a, *a]", "? [a]\n: b",
              "as_of: 2024-01-01\ntreaties: {crc: {status: 7}}", "%YAML 9.9\n---\n{}"]
    var rng = Lcg(state: 20081128)
    let punctuation = Array("{}[]():,\"\\ \n\t-.#")
    let words = ["obligation", "require", "and", "not", "all", "in", "define", "true", "as_of"]
    for _ in 0..<count {
        var s = ""
        for _ in 0..<rng.next(200) {
            switch rng.next(4) {
            case 0: s.append(punctuation[rng.next(punctuation.count)])
            case 1: s.append(Character(Unicode.Scalar(UInt8(0x20 + rng.next(0x5E)))))
            case 2: s += words[rng.next(words.count)] + " "
            default: s.append(Character(Unicode.Scalar(UInt32(rng.next(0xD7FF))) ?? "?"))
            }
        }
        fixed.append(s)
    }
    return fixed
}

/// A value or a LexpactError is an answer; anything else is a failure.
private func answers(_ what: String, _ body: () throws -> Void) {
    do {
        try body()
    } catch let error as LexpactError {
        XCTAssertFalse(error.diagnostics().isEmpty, "\(what): an error without diagnostics")
        XCTAssertFalse(error.diagnostics().contains { $0.code == "E0900" }, "\(what): an internal error: \(error)")
    } catch {
        XCTFail("\(what): \(error)")
    }
}

final class GarbageTests: XCTestCase {
    let garbage = garbageStrings(count: 150)
    let names = ["rules.lex", "", "a", ".lex", "../../x.lex", "/abs/x.lex", "\0.lex", "profile.schema.json", "lexpact/legal-profile/v1"]

    func sourceLists() throws -> [[Source]] {
        let schema = try readText(repoRoot.appendingPathComponent("examples/quickstart/profile.schema.json"))
        var lists: [[Source]] = garbage.enumerated().map { i, text in
            var sources = [Source(name: names[i % names.count], text: text)]
            if i % 3 == 0 { sources.append(Source(name: "profile.schema.json", text: i % 2 == 0 ? schema : text)) }
            return sources
        }
        lists.append([])
        lists.append((0...1000).map { Source(name: "f\($0).lex", text: "") })
        lists.append(Array(repeating: Source(name: "same.lex", text: obligation + "true }"), count: 3))
        return lists
    }

    func ruleSets() throws -> [RuleSet] {
        [try RuleSet.library(name: "rio"), try RuleSet(sources: try quickSources()),
         try RuleSet(sources: [Source(name: "rules.lex", text: smallRules)])]
    }

    var dates: [String?] {
        let fixed: [String?] = [nil, "", "2024-02-30", "0000-00-00", "9999999-01-01", "-1", "2024-01-01T00:00:00Z", "2024-1-1", "\0"]
        return fixed + garbage.prefix(20).map { Optional($0) }
    }

    func testNew() throws {
        for (i, s) in try sourceLists().enumerated() { answers("RuleSet #\(i)") { _ = try RuleSet(sources: s) } }
    }

    func testCheck() throws {
        for s in try sourceLists() { _ = try check(sources: s) }
    }

    func testLibrary() {
        for (i, g) in (garbage + ["rio ", "RIO", "../rio", "icmec\0"]).enumerated() {
            answers("library #\(i)") { _ = try RuleSet.library(name: g) }
        }
    }

    func testLibraryWith() throws {
        for (i, s) in try sourceLists().enumerated() {
            answers("libraryWith #\(i)") { _ = try RuleSet.libraryWith(name: i % 10 == 0 ? "rio" : garbage[i % garbage.count], sources: s) }
        }
    }

    func testEvaluate() throws {
        let sets = try ruleSets()
        let dates = self.dates
        for (i, g) in garbage.enumerated() {
            for rules in sets {
                answers("evaluate #\(i)") { _ = try rules.evaluate(profile: g, asOf: dates[i % dates.count], name: String(garbage[(i * 7) % garbage.count].prefix(100))) }
                answers("evaluateJson #\(i)") { _ = try rules.evaluateJson(profile: g, asOf: dates[i % dates.count]) }
            }
        }
        for (i, d) in dates.enumerated() { answers("evaluate as_of #\(i)") { _ = try sets[0].evaluate(profile: "{}", asOf: d) } }
    }

    func testEvaluateVerdicts() throws {
        let sets = try ruleSets()
        let dates = self.dates
        for (i, g) in garbage.enumerated() {
            for rules in sets {
                answers("evaluate verdicts #\(i)") { _ = try rules.evaluate(profile: g, asOf: dates[i % dates.count], detail: .verdicts) }
                answers("evaluateJson verdicts #\(i)") { _ = try rules.evaluateJson(profile: g, asOf: "2024-01-01", name: names[i % names.count], detail: .verdicts) }
            }
        }
    }

    /// Garbage profiles with real ids and garbage ids (cut to 100 characters: a did-you-mean on
    /// a huge id takes long), and garbage ids on a good profile.
    func testExplainObligation() throws {
        let sets = try ruleSets()
        let dates = self.dates
        for rules in sets {
            let ids = rules.obligations().map { $0.id }
            for (i, g) in garbage.enumerated() {
                let id = i % 2 == 0 ? ids[i % ids.count] : String(garbage[(i * 5) % garbage.count].prefix(100))
                answers("explainObligation #\(i)") { _ = try rules.explainObligation(profile: g, id: id, asOf: dates[i % dates.count], name: names[i % names.count]) }
            }
        }
        let borealis = try readText(repoRoot.appendingPathComponent("examples/profiles/borealis.json"))
        for (i, g) in garbage.enumerated() {
            answers("explainObligation id #\(i)") { _ = try sets[0].explainObligation(profile: borealis, id: String(g.prefix(100)), asOf: dates[i % dates.count]) }
        }
    }

    func testFormat() {
        for (i, g) in garbage.enumerated() { answers("format #\(i)") { _ = try format(source: g, name: names[i % names.count]) } }
    }

    func testFunctionsWithoutInput() throws {
        for rules in try ruleSets() {
            _ = rules.name(); _ = rules.version(); _ = rules.obligations(); _ = rules.warnings(); _ = rules.test()
            _ = rules.limits()
        }
        _ = libraries()
        _ = engineVersion()
        _ = defaultLimits()
        do {
            _ = try ruleSets()[0].evaluate(profile: "{")
            XCTFail("no error")
        } catch let error as LexpactError {
            XCTAssertFalse(error.diagnostics().isEmpty)
            XCTAssertFalse(error.summary().isEmpty)
            XCTAssertTrue(error.diagnostics()[0].description.hasPrefix("profile:"))
            XCTAssertFalse(error.diagnostics()[0].debugDescription.isEmpty)
        }
    }
}
