# Strings of the one running clock (issue 14, docs/decisions/0018-one-running-clock.md).
S = {
    # A deadline whose clock no longer runs (the ticket was merged, cancelled or closed): its due time, no countdown.
    "Clock.Stopped": ("已停止计时", "clock stopped"),
    # The supervisor's work list: a ticket overdue or nearly due for dispatch belongs to no unit yet.
    "WorkList.AwaitingDispatch": ("待派单", "Awaiting dispatch"),
    # Which deadline a notification is about, for the callback clock (the others are Field.{Clock}DueAt beside the forms).
    "Field.CallbackDueAt": ("回访时限", "Callback by"),
}
