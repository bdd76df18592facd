# Strings of issue 18 §2–3 fixes (branch issue-18d): who wrote a delegated reply, the misdispatch rate per unit,
# a sub-unit's parts taken back and replies sent back, the audit log's rules named in words.
S = {
    "Delegation.ForUnit": ("{0}（代{1}）", "{0} (for {1})"),
    "Units.DelegationMore": ("受下派的工单中，被上级收回 {0} 件（不计入上述比率），答复被审核退回 {1} 次。",
                             "Of the tickets received, {0} taken back by the parent unit (not in the rates above); replies sent back from review {1} times."),
    "Audit.Subject.ReviewPolicy": ("答复审核规则：{0}", "Reply review rules: {0}"),
    "Audit.Subject.DeadlinePolicy": ("时限规则：{0} · {1}", "Deadline rules: {0} · {1}"),
}
