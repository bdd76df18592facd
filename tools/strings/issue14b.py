# Strings of issue 14's last steps: the wall monitor's overdue-by-unit and surge panels.
S = {
 "Wall.OverdueByUnit": ("各单位超时", "Overdue by unit"),
 "Wall.NoOverdue": ("当前没有超时工单。", "Nothing is overdue."),
 "Wall.Surges": ("本周激增分类", "Surging this week"),
 "Wall.NoSurges": ("近7天没有激增的分类。", "No category surged in the last 7 days."),
 "Wall.SurgeDay": ("激增日", "Day"),
 "Wall.SurgeCount": ("当日", "That day"),
 "Wall.Baseline": ("此前日均", "Usual"),
}
