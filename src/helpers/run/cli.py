"""Command line: `python -m helpers report|batch|extract|review|corrections|sidecar ...`.

Every failure a user can cause (a missing file, a binary file, a bad parameter, a failing
notebook) ends in one line on stderr naming the file and the problem, and a non-zero exit.

Exit codes (the same for every subcommand; cron and CI can rely on them):
  0    success; for `batch`, every report ok or skipped as unchanged
  1    a report failed; `batch` finishes all the others first, and manifest.json says why
  2    bad usage or input: unknown option, missing folder, unwritable --out, unknown --only id,
       another batch already running on the same --out, unreachable Dask scheduler
  130  interrupted (Ctrl-C)
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from datetime import date
from pathlib import Path

from helpers.config import ACCURACY_CSV, BUNDLED_REPORT, CLEAN_DIR, CORRECTIONS_DIR, RAW_DIR, REPORTS_DIR
from helpers.errors import ReportError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _cmd_extract(args) -> int:
    from helpers.run.pipeline import figures, open_report

    table = figures(open_report(args.path), args.corrections)
    if args.format == "parquet":
        if not args.output:
            raise ReportError(args.path, "--format parquet needs -o FILE")
        from helpers.store import atomic_write_bytes

        atomic_write_bytes(Path(args.output), table.to_parquet(index=False))
    elif args.output:
        from helpers.store import atomic_write_bytes

        atomic_write_bytes(Path(args.output), table.to_csv(index=False).encode("utf-8-sig"))
    else:
        sys.stdout.write(table.to_csv(index=False))
    return EXIT_OK


def _cmd_review(args) -> int:
    from helpers.run.pipeline import figures, open_report
    from helpers.run.review import write_review

    report = open_report(args.path)
    csv_path, html_path, sheet = write_review(report, figures(report, args.corrections), args.out)
    print(f"{report.report_id}: {len(sheet)} figures, {int(sheet['check_first'].sum())} to check first")
    print(f"  to read:    {html_path}")
    print(f"  to fill in: {csv_path}  (copy rows to {args.corrections / f'{report.report_id}.csv'}, docs/corrections.md)")
    return EXIT_OK


def _cmd_corrections(args) -> int:
    from helpers.extract.corrections import STATUSES
    from helpers.run import pipeline

    if args.path is not None and args.path.suffix.lower() != ".csv":  # a raw report: its own corrections file
        report = pipeline.open_report(args.path)
        pairs = [(pipeline.corrections_path(report.report_id, args.corrections), report)]
    else:
        known = pipeline.report_paths(args.raw)
        files = [args.path] if args.path is not None else sorted(args.corrections.glob("*.csv"))
        unknown = [p for p in files if p.stem not in known]  # a typo (jiangmen-2012.csv) would never apply
        if unknown:
            raise ReportError(unknown[0], f"unknown report id {unknown[0].stem!r}: no such report in {args.raw}")
        pairs = [(p, pipeline.open_report(known[p.stem])) for p in files]
    bad = 0
    for path, report in pairs:
        checked = pipeline.check_corrections(report, path.parent)
        for c in checked.to_dict("records"):
            print(f"{path}:{c['line']}: {c['status']}: {c['message']}")
        counts = checked["status"].value_counts()
        print(f"{path}: " + ", ".join(f"{counts.get(s, 0)} {s}" for s in STATUSES))
        bad += int(counts.get("stale", 0) + counts.get("invalid", 0))
    return EXIT_FAILED if bad else EXIT_OK


def _cmd_report(args) -> int:
    import yaml

    from helpers.run.params import command_line_roots
    from helpers.run.runner import run_report

    extra = {}
    for name, value in args.param:
        try:
            extra[name] = yaml.safe_load(value)
        except yaml.YAMLError as exc:
            problem = getattr(exc, "problem", None) or type(exc).__name__
            raise ReportError(None, f"-p {name}: {value!r} is not a YAML value ({problem}); quote it as a string") from None
    result = run_report(
        args.path,
        out_root=args.out,
        clean_root=args.clean,
        show_code=args.show_code,
        parameters=extra,
        cell_timeout=args.cell_timeout,
        allowed_roots=(*(Path(p) for p in args.allow), *command_line_roots(args.path)),
        log=lambda m: print(m, file=sys.stderr, flush=True),
    )
    print(f"{result.report_id}: ok in {result.seconds:.1f} s -> {result.out_dir / 'index.html'}")
    return EXIT_OK


def _cmd_sidecar(args) -> int:
    from helpers.extract.inferred_metadata import SIDECAR_FIELDS, infer_metadata, sidecar_yaml
    from helpers.extract.metadata import infer_year, safe_report_id, sidecar_path
    from helpers.extract.text import read_report
    from helpers.store import atomic_write_text

    raw = read_report(args.path)
    target = Path(args.output) if args.output else sidecar_path(args.path)
    if args.output is None and RAW_DIR.resolve() in target.resolve().parents:
        raise ReportError(target, "data/raw/ is not written to unless asked: give -o PATH (the sidecar's path) to write there")
    if target.exists() and not args.force:
        raise ReportError(target, "a sidecar is there already: check it, or give --force to replace it")
    meta = {"report_id": safe_report_id(args.path.stem), **infer_metadata(raw.text)}
    if "report_year" not in meta:
        with contextlib.suppress(ReportError):  # no year anywhere: the printed line asks for it
            meta["report_year"] = infer_year(args.path.stem, raw.text)
    atomic_write_text(target, sidecar_yaml(meta, args.path.name, raw.sha256))
    missing = [f for f in SIDECAR_FIELDS if f not in meta and not (f == "province" and meta.get("level") != "city")]
    print(
        f"{target}: {', '.join(meta['inferred']) or 'nothing'} inferred from the text; check them"
        + (f"; fill in {', '.join(missing)}" if missing else "")
    )
    return EXIT_OK


def _interrupt(*_) -> None:
    raise KeyboardInterrupt


def _cmd_batch(args) -> int:
    from helpers.run.batch import run_batch

    previous = signal.signal(signal.SIGTERM, _interrupt)  # `kill`, a cron timeout: stop as Ctrl-C does
    try:
        entries = run_batch(
            args.raw,
            args.out,
            args.clean,
            jobs=args.jobs,
            force=args.force,
            only=tuple(args.only),
            dask_scheduler=args.dask_scheduler,
            cell_timeout=args.cell_timeout,
            report_timeout=args.report_timeout,
            panel=not args.no_panel,
        )
    finally:
        signal.signal(signal.SIGTERM, previous)
    reports = [e for e in entries if e.get("kind") != "panel"]
    counts = {s: sum(e["status"] == s for e in reports) for s in ("ok", "skipped", "failed")}
    panel = "".join(f", panel {e['status']}" for e in entries if e.get("kind") == "panel")
    print(
        f"{len(reports)} reports: {counts['ok']} ok, {counts['skipped']} skipped, {counts['failed']} failed{panel}"
        f" -> {Path(args.out).resolve() / 'index.html'}"
    )
    return EXIT_FAILED if any(e["status"] == "failed" for e in entries) else EXIT_OK


def _cmd_corpus(args) -> int:
    from helpers.run import corpus

    return corpus.main(["import", *([str(args.catalog)] if args.catalog else []), "--raw", str(args.raw)])


def _record_accuracy(row: dict) -> None:
    """Replace the row of that name in reference/extraction_accuracy.csv where it stands (or add it at the end), written
    atomically: recording one set again leaves the file's other rows and their order as they were."""
    import pandas as pd

    from helpers.store import atomic_write_bytes

    table = pd.read_csv(ACCURACY_CSV, dtype=str) if ACCURACY_CSV.exists() else pd.DataFrame(columns=list(row))
    rows = [dict(row) if name == row["name"] else old for name, old in zip(table["name"], table.to_dict("records"))]
    table = pd.DataFrame(rows if row["name"] in set(table["name"]) else [*rows, dict(row)], columns=table.columns)
    atomic_write_bytes(ACCURACY_CSV, table.to_csv(index=False).encode("utf-8"))


