"""Lexpact, an embeddable policy rules engine: check a State's legal profile against the
obligations of the Rio de Janeiro Pact (or another bundled or hand-written rule set).

    import lexpact
    rules = lexpact.RuleSet.library("rio")
    report = rules.evaluate({"profile": "lexpact/legal-profile/v1", "as_of": "2024-06-30"})
    report.summary.met, report.results[0].verdict

The API is the module uniffi generates from the Rust crate (`lexpact._native`), re-exported
whole. This package only maps types on top of it:

- records are dataclasses with their fields, so `repr()` shows them and
  `dataclasses.asdict()` converts them (uniffi declares them `@dataclass` but sets their
  fields in `__init__`, which leaves the dataclass with none);
- the methods that take a profile take a mapping (serialised to JSON; a `datetime.date`
  becomes its ISO text, as YAML loaders read dates) as well as JSON or YAML text;
- a report that `RuleSet.evaluate` gives shows in Jupyter as the CLI's HTML compliance
  matrix (`Report._repr_html_`, the page of `report_html`, in a sandboxed frame so that its
  style and script stay its own).
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import html
import inspect
import json
import typing
from collections.abc import Mapping

from ._native import lexpact as _generated
from ._native.lexpact import *  # noqa: F403 (the whole generated API)

__all__ = [*_generated.__all__, "Profile"]


def _records() -> list[type]:
    """The generated records: dataclasses without fields (see the module's docstring)."""
    return [
        cls
        for cls in (getattr(_generated, name) for name in _generated.__all__)
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and not dataclasses.fields(cls)
    ]


def _with_fields(cls: type) -> None:
    """Makes a generated record the dataclass of its fields: the keyword arguments of its
    `__init__`, with their annotations. Its `__init__` and `__eq__` are kept; `__repr__`,
    which `@dataclass` made from no fields, is made again."""
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    cls.__annotations__ = {p.name: p.annotation for p in parameters}
    if "__repr__" in vars(cls):
        delattr(cls, "__repr__")
    dataclasses.dataclass(cls, init=False, eq=False)


for _record in _records():
    _with_fields(_record)


def _json_value(value: object) -> object:
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value.isoformat()
    raise TypeError(f"a profile value of type {type(value).__name__} is not JSON")


def _profile_text(profile: object) -> object:
    """The text of a profile given as a mapping; anything else is passed on as it is."""
    if isinstance(profile, Mapping):
        return json.dumps(profile, default=_json_value)
    return profile


Profile = typing.Union[str, Mapping[str, typing.Any]]
"""A profile: JSON or YAML text, or the mapping it reads as."""


def _takes_mapping(method: typing.Callable[..., typing.Any]) -> typing.Callable[..., typing.Any]:
    """`method` taking a `Profile` for its `profile` argument."""

    @functools.wraps(method)
    def taking(self: object, profile: Profile, *args: object, **kwargs: object) -> object:
        return method(self, _profile_text(profile), *args, **kwargs)

    signature = inspect.signature(method)
    taking.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[
            p.replace(annotation="Profile") if p.name == "profile" else p
            for p in signature.parameters.values()
        ]
    )
    return taking


for _name in ("evaluate_json", "explain_obligation", "questions", "questions_json"):
    setattr(_generated.RuleSet, _name, _takes_mapping(getattr(_generated.RuleSet, _name)))


def _remembering(evaluate: typing.Callable[..., typing.Any]) -> typing.Callable[..., typing.Any]:
    """`evaluate`, its report remembering how it was made (not a field: `repr`, `asdict` and
    `==` do not see it), so that it can be drawn as the CLI draws it on request."""

    def remembering(self: typing.Any, profile: object, *args: object, **kwargs: object) -> object:
        report = evaluate(self, profile, *args, **kwargs)
        report._lexpact_source = (self, _profile_text(profile), args, kwargs)
        return report

    functools.update_wrapper(remembering, evaluate)
    return remembering


_generated.RuleSet.evaluate = _remembering(_takes_mapping(_generated.RuleSet.evaluate))


def _report_repr_html(report: typing.Any) -> typing.Optional[str]:
    """The CLI's HTML matrix of a report `RuleSet.evaluate` gave (None for one made otherwise:
    Jupyter then shows its `repr`). The native JSON is asked for again, which evaluates the
    profile again: only when the report is shown."""
    source = getattr(report, "_lexpact_source", None)
    if source is None:
        return None
    rules, profile, args, kwargs = source
    page = _generated.report_html(rules.evaluate_json(profile, *args, **kwargs))
    return (
        f'<iframe sandbox="allow-scripts" srcdoc="{html.escape(page, quote=True)}" '
        'title="Compliance matrix" style="width: 100%; height: 640px; border: 0"></iframe>'
    )


_generated.Report._repr_html_ = _report_repr_html

del _record, _name
