# Strings of issue 14's refusals that keep what was typed (administration forms).
S = {
    # A save refused because someone else saved the same record meanwhile: the form keeps what was typed.
    "Form.Concurrency.Kept": ("该记录已被他人修改，未保存：您填写的内容已保留在表单中。提交前请核对他人的修改（可在新标签页打开本页查看），再次提交将以您填写的内容为准。",
                              "Someone else changed this meanwhile: nothing was saved. What you typed is still in the form; check their change (open this page in a new tab) before sending again, which saves what you typed."),
}
