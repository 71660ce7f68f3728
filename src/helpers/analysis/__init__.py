"""Figures become growth, checks and target comparisons: implied growth (`growth`), the report
checked against itself (`checks`), targets against history (`targets`), the target model (`models`),
the cross-report panel (`panel`) and its tiered-target table (`tiers`), the sentences the notebooks show (`narrate`) and charts (`plots`).
Uses `extract` only (docs/architecture.md).
"""
