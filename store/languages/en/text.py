"""English text conventions: language detection words and sentence splitting (store/document)."""

# Common words that settle the language of prose without loading the model.
DETECTION_WORDS = (
    "the of and to in is was that for on with by as it from has have had were are be at which this an "
    "its their said will"
)
# Words that end with a period but rarely end a sentence (lower case).
ABBREVIATIONS = """
    mr mrs ms messrs dr prof gen lt col capt cpt sgt maj adm brig cmdr cdr gov sen rep rev hon pres amb
    st jr sr no nos nr vol art fig figs approx est ca cf vs inc ltd co corp dept univ mt ft ave
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
"""
# After these a capitalised word is still the same sentence ("Mr. Diop", "Dec. 11").
ALWAYS_JOIN = "mr mrs ms dr prof gen lt col capt sgt maj adm brig gov sen rep rev st no nos"
# After an acronym ("U.S.", "a.m.") these words signal that a new sentence starts.
STARTERS = """
    the it he she they we i this that these those there but however in on at after before when while
    a an as if meanwhile since so yet his her their its our my one
"""
# Words before a date in a page header that make it the publication (or update) date.
PUBLISHED_WORDS = ("published", "posted", "date", "dated")
UPDATED_WORDS = ("updated", "modified")
# Words that join two names of one kind ("the camps of Ber and Goundam": two camps, one act each).
AND_WORDS = ("and",)
