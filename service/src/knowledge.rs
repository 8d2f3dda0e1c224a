//! What the language's words mean, in one line each: the built-in functions and the keywords,
//! for hover and completion. Kept short; `docs/language.md` is the full account.

/// A built-in function: its name, signature and meaning.
pub(crate) struct Builtin {
    pub name: &'static str,
    pub signature: &'static str,
    pub takes_arguments: bool,
    pub meaning: &'static str,
}

/// The built-in functions, as the checker knows them (`core/src/compile/expr/builtins.rs`).
pub(crate) const BUILTINS: [Builtin; 5] = [
    Builtin {
        name: "year",
        signature: "year(d: date) -> number",
        takes_arguments: true,
        meaning: "The year of a date, as a number.",
    },
    Builtin {
        name: "days_between",
        signature: "days_between(a: date, b: date) -> number",
        takes_arguments: true,
        meaning: "The number of days from date `a` to date `b` (negative if `b` is earlier).",
    },
    Builtin {
        name: "is_known",
        signature: "is_known(x) -> condition",
        takes_arguments: true,
        meaning: "`true` if the fact (or expression) has a value, `false` if not; never unknown. \
                  Use it where absence itself is the finding.",
    },
    Builtin {
        name: "evaluation_date",
        signature: "evaluation_date() -> date",
        takes_arguments: false,
        meaning: "The date the rules are evaluated on (the caller's `as_of`, else the \
                  profile's), not the profile's `as_of` field read as a fact.",
    },
    Builtin {
        name: "add_years",
        signature: "add_years(d: date, n: number) -> date",
        takes_arguments: true,
        meaning: "The same calendar day `n` whole years after `d` (before it when `n` is \
                  negative); 29 February gives 28 February in a year without it.",
    },
];

/// The built-in function named `name`.
pub(crate) fn builtin(name: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.name == name)
}

/// Each keyword with one line of what it means.
pub(crate) const KEYWORDS: [(&str, &str); 42] = [
    (
        "ruleset",
        "Names the rule set and the version of the text it encodes.",
    ),
    ("version", "The version of the text the rule set encodes."),
    (
        "schema",
        "The profile schema every fact path is checked against.",
    ),
    (
        "define",
        "A named value or condition, usable in any file of the rule set.",
    ),
    (
        "obligation",
        "One duty of the text: its identity, its clauses and the condition for `met`.",
    ),
    (
        "title",
        "A short name of the obligation for people (required).",
    ),
    (
        "cite",
        "Where the obligation stands in the text, e.g. `C.1(a)-13` (required).",
    ),
    ("group", "The section results are grouped by."),
    (
        "text",
        "The quoted sentence of the instrument the obligation encodes.",
    ),
    (
        "indicator",
        "An indicator of another monitoring scheme measuring the same thing (`SCHEME:ID`).",
    ),
    (
        "amended",
        "A passage the obligation rests on that the text marks as a late amendment (in a test, `expect ID amended`).",
    ),
    (
        "weight",
        "A positive number consumers score results by (default 1).",
    ),
    (
        "exception",
        "A conditional qualifier of the text (\"where appropriate\") a profile may invoke.",
    ),
    (
        "deadline",
        "The date the obligation is due; `FROM to DUE` is a window for an ambiguous date.",
    ),
    ("to", "The due date of a deadline window."),
    (
        "met",
        "`met on EXPR`: the date the obligation was met, which tells on time from late.",
    ),
    (
        "on",
        "`met on EXPR`: the date the obligation was met, which tells on time from late.",
    ),
    (
        "applies",
        "`applies when EXPR`: when false, the obligation is `not_applicable`.",
    ),
    (
        "when",
        "Opens the condition of `applies when` or `partial when`.",
    ),
    ("require", "The condition for `met` (required)."),
    (
        "partial",
        "`partial when EXPR`: tells `partially_met` from `not_met` when `require` is false.",
    ),
    (
        "each",
        "`in each jurisdiction`: the obligation binds each unit of a federal State.",
    ),
    (
        "jurisdiction",
        "`in each jurisdiction`: the obligation binds each unit of a federal State.",
    ),
    (
        "test",
        "A rule test: a profile, an evaluation date and the verdicts expected.",
    ),
    ("as_of", "The date a test evaluates its profile on."),
    (
        "profile",
        "The profile a test evaluates: inline, or a file relative to the test's file.",
    ),
    (
        "expect",
        "`expect ID VERDICT [DEADLINE_STATUS]`, `expect ID [not] amended|indicator \"…\"|in_window` \
         or `expect N bullets|obligations [VERDICT] [in \"GROUP\"]`: what the test requires of the report.",
    ),
    (
        "in_window",
        "`expect ID in_window`: the deadline window's reading applies on the test's date.",
    ),
    (
        "bullets",
        "`expect N bullets [VERDICT] [in \"GROUP\"]`: how many bullets of the text (obligations sharing a `cite` count once) got the verdict.",
    ),
    (
        "bullet",
        "`expect 1 bullet [VERDICT] [in \"GROUP\"]`: how many bullets of the text got the verdict.",
    ),
    (
        "obligations",
        "`expect N obligations [VERDICT] [in \"GROUP\"]`: how many obligations got the verdict.",
    ),
    (
        "and",
        "True when every operand is true; false if any is false; else unknown.",
    ),
    (
        "or",
        "True when any operand is true; false if every one is false; else unknown.",
    ),
    (
        "not",
        "The opposite condition; unknown stays unknown. `not in`: absent from the list.",
    ),
    (
        "in",
        "Whether a value is one of a list's items (or, in a quantifier, the list gone over).",
    ),
    (
        "all",
        "`all x in LIST where C`: C holds for every item (so for an empty list).",
    ),
    ("any", "`any x in LIST where C`: C holds for some item."),
    (
        "count",
        "`count x in LIST [where C]`: the number of items for which C holds.",
    ),
    ("where", "The condition a quantifier tests on each item."),
    ("true", "The condition that holds."),
    ("false", "The condition that does not hold."),
    ("null", "No value (in inline test profiles)."),
];

