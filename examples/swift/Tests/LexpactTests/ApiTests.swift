// The API through the Swift bindings. Mirrors bindings/uniffi/tests/kotlin/ApiTests.kt.
import Foundation
import Lexpact
import XCTest

let smallRules = """
ruleset "small" version "1"

obligation ratify_crc {
  title "Ratify the CRC"
  cite "X.1"
  group "X"
  require treaties.crc
}

obligation hotline {
  title "A hotline"
  cite "X.2"
  group "X"
  require services.hotline and services.hotline_free
  partial when services.hotline
}

"""

/// The small rules and an obligation whose exception a profile may invoke.
let reviewedRules = smallRules + """
obligation offender_register {
  title "A register of offenders, where appropriate"
  cite "X.3"
  group "X"
  exception "where appropriate"
  require registers.offenders.exists
}

"""

/// The hotline known but `hotline_free` missing, a fact with two sources, and the register's
/// exception invoked with a review of `status` (none when nil).
func reviewedProfile(_ status: String?) -> String {
    let review = status.map { #", "review": {"status": "\#($0)", "by": "Monitoring committee", "date": "2023-06-01"}"# } ?? ""
    return #"""
    {"as_of": "2024-01-01",
     "treaties": {"crc": true},
     "services": {"hotline": {"value": true, "source": {"cite": "Act 1"}, "sources": [{"cite": "Decree 2"}]}},
     "registers": {"offenders": {"exists": false}},
     "exceptions": {"offender_register": {"justification": "Kept by the courts"\#(review)}}}
    """#
}

func quickSources() throws -> [Source] {
    try ["rules.lex", "profile.schema.json"].map {
        Source(name: $0, text: try readText(repoRoot.appendingPathComponent("examples/quickstart/\($0)")))
    }
}

final class ApiTests: XCTestCase {
    func testLibraries() {
        XCTAssertEqual(libraries(), ["rio", "icmec"])
        XCTAssertFalse(engineVersion().isEmpty)
    }

    func testRioHasThe71ObligationsOfThePact() throws {
        let rio = try RuleSet.library(name: "rio")
        XCTAssertEqual(rio.name(), "rio")
        let obligations = rio.obligations()
        XCTAssertEqual(obligations.count, 74)
        XCTAssertTrue(obligations.allSatisfy { !$0.cite.isEmpty && !$0.text.isEmpty && !$0.file.isEmpty })
        XCTAssertTrue(obligations.contains { $0.deadline != nil })
        XCTAssertEqual(rio.warnings(), [])
    }

    func testRuleTestsOfTheLibrariesPass() throws {
        let run = try RuleSet.library(name: "rio").test()
        XCTAssertEqual(run.passed, 318)
        XCTAssertEqual(run.failed, 0)
        XCTAssertEqual(try RuleSet.library(name: "icmec").test().failed, 0)
    }

    func testUnknownLibraryNamesTheBundledOnes() {
        XCTAssertThrowsError(try RuleSet.library(name: "nope")) { error in
            guard case LexpactError.Rules(let summary, let diagnostics) = error else {
                return XCTFail("expected LexpactError.Rules, got \(error)")
            }
            XCTAssertEqual(diagnostics.map { $0.code }, ["E0213"])
            XCTAssertTrue(diagnostics.first?.help?.contains("rio") == true)
            XCTAssertTrue(summary.contains("nope"))
        }
    }

    func testTypedReportAgreesWithJson() throws {
        let rio = try RuleSet.library(name: "rio")
        let text = try readText(repoRoot.appendingPathComponent("examples/profiles/borealis.json"))
        let report = try rio.evaluate(profile: text)
        XCTAssertEqual(report.report, "lexpact/report/v2")
        XCTAssertEqual(report.profile.state, "Kingdom of Borealis")
        XCTAssertEqual(report.profile.name, "profile")
        XCTAssertEqual(report.summary.total, 74)
        let tree = try parseJson(try rio.evaluateJson(profile: text)) as! [String: Any]
        assertSameTree(tree, try reportTree(report), "borealis")
        let verdicts = Dictionary(uniqueKeysWithValues: (tree["results"] as! [[String: Any]]).map { ($0["id"] as! String, $0["verdict"] as! String) })
        for r in report.results { XCTAssertEqual(verdicts[r.id], word(r.verdict), r.id) }
    }

    func exampleProfiles() throws -> [URL] {
        try files(repoRoot.appendingPathComponent("examples/profiles")).filter { $0.pathExtension == "json" }
    }

    func testVerdictsDetailIsTheFullReportWithoutFactsAndExplanations() throws {
        let rio = try RuleSet.library(name: "rio")
        let examples = try exampleProfiles()
        XCTAssertGreaterThanOrEqual(examples.count, 4)
        for url in examples {
            let name = url.lastPathComponent
            let text = try readText(url)
            let full = try rio.evaluate(profile: text, name: name)
            XCTAssertEqual(try rio.evaluate(profile: text, name: name, detail: .full), full, name)
            let verdicts = try rio.evaluate(profile: text, name: name, detail: .verdicts)
            XCTAssertTrue(verdicts.results.allSatisfy { $0.facts.isEmpty && $0.explanation.isEmpty }, name)
            XCTAssertTrue(verdicts.results.flatMap { $0.jurisdictions }.allSatisfy { $0.facts.isEmpty && $0.explanation.isEmpty }, name)
            XCTAssertTrue(full.results.contains { !$0.facts.isEmpty && !$0.explanation.isEmpty }, name)
            // A federation's units have facts and explanations of their own, emptied likewise.
            var emptied = full
            emptied.results = full.results.map { result in
                var r = result
                r.facts = []
                r.explanation = []
                r.jurisdictions = result.jurisdictions.map { unit in
                    var u = unit
                    u.facts = []
                    u.explanation = []
                    return u
                }
                return r
            }
            XCTAssertEqual(verdicts, emptied, name)
            let tree = try parseJson(try rio.evaluateJson(profile: text, name: name, detail: .verdicts)) as! [String: Any]
            assertSameTree(tree, try reportTree(verdicts), name)
            XCTAssertEqual(try rio.evaluateJson(profile: text, name: name, detail: .full), try rio.evaluateJson(profile: text, name: name), name)
        }
    }

    func testExplainObligationIsTheFullReportResultOfThatObligation() throws {
        let rio = try RuleSet.library(name: "rio")
        let examples = try exampleProfiles()
        var explained = 0
        for url in examples {
            let name = url.lastPathComponent
            let text = try readText(url)
            let full = try rio.evaluate(profile: text, asOf: "2024-06-30", name: name)
            for r in full.results {
                XCTAssertEqual(try rio.explainObligation(profile: text, id: r.id, asOf: "2024-06-30", name: name), r, "\(name) \(r.id)")
                explained += 1
            }
            let last = try rio.evaluate(profile: text).results.last!
            XCTAssertEqual(try rio.explainObligation(profile: text, id: last.id), last, name)
        }
        XCTAssertEqual(explained, examples.count * 74)
    }

    func testExplainObligationOfAnUnknownIdIsE0210WithADidYouMean() throws {
        let rio = try RuleSet.library(name: "rio")
        let borealis = try readText(repoRoot.appendingPathComponent("examples/profiles/borealis.json"))
        let id = rio.obligations()[0].id
        XCTAssertThrowsError(try rio.explainObligation(profile: borealis, id: id + "x")) { error in
            guard case LexpactError.Argument(_, let diagnostics) = error else {
                return XCTFail("expected LexpactError.Argument, got \(error)")
            }
            XCTAssertEqual(diagnostics.map { $0.code }, ["E0210"])
            XCTAssertTrue(diagnostics.first?.message.contains("`\(id)x`") == true)
            XCTAssertTrue(diagnostics.first?.help?.contains("did you mean `\(id)`") == true)
        }
        XCTAssertThrowsError(try rio.explainObligation(profile: "{\n  \"as_of\": ", id: id, name: "bad.json")) { error in
            guard case LexpactError.Profile = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try rio.explainObligation(profile: borealis, id: id, asOf: "2024-02-30")) { error in
            guard case LexpactError.Argument(_, let diagnostics) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(diagnostics.map { $0.code }, ["E0304"])
        }
    }

    func testUnknownVerdictsListTheFactsToAskFor() throws {
        let report = try RuleSet(sources: try quickSources()).evaluate(profile: #"{"as_of": "2024-01-01"}"#)
        XCTAssertTrue(report.results.allSatisfy { $0.verdict == .unknown })
        XCTAssertTrue(report.results.allSatisfy { !$0.missing.isEmpty && $0.missing.allSatisfy { $0.hasPrefix("/") } })
    }

    func testAsOfOverridesAndYamlIsRead() throws {
        let yaml = "as_of: 2024-01-01\njurisdiction:\n  extraterritorial:\n    exists: true\n    double_criminality_required: false\n"
        let report = try RuleSet(sources: try quickSources()).evaluate(profile: yaml, asOf: "2030-01-01", name: "p.yaml")
        XCTAssertEqual(report.asOf, "2030-01-01")
        XCTAssertEqual(report.profile.name, "p.yaml")
        XCTAssertEqual(report.results.first { $0.id == "abolish_double_criminality" }?.verdict, .met)
    }

    func testFactsCarryJsonValuesAndSources() throws {
        let profile = try readText(repoRoot.appendingPathComponent("examples/quickstart/profile.json"))
        let report = try RuleSet(sources: try quickSources()).evaluate(profile: profile)
        let facts = report.results.flatMap { $0.facts }
        XCTAssertTrue(facts.contains { $0.value == "true" })
        XCTAssertTrue(facts.contains { !$0.sources.isEmpty })
        let clause = report.results[0].explanation[0]
        XCTAssertFalse(clause.clause.isEmpty || clause.node.expr.isEmpty)
    }

    func testBadAsOfIsAnArgumentError() throws {
        let rules = try RuleSet(sources: try quickSources())
        XCTAssertThrowsError(try rules.evaluate(profile: "{}", asOf: "2024-02-30")) { error in
            guard case LexpactError.Argument(let summary, let diagnostics) = error else {
                return XCTFail("expected LexpactError.Argument, got \(error)")
            }
            XCTAssertEqual(diagnostics.map { $0.code }, ["E0304"])
            XCTAssertTrue(summary.contains("2024-02-30"))
        }
    }

    func testAProfileThatIsNotJsonIsAProfileErrorWithAPosition() throws {
        let rules = try RuleSet(sources: try quickSources())
        XCTAssertThrowsError(try rules.evaluate(profile: "{\n  \"as_of\": ", asOf: nil, name: "bad.json")) { error in
            guard case LexpactError.Profile = error else { return XCTFail("\(error)") }
            let d = diagnosticsOf(error)![0]
            XCTAssertEqual(d.file, "bad.json")
            XCTAssertGreaterThanOrEqual(d.line, 1)
            XCTAssertTrue(d.description.hasPrefix("bad.json:"))
        }
    }

    func testRulesThatDoNotCompileThrowWithEveryDiagnostic() {
        let bad = [Source(name: "rules.lex", text: smallRules.replacingOccurrences(of: "require treaties.crc", with: "require treaties.crc and and"))]
        XCTAssertThrowsError(try RuleSet(sources: bad)) { error in
            guard case LexpactError.Rules(_, let diagnostics) = error else { return XCTFail("\(error)") }
            XCTAssertFalse(diagnostics.isEmpty)
            XCTAssertEqual(diagnostics, try check(sources: bad))
        }
    }

    func testRulesWithoutSchemaCompileWithAWarning() throws {
        let sources = [Source(name: "rules.lex", text: smallRules)]
        let rules = try RuleSet(sources: sources)
        XCTAssertEqual(rules.warnings().map { $0.code }, ["W0101"])
        XCTAssertEqual(try check(sources: sources).map { $0.code }, ["W0101"])
        XCTAssertEqual(rules.warnings()[0].severity, .warning)
        let report = try rules.evaluate(profile: #"{"treaties": {"crc": true}, "services": {"hotline": true, "hotline_free": false}}"#, asOf: "2024-01-01")
        XCTAssertEqual(report.results.map { $0.verdict }, [.met, .partiallyMet])
    }

    func testCheckOnCleanRulesIsEmpty() throws {
        XCTAssertEqual(try check(sources: try quickSources()), [])
    }

    func testLibraryWithAddsNationalRules() throws {
        let extra = Source(name: "national.lex", text: """

        obligation national_hotline {
          title "A national hotline"
          cite "N.1"
          group "N"
          require offences.sexual_abuse.criminalized and ratified(treaties.crc)
        }

        """)
        let rules = try RuleSet.libraryWith(name: "rio", sources: [extra])
        XCTAssertEqual(rules.obligations().count, 75)
        XCTAssertEqual(rules.obligations().last?.id, "national_hotline")
    }

    func testFormatIsCanonicalAndIdempotent() throws {
        let messy = "obligation  x{title \"T\" cite \"c\" group \"g\"\nrequire   a.b}"
        let once = try format(source: messy)
        XCTAssertNotEqual(once, messy)
        XCTAssertEqual(try format(source: once), once)
        XCTAssertThrowsError(try format(source: "obligation {", name: "broken.lex")) { error in
            guard case LexpactError.Rules(_, let diagnostics) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(diagnostics.first?.file, "broken.lex")
        }
    }

    func testLimitsDefaultAndAreKeptByTheRuleSet() throws {
        XCTAssertEqual(Limits(), defaultLimits())
        XCTAssertEqual(Limits().maxDepth, 32)
        XCTAssertEqual(try RuleSet(sources: try quickSources()).limits(), Limits())
        let tight = Limits(maxDepth: 16, maxListLen: 2)
        XCTAssertEqual(try RuleSet(sources: try quickSources(), limits: tight).limits(), tight)
        XCTAssertEqual(try RuleSet.library(name: "icmec", limits: tight).limits(), tight)
        XCTAssertEqual(try RuleSet.libraryWith(name: "icmec", sources: [], limits: tight).limits(), tight)
    }

    func testLimitsBoundTheRulesAndEveryProfileEvaluated() throws {
        XCTAssertThrowsError(try RuleSet.library(name: "rio", limits: Limits(maxDepth: 3))) { error in
            guard case LexpactError.Rules(_, let diagnostics) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(diagnostics.first?.code, "E0002")
        }
        let short = try RuleSet.library(name: "rio", limits: Limits(maxListLen: 1))
        let borealis = try readText(repoRoot.appendingPathComponent("examples/profiles/borealis.json"))
        XCTAssertThrowsError(try short.evaluate(profile: borealis)) { error in
            guard case LexpactError.Profile(_, let diagnostics) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(diagnostics.first?.code, "E0303")
            XCTAssertTrue(diagnostics.first?.message.contains("max_list_len") == true)
        }
    }

    func testLimitsAboveTheCeilingAreAnArgumentErrorNamingTheLimit() throws {
        let sources = try quickSources()
        let calls: [(String, (Limits) throws -> Void)] = [
            ("RuleSet", { _ = try RuleSet(sources: sources, limits: $0) }),
            ("library", { _ = try RuleSet.library(name: "rio", limits: $0) }),
            ("libraryWith", { _ = try RuleSet.libraryWith(name: "rio", sources: [], limits: $0) }),
            ("check", { _ = try check(sources: sources, limits: $0) }),
            ("format", { _ = try format(source: "obligation x {}\n", limits: $0) }),
        ]
        for (what, call) in calls {
            for (name, limits) in [("max_depth", Limits(maxDepth: 65)), ("max_expanded_depth", Limits(maxExpandedDepth: 1000))] {
                XCTAssertThrowsError(try call(limits), what) { error in
                    guard case LexpactError.Argument(let summary, let diagnostics) = error else { return XCTFail("\(what): \(error)") }
                    XCTAssertTrue(summary.contains(name), "\(what): \(summary)")
                    XCTAssertEqual(diagnostics.count, 1)
                    XCTAssertEqual(diagnostics.first?.code, "E0306", what)
                }
            }
            XCTAssertNoThrow(try call(Limits(maxDepth: 64, maxExpandedDepth: 64)), what)
        }
    }

    func testAnExceptionForNoObligationIsOneReportWarning() throws {
        let rio = try RuleSet.library(name: "rio")
        let profile = #"{"profile": "lexpact/legal-profile/v1", "as_of": "2024-06-30", "exceptions": {"sex_offender_registr": {"justification": "misspelt"}, "sex_offender_register": {"justification": "Offender data are kept by the courts", "review": {"status": "accepted", "by": "Monitoring committee", "date": "2023-06-01"}}}}"#
        let report = try rio.evaluate(profile: profile)
        XCTAssertEqual(report.warnings.count, 1)
        XCTAssertTrue(report.warnings.first?.hasPrefix("/exceptions/sex_offender_registr") == true)
        XCTAssertTrue(report.warnings.first?.contains("did you mean `sex_offender_register`") == true)
        let tree = try parseJson(try rio.evaluateJson(profile: profile)) as! [String: Any]
        XCTAssertEqual(tree["warnings"] as? [String], report.warnings)
        assertSameTree(tree, try reportTree(report), "report with warnings")
    }

    func testAnUnknownRequireWithATruePartialWhenRangesOverPartiallyMetAndMet() throws {
        let rules = try RuleSet(sources: [Source(name: "rules.lex", text: reviewedRules)])
        let profile = reviewedProfile("accepted")
        let report = try rules.evaluate(profile: profile)
        let hotline = try XCTUnwrap(report.results.first { $0.id == "hotline" })
        XCTAssertEqual(hotline.verdict, .unknown)
        XCTAssertEqual(hotline.range, [.partiallyMet, .met])
        XCTAssertNil(hotline.reason)
        XCTAssertEqual(hotline.missing, ["/services/hotline_free"])
        XCTAssertEqual(report.summary.ranges, [RangeCount(range: [.partiallyMet, .met], count: 1)])
        XCTAssertEqual(report.results.first { $0.id == "ratify_crc" }?.range, [])
        assertSameTree(try parseJson(try rules.evaluateJson(profile: profile)), try reportTree(report), "report with a range")
    }

    func testAFactWithTwoSourcesGivesBothInOrder() throws {
        let rules = try RuleSet(sources: [Source(name: "rules.lex", text: reviewedRules)])
        let hotline = try XCTUnwrap(try rules.evaluate(profile: reviewedProfile(nil)).results.first { $0.id == "hotline" })
        let fact = try XCTUnwrap(hotline.facts.first { $0.pointer == "/services/hotline" })
        let sources = try fact.sources.map { try parseJson($0) as? [String: String] }
        XCTAssertEqual(sources, [["cite": "Act 1"], ["cite": "Decree 2"]])
        XCTAssertEqual(hotline.facts.first { $0.pointer == "/services/hotline_free" }?.sources, [])
    }

    func testOnlyAnAcceptedExceptionMakesAnObligationNotApplicable() throws {
        let rules = try RuleSet(sources: [Source(name: "rules.lex", text: reviewedRules)])
        let accepted = try rules.evaluate(profile: reviewedProfile("accepted"))
        let excused = try XCTUnwrap(accepted.results.first { $0.id == "offender_register" })
        XCTAssertEqual(excused.verdict, .notApplicable)
        XCTAssertEqual(excused.reason, .exception)
        XCTAssertEqual(excused.exception?.review, ExceptionReview(status: .accepted, by: "Monitoring committee", date: "2023-06-01", note: nil))
        XCTAssertEqual(accepted.summary.notApplicableException, 1)
        XCTAssertEqual(accepted.summary.notApplicableAppliesWhen, 0)
        let others: [(ReviewStatus, String?)] = [(.contested, "contested"), (.pending, "pending"), (.unreviewed, nil)]
        for (status, written) in others {
            let report = try rules.evaluate(profile: reviewedProfile(written))
            let r = try XCTUnwrap(report.results.first { $0.id == "offender_register" })
            XCTAssertEqual(r.verdict, .notMet, "\(status): evaluated as usual")
            XCTAssertNil(r.reason, "\(status)")
            XCTAssertEqual(r.exception?.justification, "Kept by the courts", "\(status): the exception is still carried")
            XCTAssertEqual(r.exception?.review.status, status)
            XCTAssertEqual(report.summary.notApplicableException, 0, "\(status)")
        }
    }

    func testOneRuleSetFromEightThreadsAtOnce() throws {
        let rio = try RuleSet.library(name: "rio")
        let profiles = try files(repoRoot.appendingPathComponent("examples/profiles")).map { try readText($0) }
        let expected = try profiles.map { try rio.evaluateJson(profile: $0) }
        let lock = NSLock()
        var same: [Bool] = []
        DispatchQueue.concurrentPerform(iterations: 8) { t in
            for i in 0..<10 {
                let k = (t + i) % profiles.count
                let ok: Bool
                if i % 2 == 0 {
                    ok = (try? rio.evaluateJson(profile: profiles[k])) == expected[k]
                } else if let report = try? rio.evaluate(profile: profiles[k]),
                          let tree = try? reportTree(report),
                          let want = try? parseJson(expected[k]) {
                    ok = NSDictionary(dictionary: tree).isEqual(to: want as! [String: Any])
                } else {
                    ok = false
                }
                lock.lock()
                same.append(ok)
                lock.unlock()
            }
        }
        XCTAssertEqual(same.count, 80)
        XCTAssertTrue(same.allSatisfy { $0 })
    }
}
