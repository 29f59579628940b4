"""Synthetic news reports and stores for the benchmark, deterministic from a seed.

The seeds in ``seeds/`` are scraped pages: nav menus, tickers, cookie notices
and "Most Read" lists around a body of datelined sentences in English, French
or Vietnamese. The generator writes pages in the same styles (datelines,
relative dates, day/month lists, country names in all three languages) so
that the ingest figures measure the pipeline on the text it will meet, not on
clean prose. ``make_store`` skips extraction and plants the events directly:
the UI and store figures need 100,000 events, which ingest would take minutes
to produce.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.model import EVENT_FIELDS, content_hash, event_id
from store.storage.db import EventStore

__all__ = ["Planted", "SyntheticDocument", "make_documents", "make_store", "synthetic_documents"]

LANGUAGES = ("en", "fr", "vi")
LANGUAGE_WEIGHTS = (0.5, 0.3, 0.2)


@dataclass(frozen=True, slots=True)
class Country:
    """A country as each language writes it (French with its article)."""

    code: str
    en: str
    en_adj: str
    fr: str  # "la France", "le Tchad", "l'Égypte", "les Pays-Bas"
    fr_adj: str  # masculine plural: "soldats français"
    vi: str


COUNTRIES: tuple[Country, ...] = (
    Country("FR", "France", "French", "la France", "français", "Pháp"),
    Country("DE", "Germany", "German", "l'Allemagne", "allemands", "Đức"),
    Country("GB", "Britain", "British", "le Royaume-Uni", "britanniques", "Anh"),
    Country("SE", "Sweden", "Swedish", "la Suède", "suédois", "Thụy Điển"),
    Country("EG", "Egypt", "Egyptian", "l'Égypte", "égyptiens", "Ai Cập"),
    Country("CI", "Côte d'Ivoire", "Ivorian", "la Côte d'Ivoire", "ivoiriens", "Côte d’Ivoire"),
    Country("BJ", "Benin", "Beninese", "le Bénin", "béninois", "Benin"),
    Country("TD", "Chad", "Chadian", "le Tchad", "tchadiens", "Chad"),
    Country("SN", "Senegal", "Senegalese", "le Sénégal", "sénégalais", "Senegal"),
    Country("NE", "Niger", "Nigerien", "le Niger", "nigériens", "Niger"),
    Country("BF", "Burkina Faso", "Burkinabe", "le Burkina Faso", "burkinabè", "Burkina Faso"),
    Country("RU", "Russia", "Russian", "la Russie", "russes", "Nga"),
    Country("US", "the United States", "American", "les États-Unis", "américains", "Mỹ"),
    Country("CN", "China", "Chinese", "la Chine", "chinois", "Trung Quốc"),
    Country("BD", "Bangladesh", "Bangladeshi", "le Bangladesh", "bangladais", "Bangladesh"),
    Country("TG", "Togo", "Togolese", "le Togo", "togolais", "Togo"),
    Country("DK", "Denmark", "Danish", "le Danemark", "danois", "Đan Mạch"),
    Country("NL", "the Netherlands", "Dutch", "les Pays-Bas", "néerlandais", "Hà Lan"),
    Country("BE", "Belgium", "Belgian", "la Belgique", "belges", "Bỉ"),
    Country("CA", "Canada", "Canadian", "le Canada", "canadiens", "Canada"),
    Country("IT", "Italy", "Italian", "l'Italie", "italiens", "Ý"),
    Country("ES", "Spain", "Spanish", "l'Espagne", "espagnols", "Tây Ban Nha"),
    Country("EE", "Estonia", "Estonian", "l'Estonie", "estoniens", "Estonia"),
)
MALI = Country("ML", "Mali", "Malian", "le Mali", "maliens", "Mali")

PLACES = (
    "Gao",
    "Kidal",
    "Tessalit",
    "Timbuktu",
    "Ménaka",
    "Mopti",
    "Aguelhok",
    "Ber",
    "Anefis",
    "Ansongo",
    "Léré",
    "Goundam",
    "Ogossagou",
    "Bamako",
)
_PLACE_FR = {"Timbuktu": "Tombouctou"}

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}
EN_SHORT = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "vi": ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"],
}


@dataclass(frozen=True, slots=True)
class When:
    """A date as a sentence writes it, and what a perfect extractor would store for it."""

    text: str  # the phrase in the sentence: "on Saturday", "le 15 août 2022", "ngày 3/11"
    core: str  # the date words themselves (the event's ``date_text``)
    iso: str
    precision: str  # "day" | "month" | "year"
    reason: str
    inferred: bool = False


@dataclass(slots=True)
class Planted:
    """One event sentence the generator wrote, with the fields an extractor should find."""

    sentence: str
    type: str
    when: When | None
    target: When | None
    countries: list[str]
    places: list[str]
    figures: list[dict[str, Any]]


@dataclass(slots=True)
class SyntheticDocument:
    """A generated page: its text and, at exact offsets, the events it plants."""

    name: str
    language: str
    text: str
    published: dt.date | None
    publisher: str
    title: str
    planted: list[tuple[int, int, Planted]] = field(default_factory=list)


# --- dates ----------------------------------------------------------------------------------------------


def _day_month(day: int, month: int, lang: str, rng: random.Random) -> str:
    if lang == "en":
        if rng.random() < 0.5:
            return f"{MONTHS['en'][month - 1]} {day}"
        short = EN_SHORT[month - 1]
        return f"{short}. {day}" if len(short) == 3 else f"{day} {MONTHS['en'][month - 1]}"
    if lang == "fr":
        return f"{'1er' if day == 1 else day} {MONTHS['fr'][month - 1]}"
    return f"{day}/{month}"


def _with_year(day_month: str, year: int, lang: str) -> str:
    """ "December 12" -> "December 12, 2023"; "12 décembre" -> "12 décembre 2023"; "12/12" -> "12/12/2023"."""
    if lang == "vi":
        return f"{day_month}/{year}"
    return f"{day_month}, {year}" if day_month[0].isalpha() else f"{day_month} {year}"


def _past_when(rng: random.Random, lang: str, pub: dt.date, chronology: bool) -> When:
    """A past date near ``pub`` written the way news in ``lang`` writes it."""
    ref = f"the publication date ({pub.isoformat()})"
    kind = (
        "daymonth"
        if chronology
        else rng.choices(
            ("weekday", "yesterday", "daymonth", "full", "lastmonth", "month", "year"),
            (0.22, 0.06, 0.24, 0.22, 0.08, 0.1, 0.08),
        )[0]
    )
    if kind == "weekday":
        day = pub - dt.timedelta(days=rng.randint(1, 6))
        name = WEEKDAYS[lang][day.weekday()]
        if lang == "en":
            text, core = f"on {name}", name
        elif lang == "fr":
            core = f"{name} dernier" if rng.random() < 0.4 else name
            text = core
        else:
            text, core = f"hôm {name}", name
        return When(text, core, day.isoformat(), "day", f"“{core}” before {ref}")
    if kind == "yesterday":
        day = pub - dt.timedelta(days=1)
        core = {"en": "yesterday", "fr": "hier", "vi": "hôm qua"}[lang]
        return When(core, core, day.isoformat(), "day", f"“{core}” counted from {ref}")
    if kind in ("daymonth", "full"):
        back = rng.randint(1, 330 if chronology else 60)
        day = pub - dt.timedelta(days=back)
        core = _day_month(day.day, day.month, lang, rng)
        if kind == "full" or (day.year != pub.year and not chronology):
            core = _with_year(core, day.year, lang)
            reason = "full date as written"
        else:
            reason = f"day and month as written; year from {ref}"
        if lang == "en":
            text = f"on {core}"
        elif lang == "fr":
            text = f"le {core}"
        else:
            text = core = f"ngày {core}"
        return When(text, core, day.isoformat(), "day", reason, inferred=chronology)
    if kind == "lastmonth":
        first = pub.replace(day=1) - dt.timedelta(days=1)
        core = {"en": "last month", "fr": "le mois dernier", "vi": "tháng trước"}[lang]
        return When(core, core, first.strftime("%Y-%m"), "month", f"“{core}” counted from {ref}")
    if kind == "month":
        month = rng.randint(1, pub.month)
        year = pub.year
        if lang == "en":
            core = MONTHS["en"][month - 1]
            text = f"in {core}"
        elif lang == "fr":
            core = MONTHS["fr"][month - 1]
            text = f"en {core}"
        else:
            core = f"tháng {month}"
            text = f"trong {core}"
        return When(text, core, f"{year:04d}-{month:02d}", "month", f"month as written; year from {ref}")
    year = rng.randint(2013, pub.year)
    core = f"năm {year}" if lang == "vi" else str(year)
    text = core if lang == "vi" else f"in {year}" if lang == "en" else f"en {year}"
    return When(text, core, str(year), "year", "year as written")


def _target_when(rng: random.Random, lang: str, pub: dt.date) -> When:
    """A planned date after ``pub``: "by June 30, 2024", "d'ici la fin de l'année", "trước ngày 30/6"."""
    if rng.random() < 0.35:
        core = {"en": "the end of the year", "fr": "la fin de l'année", "vi": "cuối năm nay"}[lang]
        text = {"en": f"by {core}", "fr": f"d'ici {core}", "vi": f"vào {core}"}[lang]
        return When(text, core, f"{pub.year:04d}-12", "month", "end of the publication year")
    day = pub + dt.timedelta(days=rng.randint(20, 240))
    if lang == "en":
        core = f"{MONTHS['en'][day.month - 1]} {day.day}, {day.year}"
        text = f"by {core}"
    elif lang == "fr":
        core = f"{'1er' if day.day == 1 else day.day} {MONTHS['fr'][day.month - 1]} {day.year}"
        text = f"d'ici le {core}"
    else:
        core = f"ngày {day.day}/{day.month}/{day.year}"
        text = f"trước {core}"
    return When(text, core, day.isoformat(), "day", "full date as written")


# --- sentences ------------------------------------------------------------------------------------------

# {when}/{When}: the date phrase (capitalised at a sentence start); {target}: a planned date;
# {actor}/{Actor}: the country; {adj}: its demonym; {de}: French "de la France"; {n}; {place}.
TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "withdrawal_announced": (
            "{Actor} announced {when} that it would withdraw its {n} troops from Mali {target}.",
            "{When}, {actor} said it would pull its remaining {n} soldiers out of the UN mission in Mali "
            "{target}.",
            "The {adj} defence ministry said {when} that its contingent of {n} troops would leave Mali "
            "{target}.",
        ),
        "withdrawal_started": (
            "{When}, the first {n} {adj} peacekeepers left their base in {place}, the army said.",
            "{Actor} began withdrawing its {n} troops from {place} {when}, according to a MINUSMA "
            "spokesperson.",
        ),
        "withdrawal_completed": (
            "The last {adj} soldiers left Mali {when}, ending a deployment that began in 2013.",
            "{Actor} completed the withdrawal of its {n} troops from Mali {when}, the foreign ministry said.",
        ),
        "deployment": (
            "{Actor} deployed {n} additional peacekeepers to {place} {when} to reinforce MINUSMA.",
        ),
        "attack": (
            "Gunmen attacked a MINUSMA convoy near {place} {when}, killing {n} {adj} peacekeepers.",
            "{When}, a rocket attack on the UN camp in {place} wounded {n} soldiers, the mission said.",
        ),
        "casualties": (
            "{n} {adj} peacekeepers were killed {when} when their vehicle struck an improvised explosive "
            "device near {place}.",
        ),
        "handover": ("MINUSMA handed over its camp in {place} to the Malian authorities {when}.",),
        "mission_ended": (
            "The UN Security Council voted {when} to end the MINUSMA mandate at the request of Mali's "
            "transitional government.",
        ),
        "coup": ("Mali's military seized power in a coup {when}, the second in less than a year.",),
        "agreement": ("{Actor} and Mali signed a military cooperation agreement in Bamako {when}.",),
        "statement": ("{Actor}'s foreign ministry said {when} that it regretted the decision of the junta.",),
    },
    "fr": {
        "withdrawal_announced": (
            "{Actor} a annoncé {when} le retrait de ses {n} soldats du Mali {target}.",
            "{When}, {actor} a confirmé que ses {n} militaires quitteraient le Mali {target}.",
        ),
        "withdrawal_started": (
            "{Actor} a commencé {when} à retirer ses {n} soldats de {place}, selon un porte-parole de la "
            "MINUSMA.",
            "{When}, les premiers {n} soldats {adj} ont quitté leur base de {place}.",
        ),
        "withdrawal_completed": (
            "Les derniers soldats {adj} ont quitté le Mali {when}, mettant fin à près de dix ans de "
            "présence.",
            "{Actor} a achevé {when} le retrait de ses {n} militaires du Mali.",
        ),
        "deployment": ("{Actor} a déployé {when} {n} Casques bleus supplémentaires à {place}.",),
        "attack": (
            "Des hommes armés ont attaqué un convoi de la MINUSMA près de {place} {when}, tuant {n} Casques "
            "bleus {adj}.",
        ),
        "casualties": (
            "{n} Casques bleus {adj} ont été blessés {when} par l'explosion d'un engin explosif improvisé "
            "près de {place}.",
        ),
        "handover": ("La MINUSMA a remis {when} son camp de {place} aux autorités maliennes.",),
        "mission_ended": (
            "Le Conseil de sécurité de l'ONU a mis fin {when} au mandat de la MINUSMA, à la demande de la "
            "junte malienne.",
        ),
        "coup": ("L'armée malienne a pris le pouvoir par un coup d'État {when}.",),
        "agreement": ("{Actor} et le Mali ont signé {when} un accord de coopération militaire à Bamako.",),
        "statement": (
            "Le ministère des Affaires étrangères {de} a déclaré {when} regretter la décision de la junte.",
        ),
    },
    "vi": {
        "withdrawal_announced": (
            "{When}, {actor} tuyên bố sẽ rút {n} binh sĩ khỏi Mali {target}.",
            "Người phát ngôn Chính phủ {actor} {when} thông báo nước này sẽ rút lực lượng khỏi MINUSMA "
            "{target}.",
        ),
        "withdrawal_started": ("{When}, {n} binh sĩ {actor} đầu tiên đã rời căn cứ ở {place}.",),
        "withdrawal_completed": (
            "{When}, {actor} tuyên bố những binh sĩ cuối cùng đã rút khỏi Mali.",
            "Trên {n} binh sĩ {actor} tham gia sứ mệnh gìn giữ hòa bình của LHQ tại Mali đã rời khỏi nước "
            "này {when}.",
        ),
        "deployment": ("{Actor} {when} đã triển khai thêm {n} binh sĩ tới {place}.",),
        "attack": (
            "{When}, các tay súng đã tấn công đoàn xe của MINUSMA gần {place}, làm {n} binh sĩ {actor} "
            "thiệt mạng.",
        ),
        "casualties": (
            "{When}, {n} binh sĩ {actor} thuộc MINUSMA bị thương do đoàn xe trúng phải một thiết bị nổ tự "
            "chế gần {place}.",
        ),
        "handover": ("MINUSMA {when} đã bàn giao trại ở {place} cho chính quyền Mali.",),
        "mission_ended": (
            "{When}, Hội đồng Bảo an LHQ đã bỏ phiếu chấm dứt nhiệm vụ của MINUSMA theo yêu cầu của chính "
            "quyền quân sự Mali.",
        ),
        "coup": ("Quân đội Mali đã tiến hành đảo chính {when}.",),
        "agreement": ("{Actor} và Mali {when} đã ký thỏa thuận hợp tác quân sự tại Bamako.",),
        "statement": (
            "Bộ Ngoại giao {actor} {when} cho biết lấy làm tiếc về quyết định của chính quyền Mali.",
        ),
    },
}
TYPE_WEIGHTS = {
    "withdrawal_announced": 3,
    "withdrawal_started": 2,
    "withdrawal_completed": 2,
    "deployment": 1,
    "attack": 2,
    "casualties": 1,
    "handover": 1,
    "mission_ended": 1,
    "coup": 1,
    "agreement": 1,
    "statement": 1,
}
FIGURE_UNITS = {
    "attack": "killed",
    "casualties": "killed",
    "deployment": "peacekeepers",
}
FIGURE_WORDS = {"en": "troops", "fr": "soldats", "vi": "binh sĩ"}

# Context sentences without an event; slots vary them so that no cache keyed on a sentence's
# text sees more repeats than real news would give it.
FILLERS: dict[str, tuple[str, ...]] = {
    "en": (
        "Relations between Bamako and {actor} have deteriorated sharply since the coup.",
        "At its peak the mission had around {big} soldiers and police in the country.",
        "Analysts fear the departure will leave a security vacuum around {place}.",
        "\u201cWe will continue to support the people of Mali,\u201d {person} told reporters in {place}.",
        "The junta has turned to Russia for political and military assistance, {person} said.",
        "More than {n} peacekeepers have been killed since the mission was deployed.",
        "The region around {place} has been in the grip of an Islamist insurgency for more than a decade.",
        "Residents of {place} said they were worried about what would happen after the withdrawal.",
        "It was not immediately clear how many of the {n} civilian staff would remain in {place}.",
        "Armed groups linked to al Qaeda and Islamic State control large parts of the land near {place}.",
    ),
    "fr": (
        "Les relations entre Bamako et {actor} se sont fortement dégradées depuis le coup d'État.",
        "La mission comptait environ {big} soldats et policiers à son apogée.",
        "Selon {person}, ce départ risque de laisser un vide sécuritaire autour de {place}.",
        "\u00ab Nous continuerons à soutenir le peuple malien \u00bb, a déclaré {person} à {place}.",
        "La junte s'est tournée vers la Russie pour obtenir une aide militaire, selon {person}.",
        "Plus de {n} Casques bleus ont été tués depuis le déploiement de la mission.",
        "Les habitants de {place} se disent inquiets de la suite des événements.",
        "Des groupes armés liés à Al-Qaïda contrôlent de vastes zones rurales autour de {place}.",
    ),
    "vi": (
        "Quan hệ giữa Bamako và {actor} đã xấu đi nghiêm trọng kể từ cuộc đảo chính.",
        "Vào thời kỳ cao điểm, phái bộ có khoảng {big} binh sĩ và cảnh sát.",
        "Giới phân tích lo ngại việc rút quân sẽ để lại khoảng trống an ninh ở khu vực {place}.",
        "Theo {person}, chính quyền quân sự Mali đã quay sang Nga để nhận hỗ trợ quân sự.",
        "Khu vực {place} đã chìm trong bạo lực của các nhóm Hồi giáo cực đoan trong hơn một thập kỷ.",
        "Hơn {n} binh sĩ gìn giữ hòa bình đã thiệt mạng kể từ khi phái bộ được triển khai.",
    ),
}


def _filler(rng: random.Random, lang: str) -> str:
    country = rng.choice(COUNTRIES)
    place = rng.choice(PLACES)
    return rng.choice(FILLERS[lang]).format(
        actor={"en": country.en, "fr": country.fr, "vi": country.vi}[lang],
        place=_PLACE_FR.get(place, place) if lang == "fr" else place,
        person=rng.choice(AUTHORS),
        n=rng.randint(20, 400),
        big=_written_number(rng.choice((11000, 12500, 13000, 15000, 17400)), lang),
    )


# --- boilerplate ----------------------------------------------------------------------------------------

NAV = {
    "en": ("News", "World", "Africa", "Politics", "Economy", "Sports", "Opinion", "Videos", "In Pictures"),
    "fr": ("Actualités", "International", "Afrique", "Politique", "Économie", "Sport", "Vidéos", "Podcasts"),
    "vi": ("Trang chủ", "Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Thể thao", "Video", "Ảnh"),
}
MOST_READ = {"en": "Most Read", "fr": "Les plus lus", "vi": "Đọc nhiều nhất"}
OTHER_HEADLINES = {
    "en": (
        "Floods kill 22 in Niger on Monday, officials say",
        "Ghana's cedi slides to record low against the dollar",
        "Kenya court suspends deployment of police officers to Haiti",
        "Senegal postpones presidential election set for February 25",
        "Sudan's army and RSF agree to talks in Jeddah next week",
        "Nigeria's central bank raises interest rates to 22.75%",
    ),
    "fr": (
        "Inondations au Niger : 22 morts lundi, selon les autorités",
        "Sénégal : l'élection présidentielle du 25 février reportée",
        "Côte d'Ivoire : la CAN 2024 s'ouvre samedi à Abidjan",
        "Tchad : le gouvernement annonce un référendum en décembre",
        "Burkina Faso : la junte suspend deux médias étrangers",
    ),
    "vi": (
        "Lũ lụt tại Niger làm 22 người thiệt mạng hôm thứ Hai",
        "Giá vàng hôm nay 14/11 tiếp tục tăng mạnh",
        "Senegal hoãn cuộc bầu cử tổng thống dự kiến vào ngày 25/2",
        "Sudan: Các bên nhất trí đàm phán tại Jeddah vào tuần tới",
        "Kenya tạm dừng kế hoạch triển khai cảnh sát tới Haiti",
    ),
}
COOKIES = {
    "en": "We use cookies to improve your experience on our website. By continuing to browse, you agree to "
    "our use of cookies. Accept all cookies | Manage preferences",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous "
    "acceptez l'utilisation de cookies. Tout accepter | Paramétrer",
    "vi": "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý "
    "với chính sách cookie. Đồng ý",
}
PUBLISHERS = {
    "en": ("Reuters", "Al Mayadeen English", "TRT World", "RT", "The Diplomatic Insight", "AP"),
    "fr": ("AFP", "Le Monde", "RFI", "Jeune Afrique", "France 24"),
    "vi": ("TTXVN", "VnExpress", "Báo Tin tức", "Tuổi Trẻ"),
}
AUTHORS = (
    "Rabiul Islam",
    "Tiemoko Diallo",
    "Fatoumata Kaba",
    "Paul Lorgerie",
    "Nguyễn Văn Hùng",
    "Anne Kappès",
)
COPYRIGHT = {
    "en": "© {year} {publisher}. All rights reserved.",
    "fr": "© {year} {publisher}. Tous droits réservés.",
    "vi": "Bản quyền © {year} thuộc về {publisher}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
}
SHARE = {
    "en": "Share this article: Facebook Twitter WhatsApp Email",
    "fr": "Partager cet article : Facebook Twitter WhatsApp E-mail",
    "vi": "Chia sẻ: Facebook Zalo Twitter",
}
HEADLINES = {
    "en": (
        "{Actor} to pull troops out of Mali as UN mission winds down",
        "Mali confirms full UN mission withdrawal",
        "UN peacekeepers hand over {place} camp to Malian army",
    ),
    "fr": (
        "Mali : {actor} annonce le retrait de ses soldats",
        "La MINUSMA quitte {place}, l'armée malienne prend le relais",
        "Fin de la mission de l'ONU au Mali",
    ),
    "vi": (
        "{Actor} rút quân khỏi Mali",
        "MINUSMA bàn giao căn cứ {place} cho quân đội Mali",
        "Các lực lượng nước ngoài rút khỏi Mali: Những mốc thời gian chính",
    ),
}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fr_de(fr_name: str) -> str:
    """ "la France" -> "de la France", "le Tchad" -> "du Tchad", "les Pays-Bas" -> "des Pays-Bas"."""
    if fr_name.startswith("le "):
        return "du " + fr_name[3:]
    if fr_name.startswith("les "):
        return "des " + fr_name[4:]
    return "de " + fr_name


def _number(rng: random.Random, lang: str, kind: str) -> int:
    if kind in ("attack", "casualties"):
        return rng.randint(2, 40)
    return rng.choice((60, 120, 250, 400, 460, 600, 850, 1000, 1400, 2400, 5000))


def _written_number(n: int, lang: str) -> str:
    if n < 1000:
        return str(n)
    if lang == "fr":
        return f"{n:,}".replace(",", "\u202f")
    if lang == "vi":
        return f"{n:,}".replace(",", ".")
    return f"{n:,}"


def _event_sentence(rng: random.Random, lang: str, pub: dt.date, chronology: bool) -> Planted:
    kind = rng.choices(list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values()))[0]
    template = rng.choice(TEMPLATES[lang][kind])
    country = rng.choice(COUNTRIES)
    when = _past_when(rng, lang, pub, chronology)
    target = _target_when(rng, lang, pub) if "{target}" in template else None
    place = rng.choice(PLACES)
    n = _number(rng, lang, kind)
    actor = {"en": country.en, "fr": country.fr, "vi": country.vi}[lang]
    shown_place = _PLACE_FR.get(place, place) if lang == "fr" else place
    slots = {
        "when": when.text,
        "When": _cap(when.text),
        "target": target.text if target else "",
        "actor": actor,
        "Actor": _cap(actor),
        "adj": country.en_adj if lang == "en" else country.fr_adj,
        "de": _fr_de(country.fr),
        "n": _written_number(n, lang),
        "place": shown_place,
    }
    sentence = template.format(**slots)
    sentence = sentence[:1].upper() + sentence[1:]
    uses = {name for name in ("actor", "Actor", "adj", "de") if "{" + name + "}" in template}
    countries = [country.code, MALI.code] if uses else [MALI.code]
    places = [place] if "{place}" in template and place != "Bamako" else []
    figures = []
    if "{n}" in template:
        unit = FIGURE_UNITS.get(kind, "troops")
        figures.append({"value": n, "unit": unit, "text": f"{slots['n']} {FIGURE_WORDS[lang]}"})
    return Planted(sentence, kind, when, target, countries, places, figures)


def _pub_date(rng: random.Random) -> dt.date:
    start = dt.date(2013, 1, 15).toordinal()
    end = dt.date(2024, 12, 20).toordinal()
    # Coverage peaks with the withdrawals of 2022-2024.
    if rng.random() < 0.6:
        start = dt.date(2022, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def _date_line(pub: dt.date, lang: str, rng: random.Random) -> str:
    hour, minute = rng.randint(6, 22), rng.randint(0, 59)
    if lang == "en":
        return rng.choice(
            (
                f"{MONTHS['en'][pub.month - 1]} {pub.day}, {pub.year}",
                f"{pub.day} {EN_SHORT[pub.month - 1][:3]} {pub.year} {hour:02d}:{minute:02d}",
                f"{pub.day} {EN_SHORT[pub.month - 1][:3]}, {pub.year} {hour:02d}:{minute:02d}",
            )
        )
    if lang == "fr":
        return f"Publié le {pub.day} {MONTHS['fr'][pub.month - 1]} {pub.year} à {hour}h{minute:02d}"
    weekday = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"][pub.weekday()]
    return f"{weekday}, {pub.day:02d}/{pub.month:02d}/{pub.year} {hour:02d}:{minute:02d}"


def _dateline(pub: dt.date, lang: str, publisher: str) -> str:
    if lang == "en":
        return f"BAMAKO, {EN_SHORT[pub.month - 1][:3]} {pub.day} ({publisher}) - "
    if lang == "fr":
        return f"BAMAKO, {pub.day} {MONTHS['fr'][pub.month - 1]} {pub.year} ({publisher}) - "
    return "Theo phóng viên TTXVN tại châu Phi, "


class _Writer:
    """Appends text and remembers where each planted sentence landed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.planted: list[tuple[int, int, Planted]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def sentence(self, item: Planted | str) -> None:
        if isinstance(item, str):
            self.add(item)
            return
        start = self.size
        self.add(item.sentence)
        self.planted.append((start, self.size, item))

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _boilerplate_top(w: _Writer, rng: random.Random, lang: str, publisher: str) -> None:
    w.add(f"{publisher}\n\n")
    nav = NAV[lang]
    if rng.random() < 0.5:
        for item in nav:
            w.add(f"  • {item}\n")
    else:
        w.add("".join(nav[:4]) + "\n")
    if rng.random() < 0.3:
        w.add("BREAKING\n")
        for headline in rng.sample(OTHER_HEADLINES[lang], 3):
            w.add(headline + "\n")
    w.add("\n")


def _boilerplate_bottom(w: _Writer, rng: random.Random, lang: str, publisher: str, year: int) -> None:
    w.add("\n\n" + SHARE[lang] + "\n\n")
    w.add(MOST_READ[lang] + "\n")
    for rank, headline in enumerate(rng.sample(OTHER_HEADLINES[lang], 4), start=1):
        w.add(f"{rank}. {headline}\n")
    if rng.random() < 0.6:
        w.add("\n" + COOKIES[lang] + "\n")
    w.add("\n" + COPYRIGHT[lang].format(year=year, publisher=publisher) + "\n")


def _document(rng: random.Random, index: int) -> SyntheticDocument:
    lang = rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]
    publisher = rng.choice(PUBLISHERS[lang])
    pub = _pub_date(rng)
    # Vietnamese chronologies ("Ngày 3/11, ...") carry no publication date: years are inferred.
    chronology = lang == "vi" and rng.random() < 0.35
    first = _event_sentence(rng, lang, pub, chronology)
    country = next((c for c in COUNTRIES if c.code == first.countries[0]), MALI)
    actor = {"en": country.en, "fr": country.fr, "vi": country.vi}[lang]
    title = rng.choice(HEADLINES[lang]).format(
        actor=actor, Actor=_cap(actor), place=first.places[0] if first.places else "Gao"
    )
    if chronology:
        title = HEADLINES["vi"][2]
    w = _Writer()
    _boilerplate_top(w, rng, lang, publisher)
    w.add(title + "\n\n")
    if not chronology:
        w.add(f"{'By' if lang == 'en' else 'Par' if lang == 'fr' else 'Tác giả:'} {rng.choice(AUTHORS)}\n")
        w.add(_date_line(pub, lang, rng) + "\n\n")
    paragraphs = rng.randint(4, 9)
    for p in range(paragraphs):
        if p == 0 and not chronology:
            w.add(_dateline(pub, lang, publisher))
        sentences: list[Planted | str] = [first] if p == 0 else []
        for _ in range(rng.randint(1, 4)):
            if rng.random() < 0.45:
                sentences.append(_event_sentence(rng, lang, pub, chronology))
            else:
                sentences.append(_filler(rng, lang))
        for k, item in enumerate(sentences):
            if k:
                w.add(" ")
            w.sentence(item)
        w.add("\n\n")
    _boilerplate_bottom(w, rng, lang, publisher, pub.year)
    name = f"bench_{index:06d}_{lang}.txt"
    return SyntheticDocument(name, lang, w.text, None if chronology else pub, publisher, title, w.planted)


