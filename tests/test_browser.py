"""Browser tests: Playwright drives Debian's Chromium against the service on loopback, with the real job queue.

Needs `apt-get install chromium` (.ci/run installs it). Screenshots of the upload, review and list pages are
written to artifacts/screenshots/ (git-ignored).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.web_support import PASSWORD, SAMPLE, seed_staff, web_app

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
FILES = ("ly-lich.docx", "don.docx", "chung-nhan.docx", "gioi-thieu-1.docx", "gioi-thieu-2.docx")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's Chromium: apt-get install chromium")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The service on a free loopback port, its queue on SQLite with the embedded worker (as `make run` has it)."""
    folder = tmp_path_factory.mktemp("browser")
    app = web_app(folder, QUEUE_URL=f"sqlite:///{folder / 'jobs.db'}", EMBEDDED_WORKER=True, WTF_CSRF_ENABLED=True)
    seed_staff(app)
    http = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{http.server_port}"
    http.shutdown()
    app.extensions["consumer"].stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(accept_downloads=True, locale="vi-VN", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    yield tab
    context.close()


def shot(page: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def upload_sample(page: object, server: str) -> None:
    page.goto(server + "/")
    page.set_input_files("#files", [str(SAMPLE / name) for name in FILES])
    page.fill("#ngay_xet", "2026-11-20")
    page.click("button[type=submit].primary")


def test_upload_review_apply_a_suggestion_and_download_mau_2(page: object, server: str) -> None:
    page.goto(server + "/")
    page.set_input_files("#files", [str(SAMPLE / name) for name in FILES])
    assert page.locator("#chosen-files li").count() == len(FILES)
    shot(page, "upload")
    page.fill("#ngay_xet", "2026-11-20")
    page.click("button[type=submit].primary")
    page.wait_for_url("**/kiem-tra/**")
    assert page.locator("#findings li.finding").count() > 0
    shot(page, "review")
    page.set_viewport_size({"width": 390, "height": 844})  # a phone: nothing wider than the screen
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    shot(page, "review-phone")
    page.set_viewport_size({"width": 1280, "height": 900})

    name = page.locator('[data-path="ly_lich.ho_ten_khai_sinh"]')
    original = name.input_value()
    name.fill(original.title())  # item (1) must be in capitals: the check finds it at once
    finding = page.locator('#findings li[data-rule="ly_lich.ho_ten_in_hoa"]')
    finding.wait_for()
    assert page.locator('[data-anchor="ly_lich.ho_ten_khai_sinh"] .field-findings li').count() == 1
    finding.locator("button.apply").click()
    finding.wait_for(state="detached")
    assert name.input_value() == original

    page.select_option("#form-choice", "2-KND")
    with page.expect_download() as waiting:
        page.click("#download-form")
    download = waiting.value
    assert download.suggested_filename.endswith(".docx")
    assert Path(download.path()).read_bytes()[:2] == b"PK"


def sign_in(page: object, server: str, username: str) -> None:
    page.goto(server + "/dang-nhap")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit].primary")
    page.wait_for_url("**/ho-so")


def test_staff_see_only_their_own_dossiers(page: object, server: str) -> None:
    sign_in(page, server, "dong")
    upload_sample(page, server)
    page.wait_for_url("**/ho-so/*")
    dossier_url = page.url
    page.fill('[data-path="ly_lich.ton_giao"]', "Không")
    page.click("#save")
    page.wait_for_selector("text=Lần lưu thứ 2")
    page.goto(server + "/ho-so")
    assert page.locator("table.dossiers tbody tr").count() == 1
    shot(page, "list")
    page.click("text=Đăng xuất")
    sign_in(page, server, "tay")
    assert page.locator("text=Chưa có hồ sơ nào.").count() == 1
    assert page.goto(dossier_url).status == 404
