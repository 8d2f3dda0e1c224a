// Reading the conformance corpus (tests/conformance/, see its README) and turning a typed
// Report back into the JSON tree of the native report. Mirrors bindings/uniffi/tests/kotlin.
import Foundation
import Lexpact
import XCTest

/// The repository root: this file is examples/swift/Tests/LexpactTests/Corpus.swift.
let repoRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func readText(_ url: URL) throws -> String {
    try String(contentsOf: url, encoding: .utf8)
}

func parseJson(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

func directories(_ url: URL) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: [.isDirectoryKey])
        .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
}

func files(_ url: URL) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: [.isDirectoryKey])
        .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == false }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
}

/// The case's files by name, and the shared schema under the path its rules name. With `sub`
/// (a diff case's `new`), the files of that folder instead, named `sub/NAME`.
func caseSources(_ dir: URL, sub: String? = nil) throws -> [Source] {
    let folder = sub.map { dir.appendingPathComponent($0) } ?? dir
    var sources = try files(folder).map { file in
        Source(name: sub.map { "\($0)/\(file.lastPathComponent)" } ?? file.lastPathComponent, text: try readText(file))
    }
    let schema = repoRoot.appendingPathComponent("tests/conformance/schema/profile.schema.json")
    sources.append(Source(name: "../../schema/profile.schema.json", text: try readText(schema)))
    return sources
}

func word(_ v: Verdict) -> String {
    switch v {
    case .met: return "met"
    case .partiallyMet: return "partially_met"
    case .notMet: return "not_met"
    case .unknown: return "unknown"
    case .notApplicable: return "not_applicable"
    }
}

func word(_ s: DeadlineStatus) -> String {
    switch s {
    case .none: return "none"
    case .notDue: return "not_due"
    case .onTime: return "on_time"
    case .late: return "late"
    case .overdue: return "overdue"
    case .unknown: return "unknown"
    }
}

func word(_ r: NotApplicableReason) -> String {
    switch r {
    case .appliesWhen: return "applies_when"
    case .exception: return "exception"
    }
}

func word(_ s: ReviewStatus) -> String {
    switch s {
    case .accepted: return "accepted"
    case .contested: return "contested"
    case .pending: return "pending"
    case .unreviewed: return "unreviewed"
    }
}

func word(_ b: MetOnBasis) -> String {
    switch b {
    case .clause: return "clause"
    case .history: return "history"
    case .historyAtTheLatest: return "history_at_the_latest"
    case .jurisdictions: return "jurisdictions"
    }
}

private func counts(_ c: Counts) -> [String: Any] {
    var m: [String: Any] = [
        "total": c.total, "met": c.met, "partially_met": c.partiallyMet, "not_met": c.notMet,
        "unknown": c.unknown, "not_applicable": c.notApplicable,
        "not_applicable_applies_when": c.notApplicableAppliesWhen,
        "not_applicable_exception": c.notApplicableException, "late": c.late, "overdue": c.overdue,
    ]
    if !c.ranges.isEmpty {
        m["ranges"] = c.ranges.map { ["range": $0.range.map(word), "count": $0.count] as [String: Any] }
    }
    return m
}

private func explanation(_ e: Explanation, _ into: [String: Any]) throws -> [String: Any] {
    var m = into
    m["expr"] = e.expr
    m["value"] = try parseJson(e.value)
    m["known"] = e.known
    if let fact = e.fact { m["fact"] = fact }
    if !e.children.isEmpty { m["children"] = try e.children.map { try explanation($0, [:]) } }
    return m
}

private func deadlineTree(_ d: DeadlineResult) -> [String: Any] {
    var deadline: [String: Any] = ["status": word(d.status)]
    if let v = d.from { deadline["from"] = v }
    if let v = d.due { deadline["due"] = v }
    if let v = d.metOn { deadline["met_on"] = v }
    if let v = d.reading { deadline["reading"] = v }
    if let v = d.metOnBasis { deadline["met_on_basis"] = word(v) }
    return deadline
}

private func factTree(_ f: FactRead) throws -> [String: Any] {
    var fm: [String: Any] = ["pointer": f.pointer, "status": f.status]
    if let v = f.value { fm["value"] = try parseJson(v) }
    if !f.sources.isEmpty { fm["sources"] = try f.sources.map { try parseJson($0) } }
    if let v = f.note { fm["note"] = try parseJson(v) }
    if let period = f.inForce {
        var inForce: [String: Any] = [:]
        if let v = period.from { inForce["from"] = v }
        if let v = period.until { inForce["until"] = v }
        fm["in_force"] = inForce
    }
    return fm
}

