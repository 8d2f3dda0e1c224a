"""Type stubs of the `lexpact` package, written by bindings/uniffi/python/stubs.py from the
installed package: do not edit, regenerate."""

import dataclasses
import enum
import typing
from collections.abc import Mapping

Profile = typing.Union[str, Mapping[str, typing.Any]]


class InternalError(Exception):
    pass

class Verdict(enum.Enum):
    MET = 0
    PARTIALLY_MET = 1
    NOT_MET = 2
    UNKNOWN = 3
    NOT_APPLICABLE = 4

class DeadlineStatus(enum.Enum):
    NONE = 0
    NOT_DUE = 1
    ON_TIME = 2
    LATE = 3
    OVERDUE = 4
    UNKNOWN = 5

class MetOnBasis(enum.Enum):
    """Where a deadline's `met_on` date comes from."""
    CLAUSE = 0
    HISTORY = 1
    HISTORY_AT_THE_LATEST = 2
    JURISDICTIONS = 3

class Severity(enum.Enum):
    ERROR = 0
    WARNING = 1

class ReviewStatus(enum.Enum):
    """Where the review of an invoked exception stands: only `accepted` makes the obligation
    `not_applicable`; under the others it is evaluated as usual.
    """
    ACCEPTED = 0
    CONTESTED = 1
    PENDING = 2
    UNREVIEWED = 3

class NotApplicableReason(enum.Enum):
    """Why a verdict is `not_applicable`."""
    APPLIES_WHEN = 0
    EXCEPTION = 1

class FactType(enum.Enum):
    """The type of value a question expects, from the profile schema."""
    BOOLEAN = 0
    INTEGER = 1
    NUMBER = 2
    STRING = 3
    DATE = 4
    LIST = 5
    RECORD = 6
    ANY = 7

class QuestionEffect(enum.Enum):
    """What a fact could do to an `unknown` verdict that misses it."""
    DECIDES = 0
    NARROWS = 1
    NEITHER = 2

class Detail(enum.Enum):
    """How much of a report `RuleSet.evaluate` computes (the core's `Detail`)."""
    FULL = 0
    VERDICTS = 1

class LexpactError(Exception):
    """Why a call failed, with the diagnostics of the core (at least one). Kotlin names it
    `LexpactException`; every variant has `summary` (the first diagnostic in one line) and
    `diagnostics`.
    """
    summary: str
    diagnostics: typing.List[Diagnostic]
    class Rules(LexpactError):
        def __init__(self, summary: str, diagnostics: typing.List[Diagnostic]) -> None: ...
    class Profile(LexpactError):
        def __init__(self, summary: str, diagnostics: typing.List[Diagnostic]) -> None: ...
    class Argument(LexpactError):
        def __init__(self, summary: str, diagnostics: typing.List[Diagnostic]) -> None: ...
    class Internal(LexpactError):
        def __init__(self, summary: str, diagnostics: typing.List[Diagnostic]) -> None: ...

@dataclasses.dataclass
class BulletCounts:
    """How many bullets of the text got each verdict."""
    total: int
    met: int
    partially_met: int
    not_met: int
    unknown: int
    not_applicable: int
    def __init__(self, *, total: int, met: int, partially_met: int, not_met: int, unknown: int, not_applicable: int) -> None: ...

@dataclasses.dataclass
class Explanation:
    """One evaluated sub-expression: its source text, its value as JSON text (`null` when
    unknown) and how it was reached.
    """
    expr: str
    value: str
    known: bool
    fact: typing.Optional[str]
    children: typing.List['Explanation']
    truncated: bool
    def __init__(self, *, expr: str, value: str, known: bool, fact: typing.Optional[str], children: typing.List['Explanation'], truncated: bool) -> None: ...

@dataclasses.dataclass
class ClauseExplanation:
    """The explanation tree of one clause (`applies when`, `require`, `partial when`, `met on`)."""
    clause: str
    node: 'Explanation'
    def __init__(self, *, clause: str, node: 'Explanation') -> None: ...

