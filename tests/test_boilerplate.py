"""Body versus page furniture, on every seed page and on synthetic pages in French and English."""

from __future__ import annotations

import pytest

from store.document.boilerplate import Block, classify_blocks
from tests.docs_fixtures import blocks_with, seed_text

NEVER_BODY = (
    "Ryanair",
    "Cookie",
    "cookies",
    "BREAKING",
    "Most Read",
    "General Assembly",
    "Diplomatic Insight, Pakistan's premier",
    "Araghchi",
    "FILE PHOTO",
    "Photo: Reuters",
    "(AP)",
    "Zelensky",
    "All rights reserved",
    "Privacy",
    "READ MORE",
    "Read more:",
    "Also Read",
    "RelatedUN",
    "Explore",
    "Trump endorses",
    "icon bookmark",
    "Al Mayadeen is an Arab",
    "Follow us",
    "By Rabiul Islam",
    "7 Nov 2024 19:24",
    "Politics",
)

BODY = {
    "000": [
        "Ngày 3/11, người phát ngôn",
        "đoàn xe cuối cùng",
        "Ngày 2/8, Liên hợp quốc",
        "Boris Pistorius",
        "Steffen Hebestreit",
        "Côte d’Ivoire ngày 15/11",
        "ngày 14/11, Anh tuyên bố",
        "Ngày 15/8, Pháp",
        "Ngày 18/2",
        "Ngày 16/2",
        "các nguồn tin ngày 15/2",
        "Ngày 27/1",
        "Ngày 9/4",
        "Jean-Marc Ayrault",
        "Laurent Fabius",
    ],
    "001": [
        "will be completely gone by mid-November",
        "The UN stabilisation mission (MINUSMA) had been in place",
        "It had previously maintained around 15,000 soldiers",
        "Under a so-called liquidation phase",
        "This phase ends on November 15, 2024",
        "Mali's ruling junta, which seized power in a 2020 coup, accused the UN mission",
        "It also broke off relations with former colonial ruler France",
        "More than 180 MINUSMA members were killed",
    ],
    "002": [
        "In January, the UN chief's spokesman announced",
        "Mali's Council of Ministers on Thursday issued a statement",
        "The liquidation period was originally set to end",
        "This initiated a liquidation phase",
        "Relations between the UN and Mali's government began deteriorating",
        "In June 2023, the government requested",
        "has criticized several times",
        "They argue that the mission",
        "In September 2024, Mali, Burkina Faso, and Niger",
        "This alliance is aimed at strengthening",
    ],
    "003": [
        "The United Nations has announced it is withdrawing",
        "In an article published on Friday",
        "Having begun on Saturday, the pullout will be incremental",
        "According to the UN, the remaining troops",
        "UN Secretary-General Antonio Guterres called on the parties",
        "The official also stressed",
        "Russia, a permanent member of the Security Council",
        "Last month, Malian authorities called on the UN",
        "Last July, Bamako suspended troop rotations",
        "Mali has been suffering from political instability",
        "In 2014, France deployed a separate security mission",
    ],
    "004": [
        "Bamako 12 December 2023(TDI): The United Nations (UN) mission",
        "officially ended its mission by lowering the UN flag",
        "The symbolic ceremony signifies",
        "At the start, Peacekeeping forces were welcomed",
        "However, the peacekeepers are now departing",
        "In June, Mali’s military government seized power in 2020",
        "The withdrawal of MINUSMA troops has raised concerns",
        "Following the directive to depart, MINUSMA has vacated 13 positions",
    ],
}


def _body_texts(text: str, blocks: list[Block]) -> list[str]:
    return [text[b.start : b.end] for b in blocks if b.kind == "body"]


def _assert_well_formed(text: str, blocks: list[Block]) -> None:
    """Blocks are ordered, disjoint, trimmed, and cover every non-blank character."""
    covered = bytearray(len(text))
    previous_end = 0
    for block in blocks:
        assert previous_end <= block.start < block.end
        assert text[block.start : block.end] == text[block.start : block.end].strip()
        assert block.kind in {"body", "boilerplate"}
        covered[block.start : block.end] = b"\x01" * (block.end - block.start)
        previous_end = block.end
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))


@pytest.mark.parametrize("seed", sorted(BODY))
def test_seed_article_paragraphs_are_body_and_furniture_is_not(seed: str) -> None:
    text = seed_text(seed)
    blocks = classify_blocks(text, "vi" if seed == "000" else "en")
    _assert_well_formed(text, blocks)
    body = _body_texts(text, blocks)
    for needle in BODY[seed]:
        assert any(needle in paragraph for paragraph in body), f"{needle!r} should be body"
    for needle in NEVER_BODY:
        leaked = [p for p in body if needle in p]
        assert not leaked, f"{needle!r} leaked into the body: {leaked[0][:80]!r}"
    assert len(body) == len(BODY[seed]), "only the article paragraphs are body"


