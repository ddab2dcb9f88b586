"""Why a file cannot be read: each reason is an InputError with a Vietnamese and an English message."""

from __future__ import annotations

from errors import InputError


class UnreadableFile(InputError):
    """The file cannot be read at all (corrupt, encrypted, unsupported, too large); HTTP 422 or 415."""

    def __init__(self, message: str, message_en: str, *, status: int = 422, code: str = "unreadable_document") -> None:
        super().__init__(message, message_en, status=status, code=code)


def corrupt(kind: str, detail: str = "") -> UnreadableFile:
    """A file of a known type whose content is broken."""
    extra = f" ({detail})" if detail else ""
    return UnreadableFile(f"Tệp {kind} bị hỏng, không đọc được{extra}.", f"The {kind} file is corrupt{extra}.")


def encrypted(kind: str) -> UnreadableFile:
    """A password-protected file."""
    return UnreadableFile(
        f"Tệp {kind} có mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.",
        f"The {kind} file is password-protected; remove the password and upload it again.",
    )


def unsupported(name: str) -> UnreadableFile:
    """A file type the service does not read."""
    return UnreadableFile(
        f"Không hỗ trợ loại tệp “{name}” (nhận DOCX, DOC, PDF, ảnh JPG/PNG, ZIP).",
        f"Unsupported file type “{name}” (DOCX, DOC, PDF, JPG/PNG images and ZIP are accepted).",
        status=415,
        code="unsupported_media_type",
    )


def too_large(what: str, what_en: str, limit: str) -> UnreadableFile:
    """A file beyond a configured limit."""
    return UnreadableFile(
        f"{what} vượt giới hạn {limit}.", f"{what_en} exceeds the limit of {limit}.", status=413, code="too_large"
    )
