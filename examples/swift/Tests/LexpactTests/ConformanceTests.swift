// The conformance corpus through the Swift bindings: every case's report is byte-identical to
// the native one (expected.json) and the typed Report agrees with it; every questions case's
// questions and every diff case's comparison are the native JSON byte for byte, run as
// core/tests/conformance_questions.rs and core/tests/conformance_diff.rs run them. Mirrors
// bindings/uniffi/tests/kotlin/ConformanceTests.kt.
import Foundation
import Lexpact
import XCTest

final class ConformanceTests: XCTestCase {
    let corpus = repoRoot.appendingPathComponent("tests/conformance")

    func testCases() throws {
        let cases = try directories(corpus.appendingPathComponent("cases"))
        XCTAssertGreaterThanOrEqual(cases.count, 45)
        for dir in cases {
            let name = dir.lastPathComponent
            let spec = try parseJson(try readText(dir.appendingPathComponent("case.json"))) as! [String: Any]
            let asOf = spec["as_of"] as? String
            let rules = try RuleSet(sources: try caseSources(dir))
            XCTAssertEqual(rules.warnings(), [], name)
            XCTAssertEqual(rules.test().failed, 0, name)
            let profile = try readText(dir.appendingPathComponent("profile.json"))
            let expected = try readText(dir.appendingPathComponent("expected.json"))
            let json = try rules.evaluateJson(profile: profile, asOf: asOf, name: "profile.json")
            XCTAssertEqual(json, expected, "\(name): the JSON report differs from expected.json")
            XCTAssertEqual(try rules.evaluateJson(profile: profile, asOf: asOf, name: "profile.json"), json, name)
            let report = try rules.evaluate(profile: profile, asOf: asOf, name: "profile.json")
            assertSameTree(try parseJson(expected), try reportTree(report), name)
            let verdicts = spec["verdicts"] as! [String: String]
            XCTAssertEqual(Set(verdicts.keys), Set(report.results.map { $0.id }), name)
            for r in report.results {
                let parts = verdicts[r.id, default: ""].split(separator: "/").map(String.init)
                XCTAssertEqual(parts.first, word(r.verdict), "\(name): \(r.id)")
                XCTAssertEqual(parts.count > 1 ? parts[1] : "none" as String, word(r.deadline.status), "\(name): \(r.id)")
                XCTAssertEqual(parts.count > 2 ? Optional(parts[2]) : nil, r.deadline.reading, "\(name): \(r.id)")
            }
            for (id, list) in spec["missing"] as? [String: [String]] ?? [:] {
                XCTAssertEqual(report.results.first { $0.id == id }?.missing, list, "\(name): missing of \(id)")
            }
        }
    }

    func testErrorCases() throws {
        let cases = try directories(corpus.appendingPathComponent("errors"))
        XCTAssertGreaterThanOrEqual(cases.count, 10)
        for dir in cases {
            let name = dir.lastPathComponent
            let expected = try parseJson(try readText(dir.appendingPathComponent("expected.json"))) as! [String: Any]
            let diagnostics = expected["diagnostics"] as! [[String: Any]]
            switch expected["stage"] as? String {
            case "compile":
                XCTAssertThrowsError(try RuleSet(sources: try caseSources(dir)), name) { error in
                    guard case LexpactError.Rules(_, let got) = error else {
                        return XCTFail("\(name): expected LexpactError.Rules, got \(error)")
                    }
                    checkDiagnostics(diagnostics, got, name)
                }
                checkDiagnostics(diagnostics, try check(sources: try caseSources(dir)), name)
            case "evaluate":
                let rules = try RuleSet(sources: try caseSources(dir))
                let profile = try readText(dir.appendingPathComponent("profile.json"))
                XCTAssertThrowsError(try rules.evaluate(profile: profile, asOf: nil, name: "profile.json"), name) { error in
                    guard case LexpactError.Profile(_, let got) = error else {
                        return XCTFail("\(name): expected LexpactError.Profile, got \(error)")
                    }
                    checkDiagnostics(diagnostics, got, name)
                }
            default:
                XCTFail("\(name): unknown stage")
            }
        }
    }