@dataclasses.dataclass
class RangeCount:
    """How many `unknown` verdicts have one range."""
    range: typing.List[Verdict]
    count: int
    def __init__(self, *, range: typing.List[Verdict], count: int) -> None: ...

@dataclasses.dataclass
class StatusCount:
    """How many distinct missing facts have one status (`absent`, `not_assessed`, …)."""
    status: str
    count: int
    def __init__(self, *, status: str, count: int) -> None: ...

@dataclasses.dataclass
class Counts:
    total: int
    met: int
    partially_met: int
    not_met: int
    unknown: int
    not_applicable: int
    not_applicable_applies_when: int
    not_applicable_exception: int
    late: int
    overdue: int
    ranges: typing.List[RangeCount]
    bullets: BulletCounts
    missing_by_status: typing.List[StatusCount]
    def __init__(self, *, total: int, met: int, partially_met: int, not_met: int, unknown: int, not_applicable: int, not_applicable_applies_when: int, not_applicable_exception: int, late: int, overdue: int, ranges: typing.List[RangeCount], bullets: BulletCounts, missing_by_status: typing.List[StatusCount]) -> None: ...

@dataclasses.dataclass
class DeadlineInfo:
    _from: typing.Optional[str]
    due: str
    def __init__(self, *, _from: typing.Optional[str], due: str) -> None: ...

@dataclasses.dataclass
class DeadlineResult:
    status: DeadlineStatus
    _from: typing.Optional[str]
    due: typing.Optional[str]
    met_on: typing.Optional[str]
    reading: typing.Optional[str]
    met_on_basis: typing.Optional[MetOnBasis]
    in_window: bool
    def __init__(self, *, status: DeadlineStatus, _from: typing.Optional[str], due: typing.Optional[str], met_on: typing.Optional[str], reading: typing.Optional[str], met_on_basis: typing.Optional[MetOnBasis], in_window: bool) -> None: ...

@dataclasses.dataclass
class Diagnostic:
    """What the checker, a loader or the evaluator says about an input. Its text (`toString()`,
    `str()`, `description`) is one line: `file:line:column: severity code: message`.
    """
    severity: Severity
    code: str
    message: str
    file: str
    line: int
    column: int
    span_start: int
    span_end: int
    help: typing.Optional[str]
    def __init__(self, *, severity: Severity, code: str, message: str, file: str, line: int, column: int, span_start: int, span_end: int, help: typing.Optional[str]) -> None: ...

@dataclasses.dataclass
class ExceptionReview:
    """The review of an invoked exception, as the profile records it."""
    status: ReviewStatus
    by: typing.Optional[str]
    date: typing.Optional[str]
    note: typing.Optional[str]
    def __init__(self, *, status: ReviewStatus, by: typing.Optional[str], date: typing.Optional[str], note: typing.Optional[str]) -> None: ...

@dataclasses.dataclass
class ExceptionUse:
    qualifier: str
    justification: str
    source: typing.Optional[str]
    review: ExceptionReview
    def __init__(self, *, qualifier: str, justification: str, source: typing.Optional[str], review: ExceptionReview) -> None: ...

@dataclasses.dataclass
class InForce:
    """The history entry a fact was read from: in force from `from` up to, but not including,
    `until` (`YYYY-MM-DD`). `from` is absent for an entry in force since before the history's
    first date, `until` while the entry is still in force.
    """
    _from: typing.Optional[str]
    until: typing.Optional[str]
    def __init__(self, *, _from: typing.Optional[str], until: typing.Optional[str]) -> None: ...

@dataclasses.dataclass
class FactRead:
    """A fact read from the profile. `value`, each of `sources` and `note` are JSON text (`true`,
    `3`, `"Penal Code art. 7"`, `{...}`).
    """
    pointer: str
    status: str
    value: typing.Optional[str]
    sources: typing.List[str]
    note: typing.Optional[str]
    in_force: typing.Optional[InForce]
    def __init__(self, *, pointer: str, status: str, value: typing.Optional[str], sources: typing.List[str], note: typing.Optional[str], in_force: typing.Optional[InForce]) -> None: ...

@dataclasses.dataclass
class GroupSummary:
    group: str
    counts: Counts
    def __init__(self, *, group: str, counts: Counts) -> None: ...

