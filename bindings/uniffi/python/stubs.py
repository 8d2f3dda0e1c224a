"""Prints the type stubs (`lexpact/__init__.pyi`) of the installed `lexpact` package, read off
the package itself: every name of `lexpact.__all__` with the annotations the generated code
carries (records as dataclasses of their fields, enums with their members, the error and its
variants, the rule set's constructors and methods, the functions). test.sh compares the
output with the committed stubs, so a change of the API cannot leave them stale; it writes
them with LEXPACT_BLESS=1.

    python stubs.py > lexpact/__init__.pyi
"""

import dataclasses
import enum
import inspect
import pathlib
import sys
import typing

# The installed package, not the source next to this script.
sys.path = [p for p in sys.path if pathlib.Path(p or ".").resolve() != pathlib.Path(__file__).parent]
import lexpact  # noqa: E402

HEADER = '''"""Type stubs of the `lexpact` package, written by bindings/uniffi/python/stubs.py from the
installed package: do not edit, regenerate."""

import dataclasses
import enum
import typing
from collections.abc import Mapping

Profile = typing.Union[str, Mapping[str, typing.Any]]
'''


SENTINEL_UNION = "typing.Union[object, "


def annotation(value: object) -> str:
    """An annotation as the generated code writes it (text, under `from __future__ import
    annotations`); the wrapper's own annotations are text too."""
    if value is inspect.Parameter.empty:
        return "typing.Any"
    text = value if isinstance(value, str) else inspect.formatannotation(value)
    # An argument with a default is typed `typing.Union[object, T]` so that the generated code
    # can take its private sentinel; callers pass a `T` or nothing.
    if text.startswith(SENTINEL_UNION) and text.endswith("]"):
        return text[len(SENTINEL_UNION) : -1]
    return text


def signature(function: typing.Callable[..., object], skip_first: bool) -> str:
    parameters = list(inspect.signature(function).parameters.values())
    return_annotation = inspect.signature(function).return_annotation
    parts = []
    keyword_only = False
    for i, p in enumerate(parameters):
        if i == 0 and skip_first:
            parts.append(p.name)
            continue
        if p.kind is p.VAR_POSITIONAL:
            parts.append(f"*{p.name}: {annotation(p.annotation)}")
            keyword_only = True
            continue
        if p.kind is p.VAR_KEYWORD:
            parts.append(f"**{p.name}: {annotation(p.annotation)}")
            continue
        if p.kind is p.KEYWORD_ONLY and not keyword_only:
            parts.append("*")
            keyword_only = True
        default = "" if p.default is p.empty else " = ..."
        parts.append(f"{p.name}: {annotation(p.annotation)}{default}")
    returns = "None" if function.__name__ == "__init__" else annotation(return_annotation)
    return f"({', '.join(parts)}) -> {returns}"


def own_callables(cls: type) -> list[tuple[str, object]]:
    """The public methods a class defines itself, in the order it defines them, and its
    `__init__`."""
    return [
        (name, member)
        for name, member in vars(cls).items()
        if (not name.startswith("_") or name == "__init__")
        and (inspect.isfunction(member) or isinstance(member, (classmethod, staticmethod)))
    ]


def docstring(value: object, indent: str) -> list[str]:
    """The docstring of a class or function (from the Rust doc comments), for editors that
    show it from the stubs; none for the one `@dataclass` makes up from the fields."""
    # Its own, not one inherited from `enum.Enum` or `Exception`.
    own = vars(value).get("__doc__") if isinstance(value, type) else getattr(value, "__doc__", None)
    doc = inspect.cleandoc(own) if isinstance(own, str) else None
    name = getattr(value, "__name__", "")
    if not doc or (isinstance(value, type) and doc.startswith(f"{name}(")):
        return []
    text = doc.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = text.splitlines()
    if len(lines) == 1:
        return [f'{indent}"""{text}"""']
    return [f'{indent}"""{lines[0]}', *(f"{indent}{line}" if line else "" for line in lines[1:]), f'{indent}"""']


def function(name: str, function: typing.Callable[..., object], skip_first: bool, indent: str) -> list[str]:
    """A function's stub: its signature, and its docstring as its body (else `...`)."""
    doc = docstring(function, indent + "    ")
    head = f"{indent}def {name}{signature(function, skip_first)}:"
    return [head, *doc] if doc else [f"{head} ..."]


