"""mali-tui's terminal browser (Textual). It reads the store; it never parses text."""