@dataclasses.dataclass
class JurisdictionInfo:
    """A sub-national jurisdiction the profile names (`jurisdictions`)."""
    id: str
    name: str
    level: typing.Optional[str]
    def __init__(self, *, id: str, name: str, level: typing.Optional[str]) -> None: ...

@dataclasses.dataclass
class JurisdictionResult:
    """One unit's result for an obligation evaluated `in each jurisdiction`: the obligation
    evaluated over the unit's facts laid over the national ones.
    """
    id: str
    name: str
    level: typing.Optional[str]
    verdict: Verdict
    range: typing.List[Verdict]
    reason: typing.Optional[NotApplicableReason]
    deadline: DeadlineResult
    missing: typing.List[str]
    missing_status: typing.List[str]
    facts: typing.List[FactRead]
    explanation: typing.List[ClauseExplanation]
    def __init__(self, *, id: str, name: str, level: typing.Optional[str], verdict: Verdict, range: typing.List[Verdict], reason: typing.Optional[NotApplicableReason], deadline: DeadlineResult, missing: typing.List[str], missing_status: typing.List[str], facts: typing.List[FactRead], explanation: typing.List[ClauseExplanation]) -> None: ...

@dataclasses.dataclass
class JurisdictionTally:
    """How many units got each verdict: the numbers behind "met in 6 of 9 jurisdictions" (`met`
    of `applicable`).
    """
    applicable: int
    met: int
    partially_met: int
    not_met: int
    unknown: int
    not_applicable: int
    def __init__(self, *, applicable: int, met: int, partially_met: int, not_met: int, unknown: int, not_applicable: int) -> None: ...

@dataclasses.dataclass
class Limits:
    """Explicit limits on every input, so that rule files or a profile from a stranger
    cannot make the engine use unbounded time, memory or stack: the core's `Limits`,
    field for field. `Limits()` has the defaults (as `default_limits()`); set only the
    fields you need: `Limits(maxDepth = 16uL)` in Kotlin, `Limits(max_depth=16)` in
    Python, `Limits(maxDepth: 16)` in Swift. `max_depth` and `max_expanded_depth` above
    64 are refused (an `Argument` error naming the limit).
    """
    max_source_bytes: int
    max_files: int
    max_depth: int
    max_obligations: int
    max_expanded_nodes: int
    max_expanded_depth: int
    max_list_len: int
    max_explanation_nodes: int
    max_evaluation_steps: int
    def __init__(self, *, max_source_bytes: int = ..., max_files: int = ..., max_depth: int = ..., max_obligations: int = ..., max_expanded_nodes: int = ..., max_expanded_depth: int = ..., max_list_len: int = ..., max_explanation_nodes: int = ..., max_evaluation_steps: int = ...) -> None: ...

@dataclasses.dataclass
class ObligationInfo:
    """An obligation of a rule set, without its rule."""
    id: str
    title: str
    cite: str
    group: str
    text: str
    indicators: typing.List[str]
    amendments: typing.List[str]
    weight: float
    exceptions: typing.List[str]
    per_jurisdiction: bool
    deadline: typing.Optional[DeadlineInfo]
    file: str
    line: int
    def __init__(self, *, id: str, title: str, cite: str, group: str, text: str, indicators: typing.List[str], amendments: typing.List[str], weight: float, exceptions: typing.List[str], per_jurisdiction: bool, deadline: typing.Optional[DeadlineInfo], file: str, line: int) -> None: ...

