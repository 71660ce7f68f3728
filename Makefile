# gwr-targets: two commands do everything on a fresh machine with Python 3.11:
#   make report   -> reports/jiangmen-2021/index.html (creates .venv, installs, registers the kernel)
#   make test     -> the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
REPORT ?= data/raw/jiangmen-2021.txt
SHOW_CODE ?=
JOBS ?=
ARGS ?=
# JupyterLab refuses to start as root ("Running as root is not recommended"); in a container one
# usually is root, so `make lab` passes --allow-root then, and says so.
LAB_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: setup report reports panel test lint format format-notebooks lab bench class clean help

help:
	@echo "make report   run the notebooks on the bundled report -> reports/jiangmen-2021/index.html"
	@echo "make test     run the test suite"
	@echo "make lint     ruff (lint and format check) and the layer contract (import-linter)"
	@echo "make format   apply ruff's fixes and formatting"
	@echo "make reports  run every report in data/raw/ (batch, incremental)"
	@echo "make panel    run the panel notebook alone on data/raw/ -> reports/panel/, tables in data/clean/panel/"
	@echo "make lab      open JupyterLab on the project's kernel"
	@echo "make bench    print the benchmarks"
	@echo "make class    build the student and instructor exercise notebooks, the tour and the answer sheet as HTML"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name gwr-targets --display-name "Python (gwr-targets)" >/dev/null
	-@git rev-parse --git-dir >/dev/null 2>&1 && $(BIN)/nbstripout --install >/dev/null 2>&1
	@touch $@

setup: $(STAMP)

# REPORT may be any report file, inside the project or not (its folder is allowed for reading);
# the pages still go to reports/<id>/ and the tables to data/clean/<id>/ (ARGS="--out DIR --clean DIR").
report: $(STAMP)
	$(BIN)/python -m helpers report "$(REPORT)" $(if $(SHOW_CODE),--show-code,) $(ARGS)

reports: $(STAMP)
	$(BIN)/python -m helpers batch data/raw --out reports $(if $(JOBS),--jobs $(JOBS),)

# The cross-report panel (notebook 10) alone, on every report of data/raw/ (docs/panel.md); one
# line on failure. The batch (`make reports`) runs the same notebook after the reports.
define PANEL_PY
import sys
from helpers.errors import ReportError
from helpers.run import runner
try:
    r = runner.run_panel("data/raw")
except ReportError as exc:
    sys.exit(f"panel failed: {exc}")
print(f"{r.out_dir}/10_panel.html ({r.seconds:.0f} s); tables in data/clean/panel/")
endef
export PANEL_PY

panel: $(STAMP)
	$(BIN)/python -c "$$PANEL_PY"

test: $(STAMP)
	$(BIN)/python -m pytest

LINTED := src tests benchmarks scripts notebooks

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix $(LINTED)
	$(BIN)/ruff format $(LINTED)
	$(MAKE) format-notebooks

# Notebooks in the form the nbstripout git filter writes, so a fresh clone stays clean after make.
format-notebooks: $(STAMP)
	@for nb in $$(git ls-files --cached --others --exclude-standard '*.ipynb' 2>/dev/null || find notebooks tests/notebooks -name '*.ipynb'); do \
	  $(BIN)/python -m nbstripout -t < "$$nb" > "$$nb.tmp" && mv "$$nb.tmp" "$$nb"; done

lab: $(STAMP)
	@$(if $(LAB_ROOT),echo "make lab: running as root (a container?): starting JupyterLab with --allow-root",true)
	$(BIN)/jupyter lab --notebook-dir=notebooks $(LAB_ROOT)

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_report.py
	$(BIN)/python benchmarks/bench_batch.py
	$(BIN)/python benchmarks/bench_large_file.py
	$(BIN)/python benchmarks/bench_large_report.py

class: $(STAMP)
	$(BIN)/python -m helpers.teach.exercises notebooks/exercises reports/class --html

clean:
	rm -rf data/clean/*/ reports/*/ reports/index.html reports/manifest.json reports/class
