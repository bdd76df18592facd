# Strings of issue 18's loose ends (issue-18x): the review-returns drill-down, the objections badge.
S = {
    # The Measure enum's names live in measures.py; this one joins them from here (no key is defined twice).
    "Enum.Measure.ReviewReturns": ("审核退回", "Sent back by review"),
}
S["Nav.Objections"] = ("派单异议", "Objections")