@dataclasses.dataclass
class ObligationResult:
    """The verdict on one obligation, with what it rests on."""
    id: str
    title: str
    cite: str
    group: str
    text: str
    indicators: typing.List[str]
    amendments: typing.List[str]
    weight: float
    verdict: Verdict
    range: typing.List[Verdict]
    reason: typing.Optional[NotApplicableReason]
    deadline: DeadlineResult
    exception: typing.Optional[ExceptionUse]
    missing: typing.List[str]
    missing_status: typing.List[str]
    facts: typing.List[FactRead]
    explanation: typing.List[ClauseExplanation]
    warnings: typing.List[str]
    jurisdictions: typing.List[JurisdictionResult]
    tally: typing.Optional[JurisdictionTally]
    def __init__(self, *, id: str, title: str, cite: str, group: str, text: str, indicators: typing.List[str], amendments: typing.List[str], weight: float, verdict: Verdict, range: typing.List[Verdict], reason: typing.Optional[NotApplicableReason], deadline: DeadlineResult, exception: typing.Optional[ExceptionUse], missing: typing.List[str], missing_status: typing.List[str], facts: typing.List[FactRead], explanation: typing.List[ClauseExplanation], warnings: typing.List[str], jurisdictions: typing.List[JurisdictionResult], tally: typing.Optional[JurisdictionTally]) -> None: ...

@dataclasses.dataclass
class ProfileInfo:
    name: str
    state: typing.Optional[str]
    jurisdictions: typing.List[JurisdictionInfo]
    def __init__(self, *, name: str, state: typing.Optional[str], jurisdictions: typing.List[JurisdictionInfo]) -> None: ...

@dataclasses.dataclass
class QuestionObligation:
    """An obligation a question bears on, and what the fact could do to its verdict."""
    id: str
    effect: QuestionEffect
    def __init__(self, *, id: str, effect: QuestionEffect) -> None: ...

@dataclasses.dataclass
class Question:
    """One missing fact, as a form would ask for it."""
    pointer: str
    description: typing.Optional[str]
    context: typing.List[str]
    status: str
    fact_type: FactType
    allowed: typing.List[str]
    decides: int
    narrows: int
    obligations: typing.List[QuestionObligation]
    def __init__(self, *, pointer: str, description: typing.Optional[str], context: typing.List[str], status: str, fact_type: FactType, allowed: typing.List[str], decides: int, narrows: int, obligations: typing.List[QuestionObligation]) -> None: ...

@dataclasses.dataclass
class RulesetInfo:
    name: str
    version: str
    def __init__(self, *, name: str, version: str) -> None: ...

@dataclasses.dataclass
class Questions:
    """A profile's missing facts, those that could decide the most `unknown` verdicts first."""
    format: str
    ruleset: RulesetInfo
    profile: ProfileInfo
    as_of: str
    unknown: int
    questions: typing.List[Question]
    def __init__(self, *, format: str, ruleset: RulesetInfo, profile: ProfileInfo, as_of: str, unknown: int, questions: typing.List[Question]) -> None: ...

@dataclasses.dataclass
class Report:
    """The report of one profile: the same content as the JSON report (`lexpact/report/v2`)."""
    report: str
    ruleset: RulesetInfo
    profile: ProfileInfo
    as_of: str
    summary: Counts
    groups: typing.List[GroupSummary]
    results: typing.List[ObligationResult]
    warnings: typing.List[str]
    def __init__(self, *, report: str, ruleset: RulesetInfo, profile: ProfileInfo, as_of: str, summary: Counts, groups: typing.List[GroupSummary], results: typing.List[ObligationResult], warnings: typing.List[str]) -> None: ...

@dataclasses.dataclass
class Source:
    """One input file handed to a rule set: a `.lex` rule file, or a file the rules name (the
    profile schema, a test's profile) under the path they name it by.
    """
    name: str
    text: str
    def __init__(self, *, name: str, text: str) -> None: ...

@dataclasses.dataclass
class TestResult:
    name: str
    file: str
    line: int
    passed: bool
    failures: typing.List[str]
    def __init__(self, *, name: str, file: str, line: int, passed: bool, failures: typing.List[str]) -> None: ...

@dataclasses.dataclass
class TestRun:
    """The outcome of a rule set's `test` blocks."""
    passed: int
    failed: int
    results: typing.List[TestResult]
    def __init__(self, *, passed: int, failed: int, results: typing.List[TestResult]) -> None: ...

def check(sources: typing.List[Source], limits: typing.Optional[Limits] = ...) -> typing.List[Diagnostic]:
    """Checks rule files as an editor would (the same sources and limits as `RuleSet.new`): every
    error and warning, or an empty list when they compile cleanly. Throws only for limits the
    engine refuses (an `Argument` error): the rules' own problems are in the list.
    """

