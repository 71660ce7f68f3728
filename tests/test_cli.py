"""`python -m helpers extract`: the figures table of one report from the command line."""

from __future__ import annotations

import io

import pandas as pd

from helpers.config import BUNDLED_REPORT
from helpers.run.cli import main


def test_extract_to_stdout_is_the_figures_table(capsys, jiangmen_figures):
    assert main(["extract", str(BUNDLED_REPORT)]) == 0
    out = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert len(out) == len(jiangmen_figures)
    assert out["figure_id"].tolist() == jiangmen_figures["figure_id"].tolist()


def test_extract_to_csv_with_bom_and_parquet(tmp_path, jiangmen_figures):
    assert main(["extract", str(BUNDLED_REPORT), "-o", str(tmp_path / "f.csv")]) == 0
    assert (tmp_path / "f.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert main(["extract", str(BUNDLED_REPORT), "-o", str(tmp_path / "f.parquet"), "--format", "parquet"]) == 0
    back = pd.read_parquet(tmp_path / "f.parquet")
    pd.testing.assert_frame_equal(back, jiangmen_figures, check_dtype=False)


def test_extract_unreadable_input_is_one_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.4\x00\x00")
    assert main(["extract", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(bad) in err[0] and "binary" in err[0]


def test_recording_one_set_again_keeps_the_other_rows_and_their_order(tmp_path, monkeypatch):
    # reference/extraction_accuracy.csv: `evaluate --record held_out` replaced the held-out row and moved it to the end,
    # so every recording churned the file (session 68 review); it now stays where it stood
    from helpers.config import ACCURACY_CSV
    from helpers.run import cli

    copy = tmp_path / "extraction_accuracy.csv"
    copy.write_bytes(ACCURACY_CSV.read_bytes())
    monkeypatch.setattr(cli, "ACCURACY_CSV", copy)
    before = pd.read_csv(copy, dtype=str)
    first = before.iloc[0].to_dict()
    cli._record_accuracy({**first, "fully_correct": "1"})
    after = pd.read_csv(copy, dtype=str)
    assert after["name"].tolist() == before["name"].tolist() and after.iloc[0]["fully_correct"] == "1"
    assert after.iloc[1:].equals(before.iloc[1:])
    cli._record_accuracy({**first, "name": "probe"})
    assert pd.read_csv(copy, dtype=str)["name"].tolist() == [*before["name"], "probe"]