def _cmd_evaluate(args) -> int:
    import pandas as pd

    from helpers.analysis.trust import usable_mask
    from helpers.extract import evaluate
    from helpers.run.pipeline import extracted, open_report

    if args.against and len(args.gold) != 1:
        raise ReportError(args.against, "--against compares one gold table with another: give one GOLD")
    scores, errors = [], []
    for path in args.gold:
        gold = evaluate.load_gold(path)
        if args.against:
            found = evaluate.load_gold(args.against)
        else:
            report_id = gold["report_id"].iloc[0]
            found = extracted(open_report(evaluate.raw_path(path, report_id, args.raw)))
        # with the extractor, also what the pages stand on: the rows the analyses use
        result, wrong = evaluate.score(gold, found, None if args.against else usable_mask(found))
        scores.append(result)
        errors.append(wrong.assign(report_id=result.report_id))
    print(evaluate.format_table(evaluate.table(scores)))
    if args.by_rule and not args.against:
        print("\n" + evaluate.format_rule_table(evaluate.rule_table(scores)))
    if args.record and not args.against:
        _record_accuracy(evaluate.accuracy_record(args.record, scores, date.today().isoformat()))
        print(f"recorded as {args.record!r} in {ACCURACY_CSV}")
    if args.errors:
        from helpers.store import atomic_write_bytes

        every = pd.concat(errors, ignore_index=True)
        atomic_write_bytes(Path(args.errors), every.to_csv(index=False).encode("utf-8-sig"))
        print(f"{len(every)} disagreements -> {args.errors}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m helpers", description="gwr-targets: government work reports into figures, growth and targets."
    )
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="write the figures table of one report")
    e.add_argument("path", type=Path)
    e.add_argument("-o", "--output", help="output file (default: CSV to stdout)")
    e.add_argument("--format", choices=("csv", "parquet"), default="csv")
    e.add_argument("--corrections", type=Path, default=CORRECTIONS_DIR, help="corrections folder (default data/corrections/)")
    e.set_defaults(func=_cmd_extract)

    w = sub.add_parser(
        "review",
        help="write the review sheet of one report: reports/<id>/review.html and review.csv",
        description="Every figure of the report (corrections applied), the ones to check first on top (low confidence, "
        "not the region's own, no subject), with the sentence and the number marked: review.html to read, "
        "review.csv (UTF-8 with BOM, opens in Excel) to copy corrections from.",
    )
    w.add_argument("path", nargs="?", type=Path, default=BUNDLED_REPORT)
    w.add_argument("--out", type=Path, default=REPORTS_DIR, help="reports folder (default reports/)")
    w.add_argument("--corrections", type=Path, default=CORRECTIONS_DIR, help="corrections folder (default data/corrections/)")
    w.set_defaults(func=_cmd_review)

    k = sub.add_parser(
        "corrections",
        help="check corrections: what applies, what is stale, what the extractor now reads right",
        description="Check the corrections of PATH (a raw report, or a corrections file), or of every file in the "
        "corrections folder: one line per correction (applies, unnecessary, stale, invalid). Exit 0 when all apply, "
        "1 when one is stale or invalid, 2 for a corrections file naming no report.",
    )
    k.add_argument("path", nargs="?", type=Path, default=None, help="a raw report or a corrections file (default: all)")
    k.add_argument("--raw", type=Path, default=RAW_DIR, help="folder of the raw reports (default data/raw/)")
    k.add_argument("--corrections", type=Path, default=CORRECTIONS_DIR, help="corrections folder (default data/corrections/)")
    k.set_defaults(func=_cmd_corrections)

    r = sub.add_parser("report", help="run the notebooks on one report into reports/<id>/")
    r.add_argument("path", nargs="?", type=Path, default=BUNDLED_REPORT)
    r.add_argument("--out", type=Path, default=REPORTS_DIR, help="reports folder (default reports/)")
    r.add_argument("--clean", type=Path, default=CLEAN_DIR, help="clean tables folder (default data/clean/)")
    r.add_argument("--show-code", action="store_true", help="show the code in the HTML (for teaching)")
    r.add_argument("--cell-timeout", type=int, default=120, help="seconds one cell may run (default 120)")
    r.add_argument("--allow", action="append", default=[], metavar="DIR", help="also allow reading reports from DIR")
    r.add_argument(
        "-p",
        "--param",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="a further notebook parameter (value read as YAML: 3 is a number, abc a string)",
    )
    r.set_defaults(func=_cmd_report)

    s = sub.add_parser(
        "sidecar",
        help="write a .meta.yml sidecar inferred from a report's first lines, to check and keep",
        description="Read title, region, level, year, date and speaker from the first lines of PATH and write them as "
        "a sidecar beside it (PATH with .meta.yml) or to -o. An existing sidecar is kept unless --force; the project's "
        "data/raw/ is written to only when -o names it.",
    )
    s.add_argument("path", type=Path)
    s.add_argument("-o", "--output", type=Path, help="where to write the sidecar (default: beside PATH)")
    s.add_argument("--force", action="store_true", help="replace an existing sidecar")
    s.set_defaults(func=_cmd_sidecar)

    b = sub.add_parser(
        "batch",
        help="run every report of a folder (incremental, parallel) into reports/",
        description="Run the notebooks on every report of RAW_DIR (*.txt, or a catalog CSV with a "
        "`file` column) into OUT/<id>/, skipping unchanged ones; writes OUT/index.html "
        "and OUT/manifest.json. Exit 0 all ok, 1 some failed, 2 usage.",
    )
    b.add_argument(
        "raw", nargs="?", type=Path, default=RAW_DIR, metavar="RAW_DIR", help="folder or catalog CSV (default data/raw/)"
    )
    b.add_argument("--out", type=Path, default=REPORTS_DIR, help="reports folder (default reports/)")
    b.add_argument("--clean", type=Path, default=CLEAN_DIR, help="clean tables folder (default data/clean/)")
    b.add_argument("--jobs", type=int, default=None, help="reports run side by side (default: number of cores)")
    b.add_argument("--force", action="store_true", help="rerun reports whose inputs are unchanged")
    b.add_argument("--only", nargs="+", default=[], metavar="ID", help="run only these report ids (or file stems)")
    b.add_argument("--dask-scheduler", metavar="ADDRESS", help="run on a dask.distributed cluster, e.g. tcp://10.0.0.5:8786")
    b.add_argument("--cell-timeout", type=int, default=120, help="seconds one cell may run (default 120)")
    b.add_argument(
        "--report-timeout", type=int, default=900, help="seconds one report may run before its worker is killed (default 900)"
    )
    b.add_argument("--no-panel", action="store_true", help="skip the cross-report panel (notebook 10) after the reports")
    b.set_defaults(func=_cmd_batch)

    v = sub.add_parser(
        "evaluate",
        help="measure the extractor against gold tables read by hand",
        description="Recall, precision, per-field agreement and the fully-correct row rate of the extractor on each "
        "GOLD table (tests/data/gold/CONVENTIONS.md) and overall. The report's text is RAW/<report_id>.txt, else "
        "raw/<report_id>.txt beside the GOLD table.",
    )
    v.add_argument("gold", nargs="+", type=Path, metavar="GOLD.csv")
    v.add_argument("--raw", type=Path, default=RAW_DIR, help="folder of the raw reports (default data/raw/)")
    v.add_argument("--against", type=Path, metavar="OTHER.csv", help="compare with a second gold pass instead of the extractor")
    v.add_argument("--errors", type=Path, metavar="FILE.csv", help="write every disagreement (field, gold, extracted, rule)")
    v.add_argument(
        "--by-rule",
        action="store_true",
        help="also print, per construction (the rule that made a row), its matched rows, how many are wrong, and its "
        "fully-correct and subject rates",
    )
    v.add_argument(
        "--record",
        metavar="NAME",
        help="store the pooled counts as row NAME of reference/extraction_accuracy.csv (held_out: what the pages "
        "say about how far a row can be trusted)",
    )
    v.set_defaults(func=_cmd_evaluate)

    c = sub.add_parser("corpus", help="copy a catalogued corpus into data/raw/ with provenance sidecars")
    c.add_argument("catalog", nargs="?", type=Path, default=None, help="catalog CSV (default ../shared/corpus/catalog.csv)")
    c.add_argument("--raw", type=Path, default=RAW_DIR, help="destination folder (default data/raw/)")
    c.set_defaults(func=_cmd_corpus)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        from helpers.run.runner import RunError

        return EXIT_FAILED if isinstance(exc, RunError) else EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
