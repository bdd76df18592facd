# Strings of emergency mode's finishing (issue 18 §5, branch issue-18i): the master registered on the declaration form,
# the incidents in the measures.
S = {
    "Incident.MasterExisting": ("已有工单", "An existing ticket"),
    "Incident.MasterNew": ("同时登记主工单", "Register the master now"),
    "Incident.MasterNumber": ("主工单编号", "Master ticket number"),
    "Incident.MasterCategory": ("主工单事项分类", "Master's category"),
    "Incident.MasterCategoryOwn": ("同事件分类", "The incident's own"),
    "Incident.MasterCategoryHint": ("事件分类是大类时，请选其下的具体分类。", "When the incident names a group, pick one of its categories."),
    "Incident.Error.MasterCategory": ("主工单须是事件分类下的具体分类。", "The master's category must be a category of the incident's."),
    "Incident.Measures.Month": ("本月突发事件", "This month's incidents"),
    "Incident.Measures.Unit": ("本单位承办的突发事件主工单", "Incidents whose master this unit leads"),
    "Incident.Measures.CalledBack": ("已回访", "Called back"),
    "Incident.Measures.Resolution": ("办结用时", "Time to resolution"),
    "Incident.Measures.Callers": ("来电市民 {0} 人", "{0} callers"),
}
