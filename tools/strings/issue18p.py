# Strings of issue 18 §4's follow-up (branch issue-18p): appeal badges, evidence files, ranking export headings and
# corrections under the frozen weights (docs/decisions/0031-appeals-and-ranking-versions.md).
S = {
    "Appeal.Error.TooManyFiles": ("证明材料最多5个文件。", "An appeal carries at most 5 files."),
    "Ranking.Export.Version": ("第{0}版：{1} 由 {2} 发布（已冻结）", "Version {0}: published {1} by {2} (frozen)"),
    "Ranking.Versions.Weights": ("本版权重", "Weights of this version"),
    "Ranking.Error.DefinitionsChanged": ("排名口径已变更，无法按原版本口径计算更正版。",
                                         "The measure definitions have changed since that version: a correction cannot be computed under its definitions."),
}
