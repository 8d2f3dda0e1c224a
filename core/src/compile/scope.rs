//! The names an expression being lowered can see: quantifier items and a definition's
//! parameters, each frame pointing at the one outside it, so that a definition's body sees its
//! own parameters and never its caller's names.

use std::rc::Rc;

use lexpact_grammar::ast;

use crate::schema::NodeId;
use crate::types::Ty;

/// What a name in scope stands for.
pub(crate) enum Binding<'a> {
    /// A quantifier's current item.
    Var {
        slot: usize,
        ty: Ty,
        node: Option<NodeId>,
    },
    /// A definition's parameter: the argument, to be read in the caller's scope.
    Param {
        arg: &'a ast::Expr,
        scope: Scope<'a>,
    },
    /// A definition's parameter while its body is checked on its own, without a call.
    Unbound,
}

/// One name bound, and the names bound outside it.
struct Frame<'a> {
    name: &'a str,
    binding: Binding<'a>,
    parent: Option<Rc<Frame<'a>>>,
}

/// Names in scope and the file the expression being lowered stands in.
#[derive(Clone)]
pub(crate) struct Scope<'a> {
    frames: Option<Rc<Frame<'a>>>,
    /// The file the expression stands in.
    pub file: usize,
    /// How many definition uses the expression is nested in.
    pub calls: usize,
}

impl<'a> Scope<'a> {
    pub(crate) fn top(file: usize) -> Self {
        Scope {
            frames: None,
            file,
            calls: 0,
        }
    }

    /// The scope of a definition's body used from this scope: none of the caller's names,
    /// one definition use deeper.
    pub(crate) fn definition_body(&self, file: usize) -> Self {
        Scope {
            frames: None,
            file,
            calls: self.calls + 1,
        }
    }

    /// What `name` stands for, the innermost binding first.
    pub(crate) fn lookup(&self, name: &str) -> Option<&Binding<'a>> {
        let mut frame = self.frames.as_deref();
        while let Some(f) = frame {
            if f.name == name {
                return Some(&f.binding);
            }
            frame = f.parent.as_deref();
        }
        None
    }

    /// This scope with `name` bound to `binding`.
    pub(crate) fn bind(&self, name: &'a str, binding: Binding<'a>) -> Scope<'a> {
        Scope {
            frames: Some(Rc::new(Frame {
                name,
                binding,
                parent: self.frames.clone(),
            })),
            file: self.file,
            calls: self.calls,
        }
    }
}
