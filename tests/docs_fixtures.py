"""Helpers shared by the document-layer tests: the seed pages and block look-ups."""

from __future__ import annotations

from pathlib import Path

from store.document.boilerplate import Block

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_path(number: str) -> Path:
    """The seed file whose name starts with ``number`` ("000" ... "004")."""
    (path,) = sorted(SEEDS.glob(f"{number}_*.txt"))
    return path


def seed_text(number: str) -> str:
    return seed_path(number).read_text(encoding="utf-8")


def blocks_with(text: str, blocks: list[Block], needle: str) -> list[Block]:
    """Blocks whose text contains ``needle``."""
    return [b for b in blocks if needle in text[b.start : b.end]]