def synthetic_documents(seed: int) -> Iterator[SyntheticDocument]:
    """An endless, reproducible stream of generated pages."""
    rng = random.Random(seed)
    index = 0
    while True:
        yield _document(rng, index)
        index += 1


def make_documents(n_docs: int, seed: int, folder: Path | None = None) -> list[tuple[str, str]]:
    """``n_docs`` pages as ``(file name, text)``; written as ``folder/<name>`` when a folder is given."""
    stream = synthetic_documents(seed)
    docs = [(d.name, d.text) for d, _ in zip(stream, range(n_docs), strict=False)]
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in docs:
            (folder / name).write_text(text, encoding="utf-8")
    return docs


# --- a store without extraction -------------------------------------------------------------------------


def _event_record(doc: SyntheticDocument, start: int, end: int, item: Planted, occurrence: int) -> dict:
    from store.about.countries import country_name
    from store.about.titles import make_title

    when, target = item.when, item.target
    foreign = next((c for c in item.countries if c != MALI.code), None)
    record: dict[str, Any] = {
        "id": event_id(doc.name, item.sentence, occurrence, 0),
        "doc": doc.name,
        "start": start,
        "end": end,
        "sentence": item.sentence,
        "date": when.iso if when else None,
        "date_precision": when.precision if when else None,
        "date_text": when.core if when else None,
        "date_mod": None,
        "date_inferred": bool(when and when.inferred),
        "date_reason": when.reason if when else None,
        "target_date": target.iso if target else None,
        "countries": list(item.countries),
        "places": list(item.places),
        "type": item.type,
        "figures": [dict(f) for f in item.figures],
        "language": doc.language,
        "title": make_title(
            item.type,
            item.countries,
            item.figures,
            item.places,
            target.iso if target else None,
            actor=country_name(foreign) if foreign else None,
        ),
    }
    record["cluster"], record["cluster_size"] = record["id"], 1
    assert tuple(record) == EVENT_FIELDS
    return record


