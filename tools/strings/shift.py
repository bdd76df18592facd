# Strings of the agent's shift (issue 14): required-field marks, the intake keyboard and draft, callback claims,
# the reopened round's header. Read by tools/strings.py.
S = {
 "Form.Required": ("必填", "Required"),
 "Form.RequiredLegend": ("带 * 的为必填项", "Fields marked * are required"),
}
