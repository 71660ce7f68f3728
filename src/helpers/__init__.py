"""gwr-targets: government work reports (政府工作报告) into figures, implied growth and targets.

The one path through the data is raw text -> figures -> implied growth -> target comparison ->
report; each step has its own module (`text`, `sections`, `numbers`, `extract`, `growth`,
`targets`, `runner`).
"""

__version__ = "0.1.0"
