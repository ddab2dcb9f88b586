"""Rule files: a broken file is refused with file, line and a Vietnamese explanation; lint checks them all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import create_app
from errors import RuleBookError
from tests.conftest import ROOT
from validators.rulebook import load_library

GOOD_RULE = """
  - id: thu_nghiem.mot
    title: Thử
    title_en: Test
    basis: HD-38 §1
    severity: warning
    check: flag
    params: {field: ly_lich.ton_giao}
    message: "Giá trị {value}"
    message_en: "Value {value}"
"""


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    """A writable copy of the shipped rules."""
    target = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", target)
    return target


def write_extra(rules_dir: Path, body: str) -> Path:
    path = rules_dir / "HD38-2025" / "99-thu.yaml"
    path.write_text("rule_set: HD38-2025\nrules:\n" + body, encoding="utf-8")
    return path


def problems_of(rules_dir: Path) -> list[str]:
    with pytest.raises(RuleBookError) as caught:
        load_library(rules_dir)
    return [str(problem) for problem in caught.value.problems]


def test_shipped_rules_load(rules_dir: Path) -> None:
    library = load_library(rules_dir)
    assert len(library.rule_sets["HD38-2025"].rules) > 50
    assert library.profiles["HN-02"].extends == "HD38-2025"


def test_extra_good_rule_loads(rules_dir: Path) -> None:
    write_extra(rules_dir, GOOD_RULE)
    assert "thu_nghiem.mot" in {rule.id for rule in load_library(rules_dir).rule_sets["HD38-2025"].rules}


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("check: flag", "check: khong_co"), 4, "không có phép kiểm tra tên `khong_co`"),
        (
            ("params: {field: ly_lich.ton_giao}", "params: {field: ly_lich.ton_giao, nam: 18}"),
            4,
            "tham số của `flag` sai",
        ),
        (("Giá trị {value}", "Giá trị {gia_tri}"), 4, "chỗ trống không có"),
        (("severity: warning", "severity: nghiem_trong"), 4, "viết chưa đúng"),
        (('    message_en: "Value {value}"\n', ""), 4, "thiếu `message` hoặc `message_en`"),
    ],
)
def test_broken_rule_reported_with_file_and_line(
    rules_dir: Path, change: tuple[str, str], line: int, words: str
) -> None:
    path = write_extra(rules_dir, GOOD_RULE.replace(*change))
    found = problems_of(rules_dir)
    assert len(found) == 1
    assert found[0].startswith(f"{path}:{line}: ") and words in found[0]


def test_yaml_syntax_error_has_line(rules_dir: Path) -> None:
    path = write_extra(rules_dir, GOOD_RULE + "  - id: [unclosed\n")
    found = problems_of(rules_dir)
    assert found[0].startswith(f"{path}:") and "Sai cú pháp YAML" in found[0]


def test_duplicate_id_and_every_problem_reported(rules_dir: Path) -> None:
    write_extra(
        rules_dir,
        GOOD_RULE
        + GOOD_RULE
        + GOOD_RULE.replace("thu_nghiem.mot", "thu_nghiem.hai").replace("check: flag", "check: khong_co"),
    )
    found = problems_of(rules_dir)
    assert len(found) == 2
    assert any("trùng" in problem for problem in found) and any("khong_co" in problem for problem in found)


def test_bad_condition_reported(rules_dir: Path) -> None:
    write_extra(
        rules_dir,
        GOOD_RULE.replace("    check: flag", "    when: {field: ho_so.giai_doan, gan_bang: x}\n    check: flag"),
    )
    assert "Điều kiện `when`" in problems_of(rules_dir)[0]


def test_rule_named_by_schema_must_exist(rules_dir: Path) -> None:
    path = rules_dir / "HD38-2025" / "03-ly_lich.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: ly_lich.gioi_tinh")
    end = text.index("  - id: ly_lich.noi_cu_tru_hai_noi")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert any("ly_lich.gioi_tinh" in problem for problem in problems_of(rules_dir))


def test_app_refuses_to_start_on_broken_rules(rules_dir: Path) -> None:
    write_extra(rules_dir, GOOD_RULE.replace("check: flag", "check: khong_co"))
    with pytest.raises(RuleBookError):
        create_app({"RULES_DIR": str(rules_dir)})


def test_cli_lint(app, rules_dir: Path) -> None:
    runner = app.test_cli_runner()
    ok = runner.invoke(args=["rules", "lint"])
    assert ok.exit_code == 0 and "HD38-2025" in ok.output and "hợp lệ" in ok.output
    path = write_extra(rules_dir, GOOD_RULE.replace("check: flag", "check: khong_co"))
    broken = runner.invoke(args=["rules", "lint", "--rules-dir", str(rules_dir)])
    assert broken.exit_code == 1 and f"{path}:4" in broken.output


def test_rules_list_names_fields_read(client) -> None:
    rules = {rule["id"]: rule for rule in client.get("/api/v1/rules").get_json()["rules"]}
    assert rules["ly_lich.cong_tac_gian_doan"]["fields"] == ["ly_lich.cong_tac"]
    assert rules["dieu_kien.gioi_thieu_chua_chinh_thuc"]["fields"] == [
        "gioi_thieu[*].ngay_chinh_thuc",
        "gioi_thieu[*].ngay_viet",
        "gioi_thieu[*]",
    ]
    assert rules["dieu_kien.tuoi_toi_thieu"]["basis"] == "QD-294 §1.1.1; DL-2011 Art.1"
    assert rules["ly_lich.thieu_truong"]["fields"] == ["ly_lich"]
