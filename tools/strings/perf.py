# Strings of the performance work (bounded counts on long lists).
S = {
    "Tickets.CountAtLeast": ("超过 {0} 条工单", "More than {0} tickets"),
    "Common.PageOfAtLeast": ("第 {0} / {1}+ 页", "Page {0} of {1}+"),
}
