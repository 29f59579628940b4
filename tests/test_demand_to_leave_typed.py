"""A demand that a force leave, told before the words of that force's deployment ("asked Sweden to withdraw
its instructors stationed in the capital"), is the demand: the sentence's main verb comes first, and the
deployment only says which force is to go. An arrival told as the main verb stays a deployment, and the
arrival and the demand that the force leave are two occurrences."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.about.event_types import classify_event

DEMANDS = [
    (
        "en",
        "The junta on Tuesday asked Sweden to withdraw its instructors stationed in Ouagadougou since March.",
    ),
    ("fr", "Les autorités ont exigé mercredi le retrait immédiat des militaires belges déployés à Niamey."),
    (
        "de",
        "Die Junta verlangte am Dienstag den sofortigen Abzug der belgischen Ausbilder, die im März in "
        "Niamey eingetroffen waren.",
    ),
    ("es", "La junta exigió el martes la retirada inmediata de los soldados belgas desplegados en Niamey."),
    ("vi", "Hôm thứ Ba, chính quyền quân sự yêu cầu Bỉ rút ngay các binh sĩ đang đồn trú tại Niamey."),
]

ARRIVALS = [
    # a demand in a clause of its own before the main one is background: the deployment is told
    (
        "en",
        "After the junta demanded the withdrawal of Belgian troops, Russia deployed instructors to Niamey.",
    ),
    ("fr", "Après que la junte a exigé le départ des soldats belges, la Russie a déployé des instructeurs."),
    (
        "vi",
        "Sau khi chính quyền quân sự yêu cầu Bỉ rút quân, Nga đã triển khai các huấn luyện viên tới Niamey.",
    ),
    ("en", "Some 80 Belgian soldiers were deployed to Niamey in March, after the government asked for help."),
    ("fr", "Quelque 80 militaires belges ont été déployés à Niamey en mars, à la demande du gouvernement."),
    ("de", "Rund 80 belgische Soldaten waren im März in Niamey stationiert worden."),
]


@pytest.mark.parametrize(("language", "sentence"), DEMANDS)
def test_a_demand_that_a_deployed_force_leave_is_a_demand(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "demand"


@pytest.mark.parametrize(("language", "sentence"), ARRIVALS)
def test_a_deployment_told_first_stays_a_deployment(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "deployment"


def test_the_arrival_and_the_demand_that_the_force_leave_are_two_occurrences(tmp_path: Path) -> None:
    reports = {
        "fr_demand.txt": (
            "2023-03-22",
            "Le gouvernement de transition a demandé mardi soir à la Belgique de retirer sans délai "
            "son détachement de formateurs déployé dans la capitale.\n\n"
            "Une cinquantaine d'instructeurs belges sont arrivés début mars à Niamey.\n",
        ),
        "en_demand.txt": (
            "2023-03-22",
            "Niger's transitional government on Tuesday told Belgium to pull out a team of trainers "
            "it said had been deployed without its consent.\n",
        ),
        "es_demand.txt": (
            "2023-03-22",
            "El gobierno de transición pidió el martes a Bélgica que retire de inmediato a sus "
            "instructores desplegados en Niamey.\n",
        ),
    }
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "r", reports))
    fr, en, es = (
        event_of(events, "demandé mardi"),
        event_of(events, "told Belgium"),
        event_of(events, "pidió"),
    )
    arrival = event_of(events, "sont arrivés")
    assert fr["type"] == es["type"] == "demand"
    assert fr["cluster"] == es["cluster"]
    assert arrival["cluster"] not in {fr["cluster"], en["cluster"], es["cluster"]}
