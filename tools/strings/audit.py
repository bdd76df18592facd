# Strings of the audit log's change column (issue 12): each snapshot field by name, values in words.
# Every property of a record implementing IAuditSnapshot needs its Audit.Field.<Name> (a test checks).
S = {
    "Audit.Yes": ("是", "yes"),
    "Audit.No": ("否", "no"),
    "Audit.Added": ("新增", "added"),
    "Audit.Removed": ("移除", "removed"),
    "Audit.NoFieldChanged": ("无字段变化", "No field changed"),
    "Audit.Raw": ("原始记录", "Raw record"),

    # Users
    "Audit.Field.DisplayName": ("姓名", "Name"),
    "Audit.Field.Roles": ("角色", "Roles"),
    "Audit.Field.UnitId": ("所属单位编号", "Unit (id)"),
    "Audit.Field.IsActive": ("在用", "Active"),
    "Audit.Field.Locked": ("已锁定", "Locked"),
    "Audit.Field.MustChangePassword": ("须修改密码", "Must change password"),
    "Audit.Field.Reason": ("原因", "Reason"),
    # Units and categories
    "Audit.Field.Code": ("编码", "Code"),
    "Audit.Field.NameZh": ("中文名称", "Chinese name"),
    "Audit.Field.NameEn": ("英文名称", "English name"),
    "Audit.Field.Kind": ("类型", "Kind"),
    "Audit.Field.ParentId": ("上级单位", "Parent unit"),
    "Audit.Field.ContactPhone": ("联系电话", "Contact phone"),
    "Audit.Field.DefaultUnitId": ("默认承办单位编号", "Default unit (id)"),
    "Audit.Field.IsLocal": ("属地事项", "Local matter"),
    "Audit.Field.Keywords": ("关键词", "Keywords"),
    "Audit.Field.SortOrder": ("排序", "Order"),
    # Knowledge base
    "Audit.Field.Title": ("标题", "Title"),
    "Audit.Field.Version": ("版本", "Version"),
    "Audit.Field.Status": ("状态", "Status"),
    "Audit.Field.CategoryIds": ("适用分类编号", "Categories (ids)"),
    "Audit.Field.ValidFrom": ("生效日期", "Valid from"),
    "Audit.Field.ValidUntil": ("失效日期", "Valid until"),
    "Audit.Field.BodyLength": ("正文字数", "Body length"),
    # Deadline rules
    "Audit.Field.Dispatch": ("派单时限", "Dispatch"),
    "Audit.Field.SignFor": ("签收时限", "Sign for"),
    "Audit.Field.FirstContact": ("首次联系时限", "First contact"),
    "Audit.Field.Resolve": ("办结时限", "Resolve"),
    "Audit.Field.Callback": ("回访时限", "Callback"),
    # Calendar and API clients
    "Audit.Field.Date": ("日期", "Date"),
    "Audit.Field.Name": ("名称", "Name"),
    "Audit.Field.Scope": ("接口", "API"),
    "Audit.Field.Channel": ("渠道", "Channel"),
    "Audit.Field.KeyPrefix": ("密钥前缀", "Key prefix"),
    "Audit.Field.RevokedAt": ("吊销时间", "Revoked"),
}
ENUMS = {
    "SignInRefusal": {"UnknownUser": ("用户名不存在", "Unknown user name"), "WrongPassword": ("密码错误", "Wrong password"), "LockedOut": ("账户已锁定", "Account locked"),
                      "NotAllowed": ("账号已停用", "Account deactivated")},
}
