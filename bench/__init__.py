"""The performance benchmark of issue 4: a synthetic corpus and ``bench/run.py``.

Figures live here, never as timed assertions in the test suite.
"""
