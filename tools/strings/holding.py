# Strings of clock per holder (issue 18 §1): the ticket page's "who held it, and for how long".
S = {
    "Holding.Title": ("时限分段：谁持有、多久", "Who held it, and for how long"),
    "Holding.Chart": ("各持有方的持有时段", "The stretches each holder held the ticket"),
    "Holding.Life": ("全程 {0}", "Whole life {0}"),
    "Holding.Round": ("轮次", "Round"),
    "Holding.Holder": ("持有方", "Holder"),
    "Holding.Period": ("起止", "From – to"),
    "Holding.Natural": ("自然时长", "Natural time"),
    "Holding.Working": ("工作时长", "Working time"),
    "Holding.End": ("结束方式", "Ended by"),
    "Holding.Deadlines": ("时限", "Deadlines"),
    "Holding.Assisting": ("协办", "assisting"),
    "Holding.Now": ("至今", "now"),
    "Holding.Deadline": ("{0}时限：{1}（{2}）", "{0}: {1} ({2})"),
    "Holding.Legend": ("图中各段按自然时间等比例显示；协办单位与主办单位并行，不计入全程。",
                       "Stretches are drawn to scale in natural time; assisting units run beside the lead and are not added to the whole."),
}

ENUMS = {
    "HolderKind": {"Dispatch": ("热线派单", "Hotline: dispatch"), "Unit": ("承办单位", "Unit"), "Callback": ("热线回访", "Hotline: callback")},
    "HoldingEnd": {"Running": ("持有中", "Still holding"), "Dispatched": ("派单", "Dispatched"), "Resolved": ("办结", "Resolved"),
                   "Returned": ("退回获准", "Return approved"), "Reopened": ("重办", "Reopened"), "Closed": ("结案", "Closed"),
                   "Merged": ("并单", "Merged"), "Cancelled": ("撤销", "Cancelled"), "PartDone": ("协办完成", "Part done")},
    "DeadlineOutcome": {"Met": ("按时", "met"), "Missed": ("超时", "missed"), "Running": ("计时中", "running"),
                        "Ended": ("未到期即转出", "passed on before due")},
    "ClockKind": {"SignFor": ("签收", "Sign-for"), "FirstContact": ("首次联系", "First contact"), "Resolve": ("办结", "Resolution"),
                  "Dispatch": ("派单", "Dispatch"), "Callback": ("回访", "Callback")},
}
