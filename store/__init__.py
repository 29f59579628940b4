"""mali-tui's data layer: documents, extraction and the TinyDB event store.

Nothing in this package imports Textual or Rich: the browser depends on the
store, never the other way round (pinned by tests/test_import_hygiene.py).
"""

__version__ = "0.2.0"
