//! Following a path's fields through the schema, and the words for a field it does not have.

use crate::schema::{Node, NodeId, Schema};
use crate::types::Ty;
use lexpact_grammar::suggest::closest;

/// A field of a path the schema does not have.
pub(crate) struct NoSuchField {
    /// The segment at fault.
    pub index: usize,
    pub message: String,
    pub help: Option<String>,
}

/// Follows `names[from..]` from `node` (of type `ty`): the type and schema node reached. Without
/// a schema, or past a part the schema leaves open, every field is `Any`.
pub(crate) fn follow(
    schema: Option<&Schema>,
    mut ty: Ty,
    mut node: Option<NodeId>,
    names: &[&str],
    from: usize,
) -> Result<(Ty, Option<NodeId>), NoSuchField> {
    for (index, name) in names.iter().enumerate().skip(from) {
        let (Some(schema), Some(id)) = (schema, node) else {
            ty = Ty::Any;
            continue;
        };
        match schema.field(id, name) {
            Ok(next) => {
                node = Some(next);
                ty = schema.ty(next);
            }
            Err(fields) => {
                let written = names.get(..index).unwrap_or_default();
                let (message, help) = no_such_field(schema, id, written, name, &fields);
                return Err(NoSuchField {
                    index,
                    message,
                    help,
                });
            }
        }
    }
    Ok((ty, node))
}

/// The message and help for `name` read from the schema node `id` (reached by `written`),
/// which has the fields `fields`.
fn no_such_field(
    schema: &Schema,
    id: NodeId,
    written: &[&str],
    name: &str,
    fields: &[String],
) -> (String, Option<String>) {
    let parent = if written.is_empty() {
        "the profile".to_string()
    } else {
        format!("`{}`", written.join("."))
    };
    let Node::Object { .. } = schema.node(id) else {
        let message = format!(
            "unknown path: {parent} is {}, it has no fields",
            schema.ty(id).describe()
        );
        return (message, None);
    };
    let message = format!("unknown path: {parent} has no field `{name}`");
    let help = closest(name, fields.iter().map(String::as_str))
        .map(|field| {
            let mut fixed = written.to_vec();
            fixed.push(field);
            format!("did you mean `{}`?", fixed.join("."))
        })
        .or_else(|| {
            (!fields.is_empty() && fields.len() <= 12)
                .then(|| format!("its fields are: {}", fields.join(", ")))
        });
    (message, help)
}
