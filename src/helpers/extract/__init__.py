"""Raw text becomes figures: reading and normalising a report (`text`), finding its parts
(`sections`), numbers and units (`numbers`), the indicator dictionary (`indicators`), the figures
table's schema (`schema`), sidecar metadata (`metadata`), quality notes (`qa`) and the extractor
itself (`extractor`). Imports nothing from `analysis`, `teach` or `run` (checked by import-linter,
see docs/architecture.md).
"""
