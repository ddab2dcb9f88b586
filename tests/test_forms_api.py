"""The forms API and `flask fill`: content types, UTF-8 file names, 404 for unknown forms, the ZIP of all forms."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from docx import Document
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from app import create_app
from forms.catalog import DRAFT_MARK
from tests.conftest import SAMPLES
from tests.test_forms_support import body_text, complete, header_text

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def post(client, path: str, body: Any, **kwargs: Any) -> TestResponse:
    return client.post(path, data=json.dumps(body), content_type="application/json", **kwargs)


def disposition_names(header: str) -> tuple[str, str]:
    """(ASCII fallback, UTF-8 name) from a Content-Disposition header."""
    fallback = header.split('filename="', 1)[1].split('"', 1)[0]
    encoded = header.split("filename*=UTF-8''", 1)[1].split(";", 1)[0]
    return fallback, unquote(encoded, encoding="utf-8")


def test_fill_one_form_as_docx(client: FlaskClient, clean: dict[str, Any]) -> None:
    response = post(client, "/api/v1/forms/2-KND", clean)
    assert response.status_code == 200
    assert response.mimetype == DOCX
    fallback, name = disposition_names(response.headers["Content-Disposition"])
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert name == "Mẫu 2-KNĐ - Lý lịch của người xin vào Đảng - Trần Thị Minh Thư.docx"
    assert fallback == "Mau 2-KND - Ly lich cua nguoi xin vao Dang - Tran Thi Minh Thu.docx"
    assert fallback.isascii()
    assert "TRẦN THỊ MINH THƯ" in body_text(response.data)
    Document(io.BytesIO(response.data))


def test_wrapped_dossier_sponsor_and_profile(client: FlaskClient, clean: dict[str, Any]) -> None:
    response = post(client, "/api/v1/forms/3-KND?sponsor=2", {"dossier": clean})
    assert response.status_code == 200 and "Tôi là: Phan Đức Thịnh" in body_text(response.data)
    response = post(client, "/api/v1/forms/2-KND?profile=HN-02", clean)
    assert DRAFT_MARK in header_text(response.data)
    assert "(bản nháp)" in disposition_names(response.headers["Content-Disposition"])[1]


def test_refusals(client: FlaskClient, clean: dict[str, Any]) -> None:
    response = post(client, "/api/v1/forms/7-KND", clean)
    assert response.status_code == 404
    error = response.get_json()["error"]
    assert error["code"] == "unknown_form" and "7-KND" in error["message"] and error["message_en"]
    cases = [
        (post(client, "/api/v1/forms/2-KND?format=odt", clean), 400, "invalid_format"),
        (post(client, "/api/v1/forms/3-KND?sponsor=abc", clean), 400, "invalid_sponsor"),
        (post(client, "/api/v1/forms/3-KND?sponsor=5", clean), 400, "invalid_sponsor"),
        (post(client, "/api/v1/forms/2-KND?profile=XX-99", clean), 400, "unknown_rule_set"),
        (client.post("/api/v1/forms/2-KND", data="x", content_type="text/plain"), 415, "unsupported_media_type"),
        (client.post("/api/v1/forms/2-KND", data="{oops", content_type="application/json"), 400, "invalid_json"),
        (post(client, "/api/v1/forms/2-KND", [1, 2]), 400, "not_an_object"),
        (post(client, "/api/v1/forms", {"ho_so": {"ten": "x"}}), 400, "no_form_data"),
    ]
    for response, status, code in cases:
        assert response.status_code == status, (code, response.get_json())
        assert set(response.get_json()["error"]) == {"code", "message", "message_en"}
        assert response.get_json()["error"]["code"] == code


def test_all_forms_as_a_zip(client: FlaskClient, clean: dict[str, Any]) -> None:
    response = post(client, "/api/v1/forms", complete(clean))
    assert response.status_code == 200 and response.mimetype == "application/zip"
    assert disposition_names(response.headers["Content-Disposition"])[1] == "Hồ sơ kết nạp Đảng - Trần Thị Minh Thư.zip"
    with zipfile.ZipFile(io.BytesIO(response.data)) as archive:
        names = archive.namelist()
        assert [name.split(" - ")[0] for name in names] == [
            "Mẫu 1-KNĐ", "Mẫu 2-KNĐ", "Mẫu 3-KNĐ", "Mẫu 3-KNĐ", "Mẫu 4-KNĐ", "Mẫu 5-KNĐ", "Mẫu 6-KNĐ",
            "Mẫu 8-KNĐ", "Mẫu 9-KNĐ", "CN-NTVĐ",
        ]
        assert len(set(names)) == len(names)
        for name in names:
            Document(io.BytesIO(archive.read(name)))


def test_default_profile_of_the_service_makes_drafts(clean: dict[str, Any]) -> None:
    client = create_app({"TESTING": True, "DEFAULT_PROFILE": "HN-02"}).test_client()
    assert DRAFT_MARK in header_text(post(client, "/api/v1/forms/1-KND", clean).data)
    assert DRAFT_MARK not in header_text(post(client, "/api/v1/forms/6-KND", clean).data)


def test_pdf_without_libreoffice_is_a_clear_503(clean: dict[str, Any]) -> None:
    client = create_app({"TESTING": True, "SOFFICE": "/nonexistent/soffice"}).test_client()
    response = post(client, "/api/v1/forms/2-KND?format=pdf", clean)
    assert response.status_code == 503
    error = response.get_json()["error"]
    assert error["code"] == "pdf_unavailable"
    assert "LibreOffice" in error["message"] and "cài" in error["message"]
    assert "not installed" in error["message_en"] and "libreoffice-writer-nogui" in error["message_en"]


def test_cli_fills_a_form(app: Flask, tmp_path: Path) -> None:
    target = tmp_path / "ly-lich.docx"
    result = app.test_cli_runner().invoke(args=["fill", "2-KND", str(SAMPLES / "ho-so-sach.json"), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "TRẦN THỊ MINH THƯ" in body_text(target.read_bytes())
    result = app.test_cli_runner().invoke(
        args=["fill", "3-KND", str(SAMPLES / "ho-so-sach.json"), "-o", str(tmp_path / "gt.docx"), "--sponsor", "2"]
    )
    assert result.exit_code == 0 and "Phan Đức Thịnh" in body_text((tmp_path / "gt.docx").read_bytes())
    result = app.test_cli_runner().invoke(
        args=["fill", "1-KND", str(SAMPLES / "ho-so-ha-noi.json"), "-o", str(tmp_path / "don.docx")]
    )
    assert result.exit_code == 0 and DRAFT_MARK in header_text((tmp_path / "don.docx").read_bytes())


def test_cli_fills_every_form_and_refuses_clearly(app: Flask, tmp_path: Path) -> None:
    runner = app.test_cli_runner()
    archive = tmp_path / "ho-so.zip"
    result = runner.invoke(args=["fill", "all", str(SAMPLES / "ho-so-sach.json"), "-o", str(archive)])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(archive) as opened:
        assert len(opened.namelist()) == 7
    result = runner.invoke(args=["fill", "7-KND", str(SAMPLES / "ho-so-sach.json"), "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == 1 and "7-KND" in result.output
    result = runner.invoke(args=["fill", "2-KND", str(tmp_path / "khong-co.json"), "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == 1 and "Không đọc được" in result.output
    result = runner.invoke(args=["fill", "2-KND", str(SAMPLES / "ho-so-sach.json"), "--format", "odt"])
    assert result.exit_code == 2
