"""Run the rules over one prepared dossier and return findings (data, never exceptions)."""

from __future__ import annotations

import string
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from dossier.model import DEFAULT_RULE_SET, prepare
from errors import UnknownRuleSetError
from validators.context import Context
from validators.rulebook import SEVERITIES, Rule, RuleLibrary


@dataclass(frozen=True)
class Finding:
    """What is wrong, where, how serious, which regulation requires it, and a proposed fix."""

    rule: str
    severity: str
    message: str
    message_en: str
    basis: str
    title: str
    field: str | None = None
    suggestion: str | None = None
    document: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The report's finding object (absent keys left out)."""
        return {key: value for key, value in asdict(self).items() if value is not None}


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


_FORMATTER = string.Formatter()


def render(template: str, values: dict[str, Any]) -> str:
    """Fill a message's {placeholders}; a value a hit does not carry prints as nothing."""
    return _FORMATTER.vformat(template, (), _Blank(values))


def run_rules(context: Context, rules: list[Rule]) -> list[Finding]:
    """Every finding of *rules* on the dossier, errors first, then in rule-file order."""
    findings: list[Finding] = []
    for rule in rules:
        if rule.when is not None and not rule.when(context):
            continue
        if rule.unless is not None and rule.unless(context):
            continue
        for bound in rule.checks:
            for hit in bound.spec.function(context, bound.params):
                values = {
                    **{key: value for key, value in bound.params.items() if not isinstance(value, list | dict)},
                    **hit.values,
                }
                findings.append(
                    Finding(
                        rule.id,
                        rule.severity,
                        render(bound.message, values),
                        render(bound.message_en, values),
                        rule.basis,
                        rule.title,
                        hit.field,
                        hit.suggestion,
                        hit.document,
                    )
                )
    rank = {severity: index for index, severity in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda finding: rank[finding.severity])


def select_rules(
    library: RuleLibrary, dossier: dict[str, Any], default_profile: str | None = None
) -> tuple[str, list[Rule]]:
    """The rule set and rules a prepared dossier asks for; UnknownRuleSetError when they do not exist."""
    case = dossier["ho_so"]
    rule_set = str(case.get("quy_dinh") or DEFAULT_RULE_SET)
    profile = case.get("ho_so_dia_phuong") or default_profile
    if rule_set not in library.rule_sets:
        known = ", ".join(sorted(library.rule_sets))
        raise UnknownRuleSetError(
            f"Không có bộ quy tắc “{rule_set}”. Các bộ hiện có: {known}.",
            f"No rule set “{rule_set}”. Available: {known}.",
        )
    if profile and (profile not in library.profiles or library.profiles[profile].extends != rule_set):
        known = ", ".join(sorted(library.profiles))
        raise UnknownRuleSetError(
            f"Không có hồ sơ địa phương “{profile}” cho {rule_set}. Hiện có: {known}.",
            f"No province profile “{profile}” for {rule_set}. Available: {known}.",
        )
    return rule_set, library.rules_for(rule_set, profile)


@dataclass(frozen=True)
class Validation:
    """The prepared dossier, the rule set applied, and its findings."""

    dossier: dict[str, Any]
    rules_version: str
    findings: list[Finding]


def validate(
    library: RuleLibrary,
    data: Any,
    *,
    ngay_xet: date | str | None = None,
    default_profile: str | None = None,
    today: date | None = None,
    documents: list[dict[str, Any]] | None = None,
) -> Validation:
    """Prepare *data* as a canonical dossier and check it against its rule set (and profile).

    *documents* are the report's document entries; one carrying `unreadable` becomes a
    `tai_lieu.khong_doc_duoc` finding while the rest of the dossier is still checked."""
    dossier = prepare(data, ngay_xet=ngay_xet, today=today)
    rules_version, rules = select_rules(library, dossier, default_profile)
    context = Context(dossier, library.shape.check(dossier), documents)
    return Validation(dossier, rules_version, run_rules(context, rules))
