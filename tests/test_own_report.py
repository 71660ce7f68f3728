"""A user's own report: a file outside the project, named on the command line, without a sidecar.

Copies of the bundled texts stand in for a user's file: put in tmp_path without their sidecar, they
must open with the title, region, level, year, date and speaker their first lines state (the
values below were read by hand from those lines), say that these were inferred, and run.
"""

from __future__ import annotations

import dataclasses
import datetime
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from helpers.config import BUNDLED_REPORT, NOTEBOOKS_DIR, PROJECT_ROOT, RAW_DIR
from helpers.errors import ReportError
from helpers.extract.extractor import extract_figures
from helpers.extract.inferred_metadata import find_region, infer_metadata, regions
from helpers.extract.metadata import load_metadata
from helpers.extract.sections import years_of_delivery
from helpers.run import params, runner
from helpers.run.cli import main
from helpers.run.pipeline import extracted, open_report

from .factories import CORPUS

_DEV_RAW = PROJECT_ROOT / "tests/data/gold/development/raw"

TEXTS = sorted(CORPUS.glob("*.txt"))


def own_copy(folder: Path, stem: str, name: str) -> Path:
    """The raw text of a bundled report, alone (no sidecar) in a folder outside the project."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(RAW_DIR / f"{stem}.txt", folder / name))


# --- reading the first lines ---------------------------------------------------------------------


def test_gazetteer_holds_the_provinces_and_prefecture_level_divisions():
    table = regions()
    levels = [r["level"] for r in table]
    assert levels.count("province") == 34 and levels.count("city") == 333
    provinces = {r["name"] for r in table if r["level"] == "province"}
    assert all(r["province"] in provinces for r in table)
    assert len({r["name"] for r in table}) == len(table)
    # the longest name first: 吉林省 is not read as the city of 吉林市, nor 海南藏族自治州 as 海南省
    assert find_region("在吉林省第十四届人民代表大会")["name"] == "吉林省"
    assert find_region("海南藏族自治州第十五届人民代表大会")["level"] == "city"


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_inferred_fields_agree_with_the_sidecar(path):
    """The sidecars were written from the catalog, independently of the text's first lines."""
    got = infer_metadata(path.read_text(encoding="utf-8"))
    side = yaml.safe_load(path.with_name(f"{path.stem}.meta.yml").read_text(encoding="utf-8"))
    assert got["region"] == side["region"] and got["level"] == side["level"]
    for field in ("title", "report_year", "province"):
        if field in got:
            assert got[field] == side[field], field
    if "speaker" in got and "speaker" in side:
        assert got["speaker"].split(" (")[0] == side["speaker"].split(" (")[0]
    if "delivered" in got and "delivered" in side:  # the catalog's date is the publication, never before the speech
        assert got["delivered"] <= side["delivered"]
    assert set(got["inferred"]) == set(got) - {"inferred"}


def test_what_the_first_lines_say_read_by_hand():
    def infer(stem):
        return infer_metadata((RAW_DIR / f"{stem}.txt").read_text(encoding="utf-8"))

    gd = infer("2026_广东省")  # 政府工作报告 / ——2026年1月26日在广东省第十四届 / 人民代表大会第五次会议上 / 广东省省长 孟凡利
    assert (gd["title"], gd["delivered"], gd["speaker"]) == (
        "2026年广东省政府工作报告",
        datetime.date(2026, 1, 26),
        "孟凡利 (广东省省长)",
    )
    assert gd["occasion"] == "广东省第十四届人民代表大会第五次会议"
    national = infer("2024_national")  # 国务院总理 / 李　强 on two lines
    assert (national["speaker"], national["region"], national["delivered"]) == (
        "李强 (国务院总理)",
        "中华人民共和国",
        datetime.date(2024, 3, 5),
    )
    beijing = infer("2026_北京市")  # a web page's 下载 打印 全屏 … above the title
    assert (beijing["title"], beijing["level"], beijing["speaker"]) == (
        "2026年北京市政府工作报告",
        "province",
        "殷勇 (北京市市长)",
    )
    early = infer("2006_national")  # no title block: the first sentence says 我代表国务院
    assert (early["region"], early["level"], "title" in early) == ("中华人民共和国", "national", False)


