// The conformance corpus through the Swift bindings: every case's report is byte-identical to
// the native one (expected.json) and the typed Report agrees with it. Mirrors
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
