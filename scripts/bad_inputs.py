"""Bad-input battery: makes each hostile or broken input in a temp folder, sends it to the service, prints a table.

Run: .venv/bin/python scripts/bad_inputs.py [--keep DIR]. The service runs in-process (Flask test client) with its
configured limits; each row shows the input, the endpoint, what the service answered (status and error code, or the
finding the report carries) and how long it took. tests/test_bad_inputs.py runs the same cases and checks answers.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

import hostile_files as hostile  # noqa: E402

GOOD_DOCX = ROOT / "samples" / "documents" / "ho-so-sach" / "don.docx"
ENCRYPTED_PDF = ROOT / "samples" / "documents" / "bad" / "encrypted.pdf"  # made by LibreOffice: impractical here
NOTABLE_RULES = ("tai_lieu.khong_doc_duoc", "ho_so.sai_dinh_dang")
Send = Callable[[Any, Path], Any]


@dataclass(frozen=True)
class Case:
    """One bad input: how to send it, and the answers that are right (prefixes of `answer()`)."""

    name: str
    endpoint: str
    send: Send
    expect: tuple[str, ...]
    prepare: Callable[[Path], None] | None = None  # writes the input file before the clock starts


def answer(response: Any) -> str:
    """ "413 too_large", "200 tai_lieu.khong_doc_duoc ×3", "200 type=don", "200 report" …"""
    body = response.get_json(silent=True) or {}
    if "error" in body:
        return f"{response.status_code} {body['error'].get('code')}"
    if "findings" in body:
        rules = [finding["rule"] for finding in body["findings"] if finding["rule"] in NOTABLE_RULES]
        shown = sorted(set(rules), key=rules.index)
        if not shown:
            return f"{response.status_code} report"
        return f"{response.status_code} " + ", ".join(f"{rule} ×{rules.count(rule)}" if rules.count(rule) > 1
                                                      else rule for rule in shown)
    if "type" in body:
        return f"{response.status_code} type={body['type']}"
    return f"{response.status_code} {response.mimetype}"


def _slug(text: str) -> str:
    return "".join(char if char.isascii() and (char.isalnum() or char in ".-") else "_" for char in text)[-80:]


def _upload(endpoint: str, label: str, file_name: str, make: Callable[[], bytes], field: str = "files",
            mimetype: str | None = None) -> tuple[Callable[[Path], None], Send]:
    """A writer of the input file (run before the clock starts) and the request sending it."""

    def path(folder: Path) -> Path:
        return folder / f"{_slug(label)}-{_slug(file_name)}"

    def prepare(folder: Path) -> None:
        if not path(folder).exists():
            path(folder).write_bytes(make())

    def send(client: Any, folder: Path) -> Any:
        upload = (io.BytesIO(path(folder).read_bytes()), file_name) + ((mimetype,) if mimetype else ())
        return client.post(endpoint, data={field: upload}, content_type="multipart/form-data")

    return prepare, send


def upload_case(name: str, endpoint: str, file_name: str, make: Callable[[], bytes], expect: tuple[str, ...],
                mimetype: str | None = None) -> Case:
    """One file sent to /api/v1/extract (field `file`) or /api/v1/check (field `files`)."""
    field = "file" if endpoint == "/extract" else "files"
    prepare, send = _upload(f"/api/v1{endpoint}", name, file_name, make, field, mimetype)
    return Case(name, endpoint, send, expect, prepare)


def file_cases(name: str, file_name: str, make: Callable[[], bytes], extract: tuple[str, ...] | None,
               check: tuple[str, ...]) -> list[Case]:
    """The same file sent to /api/v1/extract (when *extract* is given) and to /api/v1/check."""
    found = [upload_case(name, "/check", file_name, make, check)]
    if extract is not None:
        found.insert(0, upload_case(name, "/extract", file_name, make, extract))
    return found


def _json(body: str | bytes, query: dict[str, str] | None = None, chunked: bool = False,
          content_type: str = "application/json") -> Send:
    def send(client: Any, folder: Path) -> Any:
        data = body.encode() if isinstance(body, str) else body
        if chunked:  # no Content-Length, as a chunked upload arrives
            return client.post("/api/v1/validate", input_stream=io.BytesIO(data), content_type=content_type,
                               environ_overrides={"wsgi.input_terminated": True}, query_string=query)
        return client.post("/api/v1/validate", data=data, content_type=content_type, query_string=query)

    return send


def _multipart(fields: dict[str, bytes], file_name: str = "ho-so.json", content: bytes = b"{}") -> Send:
    """A multipart body written by hand, so field values can hold bytes that are not UTF-8."""
    boundary = "b0undary-bad-inputs"

    def send(client: Any, folder: Path) -> Any:
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n'.encode() + value + b"\r\n"
                 for key, value in fields.items()]
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{file_name}"\r\n'
                     f"Content-Type: application/json\r\n\r\n".encode() + content + b"\r\n")
        return client.post("/api/v1/check", data=b"".join(parts) + f"--{boundary}--\r\n".encode(),
                           content_type=f"multipart/form-data; boundary={boundary}")

    return send


def invalid_day_docx() -> bytes:
    """The sample application with its birth date written 31/02/2020 (no such day)."""
    xml = zipfile.ZipFile(io.BytesIO(GOOD_DOCX.read_bytes())).read("word/document.xml")
    return hostile.docx([], xml=xml.replace(b"15/04/1998", b"31/02/2020"))


def nested(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


def cases() -> list[Case]:
    """Every input of the battery, in the order of the table."""
    good = GOOD_DOCX.read_bytes
    unreadable = ("200 tai_lieu.khong_doc_duoc",)
    corrupt = ("422 unreadable_document",)
    text_pdf = hostile.pdf(["Don xin vao Dang"] * 3)
    return [
        *file_cases("empty file", "ly-lich.docx", lambda: b"", corrupt, unreadable),
        *file_cases("truncated DOCX", "ly-lich.docx", lambda: good()[: len(good()) * 3 // 5], corrupt, unreadable),
        *file_cases("DOCX entity bomb (billion laughs)", "bomb.docx", hostile.billion_laughs, corrupt, unreadable),
        *file_cases("DOCX entity bomb after a 5 KB comment", "bomb2.docx", lambda: hostile.billion_laughs(5000),
                    corrupt, unreadable),
        *file_cases("DOCX external entity (XXE /etc/passwd)", "xxe.docx", hostile.external_entity, corrupt,
                    unreadable),
        *file_cases("ZIP bomb (250 B → 200 MiB)", "bomb.zip", hostile.zip_bomb, ("415 unsupported_media_type",),
                    unreadable),
        *file_cases("ZIP member lying about its size", "lying.zip", hostile.lying_zip, None, unreadable),
        *file_cases("ZIP member with a password", "locked.zip", lambda: hostile.encrypted_zip_member(good()), None,
                    unreadable),
        *file_cases("ZIP with ../ and absolute paths", "traversal.zip", lambda: hostile.traversal_zip(good()), None,
                    ("200 tai_lieu.khong_doc_duoc ×3",)),
        *file_cases("encrypted PDF", "encrypted.pdf", ENCRYPTED_PDF.read_bytes, corrupt, unreadable),
        *file_cases("PDF with a broken xref", "broken-xref.pdf", lambda: hostile.broken_xref(text_pdf),
                    ("200 type=", "422 unreadable_document"), ("200 report", "200 tai_lieu.khong_doc_duoc")),
        *file_cases("text PDF of 200 pages", "200-trang.pdf", lambda: hostile.pdf(["trang"] * 200),
                    ("413 too_large",), unreadable),
        *file_cases("image-only PDF of 50 pages", "50-trang-quet.pdf", lambda: hostile.pdf([None] * 50),
                    ("413 too_large",), unreadable),
        *file_cases("image-only PDF page of 200 × 200 in", "khong-lo.pdf", lambda: hostile.pdf([None], size=(14400,
                    14400)), ("200 type=None", "422 ocr_timeout", "503 ocr_unavailable"), ("200 report",)),
        *file_cases(".exe (MZ) renamed .docx", "don.docx", hostile.fake_exe, corrupt, unreadable),
        Case("wrong MIME type (text/plain JSON)", "/validate", _json("{}", content_type="text/plain"),
             ("415 unsupported_media_type",)),
        Case("wrong MIME type (JSON body to /check)", "/check",
             lambda client, folder: client.post("/api/v1/check", json={"files": "x"}), ("400 no_files",)),
        upload_case("DOCX declared image/png", "/extract", "don.docx", good, ("200 type=don",), "image/png"),
        upload_case("file name ../../etc/passwd.docx", "/check", "../../etc/passwd.docx", good, ("200 report",)),
        upload_case("file name with control characters", "/check", "do\x00n\x1b\t\x7f.docx", good, ("200 report",)),
        upload_case("file name of 5,000 characters", "/check", "đ" * 5000 + ".docx", good, ("200 report",)),
        Case("invalid UTF-8 in ngay_xet", "/check", _multipart({"ngay_xet": b"\xff\xfe2026-11-20\xc3"}),
             ("400 invalid_ngay_xet",)),
        Case("invalid UTF-8 in ten", "/check", _multipart({"ten": b"h\xe1\xbb\x93 s\xff\xfe"}), ("200 report",)),
        Case("JSON of 10 MB", "/validate", _json(json.dumps({"ly_lich": {"ghi_chu": "a" * (10 << 20)}})),
             ("413 too_large",)),
        Case("JSON of 10 MB, chunked (no length)", "/validate",
             _json(json.dumps({"ly_lich": {"ghi_chu": "a" * (10 << 20)}}), chunked=True), ("413 too_large",)),
        Case("JSON nested 900 deep", "/validate", _json(nested(900)), ("400 too_deep",)),
        Case("JSON nested 100,000 deep", "/validate", _json(nested(100_000)), ("400 invalid_json",)),
        *file_cases("JSON file nested 900 deep", "ho-so.json", lambda: nested(900).encode(), None, unreadable),
        Case("ngay_xet 2020-02-31 (JSON)", "/validate", _json('{"ngay_xet": "2020-02-31"}'),
             ("400 invalid_ngay_xet",)),
        Case("ngay_sinh 2020-02-31 (JSON)", "/validate", _json('{"ly_lich": {"ngay_sinh": "2020-02-31"}}'),
             ("200 ho_so.sai_dinh_dang",)),
        *file_cases("DOCX with birth date 31/02/2020", "don.docx", invalid_day_docx, ("200 type=don",),
                    ("200 ho_so.sai_dinh_dang",)),
    ]


def normal_request(client: Any) -> Any:
    """The clean sample validated: what every request after the battery must still get (200)."""
    dossier = json.loads((ROOT / "samples" / "ho-so-sach.json").read_text(encoding="utf-8"))
    return client.post("/api/v1/validate", json=dossier)


def run(client: Any, folder: Path) -> list[tuple[Case, str, float, Any]]:
    """Send every case; (case, answer, seconds, response) in order, then the normal request."""
    found = []
    for case in cases():
        if case.prepare is not None:
            case.prepare(folder)
        start = time.perf_counter()
        response = case.send(client, folder)
        found.append((case, answer(response), time.perf_counter() - start, response))
    return found


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="write the inputs into this folder and keep them")
    options = parser.parse_args()
    from app import create_app

    client = create_app().test_client()
    with tempfile.TemporaryDirectory(prefix="bad-inputs-") as temporary:
        folder = options.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        rows = run(client, folder)
    print(f"| {'input':42} | {'endpoint':9} | {'answer':34} | {'ms':>6} | ok |")
    print(f"|{'-' * 44}|{'-' * 11}|{'-' * 36}|{'-' * 8}|----|")
    for case, said, seconds, _ in rows:
        verdict = "✓" if said.startswith(case.expect) else "✗"
        print(f"| {case.name:42} | {case.endpoint:9} | {said:34} | {seconds * 1000:6.0f} | {verdict}  |")
    after = normal_request(client)
    print(f"| {'afterwards: the clean sample dossier':42} | {'/validate':9} | {answer(after):34} | {'':>6} | "
          f"{'✓' if after.status_code == 200 else '✗'}  |")


if __name__ == "__main__":
    main()
