"""The words and shapes that give page furniture away: section markers, captions, credits, banners.

Vocabulary, kept apart from the rules that use it (``document.boilerplate_lines``
and ``document.boilerplate``) so that a marker a site uses can be added without
reading the rules. Compared after ``store.text.fold.fold`` where a word list is used.
"""

from __future__ import annotations

import re

from store.text.regex_gate import gated


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Section headings that introduce lists of OTHER stories (compared after fold()).
LIST_MARKERS = frozenset(
    re.sub(
        r"\s*\|\s*",
        "|",
        """
    most read|most popular|most viewed|most shared|popular|trending|trending now|related|related news
    |related articles|related stories|related content|related topics|related coverage|explore|explore more
    |also read|read more|read also|read next|see also|more news|more stories|more to read|top stories
    |recommended|recommended for you|you may also like|you might also like|editor's picks|editors' picks
    |editors picks|latest|latest news|latest stories|the latest|in case you missed it|up next
    |what to read next
    |more from|more on this|more on this story|further reading|podcasts|in pictures|watch|videos|newsletter
    |lire aussi|a lire aussi|a lire egalement|lire egalement|voir aussi|a voir aussi|les plus lus
    |les plus partages|les plus commentes|sur le meme sujet|dans la meme rubrique|articles lies
    |articles similaires|articles recommandes|nos articles|a la une|populaires|les plus populaires
    |vous aimerez aussi|vous aimerez aussi lire|derniers articles|dernieres actualites|a decouvrir
    |recommande|recommandes pour vous|l'actu en continu|le fil info|nos dernieres infos|en continu
    |tin lien quan|bai lien quan|xem them|doc them|tin cung chuyen muc|tin moi nhat|doc nhieu
    |doc nhieu nhat|xem nhieu|xem nhieu nhat|tin noi bat|tin khac|co the ban quan tam|bai viet lien quan
    |tin tuc lien quan|tieu diem
    """,
    )
    .strip()
    .split("|")
)
TICKER_MARKERS = frozenset(
    re.sub(
        r"\s*\|\s*",
        "|",
        """breaking|breaking news|just in|live|live updates|flash|flash info|en direct|derniere minute
        |dernieres infos|alerte|urgent|tin nong|tin moi|nong""",
    ).split("|")
)
INLINE_MARKER = re.compile(
    r"^(?i:related(?:\s+(?:news|articles?|stories|content))?|read\s+more|read\s+also|also\s+read|see\s+also"
    r"|more\s+on\s+this|lire\s+aussi|à\s+lire\s+aussi|a\s+lire\s+aussi|lire\s+également|voir\s+aussi"
    r"|à\s+voir\s+aussi|xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan|bài\s+liên\s+quan)"
    r"\s*(?:[:|›»>–—-]|(?=[A-ZÀ-ÝĐ“\"‘']))"
)
MIDLINE_MARKER = re.compile(
    r"(?:READ MORE|Read more|ALSO READ|Also read|READ ALSO|LIRE AUSSI|Lire aussi|À lire aussi|A lire aussi"
    r"|XEM THÊM|Xem thêm|ĐỌC THÊM|Đọc thêm)\s*:"
)
BULLET = re.compile(r"^(?:[•·▪◦●‣∙*]|[-–](?=\s))\s*")
# The marks that close a quotation after its stop: German closes „…“ and ‚…‘ with the English openers.
TERMINAL_END = re.compile(r"(?:[.!?…。！？]|\.\s*/\s*\.)[\"'”’»“‘)\]\u00a0\u202f ]*$")
SENTENCE_GAP = re.compile(r"[.!?…][\"'”’»)]*\s+[\"'“‘«(]?[A-ZÀ-ÝĐ0-9]")
WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")