/// What the keyword `word` means, in one line.
pub(crate) fn keyword(word: &str) -> Option<&'static str> {
    KEYWORDS.iter().find(|(k, _)| *k == word).map(|(_, m)| *m)
}

/// The clauses an obligation may have, each with whether it may repeat and what it inserts.
pub(crate) const OBLIGATION_CLAUSES: [(&str, bool, &str); 14] = [
    ("title", false, "title \"\""),
    ("cite", false, "cite \"\""),
    ("group", false, "group \"\""),
    ("text", false, "text \"\""),
    ("indicator", true, "indicator \"\""),
    ("amended", true, "amended \"\""),
    ("weight", false, "weight "),
    ("exception", true, "exception \"\""),
    ("deadline", false, "deadline "),
    ("met on", false, "met on "),
    ("applies when", false, "applies when "),
    ("require", false, "require "),
    ("partial when", false, "partial when "),
    ("in each jurisdiction", false, "in each jurisdiction"),
];

/// The clauses of a test.
pub(crate) const TEST_CLAUSES: [(&str, &str); 3] = [
    ("as_of", "as_of "),
    ("profile", "profile "),
    ("expect", "expect "),
];

/// The marks of an obligation's result a test can expect, after `expect ID [not]`.
pub(crate) const TEST_MARKS: [(&str, &str); 3] = [
    ("amended", "amended"),
    ("indicator", "indicator \"\""),
    ("in_window", "in_window"),
];

/// What `expect N …` counts.
pub(crate) const COUNT_UNITS: [(&str, &str); 2] =
    [("bullets", "bullets "), ("obligations", "obligations ")];

/// The declarations of a file.
pub(crate) const ITEMS: [(&str, &str); 5] = [
    ("ruleset", "ruleset \"\""),
    ("schema", "schema \"\""),
    ("define", "define "),
    ("obligation", "obligation "),
    ("test", "test \"\""),
];

/// The words that start an expression.
pub(crate) const EXPRESSION_WORDS: [&str; 6] = ["all", "any", "count", "not", "true", "false"];
