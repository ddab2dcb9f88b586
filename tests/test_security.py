"""Security headers on every response, no-store on personal data, and personal values masked in logs."""

from __future__ import annotations

import io
import json
import logging
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from web.security import PersonalDataFilter, install_log_masking, mask_personal


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/healthz"), ("get", "/api/docs"), ("get", "/api/v1/rules"), ("post", "/api/v1/validate"),
     ("get", "/khong-co"), ("get", "/api/v1/openapi.json")],
)
def test_headers_on_every_response(client: FlaskClient, method: str, path: str) -> None:
    response = getattr(client, method)(path)
    headers = response.headers
    policy = headers["Content-Security-Policy"]
    for directive in ("default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
                      "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'"):
        assert directive in policy
    assert "unsafe-inline" not in policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] in ("no-referrer", "same-origin")
    assert headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in headers["Permissions-Policy"]
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"


def test_personal_data_is_not_cached(client: FlaskClient, clean: dict[str, Any]) -> None:
    report = client.post("/api/v1/validate", data=json.dumps(clean), content_type="application/json")
    assert report.status_code == 200 and report.headers["Cache-Control"] == "no-store"
    refused = client.post("/api/v1/validate", data="x", content_type="text/plain")
    assert refused.headers["Cache-Control"] == "no-store"
    upload = client.post("/api/v1/extract", data={"file": (io.BytesIO(b"x"), "a.bin")},
                         content_type="multipart/form-data")
    assert upload.headers["Cache-Control"] == "no-store"
    assert client.get("/api/v1/rules").headers.get("Cache-Control") != "no-store"  # public, may be cached


@pytest.mark.parametrize(
    ("text", "kept", "hidden"),
    [
        ("họ tên: Nguyễn Văn An đã nộp", "họ tên: ***", "Nguyễn"),
        ('{"ho_ten_khai_sinh": "TRẦN THỊ MINH THƯ", "gioi_tinh": "nữ"}', '"ho_ten_khai_sinh": "***', "TRẦN"),
        ("Họ và tên=Lê Thị Hoa", "Họ và tên=***", "Hoa"),
        ("đồng chí Phạm Quốc Bảo giới thiệu", "đồng chí ***", "Bảo"),
        ("ngay_sinh=1998-04-15 ok", "ngay_sinh=*** ok", "1998-04-15"),
        ("CCCD 001098012345, CMND 123456789", "CCCD ***, CMND ***", "001098012345"),
        ("CMND 123456789.", "CMND ***.", "123456789"),
        ('"GET /ho-so?q=Nguy%E1%BB%85n+An&ready=no HTTP/1.1" 200', "/ho-so?q=***&ready=no HTTP/1.1", "Nguy"),
        ("GET /ho-so/xuat.csv?ready=yes&q=L%C3%AA HTTP/1.1", "?ready=yes&q=*** HTTP/1.1", "%C3%AA"),
        ("GET /dang-nhap?next=%2Fho-so%3Fq%3DNguy%25E1%25BB%2585n%26ready%3Dno HTTP/1.1", "%3Fq%3D***%26ready", "Nguy"),
    ],
)
def test_mask_personal(text: str, kept: str, hidden: str) -> None:
    masked = mask_personal(text)
    assert kept in masked and hidden not in masked


def test_mask_keeps_other_numbers_and_nfc() -> None:
    assert mask_personal("HTTP 413, 25 MB, 1234567890 bytes") == "HTTP 413, 25 MB, 1234567890 bytes"
    assert mask_personal("Ho\u0323 te\u0302n: X") == "Họ tên: ***"


def test_filter_masks_arguments_and_tracebacks() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("tests.masking")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        install_log_masking(logger)
        install_log_masking(logger)  # idempotent
        assert sum(isinstance(item, PersonalDataFilter) for item in handler.filters) == 1
        logger.warning("ho_ten=%s, sinh %s", "Trần Thị Minh Thư", "1998-04-15")
        try:
            raise ValueError("CCCD 001098012345 sai")
        except ValueError:
            logger.exception("lỗi đọc")
    finally:
        logger.removeHandler(handler)
    written = stream.getvalue()
    assert "ho_ten=***, sinh ***" in written
    assert "Trần" not in written and "1998-04-15" not in written and "001098012345" not in written
    assert "ValueError: CCCD *** sai" in written


def test_app_installs_the_filter_on_root_handlers(app: Flask) -> None:
    handlers = logging.getLogger().handlers
    assert handlers and all(any(isinstance(f, PersonalDataFilter) for f in h.filters) for h in handlers)
