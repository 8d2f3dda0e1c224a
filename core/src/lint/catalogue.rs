//! Every lint, with its code, name, level and summary: what `docs/language.md` ("Lints")
//! documents, `lexpact lint` prints and an editor lists. Each lint is a constant the lints
//! report with; `LINTS` lists them all.

use super::{Level, Lint};

/// An `expect` directive without a reason, naming no lint, or standing before nothing.
pub(crate) const BAD_EXPECTATION: Lint = Lint {
    code: "L0001",
    name: "bad-expectation",
    level: Level::Warning,
    summary: "a `# lint: expect(…)` directive without a reason, naming an unknown lint, or before nothing it can apply to",
};

/// An `expect` directive whose lint found nothing where it applies.
pub(crate) const UNFULFILLED: Lint = Lint {
    code: "L0002",
    name: "unfulfilled-expectation",
    level: Level::Warning,
    summary: "a `# lint: expect(…)` directive whose lint finds nothing where it applies",
};

/// `all` over a list from the profile with no guard that the list is not empty.
pub(crate) const VACUOUS_ALL: Lint = Lint {
    code: "L0101",
    name: "vacuous-all",
    level: Level::Warning,
    summary: "`all` over a list that may be empty, with no guard: an empty list passes",
};

/// An `exception` whose words the obligation's `text` does not contain.
pub(crate) const EXCEPTION_NOT_IN_TEXT: Lint = Lint {
    code: "L0102",
    name: "exception-not-in-text",
    level: Level::Warning,
    summary: "an `exception` whose qualifier the obligation's quoted `text` does not contain",
};

/// A conditional qualifier in the `text` and no `exception`.
pub(crate) const QUALIFIER_WITHOUT_EXCEPTION: Lint = Lint {
    code: "L0103",
    name: "qualifier-without-exception",
    level: Level::Warning,
    summary: "a conditional qualifier (\"where appropriate\", …) in the `text` of an obligation with no `exception`",
};

/// An `exception` that is a manner qualifier, or a qualifier that bears on a manner.
pub(crate) const MANNER_EXCEPTION: Lint = Lint {
    code: "L0104",
    name: "manner-qualifier-exception",
    level: Level::Warning,
    summary: "an `exception` made of a manner qualifier (\"taking into account\", \"in accordance with\", …), or of a qualifier that bears only on a manner or partner",
};

/// An obligation without `text`.
pub(crate) const MISSING_TEXT: Lint = Lint {
    code: "L0105",
    name: "missing-text",
    level: Level::Warning,
    summary: "an obligation with no `text`, or a blank one",
};

/// A `text` (or `cite`) not found in the pinned source text.
pub(crate) const TEXT_NOT_IN_SOURCE: Lint = Lint {
    code: "L0106",
    name: "text-not-in-source",
    level: Level::Warning,
    summary: "a `text` not found in the cited paragraph of the pinned source text, or a `cite` naming no paragraph of it",
};

/// A deadline no evaluation can date.
pub(crate) const UNDATABLE_DEADLINE: Lint = Lint {
    code: "L0107",
    name: "undatable-deadline",
    level: Level::Warning,
    summary: "a `deadline` with no `met on` clause whose `require` reads no fact that can have a history",
};

/// A `partial when` that implies `require`.
pub(crate) const DEAD_PARTIAL: Lint = Lint {
    code: "L0108",
    name: "dead-partial",
    level: Level::Warning,
    summary: "a `partial when` that implies `require`, so it is never true when `require` is false",
};

/// A `partial when` that is always true.
pub(crate) const PARTIAL_ALWAYS_TRUE: Lint = Lint {
    code: "L0109",
    name: "partial-always-true",
    level: Level::Warning,
    summary: "a `partial when` that is always true (`true`, or `X or not X`)",
};

/// Schema facts no obligation reads.
pub(crate) const UNREAD_FACTS: Lint = Lint {
    code: "L0110",
    name: "unread-facts",
    level: Level::Info,
    summary: "facts of the schema that no obligation reads, by top-level group",
};

/// A definition no obligation uses.
pub(crate) const UNUSED_DEFINITION: Lint = Lint {
    code: "L0111",
    name: "unused-definition",
    level: Level::Warning,
    summary: "a definition that no obligation uses, directly or through other definitions",
};

/// The same operand twice in one `and` / `or` chain.
pub(crate) const DUPLICATE_OPERAND: Lint = Lint {
    code: "L0112",
    name: "duplicate-operand",
    level: Level::Warning,
    summary: "the same condition twice in one `and` or `or` chain",
};

/// Two obligations with the same `applies when` and `require`.
pub(crate) const DUPLICATE_REQUIRE: Lint = Lint {
    code: "L0113",
    name: "duplicate-require",
    level: Level::Warning,
    summary: "two obligations with the same `require` (and the same `applies when`)",
};

/// Every lint, in code order.
pub static LINTS: &[Lint] = &[
    BAD_EXPECTATION,
    UNFULFILLED,
    VACUOUS_ALL,
    EXCEPTION_NOT_IN_TEXT,
    QUALIFIER_WITHOUT_EXCEPTION,
    MANNER_EXCEPTION,
    MISSING_TEXT,
    TEXT_NOT_IN_SOURCE,
    UNDATABLE_DEADLINE,
    DEAD_PARTIAL,
    PARTIAL_ALWAYS_TRUE,
    UNREAD_FACTS,
    UNUSED_DEFINITION,
    DUPLICATE_OPERAND,
    DUPLICATE_REQUIRE,
];

/// The lint an expectation names, by code or name.
pub(crate) fn find(name: &str) -> Option<&'static Lint> {
    LINTS.iter().find(|l| l.code == name || l.name == name)
}
