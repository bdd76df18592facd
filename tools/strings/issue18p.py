# Strings of issue 18 §4's follow-up (branch issue-18p): appeal badges, evidence files, ranking export headings and
# corrections under the frozen weights (docs/decisions/0031-appeals-and-ranking-versions.md).
S = {
    "Appeal.Error.TooManyFiles": ("证明材料最多5个文件。", "An appeal carries at most 5 files."),
    "Ranking.Export.Version": ("第{0}版：{1} 由 {2} 发布（已冻结）", "Version {0}: published {1} by {2} (frozen)"),
    "Ranking.Versions.Weights": ("本版权重", "Weights of this version"),
    "Ranking.Error.DefinitionsChanged": ("排名口径已变更，无法按原版本口径计算更正版。",
                                         "The measure definitions have changed since that version: a correction cannot be computed under its definitions."),
    "Ranking.ObjectionsUpheld": ("异议成立", "Objections upheld"),
    "Ranking.ObjectionsRejected": ("异议驳回", "Objections rejected"),
    "Ranking.ObjectionsHint": ("本单位提出的派单异议（按提出日）：成立即派错，驳回即异议不成立；不计入效能指数。",
                               "Dispatch objections this unit raised (by the day raised): upheld means misdispatched, rejected means the objection failed; not in the index."),
    "Ranking.DelegatedOut": ("下派", "Delegated"),
    "Ranking.DelegatedIn": ("受下派", "Received"),
    "Ranking.DelegationHint": ("下派给下级单位的件数与受上级下派的件数（按下派日）；不计入效能指数。",
                               "Parts delegated to sub-units and parts received from a parent unit (by delegation day); not in the index."),
    "Ranking.NotFrozen": ("此版本发布时未冻结该项", "Not frozen in this version"),
}
