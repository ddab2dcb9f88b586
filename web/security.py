"""Security headers on every response, no caching of personal data, and log masking of personal values."""

from __future__ import annotations

import logging
import re

from flask import Flask, Response, request

from dossier.text import nfc

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
# API answers that hold no personal data and may be cached like any public document.
PUBLIC_API_PATHS = frozenset({"/api/v1/rules", "/api/v1/openapi.json", "/api/docs"})

_NAME_LABEL = (
    r"\b(?:h[ọo]\s+v[àa]\s+t[êe]n|h[ọo]\s+t[êe]n(?:\s+khai\s+sinh)?|t[êe]n\s+g[ọo]i|ho_ten\w*|ten_goi\w*"
    r"|applicant|name|đồng\s+chí|đ/c)"
)
_NAME = re.compile(
    _NAME_LABEL + r"""(?P<sep>["']?\s*[:=]\s*["']?|\s+)(?P<value>[^\W\d_][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,6})""",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d-[01]\d-[0-3]\d(?!\d)")
_ID_NUMBER = re.compile(r"(?<!\d)(?:\d{12}|\d{9})(?!\d)")
# The dossier list's name search travels in the URL (`/ho-so?q=Nguy%E1%BB%85n…`, and percent-encoded again in a
# sign-in redirect's `next=`), which access logs write.
_SEARCH_QUERY = re.compile(r"((?<=[?&])q=|(?<=%3F)q%3D|(?<=%26)q%3D)(?:(?!%26)[^&\s\"'])*", re.IGNORECASE)
MASK = "***"


def mask_personal(text: str) -> str:
    """*text* (NFC) with personal names after a label or in a name search (`?q=`), ISO dates and 9/12-digit ID
    numbers replaced by ***."""
    text = _NAME.sub(lambda match: match.group(0)[: match.start("value") - match.start(0)] + MASK, nfc(text))
    text = _SEARCH_QUERY.sub(lambda match: match.group(1) + MASK, text)
    text = _ISO_DATE.sub(MASK, text)
    return _ID_NUMBER.sub(MASK, text)


class PersonalDataFilter(logging.Filter):
    """Rewrites each record's message (and traceback text) with personal values masked; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the formatted message in place (arguments are folded into it)."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed %-format: keep the raw template only
            message = str(record.msg)
        record.msg, record.args = mask_personal(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_personal(record.exc_text)
        return True


def install_log_masking(*loggers: logging.Logger) -> None:
    """Attach one PersonalDataFilter to every handler of *loggers* (the root logger when none are named)."""
    for logger in loggers or (logging.getLogger(),):
        for handler in logger.handlers:
            if not any(isinstance(existing, PersonalDataFilter) for existing in handler.filters):
                handler.addFilter(PersonalDataFilter())


def _add_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.path.startswith("/api/") and request.path not in PUBLIC_API_PATHS:
        response.headers["Cache-Control"] = "no-store"  # reports, extracted data and forms hold personal data
    return response


def install_security(app: Flask) -> None:
    """Security headers on every response of *app*, and personal values masked in the logs it writes."""
    app.after_request(_add_headers)
    install_log_masking(
        logging.getLogger(), app.logger, logging.getLogger("gunicorn.error"), logging.getLogger("gunicorn.access")
    )
