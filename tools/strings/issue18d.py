# Strings of issue 18 §2–3 fixes (branch issue-18d): who wrote a delegated reply, the misdispatch rate per unit.
S = {
    "Delegation.ForUnit": ("{0}（代{1}）", "{0} (for {1})"),
}