def _document_record(doc: SyntheticDocument, events: int) -> dict[str, Any]:
    return {
        "name": doc.name,
        "text": doc.text,
        "sha256": content_hash(doc.text),
        "path": f"/synthetic/{doc.name}",
        "published": doc.published.isoformat() if doc.published else None,
        "published_source": "text" if doc.published else None,
        "publisher": doc.publisher,
        "url": None,
        "language": doc.language,
        "title": doc.title,
        "encoding": "utf-8",
        "warnings": [],
        "extractor": "bench",
        "events": events,
    }


def store_items(n_events: int, seed: int) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Document and event records totalling exactly ``n_events`` events."""
    left = n_events
    for doc in synthetic_documents(seed):
        if left <= 0:
            return
        planted = doc.planted[:left]
        seen: dict[str, int] = {}
        events = []
        for start, end, item in planted:
            occurrence = seen.get(item.sentence, 0)
            seen[item.sentence] = occurrence + 1
            assert doc.text[start:end] == item.sentence
            events.append(_event_record(doc, start, end, item, occurrence))
        left -= len(events)
        yield _document_record(doc, len(events)), events


def clustered_write(store: EventStore, items: list[Any]) -> None:
    """Write the planted documents with every event clustered, as ingest would have left them
    (``cluster_events`` over the whole store once: a store of unlinked reports would make settling a
    correction look free)."""
    from store.linking.clusters import apply_assignments, cluster_events

    events = [e for _, doc_events in items for e in doc_events]
    apply_assignments(events, cluster_events(events))
    store.write_documents(items)


def make_store(
    path: Path, n_events: int, seed: int, *, write: Callable[[EventStore, list[Any]], object] | None = None
) -> tuple[int, int]:
    """Write a store of exactly ``n_events`` planted events in one batch; returns (documents, events).

    ``write`` replaces ``EventStore.write_documents`` (the benchmark times both).
    """
    items = list(store_items(n_events, seed))
    store = EventStore(path)
    if write is None:
        store.write_documents(items)
    else:
        write(store, items)
    return len(items), sum(len(events) for _, events in items)