def test_whole_vietnamese_dated_list_is_body() -> None:
    text = seed_text("000")
    blocks = classify_blocks(text, "vi")
    assert [b.kind for b in blocks] == ["body"] * len(text.strip().splitlines())


def test_captions_of_other_stories_with_dates_are_captions() -> None:
    text = seed_text("002")
    blocks = classify_blocks(text, "en")
    for needle in ("Ryanair Boeing 737 takes off", "Sept. 27, 2025", "Nov. 18, 2025"):
        (block,) = blocks_with(text, blocks, needle)
        assert (block.kind, block.reason) == ("boilerplate", "caption")


def test_ticker_lines_after_breaking_are_ticker() -> None:
    text = seed_text("002")
    blocks = classify_blocks(text, "en")
    reasons = {b.reason for b in blocks_with(text, blocks, "Iran's representative in Vienna")}
    assert reasons == {"ticker"}


def test_headline_and_standfirst_of_this_article_are_headline() -> None:
    text = seed_text("003")
    blocks = classify_blocks(text, "en")
    for needle in ("UN pulls peacekeepers out of Mali", "ruling military junta called for the withdrawal"):
        assert {b.reason for b in blocks_with(text, blocks, needle)} == {"headline"}


def test_repeated_summary_before_the_body_is_headline_and_body_copy_stays() -> None:
    text = seed_text("002")
    blocks = classify_blocks(text, "en")
    copies = blocks_with(text, blocks, "In January, the UN chief's spokesman announced")
    assert [b.reason for b in copies] == ["headline", "body"]


def test_promotion_copyright_and_cookie_notices_are_labelled() -> None:
    text = seed_text("003") + "\n\n" + seed_text("004")
    blocks = classify_blocks(text, "en")
    assert blocks_with(text, blocks, "TV-Novosti")[0].reason == "copyright"
    assert blocks_with(text, blocks, "This website uses cookies")[0].reason == "cookie notice"
    assert blocks_with(text, blocks, "Pakistan's premier")[0].reason == "self-promotion"


FRENCH_PAGE = """Accueil
International
Afrique
Politique
Économie
Mali : les derniers casques bleus ont quitté Tombouctou
Le retrait de la Minusma s'accélère avant l'échéance fixée par le Conseil de sécurité
Par Jeanne Dupont
Publié le 15 décembre 2023 à 10h30, mis à jour le 16 décembre 2023 à 08h12
Un convoi de casques bleus quitte Tombouctou, le 14 décembre 2023. Photo : AFP

Les derniers soldats de la Mission des Nations unies au Mali ont quitté Tombouctou, a annoncé la Minusma.

Selon M. El-Ghassim Wane, chef de la mission, « le retrait se déroule conformément au calendrier ».

Lire aussi : Au Mali, la junte rompt avec la France

La mission doit avoir entièrement quitté le pays le 31 décembre, avant une phase de liquidation.

Les plus lus
Burkina Faso : un convoi attaqué dans le Nord le 2 octobre 2023
Niger : la junte suspend les programmes d'une ONG
À lire aussi
Sénégal : le Premier ministre en visite à Paris le 3 mai 2024
© Le Journal du Sahel 2023. Tous droits réservés.
Ce site utilise des cookies pour améliorer votre expérience. Gérer mes choix.
"""

ENGLISH_PAGE = """Sahel Monitor
  • Home
  • World
  • Africa
  • Opinion
LIVE
Niger orders French ambassador to leave within 48 hours
Burkina Faso suspends two radio stations

Germany completes withdrawal of Bundeswehr troops from Mali
By Sahel Monitor staff
Updated 15 December 2023, 14:02

Germany's last soldiers serving with the UN mission in Mali landed in Wunstorf on Friday, ending a deployment.

The Bundeswehr had maintained about 1,000 personnel in Gao, Defence Minister Boris Pistorius said.

Related Stories

Mali junta expels UN mission, June 16, 2023
Chad hosts French troops leaving Niger

"We leave with our heads held high," Pistorius told reporters at the air base. He thanked the soldiers.

Soldiers disembark at Wunstorf air base on Dec. 15, 2023. (Reuters/Fabian Bimmer)
Sahel Monitor is a leading independent news outlet covering the region. Subscribe to our newsletter.
Copyright 2024 Sahel Monitor. All rights reserved.
"""


def test_french_page_keeps_article_and_drops_menu_lists_and_notices() -> None:
    blocks = classify_blocks(FRENCH_PAGE, "fr")
    _assert_well_formed(FRENCH_PAGE, blocks)
    body = _body_texts(FRENCH_PAGE, blocks)
    assert len(body) == 3
    assert body[0].startswith("Les derniers soldats")
    assert body[1].startswith("Selon M. El-Ghassim Wane")
    assert body[2].startswith("La mission doit avoir")
    reasons = {FRENCH_PAGE[b.start : b.end]: b.reason for b in blocks}
    assert reasons["Accueil"] == "navigation menu"
    assert reasons["Mali : les derniers casques bleus ont quitté Tombouctou"] == "headline"
    assert reasons["Burkina Faso : un convoi attaqué dans le Nord le 2 octobre 2023"] == "related list"
    assert reasons["Sénégal : le Premier ministre en visite à Paris le 3 mai 2024"] == "related list"
    assert reasons["© Le Journal du Sahel 2023. Tous droits réservés."] == "copyright"


