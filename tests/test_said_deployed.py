"""A deployment told only as what a speaker said of it is the saying, typed a statement: its day is when
it was said, not when the troops arrived."""

from __future__ import annotations

from store.about.event_types import classify_event, reported_kinds

SAID = {
    "en": "Niger's junta said on Tuesday the Italian trainers had been deployed without its approval.",
    "fr": "La junte nigérienne a affirmé mardi que ces formateurs avaient été déployés sans son accord.",
    "de": "Die Junta in Niamey hatte am Dienstag erklärt, die italienischen Ausbilder seien ohne "
    "Genehmigung stationiert worden.",
    "es": "La junta de Níger afirmó el martes que los instructores italianos fueron desplegados sin su "
    "permiso.",
    "vi": "Chính quyền quân sự Niger hôm thứ Ba khẳng định các huấn luyện viên Italy được triển khai mà "
    "không có sự chấp thuận.",
}
TOLD = {
    "en": "According to the ministry, 400 Italian soldiers were deployed to Niamey on Tuesday.",
    "fr": "Quelque 400 soldats italiens ont été déployés mardi à Niamey, a indiqué le ministère.",
    "de": "Rund 400 italienische Soldaten wurden am Dienstag nach Niamey verlegt, sagte ein Sprecher.",
}


def test_a_deployment_told_only_as_what_a_speaker_said_is_a_statement() -> None:
    for language, sentence in SAID.items():
        assert classify_event(sentence, language) == "statement", language


def test_the_statement_still_tells_a_deployment() -> None:
    assert "deployment" in reported_kinds(SAID["en"], "en")


def test_a_deployment_told_first_or_after_an_attribution_stays_a_deployment() -> None:
    for language, sentence in TOLD.items():
        assert classify_event(sentence, language) == "deployment", language
