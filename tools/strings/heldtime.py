# Strings of the per-unit held time (issue 18 §1): how long a unit held tickets each month, and the share lost to misdispatch.
S = {
    "HeldTime.Title": ("持有时长（按月）", "Time held, by month"),
    "HeldTime.Holdings": ("主办持有段数", "Lead holdings"),
    "HeldTime.AverageNatural": ("平均自然时长", "Average natural time"),
    "HeldTime.AverageWorking": ("平均工作时长", "Average working time"),
    "HeldTime.Misdispatched": ("误派段数", "Misdispatched"),
    "HeldTime.Lost": ("误派耗时占比", "Time lost to misdispatch"),
    "HeldTime.Legend": ("按持有段结束的月份统计本单位作为主办单位的持有时段（派单或重办至办结、退回获准等）；误派指退回获准或派单异议成立；误派耗时占比＝误派持有时长 ÷ 全部持有时长。",
                        "The unit's holdings as lead (from dispatch or reopening to resolution, an approved return and so on), counted in the month they ended; misdispatched means an approved return or an upheld dispatch objection; time lost to misdispatch = time held on misdispatched tickets ÷ all time held."),
}