def default_limits() -> Limits:
    """The default limits: what `Limits()` gives, and what every call uses without limits."""

def diff_reports(old_report: str, new_report: str) -> str:
    """Compares two reports of one State, each the JSON text `RuleSet.evaluate_json` (or
    `lexpact check --format json`) gives, `old_report` before `new_report`: the obligations
    improved, regressed, changed, added or removed, with the facts behind each, as the JSON text
    `lexpact diff --format json` prints (`lexpact/diff/v1`; its schema: `lexpact schema
    --diff`). Anything but a `lexpact/report/v2` report is an `Argument` error (`E0306`).
    """

def engine_version() -> str:
    """The version of the engine."""

def format(source: str, name: str = ..., limits: typing.Optional[Limits] = ...) -> str:
    """Formats one rule file in the canonical style (comments kept). `name` labels the file in
    the diagnostics of a file that does not parse. `limits` (the defaults when absent) bound the
    file as when it is compiled: `max_source_bytes` and `max_depth`.
    """

def libraries() -> typing.List[str]:
    """The names of the bundled libraries, for `RuleSet.library`."""

def report_html(report: str) -> str:
    """The HTML compliance matrix of one report, the JSON text `RuleSet.evaluate_json` (or
    `lexpact check --format json`) gives: the self-contained page `lexpact check --format html`
    writes for that profile, byte for byte. Anything but a `lexpact/report/v2` report is an
    `Argument` error (`E0306`).
    """

class RuleSet(RuleSetProtocol):
    """A checked, compiled rule set: build it once, evaluate many profiles with it, from any
    number of threads at once (it is immutable).
    """
    @classmethod
    def library(cls, name: str, limits: typing.Optional[Limits] = ...) -> RuleSet:
        """A bundled library by name (`rio`, `icmec`; see `libraries()`), under `limits` (the
        defaults when absent).
        """
    @classmethod
    def library_with(cls, name: str, sources: typing.List[Source], limits: typing.Optional[Limits] = ...) -> RuleSet:
        """A bundled library extended with more rule files (e.g. a national team's), which may
        name other files given among `sources`, under `limits` (the defaults when absent).
        """
    def __init__(self, sources: typing.List[Source], limits: typing.Optional[Limits] = ...) -> None:
        """Compiles rule files handed over in memory. `.lex` sources are the rules; the others are
        the files the rules name (the profile schema, a test's profile), under the path they
        name them by, relative paths folded: rules `cases/a/rules.lex` naming
        `../../schema/profile.schema.json` are served the source named
        `schema/profile.schema.json`. `limits` bound the rules and every profile the rule set
        evaluates (the defaults when absent).
        """
    def evaluate(self, profile: Profile, as_of: typing.Optional[str] = ..., name: str = ..., detail: typing.Optional[Detail] = ...) -> Report:
        """Evaluates a profile (JSON or YAML text) at `as_of` (`YYYY-MM-DD`; by default the
        profile's own `as_of`). `name` labels the profile in the report and diagnostics.
        `detail` (`Full` when absent) `Verdicts` leaves every result's `facts` and `explanation`
        empty, the rest identical, and is much faster: explain an obligation on request with
        `explain_obligation`.
        """
    def evaluate_json(self, profile: Profile, as_of: typing.Optional[str] = ..., name: str = ..., detail: typing.Optional[Detail] = ...) -> str:
        """As `evaluate`, but the report as the native JSON text: exactly what
        `lexpact check --format json` prints (pretty, ending in a newline).
        """
    def explain_obligation(self, profile: Profile, id: str, as_of: typing.Optional[str] = ..., name: str = ...) -> ObligationResult:
        """One obligation's full result on a profile (JSON or YAML text), facts read and
        explanation included: the result `evaluate` gives it with `Detail::Full`. For a table
        evaluated with `Detail::Verdicts` that explains an obligation when asked. `as_of` and
        `name` as for `evaluate`. An `id` the rule set does not have is an `Argument` error
        (`E0210`, with a did-you-mean).
        """
    def limits(self) -> Limits:
        """The limits the rule set was built, and evaluates profiles, under."""
    def name(self) -> str:
        """The name of the rule set (its `ruleset` header)."""
    def obligations(self) -> typing.List[ObligationInfo]:
        """Every obligation, in the rule set's order."""
    def questions(self, profile: Profile, as_of: typing.Optional[str] = ..., name: str = ...) -> Questions:
        """The profile's missing facts (JSON or YAML text), those that could decide the most
        `unknown` verdicts first, each with the schema's description, type and allowed values
        and the obligations it bears on: the order of `lexpact questions`. `as_of` and `name`
        as for `evaluate`. The whole call is bounded by `max_evaluation_steps` (a `Profile`
        error `E0305` when it runs out).
        """
    def questions_json(self, profile: Profile, as_of: typing.Optional[str] = ..., name: str = ...) -> str:
        """As `questions`, but the native JSON text: exactly what `lexpact questions --format
        json` prints (pretty, ending in a newline).
        """
    def test(self) -> TestRun:
        """Runs the rule set's `test` blocks."""
    def version(self) -> str:
        """The version of the rule set (its `ruleset` header)."""
    def warnings(self) -> typing.List[Diagnostic]:
        """The warnings met when compiling (an empty list for clean rules)."""