CAPTION_START = re.compile(
    r"^(?:file\s+photo|file|photo|photos|image|illustration|ảnh|crédit(?:\s+photo)?|credit|"
    r"photo\s+d'archive|archive\s+photo|pictured|caption)\s*(?:[:\-–—|]|\()",
    re.I,
)
CAPTION_INSIDE = gated(
    re.compile(
        r"(?:^|[\s/|(])(?:photo|photos|foto|ảnh|crédit\s+photo|photo\s+credit|credits?|image|picture)\s*:|"
        r"getty\s+images|\bAP\s+Photo\b|\billustrated\s+by\b|/\s*(?:AFP|Reuters|AP|EPA)\s*$",
        re.I,
    )
)
TRAILING_PAREN = re.compile(r"\(([^()]{1,80})\)\s*$")
PHOTO_WORD = re.compile(r"photo|foto|ảnh|illustrat|image|crédit|credit|getty|©|file|archive", re.I)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
CREDIT = re.compile(r"^[A-Z][\w.&' -]{1,30}\s*/\s*[A-Z][\w.' -]{1,40}$")  # "Reuters/Fabian Bimmer"
COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b)|all\s+rights\s+reserved|tous\s+droits\s+réservés|bản\s+quyền|"
    r"reproduction\s+interdite|không\s+được\s+sao\s+chép|ghi\s+rõ\s+nguồn",
    re.I,
)
COOKIE = gated(
    re.compile(
        r"cookie|privacy\s+policy|privacy\s+notice|terms\s+of\s+(?:use|service)|politique\s+de\s+confidentialité|"
        # Consent only as a site asks for it: "without their consent", "retiré leur consentement au
        # déploiement" in a news lead are no banner.
        r"données\s+personnelles|(?:votre|vos)\s+consentement|"
        r"consentement\s+(?:aux\s+(?:cookies|traceurs|traitements)|au\s+(?:dépôt|traitement|stockage)|à\s+l'utilisation)|"
        r"\b(?:your|you)\s+consent\b|\bconsent\s+to\s+(?:the\s+)?(?:use|our|cookies|processing|tracking)\b|"
        r"\bmanage\s+consent\b|\bRGPD\b|\bGDPR\b|conditions\s+(?:générales|d'utilisation)|"
        r"mentions\s+légales|chính\s+sách\s+bảo\s+mật|điều\s+khoản\s+sử\s+dụng",
        re.I,
    )
)
# Phrases of a publisher describing or selling itself (two or more make a promo paragraph).
PROMO = gated(
    re.compile(
        r"\bpremier\b|forefront|since\s+its\s+inception|media\s+house|independent\s+media|satellite\s+channel|"
        r"news\s+channel|media\s+outlet|\bsubscribe|subscription|newsletter|sign\s+up|follow\s+us|our\s+app|"
        r"download\s+(?:the|our)\s+app|\bour\s+readers|readers\s+worldwide|\bservices\b|branding|advertis|"
        r"sponsored|partner\s+content|abonnez|abonnement|inscrivez|suivez-nous|notre\s+newsletter|"
        r"téléchargez\s+l'application|đăng\s+ký|theo\s+dõi\s+chúng\s+tôi|tải\s+ứng\s+dụng|\bmagazine\b",
        re.I,
    )
)
SELF_DESCRIPTION = re.compile(
    r"^[A-Z][\w’' -]{1,40}\s+(?:is|est)\s+(?:an?|une?|la|le)\s+[^.]{0,60}"
    r"(?:channel|network|newspaper|magazine|agency|website|outlet|broadcaster|chaîne|journal|média|site)\b",
    re.I,
)
# "By John Smith", "Por Juan Pérez": a capital after the preposition, as written ("Por la mañana, ...",
# "Par la suite, ...", "Von der Leyen said ..." are sentences).
BYLINE = re.compile(
    r"^(?:by|par|por|von|bởi)\s+(?-i:[A-ZÀ-ÝĐ])|^(?:source|sources|nguồn|author|auteur|tác\s+giả|written\s+by|"
    r"reporting\s+by|editing\s+by|published|updated|posted|publié|mis\s+à\s+jour|modifié|cập\s+nhật|đăng)\b",
    re.I,
)
READING_TIME = re.compile(
    r"^\d+\s*(?:min(?:ute)?s?\.?\s+(?:read|de\s+lecture)|phút\s+đọc)$|^lecture\s+\d+\s*min", re.I
)
TIME = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
DATE_WORDS = _wordset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept september oct
    october nov november dec december mon monday tue tuesday wed wednesday thu thursday fri friday sat
    saturday sun sunday janv janvier fevr fevrier mars avr avril mai juin juil juillet aout sept septembre
    octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche le la a am pm gmt utc
    cet date ngay thang nam thu hai ba tu sau bay chu nhat luc"""
)
