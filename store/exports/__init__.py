"""exports: formats other tools read (ACLED-style CSV, TimelineJS JSON) and the CSV cell guard."""