    func testQuestionsCases() throws {
        let cases = try directories(corpus.appendingPathComponent("questions"))
        XCTAssertGreaterThanOrEqual(cases.count, 3)
        for dir in cases {
            let name = "questions/\(dir.lastPathComponent)"
            let spec = try parseJson(try readText(dir.appendingPathComponent("case.json"))) as! [String: Any]
            let rules = try RuleSet(sources: try caseSources(dir))
            XCTAssertEqual(rules.warnings(), [], name)
            let profile = try readText(dir.appendingPathComponent("profile.json"))
            let expected = try readText(dir.appendingPathComponent("expected.json"))
            let json = try rules.questionsJson(profile: profile, asOf: nil, name: "profile.json")
            XCTAssertEqual(json, expected, "\(name): the questions JSON differs from expected.json")
            XCTAssertEqual(try rules.questionsJson(profile: profile, asOf: nil, name: "profile.json"), json, name)
            let native = try parseJson(expected) as! [String: Any]
            let asked = try rules.questions(profile: profile, asOf: nil, name: "profile.json")
            XCTAssertEqual(asked.format, native["format"] as? String, name)
            XCTAssertEqual(asked.asOf, native["as_of"] as? String, name)
            XCTAssertEqual(asked.unknown, (native["unknown"] as? NSNumber)?.uint64Value, name)
            let order = asked.questions.map { "\($0.pointer) \($0.decides) \($0.narrows)" }
            let nativeOrder = (native["questions"] as! [[String: Any]]).map { q in
                "\(q["pointer"] as! String) \((q["decides"] as! NSNumber).uint64Value) \((q["narrows"] as! NSNumber).uint64Value)"
            }
            XCTAssertEqual(order, nativeOrder, "\(name): the typed questions against the JSON")
            let handWritten = (spec["questions"] as! [[Any]]).map { q in
                "\(q[0] as! String) \((q[1] as! NSNumber).uint64Value) \((q[2] as! NSNumber).uint64Value)"
            }
            XCTAssertEqual(order, handWritten, "\(name): the questions against case.json")
        }
    }

    func testDiffCases() throws {
        let cases = try directories(corpus.appendingPathComponent("diff"))
        XCTAssertGreaterThanOrEqual(cases.count, 4)
        for dir in cases {
            let name = "diff/\(dir.lastPathComponent)"
            let spec = try parseJson(try readText(dir.appendingPathComponent("case.json"))) as! [String: Any]
            let asOf = spec["as_of"] as? String
            let expected = try readText(dir.appendingPathComponent("expected.json"))
            let json = try diffCase(dir, asOf: asOf)
            XCTAssertEqual(json, expected, "\(name): the diff JSON differs from expected.json")
            XCTAssertEqual(try diffCase(dir, asOf: asOf), json, name)
            let diff = try parseJson(json) as! [String: Any]
            var marks: [String: String] = [:]
            for change in diff["changes"] as! [[String: Any]] {
                marks[change["id"] as! String] = change["mark"] as? String
            }
            XCTAssertEqual(marks, spec["marks"] as? [String: String], "\(name): the marks against case.json")
            XCTAssertEqual(
                NSDictionary(dictionary: diff["summary"] as! [String: Any]),
                NSDictionary(dictionary: spec["summary"] as! [String: Any]),
                "\(name): the summary against case.json"
            )
        }
    }

    func testExampleProfilesAsTheCliReportsThem() throws {
        let rio = try RuleSet.library(name: "rio")
        for file in try files(repoRoot.appendingPathComponent("examples/profiles")) {
            let name = "examples/profiles/\(file.lastPathComponent)"
            let stem = file.deletingPathExtension().lastPathComponent
            let expected = try readText(repoRoot.appendingPathComponent("examples/profiles/expected/\(stem).json"))
            let text = try readText(file)
            XCTAssertEqual(try rio.evaluateJson(profile: text, asOf: nil, name: name), expected, name)
            assertSameTree(try parseJson(expected), try reportTree(try rio.evaluate(profile: text, asOf: nil, name: name)), name)
        }
    }
}

/// One side of a diff case: the saved report in `name`, or its profile's report.
private func diffSide(_ dir: URL, _ name: String, _ rules: RuleSet, asOf: String?) throws -> String {
    let text = try readText(dir.appendingPathComponent(name))
    if let document = (try? parseJson(text)) as? [String: Any], document["report"] != nil {
        return text
    }
    return try rules.evaluateJson(profile: text, asOf: asOf, name: name)
}

/// A diff case's comparison, as core/tests/conformance_diff.rs makes it.
private func diffCase(_ dir: URL, asOf: String?) throws -> String {
    let oldRules = try RuleSet(sources: try caseSources(dir))
    var isDirectory: ObjCBool = false
    let newRules: RuleSet
    if FileManager.default.fileExists(atPath: dir.appendingPathComponent("new").path, isDirectory: &isDirectory),
       isDirectory.boolValue {
        newRules = try RuleSet(sources: try caseSources(dir, sub: "new"))
    } else {
        newRules = oldRules
    }
    let newName = FileManager.default.fileExists(atPath: dir.appendingPathComponent("new.json").path) ? "new.json" : "old.json"
    return try diffReports(
        oldReport: try diffSide(dir, "old.json", oldRules, asOf: asOf),
        newReport: try diffSide(dir, newName, newRules, asOf: asOf)
    )
}
