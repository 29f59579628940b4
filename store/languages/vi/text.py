"""Vietnamese text conventions: language detection words and sentence splitting (see en/text.py)."""

DETECTION_WORDS = (
    "của và các những cho được là đã trong với không này người một có tại khi sẽ từ theo để đến cũng về"
)
# "TP." (thành phố), "Th.S", "GS." (giáo sư): titles and abbreviations before a name.
ABBREVIATIONS = "tp tt ths ts pgs gs bs ks"
ALWAYS_JOIN = "tp gs pgs ts ths"
STARTERS = ""
# Words before a date in a page header that make it the publication (or update) date.
PUBLISHED_WORDS = ("đăng", "ngày đăng", "xuất bản")
UPDATED_WORDS = ("cập nhật",)
# Words that join two names of one kind ("the camps of Ber and Goundam": two camps, one act each).
AND_WORDS = ("và",)

# A wire story's opening words ("Theo phóng viên TTXVN tại Bamako,"): its lead tells the day's news
# (store/extraction/wire_lead.py; "BAMAKO (Reuters) -" is read in every language).
WIRE_LEAD = r"^\W*Theo\s+phóng\s+viên\s+TTXVN\s+tại\s+[^,.;]{1,40},"