private func unitTree(_ u: JurisdictionResult) throws -> [String: Any] {
    var m: [String: Any] = [
        "id": u.id, "name": u.name, "verdict": word(u.verdict), "deadline": deadlineTree(u.deadline),
        "missing": u.missing,
    ]
    if let level = u.level { m["level"] = level }
    if !u.range.isEmpty { m["range"] = u.range.map(word) }
    if let reason = u.reason { m["reason"] = word(reason) }
    m["facts"] = try u.facts.map(factTree)
    m["explanation"] = try u.explanation.map { try explanation($0.node, ["clause": $0.clause]) }
    return m
}

private func tallyTree(_ t: JurisdictionTally) -> [String: Any] {
    [
        "applicable": t.applicable, "met": t.met, "partially_met": t.partiallyMet, "not_met": t.notMet,
        "unknown": t.unknown, "not_applicable": t.notApplicable,
    ]
}

/// The typed report as the JSON tree the native serialiser writes.
func reportTree(_ r: Report) throws -> [String: Any] {
    var profile: [String: Any] = ["name": r.profile.name]
    if let state = r.profile.state { profile["state"] = state }
    if !r.profile.jurisdictions.isEmpty {
        profile["jurisdictions"] = r.profile.jurisdictions.map { j -> [String: Any] in
            var unit: [String: Any] = ["id": j.id, "name": j.name]
            if let level = j.level { unit["level"] = level }
            return unit
        }
    }
    let results: [[String: Any]] = try r.results.map { o in
        var m: [String: Any] = [
            "id": o.id, "title": o.title, "cite": o.cite, "group": o.group, "text": o.text,
            "weight": o.weight, "verdict": word(o.verdict), "deadline": deadlineTree(o.deadline),
        ]
        if !o.range.isEmpty { m["range"] = o.range.map(word) }
        if let reason = o.reason { m["reason"] = word(reason) }
        if let e = o.exception {
            var ex: [String: Any] = ["qualifier": e.qualifier, "justification": e.justification]
            if let s = e.source { ex["source"] = try parseJson(s) }
            var review: [String: Any] = ["status": word(e.review.status)]
            if let v = e.review.by { review["by"] = v }
            if let v = e.review.date { review["date"] = v }
            if let v = e.review.note { review["note"] = v }
            ex["review"] = review
            m["exception"] = ex
        }
        m["missing"] = o.missing
        m["facts"] = try o.facts.map(factTree)
        m["explanation"] = try o.explanation.map { try explanation($0.node, ["clause": $0.clause]) }
        if !o.warnings.isEmpty { m["warnings"] = o.warnings }
        if !o.jurisdictions.isEmpty { m["jurisdictions"] = try o.jurisdictions.map(unitTree) }
        if let tally = o.tally { m["tally"] = tallyTree(tally) }
        return m
    }
    var tree: [String: Any] = [
        "report": r.report,
        "ruleset": ["name": r.ruleset.name, "version": r.ruleset.version],
        "profile": profile,
        "as_of": r.asOf,
        "summary": counts(r.summary),
        "groups": r.groups.map { ["group": $0.group, "counts": counts($0.counts)] as [String: Any] },
        "results": results,
    ]
    if !r.warnings.isEmpty { tree["warnings"] = r.warnings }
    return tree
}

/// Equal JSON trees (key order is checked by the byte comparison of the JSON text).
func assertSameTree(_ expected: Any, _ actual: Any, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertTrue(NSDictionary(dictionary: ["v": expected]).isEqual(to: ["v": actual]), "\(what): the typed report differs from the JSON", file: file, line: line)
}

/// Checks diagnostics against an error case's expected list.
func checkDiagnostics(_ expected: [[String: Any]], _ got: [Diagnostic], _ what: String) {
    XCTAssertEqual(expected.count, got.count, "\(what): \(got)")
    for (want, d) in zip(expected, got) {
        XCTAssertEqual(want["code"] as? String, d.code, "\(what): \(d)")
        XCTAssertEqual((want["line"] as? NSNumber)?.uint64Value, d.line, "\(what): \(d)")
        XCTAssertEqual((want["column"] as? NSNumber)?.uint64Value, d.column, "\(what): \(d)")
        if let help = want["help"] { XCTAssertEqual(help as? String, d.help, "\(what): \(d)") }
        if let file = want["file"] { XCTAssertEqual(file as? String, d.file, "\(what): \(d)") }
    }
}

/// The diagnostics of any LexpactError.
func diagnosticsOf(_ error: Error) -> [Diagnostic]? {
    (error as? LexpactError)?.diagnostics()
}
