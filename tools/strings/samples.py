# Strings of the minimum sample sizes per rate (issue 18 §4): below it a unit's rate shows "—" and is left out of the index.
S = {
    "Kpi.Weight": ("权重", "Weight"),
    "Kpi.Minimum": ("最少样本数", "Minimum sample"),
    "Kpi.MinimumHint": ("某项指标的考核基数少于最少样本数时，该单位此项显示“—”，不计入效能指数；留空或 0 表示不设下限。",
                        "When a rate rests on fewer cases than its minimum sample, the unit shows “—” for it and the rate is left out of the index; empty or 0 means no minimum."),
    "Kpi.Error.MinimumOutOfRange": ("最少样本数须在 0 至 100000 之间", "The minimum sample must be between 0 and 100,000"),
    "Ranking.TooFew": ("样本不足：考核基数 {0}，最少 {1}", "Too few cases: {0} measured, at least {1} needed"),
}