def test_a_page_without_a_title_block_is_the_nations_only_by_the_nations_signs():
    # national_sign_named_speaker and place_in_lead (session 71, probes of news pages quoting provincial and city reports:
    # eleven were read as the nation's report, their 国务院 standing in 党中央、国务院): Guangdong's first paragraph without
    # its title block names no place, and is no national report for naming 国务院; after a lead that names the session
    # (its title block's own words) it is Guangdong's; the nation's title block stays the nation's (the guard)
    lines = _text_lines("2026_广东省")
    body = next(x for x in lines if x.startswith("2025年是中国式现代化进程中"))
    assert "国务院" in body and "region" not in infer_metadata(body)
    session = "".join(lines[1:3]).removeprefix("——2026年1月26日在").removesuffix("上")
    lead = infer_metadata(f"{session}开幕，{lines[3].replace(' ', '')}作政府工作报告。\n{body}")
    assert (lead["region"], lead["level"]) == ("广东省", "province")
    national = infer_metadata("\n".join(_text_lines("2025_national")[:8]))
    assert (national["region"], national["level"]) == ("中华人民共和国", "national")


def _text_lines(stem: str) -> list[str]:
    return (RAW_DIR / f"{stem}.txt").read_text(encoding="utf-8").split("\n")


@pytest.mark.parametrize(
    "written,delivered,years",
    [
        ("20210304", (2021, 3, 4), (2021, 2021)),
        ("20201230", (2020, 12, 30), (2021, 2020)),
        # the day in words (date_in_title_words, session 73 probe of a district's page: 江阳区人民政府工作报告(2021年12月15日)
        # and no session line; its review of 2021 was dated 2020)
        ("2020年12月30日", (2020, 12, 30), (2021, 2020)),
        ("2021年3月4日", (2021, 3, 4), (2021, 2021)),
    ],
)
def test_a_title_that_writes_its_day_of_delivery_dates_the_report(written, delivered, years):
    # compact_date_in_title (session 71, probe of a county's December report on a mirror: 湘潭县2023年政府工作报告(20221223)
    # and no session line; named for 2022, its review of 2022 was dated 2021): Jiangmen's title block with its session line
    # written so; a day in December, given that year, plans the next (years_of_delivery)
    lines = _text_lines("jiangmen-2021")
    title = next(x for x in lines if "政府工作报告(全文)" in x).replace("(全文)", f"({written})")
    body = next(x for x in lines if x.startswith("各位代表"))
    meta = infer_metadata(f"{title}\n{body}\n")
    assert meta["delivered"] == datetime.date(*delivered)
    assert years_of_delivery(f"{title}\n{body}\n", delivered[0]) == years


def test_a_title_cited_in_the_body_is_not_the_title():
    text = "各位代表：\n现在，我代表市人民政府报告工作。2025年政府工作报告确定的目标全面完成，江门市……"
    assert infer_metadata(text) == {"inferred": []}


def test_a_report_delivered_in_december_plans_the_next_year():
    # delivered_in_december: the session line's year is the year reviewed; the report year is the one planned (the
    # catalog's report_year), and the delivery date stays as said
    head = "政府工作报告\n——2022年12月28日在北京市延庆区第三届人民代表大会第二次会议上\n延庆区区长 于波\n各位代表：\n"
    meta = infer_metadata(head)
    assert (meta["report_year"], meta["delivered"]) == (2023, datetime.date(2022, 12, 28))
    march = infer_metadata(head.replace("2022年12月28日", "2023年3月2日"))
    assert (march["report_year"], march["delivered"]) == (2023, datetime.date(2023, 3, 2))


