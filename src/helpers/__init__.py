"""gwr-targets: government work reports (政府工作报告) into figures, implied growth and targets.

The one path through the data is raw text -> figures -> implied growth -> target comparison ->
report, and the package's folders are its steps:

- `helpers.extract`: raw text becomes the figures table;
- `helpers.analysis`: figures become implied growth, checks, target comparisons, the panel;
- `helpers.run`: notebooks run with papermill, one report or a folder, and the command line;
- `helpers.teach`: the teaching kit (exploration helpers, glossary, exercises).

`config`, `errors` and `store` are the foundation every layer may use. Dependencies flow one way
(run -> teach -> analysis -> extract), checked by import-linter; docs/architecture.md has the map.
"""

__version__ = "0.1.0"
