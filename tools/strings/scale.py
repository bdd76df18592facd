# Strings of the scale work (issue 15): exports that stream, intake at the database's pace.
S = {
    # The ranking's "all time" (docs/decisions/0023-unit-figure-rollups.md).
    "Enum.PeriodKind.AllTime": ("全部", "All time"),
    "Period.UpTo": ("截至 {0}", "up to {0}"),
    "Export.TooManyRows": ("查询结果超过 1,048,575 件（一张 Excel 工作表的上限），无法导出，请缩小查询范围。",
                           "More than 1,048,575 tickets match (what one Excel sheet holds): narrow the search to export them."),
}