def test_english_page_resumes_body_after_a_related_list() -> None:
    blocks = classify_blocks(ENGLISH_PAGE, "en")
    _assert_well_formed(ENGLISH_PAGE, blocks)
    body = _body_texts(ENGLISH_PAGE, blocks)
    assert [p[:20] for p in body] == [
        "Germany's last soldi",
        "The Bundeswehr had m",
        '"We leave with our h',
    ]
    reasons = {ENGLISH_PAGE[b.start : b.end]: b.reason for b in blocks}
    assert reasons["Niger orders French ambassador to leave within 48 hours"] == "ticker"
    assert reasons["Mali junta expels UN mission, June 16, 2023"] == "related list"
    assert reasons["Germany completes withdrawal of Bundeswehr troops from Mali"] == "headline"
    assert (
        reasons["Soldiers disembark at Wunstorf air base on Dec. 15, 2023. (Reuters/Fabian Bimmer)"]
        == "caption"
    )
    assert reasons["Copyright 2024 Sahel Monitor. All rights reserved."] == "copyright"


def test_hard_wrapped_paragraph_is_one_body_block() -> None:
    text = (
        "BAMAKO, Dec 11 - The United Nations lowered its flag at the\n"
        "headquarters of its peacekeeping mission in Mali on Monday,\n"
        "formally ending a decade-long deployment, a spokeswoman said.\n"
    )
    blocks = classify_blocks(text, "en")
    assert [(b.kind, b.start, b.end) for b in blocks] == [("body", 0, len(text.rstrip()))]


def test_bulleted_prose_is_body_but_short_bullets_are_navigation() -> None:
    text = (
        "Key facts\n\n"
        "• The UN mission deployed about 15,000 soldiers and police at its peak in 2015.\n"
        "• More than 180 peacekeepers were killed in hostile acts during the deployment.\n\n"
        "  • Mali\n  • MINUSMA\n  • Sahel\n"
    )
    blocks = classify_blocks(text, "en")
    assert [b.kind for b in blocks] == [
        "boilerplate",
        "body",
        "body",
        "boilerplate",
        "boilerplate",
        "boilerplate",
    ]
    assert blocks[-1].reason == "navigation menu"


def test_empty_text_has_no_blocks() -> None:
    assert classify_blocks("", "en") == []
    assert classify_blocks("  \n\n ", "en") == []


def test_a_megabyte_page_of_short_lines_gives_one_block_per_line() -> None:
    # How its time grows with the size is measured by bench/long_lines.py, not here.
    page = "\n".join(f"Headline number {i} about the Sahel region today" for i in range(20000))
    blocks = classify_blocks(page, "en")
    assert len(blocks) == 20000


def test_a_news_lead_that_mentions_consent_is_body_and_a_consent_banner_is_not() -> None:
    text = (
        "Belgium recalls its instructors from Niger\n\n"
        "BRUSSELS, March 4 (Reuters) - Belgium will recall its 60 military instructors from Niger, the "
        "defence minister said on Monday, after the junta said they had stayed without its consent.\n\n"
        "Le Conseil a rappelé que tout déploiement exige le consentement de l'État hôte.\n\n"
        "We value your privacy. By clicking Accept you consent to the use of tracking technologies.\n"
    )
    blocks = classify_blocks(text, "en")
    assert blocks_with(text, blocks, "Belgium will recall")[0].kind == "body"
    assert blocks_with(text, blocks, "exige le consentement")[0].kind == "body"
    assert blocks_with(text, blocks, "you consent to the use")[0].reason == "cookie notice"


def test_consent_withdrawn_from_a_mission_is_a_news_lead_in_every_language() -> None:
    leads = {
        "fr": "Les autorités ont retiré lundi leur consentement au déploiement de la mission européenne.",
        "en": "The junta on Monday withdrew its consent to the deployment of the European mission.",
        "de": "Die Junta hat am Montag ihre Zustimmung zum Einsatz der europäischen Mission zurückgezogen.",
        "es": "La junta retiró el lunes su consentimiento al despliegue de la misión europea.",
        "vi": "Hôm thứ Hai, chính quyền quân sự đã rút lại sự đồng ý với việc triển khai phái bộ châu Âu.",
    }
    for language, lead in leads.items():
        text = f"La junte met fin aux missions européennes\n\n{lead}\n"
        assert blocks_with(text, classify_blocks(text, language), lead[:30])[0].kind == "body", language
    banner = "En poursuivant, vous donnez votre consentement au dépôt de traceurs sur votre appareil.\n"
    banner_blocks = classify_blocks("Titre\n\n" + banner, "fr")
    assert blocks_with("Titre\n\n" + banner, banner_blocks, "dépôt de traceurs")[0].reason == "cookie notice"