def methods(cls: type, indent: str) -> list[str]:
    lines = []
    for name, member in own_callables(cls):
        if isinstance(member, classmethod):
            lines.append(f"{indent}@classmethod")
            lines += function(name, member.__func__, True, indent)
        elif isinstance(member, staticmethod):
            lines.append(f"{indent}@staticmethod")
            lines += function(name, member.__func__, False, indent)
        else:
            lines += function(name, member, True, indent)  # type: ignore[arg-type]
    return lines


def record(cls: type) -> list[str]:
    lines = ["@dataclasses.dataclass", f"class {cls.__name__}:", *docstring(cls, "    ")]
    lines += [f"    {f.name}: {annotation(f.type)}" for f in dataclasses.fields(cls)]
    lines += methods(cls, "    ")
    return lines


def enumeration(cls: type[enum.Enum]) -> list[str]:
    lines = [f"class {cls.__name__}(enum.Enum):", *docstring(cls, "    ")]
    lines += [f"    {member.name} = {member.value!r}" for member in cls]
    return lines


def fields_of_variant(variant: type) -> dict[str, str]:
    """The fields of an error variant and their types. uniffi sets each field as an attribute
    in `__init__` (unannotated), over the exported method of the same name, which returns the
    field and carries its annotation."""
    arguments = list(inspect.signature(variant.__init__).parameters)[1:]
    return {
        name: annotation(inspect.signature(getattr(variant, name)).return_annotation)
        for name in arguments
        if inspect.isfunction(getattr(variant, name, None))
    }


def error(cls: type) -> list[str]:
    """The error and its variants, each a subclass named as an attribute of it; the fields
    every variant has are declared on the error itself, for `except LexpactError as e`."""
    variants = {
        name: variant
        for name, variant in vars(cls).items()
        if isinstance(variant, type) and issubclass(variant, cls) and not name.startswith("_")
    }
    fields = {name: fields_of_variant(variant) for name, variant in variants.items()}
    common = {
        field: kind
        for field, kind in next(iter(fields.values()), {}).items()
        if all(f.get(field) == kind for f in fields.values())
    }
    lines = [f"class {cls.__name__}(Exception):", *docstring(cls, "    ")]
    lines += [f"    {field}: {kind}" for field, kind in common.items()]
    for name, variant in variants.items():
        arguments = ", ".join(f"{field}: {kind}" for field, kind in fields[name].items())
        lines.append(f"    class {name}({cls.__name__}):")
        lines += [f"        {field}: {kind}" for field, kind in fields[name].items() if field not in common]
        lines.append(f"        def __init__(self, {arguments}) -> None: ...")
    return lines if len(lines) > 1 else [*lines, "    pass"]


def other_class(cls: type) -> list[str]:
    """The rule set, and the protocol uniffi writes of it (whose `__init__` is typing's)."""
    protocol = typing.Protocol in cls.__bases__
    bases = ", ".join(
        "typing.Protocol" if b is typing.Protocol else b.__name__ for b in cls.__bases__ if b is not object
    )
    lines = [f"class {cls.__name__}{f'({bases})' if bases else ''}:", *docstring(cls, "    ")]
    body = methods(cls, "    ")
    if protocol:
        body = [line for line in body if "def __init__(" not in line]
    return lines + (body or ["    pass"])


def main() -> None:
    out = [HEADER]
    for name in lexpact.__all__:
        value = getattr(lexpact, name)
        if name == "Profile":
            continue
        if isinstance(value, type) and dataclasses.is_dataclass(value):
            out.append("\n".join(record(value)))
        elif isinstance(value, type) and issubclass(value, enum.Enum):
            out.append("\n".join(enumeration(value)))
        elif isinstance(value, type) and issubclass(value, Exception):
            out.append("\n".join(error(value)))
        elif isinstance(value, type):
            out.append("\n".join(other_class(value)))
        elif callable(value):
            out.append("\n".join(function(name, value, False, "")))
        else:
            out.append(f"{name}: {type(value).__name__}")
    print("\n\n".join(out))


if __name__ == "__main__":
    main()