class RuleSetProtocol(typing.Protocol):
    """A checked, compiled rule set: build it once, evaluate many profiles with it, from any
    number of threads at once (it is immutable).
    """
    def evaluate(self, profile: str, as_of: typing.Optional[str] = ..., name: str = ..., detail: typing.Optional[Detail] = ...) -> Report:
        """Evaluates a profile (JSON or YAML text) at `as_of` (`YYYY-MM-DD`; by default the
        profile's own `as_of`). `name` labels the profile in the report and diagnostics.
        `detail` (`Full` when absent) `Verdicts` leaves every result's `facts` and `explanation`
        empty, the rest identical, and is much faster: explain an obligation on request with
        `explain_obligation`.
        """
    def evaluate_json(self, profile: str, as_of: typing.Optional[str] = ..., name: str = ..., detail: typing.Optional[Detail] = ...) -> str:
        """As `evaluate`, but the report as the native JSON text: exactly what
        `lexpact check --format json` prints (pretty, ending in a newline).
        """
    def explain_obligation(self, profile: str, id: str, as_of: typing.Optional[str] = ..., name: str = ...) -> ObligationResult:
        """One obligation's full result on a profile (JSON or YAML text), facts read and
        explanation included: the result `evaluate` gives it with `Detail::Full`. For a table
        evaluated with `Detail::Verdicts` that explains an obligation when asked. `as_of` and
        `name` as for `evaluate`. An `id` the rule set does not have is an `Argument` error
        (`E0210`, with a did-you-mean).
        """
    def limits(self) -> Limits:
        """The limits the rule set was built, and evaluates profiles, under."""
    def name(self) -> str:
        """The name of the rule set (its `ruleset` header)."""
    def obligations(self) -> typing.List[ObligationInfo]:
        """Every obligation, in the rule set's order."""
    def questions(self, profile: str, as_of: typing.Optional[str] = ..., name: str = ...) -> Questions:
        """The profile's missing facts (JSON or YAML text), those that could decide the most
        `unknown` verdicts first, each with the schema's description, type and allowed values
        and the obligations it bears on: the order of `lexpact questions`. `as_of` and `name`
        as for `evaluate`. The whole call is bounded by `max_evaluation_steps` (a `Profile`
        error `E0305` when it runs out).
        """
    def questions_json(self, profile: str, as_of: typing.Optional[str] = ..., name: str = ...) -> str:
        """As `questions`, but the native JSON text: exactly what `lexpact questions --format
        json` prints (pretty, ending in a newline).
        """
    def test(self) -> TestRun:
        """Runs the rule set's `test` blocks."""
    def version(self) -> str:
        """The version of the rule set (its `ruleset` header)."""
    def warnings(self) -> typing.List[Diagnostic]:
        """The warnings met when compiling (an empty list for clean rules)."""
