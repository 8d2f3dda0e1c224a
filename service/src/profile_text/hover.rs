//! Hover in a profile's JSON text: what the format says of the key or value under the cursor
//! (description, type, allowed values) and, for a fact, the obligations that read it.

use jsonc_parser::{Scanner, ScannerOptions};

use super::cursor::{self, Role, Step};
use super::spot::{self, Spot};
use crate::resolve::facts_read;
use crate::{Analysis, Hover, facts};

/// How many obligations reading a fact are named before "and N more".
const MAX_READERS: usize = 12;

/// What hovering at `offset` of a profile's `text` shows.
pub(crate) fn hover(analysis: &Analysis, text: &str, offset: usize) -> Option<Hover> {
    let schema = analysis.schema()?;
    let (start, end) = token_at(text, offset)?;
    let at = cursor::at(text, end)?;
    let typed = match &at.role {
        Role::Key { typed, .. } | Role::Value { typed } => typed.clone()?,
    };
    if typed.start != start {
        return None;
    }
    let path = at.full_path()?;
    let here = spot::spot(schema, &path)?;
    let name = path.last().and_then(|step| match step {
        Step::Key(key) => Some(key.as_str()),
        Step::Index(_) => None,
    });
    let mut out = String::new();
    let shown = shown_path(&path);
    if !shown.is_empty() {
        out.push_str(&format!("**`{shown}`**\n\n"));
    }
    if let Role::Value { .. } = at.role
        && typed.string
    {
        out.push_str(&format!("\"{}\": ", typed.text));
    }
    match &here {
        Spot::Schema(r) | Spot::Value(r) => {
            out.push_str(&facts::markdown(schema, r.node, &r.pointer))
        }
        other => {
            if let Some(text) = spot::description(schema, other, name) {
                out.push_str(&text);
                out.push_str("\n\n");
            }
            out.push_str(&format!("*{}*", spot::type_words(schema, other)));
        }
    }
    if let Some(r) = spot::fact_of(&here)
        && !r.pointer.is_empty()
    {
        readers(analysis, &r.pointer, &mut out);
    }
    Some(Hover {
        start: typed.start,
        end: typed.end,
        markdown: out,
    })
}

/// The obligations whose conditions read the place at `pointer` or a fact inside it.
fn readers(analysis: &Analysis, pointer: &str, out: &mut String) {
    let Some(rules) = analysis.rules() else {
        return;
    };
    let inside = format!("{pointer}/");
    let found: Vec<_> = rules
        .obligations()
        .iter()
        .filter(|ob| {
            facts_read(ob)
                .iter()
                .any(|f| f == pointer || f.starts_with(&inside))
        })
        .collect();
    if found.is_empty() {
        out.push_str("\n\nRead by no obligation of the rule set.");
        return;
    }
    let s = if found.len() == 1 { "" } else { "s" };
    out.push_str(&format!("\n\nRead by {} obligation{s}:", found.len()));
    for ob in found.iter().take(MAX_READERS) {
        out.push_str(&format!("\n- `{}` ({})", ob.id(), ob.identity.title));
    }
    if found.len() > MAX_READERS {
        out.push_str(&format!("\n- … and {} more", found.len() - MAX_READERS));
    }
}

/// The path as a rule writes it: `treaties.crc.status`, list items as `[2]`.
fn shown_path(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// The token of the line holding `offset` that the offset is on (a string, number or word).
fn token_at(text: &str, offset: usize) -> Option<(usize, usize)> {
    let line_start = text
        .get(..offset.min(text.len()))?
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line_end = text
        .get(line_start..)?
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let line = text.get(line_start..line_end)?;
    let mut scanner = Scanner::new(line, &ScannerOptions::default());
    while let Ok(Some(_)) = scanner.scan() {
        let (start, end) = (
            line_start + scanner.token_start(),
            line_start + scanner.token_end(),
        );
        if start > offset {
            return None;
        }
        if offset < end {
            return Some((start, end));
        }
    }
    None
}
