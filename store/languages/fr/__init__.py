"""Language data: see store/languages/__init__.py."""
