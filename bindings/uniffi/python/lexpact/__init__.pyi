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
    CLAUSE = 0
    HISTORY = 1
    HISTORY_AT_THE_LATEST = 2
    JURISDICTIONS = 3

class Severity(enum.Enum):
    ERROR = 0
    WARNING = 1

class ReviewStatus(enum.Enum):
    ACCEPTED = 0
    CONTESTED = 1
    PENDING = 2
    UNREVIEWED = 3

class NotApplicableReason(enum.Enum):
    APPLIES_WHEN = 0
    EXCEPTION = 1

class FactType(enum.Enum):
    BOOLEAN = 0
    INTEGER = 1
    NUMBER = 2
    STRING = 3
    DATE = 4
    LIST = 5
    RECORD = 6
    ANY = 7

class QuestionEffect(enum.Enum):
    DECIDES = 0
    NARROWS = 1
    NEITHER = 2

class Detail(enum.Enum):
    FULL = 0
    VERDICTS = 1

class LexpactError(Exception):
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
    total: int
    met: int
    partially_met: int
    not_met: int
    unknown: int
    not_applicable: int
    def __init__(self, *, total: int, met: int, partially_met: int, not_met: int, unknown: int, not_applicable: int) -> None: ...

@dataclasses.dataclass
class Explanation:
    expr: str
    value: str
    known: bool
    fact: typing.Optional[str]
    children: typing.List['Explanation']
    truncated: bool
    def __init__(self, *, expr: str, value: str, known: bool, fact: typing.Optional[str], children: typing.List['Explanation'], truncated: bool) -> None: ...

@dataclasses.dataclass
class ClauseExplanation:
    clause: str
    node: 'Explanation'
    def __init__(self, *, clause: str, node: 'Explanation') -> None: ...

@dataclasses.dataclass
class RangeCount:
    range: typing.List[Verdict]
    count: int
    def __init__(self, *, range: typing.List[Verdict], count: int) -> None: ...

@dataclasses.dataclass
class StatusCount:
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
    _from: typing.Optional[str]
    until: typing.Optional[str]
    def __init__(self, *, _from: typing.Optional[str], until: typing.Optional[str]) -> None: ...

@dataclasses.dataclass
class FactRead:
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
    id: str
    name: str
    level: typing.Optional[str]
    def __init__(self, *, id: str, name: str, level: typing.Optional[str]) -> None: ...

@dataclasses.dataclass
class JurisdictionResult:
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
    applicable: int
    met: int
    partially_met: int
    not_met: int
    unknown: int
    not_applicable: int
    def __init__(self, *, applicable: int, met: int, partially_met: int, not_met: int, unknown: int, not_applicable: int) -> None: ...

@dataclasses.dataclass
class Limits:
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
    id: str
    title: str
    cite: str
    group: str
    text: str
    weight: float
    exceptions: typing.List[str]
    per_jurisdiction: bool
    deadline: typing.Optional[DeadlineInfo]
    file: str
    line: int
    def __init__(self, *, id: str, title: str, cite: str, group: str, text: str, weight: float, exceptions: typing.List[str], per_jurisdiction: bool, deadline: typing.Optional[DeadlineInfo], file: str, line: int) -> None: ...

@dataclasses.dataclass
class ObligationResult:
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
    id: str
    effect: QuestionEffect
    def __init__(self, *, id: str, effect: QuestionEffect) -> None: ...

@dataclasses.dataclass
class Question:
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
    format: str
    ruleset: RulesetInfo
    profile: ProfileInfo
    as_of: str
    unknown: int
    questions: typing.List[Question]
    def __init__(self, *, format: str, ruleset: RulesetInfo, profile: ProfileInfo, as_of: str, unknown: int, questions: typing.List[Question]) -> None: ...

@dataclasses.dataclass
class Report:
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
    passed: int
    failed: int
    results: typing.List[TestResult]
    def __init__(self, *, passed: int, failed: int, results: typing.List[TestResult]) -> None: ...

def check(sources: typing.List[Source], limits: typing.Optional[Limits] = ...) -> typing.List[Diagnostic]: ...

def default_limits() -> Limits: ...

def diff_reports(old_report: str, new_report: str) -> str: ...

def engine_version() -> str: ...

def format(source: str, name: str = ..., limits: typing.Optional[Limits] = ...) -> str: ...

def libraries() -> typing.List[str]: ...

def report_html(report: str) -> str: ...

class RuleSet(RuleSetProtocol):
    @classmethod
    def library(cls, name: str, limits: typing.Optional[Limits] = ...) -> RuleSet: ...
    @classmethod
    def library_with(cls, name: str, sources: typing.List[Source], limits: typing.Optional[Limits] = ...) -> RuleSet: ...
    def __init__(self, sources: typing.List[Source], limits: typing.Optional[Limits] = ...) -> None: ...
    def evaluate(self, profile: Profile, as_of: typing.Optional[str] = ..., name: str = ..., detail: typing.Optional[Detail] = ...) -> Report: ...
    def evaluate_json(self, profile: Profile, as_of: typing.Optional[str] = ..., name: str = ..., detail: typing.Optional[Detail] = ...) -> str: ...
    def explain_obligation(self, profile: Profile, id: str, as_of: typing.Optional[str] = ..., name: str = ...) -> ObligationResult: ...
    def limits(self) -> Limits: ...
    def name(self) -> str: ...
    def obligations(self) -> typing.List[ObligationInfo]: ...
    def questions(self, profile: Profile, as_of: typing.Optional[str] = ..., name: str = ...) -> Questions: ...
    def questions_json(self, profile: Profile, as_of: typing.Optional[str] = ..., name: str = ...) -> str: ...
    def test(self) -> TestRun: ...
    def version(self) -> str: ...
    def warnings(self) -> typing.List[Diagnostic]: ...

class RuleSetProtocol(typing.Protocol):
    def evaluate(self, profile: str, as_of: typing.Optional[str] = ..., name: str = ..., detail: typing.Optional[Detail] = ...) -> Report: ...
    def evaluate_json(self, profile: str, as_of: typing.Optional[str] = ..., name: str = ..., detail: typing.Optional[Detail] = ...) -> str: ...
    def explain_obligation(self, profile: str, id: str, as_of: typing.Optional[str] = ..., name: str = ...) -> ObligationResult: ...
    def limits(self) -> Limits: ...
    def name(self) -> str: ...
    def obligations(self) -> typing.List[ObligationInfo]: ...
    def questions(self, profile: str, as_of: typing.Optional[str] = ..., name: str = ...) -> Questions: ...
    def questions_json(self, profile: str, as_of: typing.Optional[str] = ..., name: str = ...) -> str: ...
    def test(self) -> TestRun: ...
    def version(self) -> str: ...
    def warnings(self) -> typing.List[Diagnostic]: ...
