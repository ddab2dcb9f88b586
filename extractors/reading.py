"""Run the right reader on one file (or each file of a ZIP) and extract it; errors become `unreadable` entries."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from extractors import Limits, document_entry, json_document
from extractors.blocks import DocumentText
from extractors.errors import UnreadableFile, corrupt, encrypted, too_large, unsupported
from extractors.extract import extract_document
from extractors.formats import doc_to_docx, kind_of


def read_text(name: str, content: bytes, limits: Limits, progress: Any = None) -> DocumentText:
    """The lines of a DOCX, DOC, PDF (OCR for pages without text) or image."""
    kind = kind_of(name, content)
    if kind == "doc":
        content, kind = doc_to_docx(content, timeout=limits.convert_seconds), "docx"
    if kind == "docx":
        from extractors.docx_reader import read_docx
        from extractors.legacy import unicode_text

        return unicode_text(read_docx(content))
    if kind == "pdf":
        return _read_pdf(content, limits, progress)
    if kind == "image":
        from extractors.ocr_reader import read_image

        return read_image(content, timeout=limits.ocr_seconds_per_page)
    if kind == "zip":  # reached only when one document is asked for (/api/v1/extract)
        raise UnreadableFile(
            "Tệp ZIP gồm nhiều tài liệu: hãy gửi từng tệp, hoặc kiểm tra cả hồ sơ qua /api/v1/check.",
            "A ZIP holds several documents: send them one by one, or check the whole dossier with /api/v1/check.",
            status=415, code="unsupported_media_type",
        )
    raise unsupported(name)


def _read_pdf(content: bytes, limits: Limits, progress: Any) -> DocumentText:
    from extractors.ocr_reader import ocr_pdf_pages, with_confidence_warnings
    from extractors.pdf_reader import read_pdf_text

    text, empty = read_pdf_text(content, max_pages=limits.pdf_pages)
    if not empty:
        return text
    if len(empty) > limits.ocr_pages:
        raise too_large("Số trang cần nhận dạng chữ (OCR)", "The number of pages to OCR", f"{limits.ocr_pages}")
    lines = ocr_pdf_pages(content, empty, timeout=limits.ocr_seconds_per_page, progress=progress)
    text.lines = sorted(text.lines + lines, key=lambda line: line.page)
    return with_confidence_warnings(text)


def unreadable(entry: dict[str, Any], error: UnreadableFile) -> dict[str, Any]:
    """Mark a document entry as unreadable, keeping the reason and the HTTP status and code that fit it."""
    entry["unreadable"] = {"message": error.message, "message_en": error.message_en, "status": error.status,
                           "code": error.code}
    return entry


def read_one(name: str, content: bytes, limits: Limits, progress: Any = None) -> dict[str, Any]:
    """One file's report entry with its `data` (or `unreadable`)."""
    entry = document_entry(name, content)
    try:
        if len(content) > limits.file_bytes:
            raise too_large(f"Tệp “{name}”", f"File “{name}”", f"{limits.file_bytes // (1024 * 1024)} MB")
        if not content:
            raise corrupt("rỗng (0 byte)", "empty")
        if kind_of(name, content) == "json":
            entry.update(type="ho_so", data=json_document(content))
            return entry
        text = read_text(name, content, limits, progress)
        extraction = extract_document(text)
        entry.update(
            type=extraction.type,
            layout=extraction.layout,
            pages=text.pages,
            ocr=text.ocr,
            warnings=text.warnings + extraction.warnings,
            data=extraction.data,
        )
    except UnreadableFile as error:
        unreadable(entry, error)
    return entry


def read_any(name: str, content: bytes, limits: Limits, progress: Any = None) -> Iterator[dict[str, Any]]:
    """Entries for one upload: the file itself, or each file inside a ZIP."""
    if kind_of(name, content) != "zip":
        yield read_one(name, content, limits, progress)
        return
    try:
        members = list(_zip_members(content, limits))
    except UnreadableFile as error:
        yield unreadable(document_entry(name, content), error)
        return
    for member_name, member in members:
        if isinstance(member, UnreadableFile):
            yield unreadable(document_entry(f"{name}/{member_name}", b""), member)
        else:
            yield read_one(f"{name}/{member_name}", member, limits, progress)


def _zip_members(content: bytes, limits: Limits) -> Iterator[tuple[str, bytes | UnreadableFile]]:
    """The files of a ZIP, read in memory within the limits; unsafe or oversized members are refused."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        infos = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, OSError) as error:
        raise corrupt("ZIP", type(error).__name__) from error
    if len(infos) > limits.zip_entries:
        raise too_large("Số tệp trong ZIP", "The number of files in the ZIP", str(limits.zip_entries))
    if sum(info.file_size for info in infos) > limits.zip_bytes:
        raise too_large(
            "Dung lượng giải nén của ZIP", "The ZIP's uncompressed size", f"{limits.zip_bytes // (1024 * 1024)} MB"
        )
    for info in infos:
        name = info.filename.replace("\\", "/")
        base = name.rsplit("/", 1)[-1]
        if base.startswith(".") or name.startswith("__MACOSX/") or base.endswith(".expected.json"):
            continue
        if name.startswith("/") or ".." in name.split("/") or ":" in name:
            yield (
                name,
                UnreadableFile(
                    "Đường dẫn trong ZIP không hợp lệ (ra ngoài thư mục).",
                    "Unsafe path inside the ZIP (escapes the folder).",
                ),
            )
        elif info.compress_size and info.file_size / info.compress_size > limits.zip_ratio:
            yield (
                name,
                too_large(
                    "Tỷ lệ nén của tệp trong ZIP", "The compression ratio of a ZIP member", f"{limits.zip_ratio}:1"
                ),
            )
        elif info.flag_bits & 0x1:
            yield name, encrypted("ZIP")
        else:
            try:
                with archive.open(info) as stream:
                    data = stream.read(limits.file_bytes + 1)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError, zlib.error) as error:
                yield name, corrupt("ZIP", type(error).__name__)  # bad CRC, unknown method, broken stream
                continue
            yield base or name, data