def _guangdong_text() -> str:
    """Guangdong 2026's raw text, whose title block the tests of the session line rewrite."""
    return (RAW_DIR / "2026_广东省.txt").read_text(encoding="utf-8")


def test_a_report_delivered_in_november_plans_the_next_year_too():
    # delivered_in_december for November (a county's report of 2021年11月24日, session 66 probe: its review of 2021 was dated
    # 2020): Guangdong's title block with its session moved to November of the year before
    head = _guangdong_text()[:200].replace("2026年1月26日", "2025年11月24日")
    meta = infer_metadata(head)
    assert (meta["report_year"], meta["delivered"]) == (2026, datetime.date(2025, 11, 24))
    assert years_of_delivery(head, 2026) == (2026, 2025)
    october = infer_metadata(head.replace("2025年11月24日", "2025年10月24日"))
    assert october["report_year"] == 2025


@pytest.mark.parametrize("between", ["上午孟凡利同志代表省人民政府", "下午", "上午省长代表省政府"])
def test_a_session_line_may_name_the_time_and_the_speaker_before_the_session(between):
    # session_line_with_speaker (摘自2016年11月1日上午杨维俊同志代表市人民政府在天水市七届人大一次会议上…, a city's November
    # report on a news page, session 72 probe: undated, its review of 2016 was dated 2015): Guangdong's session line
    # written so, moved to November of the year before
    head = _guangdong_text()[:200].replace("2026年1月26日在", f"2025年11月24日{between}在")
    meta = infer_metadata(head)
    assert (meta["report_year"], meta["delivered"]) == (2026, datetime.date(2025, 11, 24))
    assert years_of_delivery(head, 2025) == (2026, 2025)
    # (words that are no speaker, or run past a mark, are no session line's)
    assert "delivered" not in infer_metadata(head.replace(between, "，全省人民群众"))


@pytest.mark.parametrize(
    "heading,years", [("一、2025年及2026年上半年重点工作回顾", (2026, 2026)), ("一、2026年上半年工作回顾", (2027, 2026))]
)
def test_a_review_of_last_year_and_the_months_since_is_no_review_of_this_year(heading, years):
    # year_and_months_since (一、2019年及2020年上半年重点工作回顾 in a city's report delivered in June 2020, session 72 probe:
    # read as a December report's review of 2020): Guangdong's text delivered in June with its review heading written so;
    # a heading of this year's months alone still says the year reviewed is still running
    text = _guangdong_text().replace("2026年1月26日", "2026年6月28日").replace("一、2025年和“十四五”时期工作回顾", heading, 1)
    assert years_of_delivery(text, 2026) == years


def test_a_session_line_without_its_date_takes_the_date_on_a_line_of_its_own():
    # undated_session_line (a town's report: ——在长凝镇第十六届人民代表大会第一次会议上 / (2011年12月29日), session 66 probe):
    # Guangdong's title block written so
    text = _guangdong_text()
    head = text.replace("——2026年1月26日在广东省第十四届", "——在广东省第十四届", 1).replace(
        "广东省省长 孟凡利\n", "广东省省长 孟凡利\n（2025年12月29日）\n", 1
    )
    meta = infer_metadata(head)
    assert (meta["delivered"], meta["report_year"]) == (datetime.date(2025, 12, 29), 2026)
    assert meta["occasion"] == "广东省第十四届人民代表大会第五次会议"
    no_date = infer_metadata(head.replace("（2025年12月29日）\n", "", 1))  # a session with no date anywhere: none guessed
    assert "delivered" not in no_date


