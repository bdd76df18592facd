namespace Hotline.Services.Data.Seed;

/// <summary>What callers and agents say for a leaf when it is not its name: the intake picker finds 路灯 under 城市照明.
/// Administrators keep them on /Admin/Categories; these are the reference city's first set.</summary>
public static class ReferenceCategoryKeywords
{
    public static string For(string code) => ByCode.GetValueOrDefault(code, string.Empty);

    private static readonly Dictionary<string, string> ByCode = new(StringComparer.Ordinal)
    {
        ["utilities-heating"] = "暖气 不热 室温 采暖 集中供热 暖气片",
        ["utilities-heating-fee"] = "取暖费 暖气费 报停",
        ["utilities-water-outage"] = "没水 断水 停水通知",
        ["utilities-water-quality"] = "水发黄 水浑 自来水 异味",
        ["utilities-water-pipe"] = "爆管 漏水 跑水 水管破裂",
        ["utilities-power-outage"] = "没电 断电 跳闸 停电通知",
        ["utilities-gas"] = "天然气 煤气 没气",
        ["utilities-gas-safety"] = "燃气泄漏 漏气 煤气味",
        ["housing-property"] = "物业 物业费 保安 保洁",
        ["housing-fund"] = "公积金 提取 贷款",
        ["urban-illegal-construction"] = "私搭乱建 违建 搭建",
        ["urban-street-vending"] = "摆摊 小摊 流动摊贩 占道",
        ["urban-sanitation"] = "垃圾 清运 垃圾桶 脏乱",
        ["urban-lighting"] = "路灯 灯不亮 照明 路灯不亮 亮化",
        ["urban-manhole"] = "井盖 窨井 下水井",
        ["urban-drainage"] = "下水道 堵塞 积水 污水外溢",
        ["urban-municipal-road"] = "坑洼 路面破损 人行道 道路塌陷",
        ["urban-snow"] = "扫雪 积雪 结冰",
        ["environment-noise-construction"] = "施工噪音 夜间施工 工地噪音 扰民",
        ["environment-noise-social"] = "噪音 扰民 广场舞 装修噪音",
        ["environment-fumes"] = "油烟 饭店油烟 烧烤",
        ["environment-odor"] = "臭味 异味 恶臭",
        ["environment-burning"] = "烧秸秆 焚烧 烧垃圾",
        ["police-residence-permit"] = "居住证 暂住证 居住登记 签注",
        ["police-hukou"] = "户口 落户 迁户口 户籍",
        ["police-id-card"] = "身份证 补办 换证",
        ["social-wage-arrears"] = "欠薪 讨薪 工资拖欠 农民工工资",
        ["social-card"] = "社保卡 激活 补卡",
        ["community-parking"] = "停车位 乱停车 车位",
        ["community-pets"] = "狗 养狗 犬吠 宠物",
        ["greening-trees"] = "修剪树木 树枝 大树 倒伏",
        ["market-food-safety"] = "食物中毒 过期食品 卫生",
        ["market-prepaid"] = "预付卡 会员卡 退卡 跑路",
    };
}
