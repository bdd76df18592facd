# Strings of the hardening work (bound values with a range, outage page, sign-in throttling, uploads).
S = {
    "Validation.Text.ControlCharacters": ("含有无法保存的控制字符，请删除后重试。", "Contains control characters that cannot be stored: remove them and try again."),
    "Validation.Text.TooLong": ("内容过长。", "Too long."),
    "Open311.Error.Text": ("含有无法保存的控制字符，或内容过长。", "Contains control characters that cannot be stored, or is too long."),
    "Validation.Date.OutOfRange": ("日期不在合理范围内，请检查年份。", "The date is outside the plausible range: check the year."),
    "Validation.Call.InFuture": ("通话时间不能晚于现在。", "A call cannot start or end later than now."),
    "Error.BadRequest": ("请求无效", "The request was not valid"),
    "Outage.Title": ("系统暂时不可用", "The system is briefly unavailable"),
    "Outage.Hint": ("数据库暂时无法访问，通常几秒钟内即可恢复。", "The database cannot be reached for the moment; this usually passes within seconds."),
    "Outage.FormKept": ("您填写的内容已保留在本页。请稍候片刻后点击“重新提交”：同一份表单不会重复登记。", "What you entered is kept on this page. Wait a moment, then send it again: the same form is never registered twice."),
    "Outage.Resend": ("重新提交", "Send again"),
    "Outage.Retry": ("重试", "Try again"),
}