def test_a_title_block_in_traditional_script_is_read():
    # (a county's mirror in traditional script, 2016年12月13日在珙縣第十七屆人民代表大會第一次會議上, session 66 probe: no date,
    # so its December session was not read): Guangdong's title block written in traditional characters
    import opencc

    head = opencc.OpenCC("s2t.json").convert(_guangdong_text()[:300])
    assert "會議" in head
    meta = infer_metadata(head)
    assert (meta["delivered"], meta["occasion"], meta["report_year"]) == (
        datetime.date(2026, 1, 26),
        "广东省第十四届人民代表大会第五次会议",
        2026,
    )


def test_the_year_a_file_is_named_with_is_its_report_year(tmp_path):
    # year_in_name_first (2015_湖南省.txt under a mirror's banner 2017年湖南省政府工作报告全文, session 66 probe): the name's year
    # is the user's; the title block's other year is no report year, and the pages do not call it inferred
    meta = load_metadata(own_copy(tmp_path, "2026_广东省", "2024_广东省.txt"))
    assert meta["report_year"] == 2024 and "report_year" not in meta["inferred"]
    assert "report_year" not in meta["source"] and "title" in meta["inferred"]
    unnamed = load_metadata(own_copy(tmp_path, "2026_广东省", "gd.txt"))
    assert unnamed["report_year"] == 2026 and "report_year" in unnamed["inferred"]


# --- a file without a sidecar ---------------------------------------------------------------------


def test_own_file_without_a_sidecar_opens_with_inferred_metadata(tmp_path):
    own = own_copy(tmp_path / "mine", "2026_广东省", "my_report.txt")  # no year in the name
    report = open_report(own)
    meta = report.meta
    assert (report.report_id, report.year) == ("my_report", 2026)
    assert (meta["title"], meta["region"], meta["level"]) == ("2026年广东省政府工作报告", "广东省", "province")
    assert {"title", "region", "level", "report_year", "delivered", "speaker"} <= set(meta["inferred"])
    assert "inferred from the text" in meta["source"]
    assert report.info.region == "广东省" and report.info.level == "province"
    # the batch reads metadata without the text: the same, from the file's first bytes
    assert {k: v for k, v in load_metadata(own).items()} == meta
    assert sorted(p.name for p in own.parent.iterdir()) == ["my_report.txt"]  # nothing written beside it


def test_a_city_report_gets_its_province(tmp_path):
    own = own_copy(tmp_path, "jiangmen-2021", "江门.txt")
    meta = load_metadata(own)
    assert (meta["region"], meta["level"], meta["province"], meta["report_year"]) == ("江门市", "city", "广东省", 2021)


def test_a_sidecar_wins_over_the_text(tmp_path):
    own = own_copy(tmp_path, "2026_广东省", "gd.txt")
    own.with_name("gd.meta.yml").write_text("region: 某省\nlevel: province\nreport_year: 2026\n", encoding="utf-8")
    meta = load_metadata(own, own.read_text(encoding="utf-8"))
    assert meta["region"] == "某省" and "inferred" not in meta and "title" not in meta


# --- python -m helpers sidecar ---------------------------------------------------------------------


def test_sidecar_command_writes_beside_the_file_and_keeps_an_existing_one(tmp_path, capsys):
    own = own_copy(tmp_path, "jiangmen-2021", "jm.txt")
    side = tmp_path / "jm.meta.yml"
    assert main(["sidecar", str(own)]) == 0
    assert "region" in capsys.readouterr().out
    written = yaml.safe_load(side.read_text(encoding="utf-8"))
    assert written["report_id"] == "jm" and written["sha256"] == open_report(own).raw.sha256
    assert (written["region"], written["level"], written["province"]) == ("江门市", "city", "广东省")
    assert (written["report_year"], written["delivered"]) == (2021, datetime.date(2021, 3, 4))
    meta = load_metadata(own)  # now read from the sidecar: a person's record, no longer "inferred"
    assert meta["region"] == "江门市" and "inferred" not in meta

    side.write_text(side.read_text(encoding="utf-8") + "region_en: Jiangmen\n", encoding="utf-8")
    kept = side.read_text(encoding="utf-8")
    assert main(["sidecar", str(own)]) == 2
    assert "--force" in capsys.readouterr().err and side.read_text(encoding="utf-8") == kept
    assert main(["sidecar", str(own), "--force"]) == 0 and "region_en" not in side.read_text(encoding="utf-8")

    assert main(["sidecar", str(own), "-o", str(tmp_path / "elsewhere.yml")]) == 0
    assert yaml.safe_load((tmp_path / "elsewhere.yml").read_text(encoding="utf-8"))["region"] == "江门市"


