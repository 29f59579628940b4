"""The sidebar redraws only the counts a filter changed: what each line says stays right."""

from __future__ import annotations

from types import SimpleNamespace

from tui.sidebar import CountrySidebar


def _corpus(totals: dict[str, int]) -> SimpleNamespace:
    names = {"ML": "Mali", "FR": "France", "EG": "Egypt"}
    return SimpleNamespace(countries=list(totals), country_names=names, country_totals=totals)


def _shown(sidebar: CountrySidebar) -> dict[str, int]:
    prompts = [str(sidebar.get_option_at_index(i).prompt) for i in range(len(sidebar.codes))]
    return {code: int(prompt.split()[-1]) for code, prompt in zip(sidebar.codes, prompts, strict=True)}


def test_counts_follow_each_filter_whether_or_not_they_changed() -> None:
    sidebar = CountrySidebar()
    sidebar.load(_corpus({"ML": 120, "FR": 40, "EG": 9}))  # type: ignore[arg-type]
    assert _shown(sidebar) == {"ML": 120, "FR": 40, "EG": 9}
    sidebar.update_counts({"ML": 30, "FR": 40})
    assert _shown(sidebar) == {"ML": 30, "FR": 40, "EG": 0}
    sidebar.update_counts({"ML": 30, "FR": 40})
    assert _shown(sidebar) == {"ML": 30, "FR": 40, "EG": 0}
    sidebar.update_counts({"ML": 120, "FR": 40, "EG": 9})
    assert _shown(sidebar) == {"ML": 120, "FR": 40, "EG": 9}


def test_counts_after_the_store_is_read_again_start_from_its_totals() -> None:
    sidebar = CountrySidebar()
    sidebar.load(_corpus({"ML": 120, "FR": 40}))  # type: ignore[arg-type]
    sidebar.update_counts({"ML": 5, "FR": 1})
    sidebar.load(_corpus({"ML": 121, "FR": 40}))  # a report was added: the totals come back
    assert _shown(sidebar) == {"ML": 121, "FR": 40}
    sidebar.update_counts({"ML": 5, "FR": 1})  # the same counts as before the load: still drawn
    assert _shown(sidebar) == {"ML": 5, "FR": 1}
