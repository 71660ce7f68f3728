"""The teaching kit: exploration helpers for a researcher's cell (`explore`), the glossary of
report terms (`glossary`) and the exercises with their answer keys and student builds
(`exercises`). Uses `extract` and `analysis`, never `run` (docs/architecture.md).
"""
