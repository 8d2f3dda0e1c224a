//! What a library made of each paragraph of the text it encodes: the obligations that encode
//! it, or why it cannot be checked against a State's profile. The table ships with the
//! library, and `check` compares it with the compiled rules, so it cannot drift from them.

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::RuleSet;

/// One paragraph of an encoded text, and what the library made of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CoverageRow {
    /// The paragraph, e.g. `C.1(a)-4`: section, then the bullet's number within it.
    pub paragraph: String,
    /// The section, e.g. `C.1(a)`.
    pub section: String,
    /// The paragraph's first words, so a reader can find it in the text.
    pub opening: String,
    /// Whether the paragraph is encoded, and if not, why not.
    pub status: CoverageStatus,
    /// The obligations that encode the paragraph (empty unless `encoded`).
    pub obligations: Vec<String>,
    /// Why the paragraph is not encoded, or how it was split; may be empty when encoded.
    pub reason: String,
}

/// What became of a paragraph of the text: encoded, or the kind of reason it cannot be checked
/// against a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CoverageStatus {
    /// Checked by one or more obligations.
    Encoded,
    /// Addressed to States but not decidable from legal, institutional or policy facts.
    Qualitative,
    /// Addressed to others (UN bodies, NGOs, industry, religious communities).
    NotState,
    /// States, recalls or reviews and commits no one to anything (a preamble, a review of
    /// progress): listed so that every paragraph of the text is accounted for.
    Descriptive,
}

impl CoverageStatus {
    /// The status as the coverage table writes it, e.g. `not_state`.
    pub fn as_str(self) -> &'static str {
        match self {
            CoverageStatus::Encoded => "encoded",
            CoverageStatus::Qualitative => "qualitative",
            CoverageStatus::NotState => "not_state",
            CoverageStatus::Descriptive => "descriptive",
        }
    }
}

/// Reads a coverage table: a header line, then
/// `paragraph<TAB>opening<TAB>ids<TAB>status<TAB>reason`,
/// with `ids` separated by commas. An error names the line.
pub fn parse(text: &str) -> Result<Vec<CoverageRow>, String> {
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [paragraph, opening, ids, status, reason] = fields.as_slice() else {
            return Err(format!(
                "line {}: expected 5 tab-separated fields, found {}",
                index + 1,
                fields.len()
            ));
        };
        let status = match *status {
            "encoded" => CoverageStatus::Encoded,
            "qualitative" => CoverageStatus::Qualitative,
            "not_state" => CoverageStatus::NotState,
            "descriptive" => CoverageStatus::Descriptive,
            other => return Err(format!("line {}: unknown status `{other}`", index + 1)),
        };
        let section = paragraph
            .rsplit_once('-')
            .map_or(*paragraph, |(section, _)| section);
        rows.push(CoverageRow {
            paragraph: paragraph.to_string(),
            section: section.to_string(),
            opening: opening.to_string(),
            status,
            obligations: ids
                .split(',')
                .map(str::trim)
                .filter(|id| !id.is_empty())
                .map(str::to_string)
                .collect(),
            reason: reason.to_string(),
        });
    }
    Ok(rows)
}

/// Disagreements between a coverage table and the rules: ids that are not obligations,
/// obligations no paragraph names, encoded paragraphs without ids, others with ids, and
/// paragraphs listed twice. Empty when the two agree.
pub fn problems(rows: &[CoverageRow], rules: &RuleSet) -> Vec<String> {
    let defined: BTreeSet<&str> = rules.obligations().iter().map(|o| o.id()).collect();
    let mut named = BTreeSet::new();
    let mut paragraphs = BTreeSet::new();
    let mut found = Vec::new();
    for row in rows {
        if !paragraphs.insert(row.paragraph.as_str()) {
            found.push(format!("{} is listed twice", row.paragraph));
        }
        let encoded = row.status == CoverageStatus::Encoded;
        if encoded && row.obligations.is_empty() {
            found.push(format!(
                "{} is `encoded` but names no obligation",
                row.paragraph
            ));
        }
        if !encoded && !row.obligations.is_empty() {
            found.push(format!(
                "{} is `{}` but names obligations",
                row.paragraph,
                row.status.as_str()
            ));
        }
        if !encoded && row.reason.trim().is_empty() {
            found.push(format!("{} gives no reason", row.paragraph));
        }
        for id in &row.obligations {
            if !defined.contains(id.as_str()) {
                found.push(format!(
                    "{} names `{id}`, which is not an obligation",
                    row.paragraph
                ));
            }
            named.insert(id.as_str());
        }
    }
    found.extend(
        defined
            .difference(&named)
            .map(|id| format!("obligation `{id}` is in no paragraph of the coverage table")),
    );
    found
}
