"""The service's exception tree: exceptions mean "cannot continue"; findings are data, not exceptions.

    ServiceError                 any failure the service itself reports
    ├── RuleBookError            rule, schema or profile files are broken (start-up refuses to go on)
    ├── UnknownRuleSetError      a dossier asks for a rule set or province profile that does not exist
    └── InputError               a request or file cannot be used at all (carries an HTTP status)

Every error carries a Vietnamese message and its English twin.
"""

from __future__ import annotations

from dataclasses import dataclass


class ServiceError(Exception):
    """Base of every error the service raises on purpose."""

    code = "service_error"
    status = 500

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message = message
        self.message_en = message_en

    def as_json(self) -> dict[str, dict[str, str]]:
        """The API's error object."""
        return {"error": {"code": self.code, "message": self.message, "message_en": self.message_en}}


@dataclass(frozen=True)
class RuleProblem:
    """One defect in a rule file, where it is and what is wrong."""

    file: str
    line: int
    message: str
    message_en: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message} ({self.message_en})"


class RuleBookError(ServiceError):
    """The rule files cannot be used; `problems` lists every defect found, with file and line."""

    code = "rule_files_invalid"

    def __init__(self, problems: list[RuleProblem]) -> None:
        self.problems = problems
        super().__init__(
            f"Tệp quy tắc có {len(problems)} lỗi:\n" + "\n".join(str(problem) for problem in problems),
            f"Rule files have {len(problems)} problem(s).",
        )


class UnknownRuleSetError(ServiceError):
    """A dossier names a rule set (ho_so.quy_dinh) or profile (ho_so.ho_so_dia_phuong) that is not installed."""

    code = "unknown_rule_set"
    status = 400


class InputError(ServiceError):
    """A request or file that cannot be used; `status` is the HTTP status that fits."""

    code = "bad_request"
    status = 400

    def __init__(self, message: str, message_en: str, *, status: int = 400, code: str = "bad_request") -> None:
        super().__init__(message, message_en)
        self.status = status
        self.code = code
