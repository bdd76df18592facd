# Strings of the hardening work (bound values with a range, outage page, sign-in throttling, uploads).
S = {
    "Validation.Text.ControlCharacters": ("含有无法保存的控制字符，请删除后重试。", "Contains control characters that cannot be stored: remove them and try again."),
    "Validation.Text.TooLong": ("内容过长。", "Too long."),
    "Validation.Date.OutOfRange": ("日期不在合理范围内，请检查年份。", "The date is outside the plausible range: check the year."),
    "Validation.Call.InFuture": ("通话时间不能晚于现在。", "A call cannot start or end later than now."),
    "Error.BadRequest": ("请求无效", "The request was not valid"),
    "Error.TooManyRequests": ("尝试次数过多，请稍后再试", "Too many attempts: try again later"),
}
