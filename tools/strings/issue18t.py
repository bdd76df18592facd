# Strings of issue 18's follow-up (branch issue-18t): each month's dispatch objections and delegations in a unit's
# twelve-month trend (docs/decisions/0029-objection-and-delegation.md).
S = {
    "Units.Trend.Objections": ("派单异议（提出/成立/驳回）", "Objections (raised / upheld / rejected)"),
    "Units.Trend.Delegations": ("下派/受下派", "Delegated / received"),
    "Units.Trend.HandOffsLegend": ("派单异议按提出日、下派按下派日计入当月，与当月单位页一致；不计入效能指数。",
                                   "Objections count in the month they were raised and delegations in the month they were made, as on that month's unit page; neither is in the index."),
}
