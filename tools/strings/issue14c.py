# Strings of issue 14's required marks beyond intake: fields required only for one of a form's buttons.
S = {
    "Form.RequiredFor.Reject": ("驳回时必填", "Required to reject"),
    "Form.RequiredFor.SendBack": ("退回时必填", "Required to send back"),
    "Form.RequiredFor.Uphold": ("改派时必填", "Required to uphold"),
    "Calendar.OfficeHours.Periods": ("办公时段", "Periods"),
}
