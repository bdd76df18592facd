# Strings of the agent's shift (issue 14): required-field marks, the intake keyboard and draft, callback claims,
# the reopened round's header. Read by tools/strings.py.
S = {
 "Form.Required": ("必填", "Required"),
 "Form.RequiredLegend": ("带 * 的为必填项", "Fields marked * are required"),
 "Intake.CallTimes": ("通话时间", "Call times"),
 "Intake.DraftRestored": ("已恢复您上次未提交的来电记录。", "Your unsaved call from before has been restored."),
 "Intake.DraftDiscard": ("清空重填", "Discard it"),
 "Ticket.AssignmentDispatchedAt": ("派单 {0}", "dispatched {0}"),
 "Ticket.AssignmentResolvedAt": ("办结 {0}", "resolved {0}"),
 "Workbench.ReopenedRound": ("第 {0} 轮", "Round {0}"),
 "Workbench.ReopenReason": ("重办原因：{0}", "reopened because: {0}"),
 "Workbench.CitizenSaid": ("市民回访时说：“{0}”", "The citizen said at the callback: “{0}”"),
}
