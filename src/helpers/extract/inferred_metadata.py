"""Metadata read from a report's own first lines, for a report that comes without a sidecar.

A user's own file (`make report REPORT=/some/folder/2026_上海市.txt`) rarely has a `.meta.yml`.
Its opening lines say what a sidecar would: the title (2021年江门市人民政府工作报告), the date and
the session (——2021年3月4日在江门市第十五届人民代表大会第七次会议上), the speaker (江门市代市长
吴晓晖). The region is recognised in those lines against a gazetteer of China's 34 provincial-level
and 333 prefecture-level divisions (`reference/regions.csv`, from the Ministry of Civil Affairs'
list of divisions), which also gives its level (province, city) and a city's province; the State
Council's report (我代表国务院, 国务院总理) is the national one.

Everything found here is a guess from the text: `infer_metadata` lists the fields it filled in
`inferred`, the pages say "inferred from the text", and `python -m helpers sidecar PATH` writes
them as a sidecar for a person to check and keep.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import re
import unicodedata
from datetime import date
from functools import cache
from pathlib import Path
from typing import NamedTuple

from helpers.config import REFERENCE_DIR
from helpers.errors import ReportError

# a report delivered in November or December plans the next year (Beijing's districts, some counties: their congresses meet
# before the year opens; a county's of 2021年11月24日, session 66 probe); its review is of the year it is delivered in, and
# 今年 there names that year (docs/figures.md, Periods)
LATE_MONTHS = (11, 12)
HEAD_CHARS = 3000  # the title block of every bundled report ends within its first 1500 characters
NATIONAL = "中华人民共和国"
INFERRED_FIELDS = ("title", "region", "level", "province", "report_year", "delivered", "speaker", "occasion")

_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff]")
_TITLE = re.compile(r"((?:19|20)\d\d)年\s*([^\s(（)）]{0,30}?)政府工作报告")
# 在江门市第十五届人民代表大会第七次会议上: the session a report was delivered at (its occasion, the group) (`_session_line`)
_AT_SESSION = r"在\s*([^。，,；;]{2,60}?会议)上"
_YMD = r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日"  # 2022年12月28日: the day, its year, month and day (the session lines)
# 第十五届人民代表大会第七次会议, 十五届人大三次会议: a congress's session by its ordinals (date_then_congress, place_in_lead)
_CONGRESS_SESSION = r"第?[一二三四五六七八九十]+届人(?:民代表)?大(?:会)?第?[一二三四五六七八九十]+次会议"
# (摘自2016年11月1日上午杨维俊同志代表市人民政府在天水市七届人大一次会议上…: the time of day and who delivered it may stand
# between the date and 在, session_line_with_speaker, session 72 probe of a city's November report: its review was dated
# the year before)
_DATE_SESSION = re.compile(_YMD + r"(?:[上下]午)?(?:[^。，,；;！!\n在]{0,24}?代表[^。，,；;！!\n在]{0,12})?\s*" + _AT_SESSION)
# ——在长凝镇第十六届人民代表大会第一次会议上 / (2011年12月29日): the session line without its date, the date on a line of its
# own, bracketed or not (undated_session_line, session 66 probe of a town's report)
_SESSION_UNDATED = re.compile(r"——\s*" + _AT_SESSION)
_DATE_ALONE = re.compile(rf"\(?{_YMD}\)?")
# 2012年11月20日长沙市芙蓉区第四届 / 人民代表大会第一次会议: a session line that writes the congress's session right after the
# date, with no 在…上 (date_then_congress, session 73 probe of a district's November term-end report: its review of 2012
# was dated 2011 and its term 2007-2011)
_DATE_THEN_CONGRESS = re.compile(_YMD + rf"\s*([^。，,；;！!\s在]{{2,30}}?{_CONGRESS_SESSION})")
# 湘潭县2023年政府工作报告(20221223): a mirror's title with the day of delivery in eight digits, when no session line dates the
# report (compact_date_in_title, session 71 probe of a county's December report: its review was dated the year before)
# (泸州市江阳区人民政府工作报告(2021年12月15日): the day in words, date_in_title_words, session 73 probe of a district's page)
TITLE_DATE = re.compile(r"政府工作报告\s*[(（]((?:19|20)\d\d)(?:(\d\d)(\d\d)|年(\d{1,2})月(\d{1,2})日)[)）]")
_OFFICE = r"(?:代理?)?(?:总理|省长|市长|州长|主席|盟长|专员)"
_SPEAKER = re.compile(rf"^(\S{{0,30}}?{_OFFICE})\s*([\u4e00-\u9fff][\u4e00-\u9fff ]{{1,5}})$")
# 国务院总理, 我代表国务院, 第十四届全国人民代表大会: the nation's report; not 国务院 alone, which every report's opening names
# (在党中央、国务院和中共浙江省委的坚强领导下: a provincial page was read as the nation's, national_sign_named_speaker,
# session 71 probes of news pages)
_NATIONAL_SIGNS = ("国务院总理", "代表国务院", "全国人民代表大会")
# a news page's lead that names the session or the speaker's office with its place (四川省第十三届人民代表大会第五次会议开幕,
# 长春市十五届人大三次会议召开, 福建省省长唐登杰, 保定市政府市长闫继红): where the page's place is written when no title
# block names it (place_in_lead)
_LEAD_PLACE = re.compile(
    rf"[\u4e00-\u9fff]{{2,12}}?(?:{_CONGRESS_SESSION}"
    rf"|(?:人民)?(?:政府)?{_OFFICE})"
)
_SALUTATION = ("各位代表", "现在，我代表", "现在,我代表")
# the administrative suffix of a gazetteer name (大同市 -> 大同): for a file named by the bare name (place_in_name), and the
# bare names the extractor matches places by (`subjects._regions`)
ADMIN_SUFFIX = re.compile(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区|地区|自治州|盟)$")


@cache
def regions() -> tuple[dict, ...]:
    """The gazetteer: name, level (province or city), province, name_en; longest names first.

    Read with the csv module: the batch supervisor reads metadata and must not import pandas.
    """
    with open(REFERENCE_DIR / "regions.csv", encoding="utf-8", newline="") as fh:
        return tuple(sorted(csv.DictReader(fh), key=lambda row: -len(row["name"])))


def head_lines(text: str, limit: int = HEAD_CHARS) -> list[str]:
    """The title block: the non-empty lines before the salutation (各位代表), NFKC-folded, invisible
    characters removed; the first 15 lines when there is no salutation. A report body that cites
    "2025年政府工作报告" is never read as the title.

    >>> head_lines("\\u200b政府工作报告\\n\\n国务院总理\\u3000\\n李\\u3000强\\n各位代表：\\n现在，…")
    ['政府工作报告', '国务院总理', '李 强']
    """
    lines = _opening(text, limit)
    lines = lines[: next((i for i, line in enumerate(lines) if line.startswith(_SALUTATION)), min(len(lines), 15))]
    # 2016年12月13日在珙縣第十七屆人民代表大會第一次會議上: a title block in traditional script is read in simplified characters,
    # as the report is (`text.simplified`; session 66 probe of a county's mirror: its December session was not read)
    from helpers.extract.text import simplified  # (numpy with it: only once a title block is read)

    return simplified("\n".join(lines)).split("\n") if lines else lines


def _opening(text: str, limit: int = HEAD_CHARS) -> list[str]:
    head = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text[:limit]))
    return [line.strip() for line in head.splitlines() if line.strip()]


def find_region(line: str) -> dict | None:
    """The gazetteer entry named in a line, the longest name first (吉林省 before 吉林市).

    >>> find_region("——2021年3月4日在江门市第十五届人民代表大会第七次会议上")["province"]
    '广东省'
    >>> find_region("政府工作报告") is None
    True
    """
    return next((dict(row) for row in regions() if row["name"] in line), None)


def delivery_date(text: str) -> date | None:
    """The date the report was delivered, from the session line of its title block (——2022年12月28日在…会议上); None
    when the block names none (`sections.years_of_delivery`).

    >>> delivery_date("政府工作报告\\n——2022年12月28日在北京市延庆区第三届人民代表大会第二次会议上\\n各位代表："), delivery_date("各位代表：")
    (datetime.date(2022, 12, 28), None)
    >>> delivery_date("湘潭县2023年政府工作报告（20221223）\\n各位代表：")
    datetime.date(2022, 12, 23)
    """
    lines = head_lines(text)
    return _delivered(lines, _session_line(lines))


def _delivered(lines: list[str], session: _Session | None) -> date | None:
    """The date the session line names, else the day a title writes in eight digits (compact_date_in_title)."""
    return _session_date(session) or _title_date(lines)


def _title_date(lines: list[str]) -> date | None:
    """The day of delivery a title writes in eight digits (TITLE_DATE), None without one or for a day that does not exist."""
    found = next((m for m in map(TITLE_DATE.search, lines) if m), None)
    with contextlib.suppress(ValueError):
        return date(*map(int, filter(None, found.groups()))) if found else None
    return None


class _Session(NamedTuple):
    """What a title block's session line says: the date's year, month and day as written, and the occasion."""

    year: str
    month: str
    day: str
    occasion: str


def _session_line(lines: list[str]) -> _Session | None:
    """The session line of a title block; a session line without its date takes the date standing alone on a line of
    the block (undated_session_line).

    >>> _session_line(["政府工作报告", "——在长凝镇第十六届人民代表大会第一次会议上", "(2011年12月29日)"])
    _Session(year='2011', month='12', day='29', occasion='长凝镇第十六届人民代表大会第一次会议')
    >>> _session_line(["2012年11月20日长沙市芙蓉区第四届", "人民代表大会第一次会议"]).occasion  # (date_then_congress)
    '长沙市芙蓉区第四届人民代表大会第一次会议'
    """
    joined = "".join(lines)  # a session line broken in two: ——2026年1月26日在广东省第十四届 / 人民代表大会…
    if session := _DATE_SESSION.search(joined) or _DATE_THEN_CONGRESS.search(joined):
        return _Session(*session.groups())
    undated = _SESSION_UNDATED.search(joined)
    dated = next((m for m in map(_DATE_ALONE.fullmatch, lines) if m), None) if undated else None
    return _Session(*dated.groups(), undated.group(1)) if dated else None


def _session_date(session: _Session | None) -> date | None:
    """The date a session line names; None for none, or for a date that does not exist (2月30日: no date rather than a
    wrong one)."""
    with contextlib.suppress(ValueError):
        return date(int(session.year), int(session.month), int(session.day)) if session else None
    return None


def infer_metadata(text: str) -> dict:
    """Title, region, level, province, report year, delivery date, speaker and occasion from the
    first lines of a report; `inferred` lists the fields found. Fields not found are left out.

    >>> head = "(广东省)2021年江门市人民政府工作报告(全文)\\n政府工作报告\\n——2021年3月4日在江门市第十五届人民代表大会第七次会议上\\n江门市代市长 吴晓晖\\n各位代表:"
    >>> m = infer_metadata(head)
    >>> m["title"], m["region"], m["level"], m["province"], m["delivered"], m["speaker"]
    ('2021年江门市人民政府工作报告', '江门市', 'city', '广东省', datetime.date(2021, 3, 4), '吴晓晖 (江门市代市长)')
    """
    lines = head_lines(text)
    meta: dict = {}
    title = next((m for m in map(_TITLE.search, lines) if m), None)
    session = _session_line(lines)
    if delivered := _delivered(lines, session):
        meta["delivered"] = delivered
    if session:
        meta["occasion"] = session.occasion.strip()
    # the office and the name on one line (江门市代市长 吴晓晖) or on two (国务院总理 / 李克强)
    speaker = next((m for m in map(_SPEAKER.match, (*lines, *map(" ".join, itertools.pairwise(lines)))) if m), None)
    if speaker:
        meta["speaker"] = f"{speaker.group(2).replace(' ', '')} ({speaker.group(1)})"
    # the national report says who speaks in its first sentence: 现在，我代表国务院，向大会…
    place = _place(_opening(text)[: len(lines) + 3], title, session, speaker)
    if place:
        meta.update(place)
    year = int(session.year) if session else int(title.group(1)) if title else None
    if year and session and int(session.month) in LATE_MONTHS:
        year += 1  # delivered in November or December, the report plans the next year (report_year is the planned)
    if year:
        meta["report_year"] = year
    if title and title.group(2):
        meta["title"] = f"{title.group(1)}年{title.group(2)}政府工作报告"
    elif year and place:  # the title line says only 政府工作报告: the full title, as the catalog writes it
        meta["title"] = f"{year}年{place['region']}{'国务院' if place['level'] == 'national' else ''}政府工作报告"
    meta["inferred"] = [f for f in INFERRED_FIELDS if f in meta]
    return meta


def _place_of(found: dict) -> dict:
    """The region, level and (for a city) province of a gazetteer row, as metadata fields."""
    place = {"region": found["name"], "level": found["level"]}
    if found["level"] == "city":
        place["province"] = found["province"]
    return place


def _place(lines: list[str], title, session, speaker) -> dict | None:
    """Region, level and province: the title's, the session's or the speaker's region, or the region a news page's lead names
    with its session or its speaker's office (place_in_lead), else national when the nation's signs are written.

    >>> _place(["人民网福州1月14日电 福建省十三届人大二次会议在福州开幕，福建省省长唐登杰代表省政府作政府工作报告。"], None, None, None)
    {'region': '福建省', 'level': 'province'}
    >>> _place(["在党中央、国务院和中共浙江省委的坚强领导下"], None, None, None) is None
    True
    """
    leads = (m.group(0) for line in lines for m in _LEAD_PLACE.finditer(line))  # (read only when the others name none)
    for source in itertools.chain((title and title.group(2), session and session.occasion, speaker and speaker.group(1)), leads):
        found = find_region(source) if source else None
        if found:
            return _place_of(found)
    if any(sign in line for line in lines for sign in _NATIONAL_SIGNS):
        return {"region": NATIONAL, "level": "national"}
    return None


def _place_named(stem: str) -> dict | None:
    """The region, level and province of the place a file is named for, when the name, without its year and separators,
    is a name of the gazetteer whole (construction place_in_name); None otherwise.

    Why: a page saved from a mirror may open at 各位代表 with no title block, so the text names no region, and every
    figure then reads as nobody's (大同 in its own report made its figures another region's); the file's name is the
    user's statement of what the report is, as its year is (year_in_name_first).

    >>> _place_named("2025_大同市")["level"], _place_named("2016_成都")["region"], _place_named("2022_府谷县")
    ('city', '成都市', None)

    A name in traditional script is the same place (2025_西藏自治區: a news page in traditional script named as it writes
    its place; its figures of 西藏 were another region's: place_in_name_folded, session 73 probe):

    >>> _place_named("2025_西藏自治區")["region"], _place_named("2015_甘肅省")["level"]
    ('西藏自治区', 'province')
    """
    from helpers.extract.text import in_simplified_script  # (numpy, OpenCC: only for a file with no sidecar or place)

    name = in_simplified_script(re.sub(r"(?:19|20)\d\d|[_\-\s.]", "", stem).lower())
    found = next((row for row in regions() if name in _names_of(row)), None) if name else None
    return _place_of(found) if found else None


def _names_of(row: dict) -> tuple[str, str, str]:
    """A gazetteer row's name, its name without the administrative suffix and its English name (`_place_named`)."""
    return row["name"], ADMIN_SUFFIX.sub("", row["name"]), (row.get("name_en") or "").lower()


def metadata_from_text(path: Path, text: str | None = None, named_year: int | None = None) -> dict:
    """What stands in for a missing sidecar: `infer_metadata` on the text (or on the file's first
    bytes, read here, bounded), with a `source` line that says the fields were inferred.

    A year the file is named with (`named_year`: 2015_湖南省.txt) is the report year whatever the title block says: the
    user's statement, where the block may be a mirror's banner (2017年湖南省政府工作报告全文 over the 2015 report; session 66
    probes); a December delivery is read from the text either way (`sections.years_of_delivery`: year_in_name_first).

    A file that cannot be read or decoded gives {} here: reading the whole report fails later
    with its own one-line error.
    """
    if text is None:
        from helpers.extract.text import decode  # numpy: only when there is no sidecar and no text

        try:
            with open(path, "rb") as fh:
                text = decode(fh.read(HEAD_CHARS * 4), path)[0]  # UTF-8 Chinese: 3 bytes a character
        except (OSError, ReportError):
            return {}
    meta = infer_metadata(text)
    if "region" not in meta and (named := _place_named(Path(path).stem)):
        meta.update(named)  # 2025_大同市.txt whose opening names no place: the place the file is named for (place_in_name)
    if named_year is not None:
        meta["report_year"] = named_year
        meta["inferred"] = [f for f in meta["inferred"] if f != "report_year"]
    found = ", ".join(meta["inferred"]) or "nothing"
    meta["source"] = f"{Path(path).name}, without a .meta.yml sidecar ({found} inferred from the text)"
    return meta


SIDECAR_FIELDS = ("report_id", "title", "region", "level", "province", "report_year", "delivered", "speaker", "occasion")


def sidecar_yaml(meta: dict, source_file: str, sha256: str) -> str:
    """A sidecar for a person to check and keep: the fields found, in the order of the bundled
    sidecars, the file it describes and its hash, headed by a comment that says they were inferred.

    >>> print(sidecar_yaml({"report_id": "x", "region": "江门市", "report_year": 2021, "inferred": ["region"]}, "x.txt", "ab"))
    # Sidecar for x.txt, inferred from the text's first lines by `python -m helpers sidecar`.
    # Check each field against the report (and fill in what is missing), then keep it beside the file.
    report_id: x
    region: 江门市
    report_year: 2021
    source: x.txt; fields inferred from its first lines by python -m helpers sidecar
    source_file: x.txt
    sha256: ab
    <BLANKLINE>
    """
    import yaml

    fields = {k: meta[k] for k in SIDECAR_FIELDS if meta.get(k) not in (None, "")}
    # the page footer shows `source`: it says where the fields came from, not that anyone checked them
    fields |= {
        "source": f"{source_file}; fields inferred from its first lines by python -m helpers sidecar",
        "source_file": source_file,
    }
    fields["sha256"] = sha256
    head = (
        f"# Sidecar for {source_file}, inferred from the text's first lines by `python -m helpers sidecar`.\n"
        "# Check each field against the report (and fill in what is missing), then keep it beside the file.\n"
    )
    return head + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False)
