"""Running the path: the one-report pipeline the notebooks call (`pipeline`), notebook parameters
(`params`), papermill runs and HTML pages (`runner`), folders of reports (`batch`), the corpus import
(`corpus`) and the command line (`cli`). Nothing else in the package imports `run`
(docs/architecture.md).
"""