def test_sidecar_command_writes_into_data_raw_only_when_asked(capsys):
    before = sorted(RAW_DIR.iterdir())
    assert main(["sidecar", str(BUNDLED_REPORT)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "data/raw/ is not written to unless asked" in err
    assert sorted(RAW_DIR.iterdir()) == before


# --- the folder of a file named on the command line -------------------------------------------------


def test_the_named_files_folder_is_allowed_and_nothing_else(tmp_path):
    own = own_copy(tmp_path / "mine", "2026_广东省", "gd.txt")
    other = own_copy(tmp_path / "other", "2026_广东省", "gd.txt")
    roots = params.command_line_roots(own)
    assert roots == (own.parent.resolve(),)
    assert params.check_path("report_path", own, must_exist=True, allowed_roots=roots) == own.resolve()
    with pytest.raises(ReportError, match="outside the project"):
        params.check_path("report_path", other, must_exist=True, allowed_roots=roots)
    with pytest.raises(ReportError, match="name the report on the command line, or --allow DIR"):
        params.check_path("report_path", own, must_exist=True)
    # what the runner checks before any kernel starts: the same path as a parameter, without the
    # command line's allowance, is refused
    base = {"report_path": str(own), "clean_root": str(tmp_path / "clean")}
    assert runner.checked_values(runner.CHAIN, NOTEBOOKS_DIR, base, {}, allowed_roots=(*roots, tmp_path / "clean"))
    with pytest.raises(ReportError, match="outside the project"):
        runner.checked_values(runner.CHAIN, NOTEBOOKS_DIR, base, {}, allowed_roots=(tmp_path / "clean",))


@pytest.mark.slow
def test_make_report_on_a_file_outside_the_project_without_a_sidecar(tmp_path):
    """The README's command, as a user types it; outputs sent to tmp_path through ARGS. The Hebei text
    opens with a web page's leftovers (下载, 打印, 【字号：…】) above its title, as a user's copy may."""
    own = own_copy(tmp_path / "mine", "2026_河北省", "2026_report.txt")
    out, clean = tmp_path / "reports", tmp_path / "clean"
    proc = subprocess.run(
        ["make", "-s", "-o", ".venv/.installed", "report", f"REPORT={own}", f"ARGS=--out {out} --clean {clean}"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    page = (out / "2026_report" / "index.html").read_text(encoding="utf-8")
    assert "<h1>2026年河北省政府工作报告</h1>" in page and "河北省" in page
    assert "inferred from the text" in page
    assert (clean / "2026_report" / "figures.csv").exists()
    assert sorted(p.name for p in own.parent.iterdir()) == ["2026_report.txt"]


@pytest.mark.parametrize("name", ["2021_江门市.txt", "2021_江门.txt"])
def test_a_file_named_for_a_place_is_that_place_s_report_when_its_text_names_none(tmp_path, name):
    # place_in_name (2025_大同市.txt, a mirror's page opening at 各位代表, session 67 probe: no region, so the city's own
    # figures that name 大同 read as another region's): Jiangmen's report without its title block, named for the city
    text = BUNDLED_REPORT.read_text(encoding="utf-8")
    body = text[text.index("各位代表") :]
    (tmp_path / name).write_text(body, encoding="utf-8")
    (tmp_path / "2021_报告.txt").write_text(body, encoding="utf-8")
    named, unnamed = open_report(tmp_path / name), open_report(tmp_path / "2021_报告.txt")
    assert (named.info.region, named.info.level, named.meta["province"]) == ("江门市", "city", "广东省")
    assert (unnamed.info.region, unnamed.info.level) == ("", "")
    # 江门人才岛完成年度投资35.3亿元: a place of the city's own, no other region's
    scopes = [extracted(r).set_index("number_text").loc["35.3", "scope"] for r in (named, unnamed)]
    assert scopes == ["part", "other"]


def test_a_review_heading_that_names_its_year_after_its_verb_dates_a_december_report():
    # review_word_before_year (session 73 probe of a district's report delivered 2011-12-28, its title block dated by eight
    # digits alone and its review headed 回顾2011年，我们豪情满怀: the review was dated 2010): Beijing's heading written so
    text = "\n".join(_text_lines("2026_北京市"))
    assert "\n一、2025年工作回顾\n" in text
    written = text.replace("\n一、2025年工作回顾\n", "\n一、回顾2025年，我们砥砺奋进\n")
    assert years_of_delivery(written, 2025) == years_of_delivery(text, 2025) == (2026, 2025)
    # given the year it plans, as the catalog names it, the same report plans that year
    assert years_of_delivery(written, 2026)[0] == 2026


def test_a_file_named_for_its_place_in_traditional_script_is_that_place(tmp_path):
    # place_in_name_folded (session 73 probe of a provincial news page in traditional script saved as 2025_西藏自治區.txt:
    # no region was found, so every figure of 西藏 was another region's): Guangdong's report without its title block
    text = (RAW_DIR / "2026_广东省.txt").read_text(encoding="utf-8")
    body = text[text.index("各位代表") :]
    for name in ("2026_廣東省", "2026_广东省"):
        (tmp_path / f"{name}.txt").write_text(body, encoding="utf-8")
    folded, plain = (open_report(tmp_path / f"{n}.txt") for n in ("2026_廣東省", "2026_广东省"))
    assert (folded.meta["region"], folded.meta["level"]) == ("广东省", "province")
    rows = extracted(folded)
    assert (rows["scope"] == "own").sum() > 300
    assert rows["scope"].tolist() == extracted(plain)["scope"].tolist()


@pytest.mark.parametrize("path,written", [(RAW_DIR / "2026_广东省.txt", "廣東省"), (_DEV_RAW / "2026_甘肃省.txt", "甘肅省")])
def test_a_region_given_in_traditional_script_is_the_region_itself(path, written):
    # region_in_folded_script (session 73): a sidecar or a title may name the region in traditional script (廣東省, 甘肅省:
    # every character folded, 肅 too, which no share of a text's characters marks as traditional); the text is read in
    # simplified script, and so is the name, or the report's own 广东 reads as another region
    rep = open_report(path)
    plain = extracted(rep)
    folded = extract_figures(rep.raw, dataclasses.replace(rep.info, region=written))
    assert folded["scope"].tolist() == plain["scope"].tolist()
    assert (plain["scope"] == "own").sum() > 250


def test_a_session_line_that_writes_the_congress_right_after_the_date_dates_the_report():
    # date_then_congress (session 73 probe of a district's term-end report, 2012年11月20日长沙市芙蓉区第四届 / 人民代表大会第一次会议
    # with no 在…上: its review of 2012 was dated 2011): Guangdong's session line written so, moved to December
    head = _guangdong_text()[:200]
    written = head.replace("——2026年1月26日在广东省第十四届", "2025年12月26日广东省第十四届").replace(
        "第五次会议上", "第五次会议"
    )
    assert written != head and "在广东省" not in written
    meta = infer_metadata(written)
    assert meta["delivered"] == datetime.date(2025, 12, 26)
    assert meta["occasion"] == "广东省第十四届人民代表大会第五次会议"
    assert years_of_delivery(written, 2025) == years_of_delivery(written, 2026) == (2026, 2025)
