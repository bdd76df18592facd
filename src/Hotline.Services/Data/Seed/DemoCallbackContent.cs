namespace Hotline.Services.Data.Seed;

/// <summary>What citizens say when the hotline calls back, and why agents reopen: material for the demo callbacks.</summary>
internal static class DemoCallbackContent
{
    public static IReadOnlyList<string> SatisfiedWords { get; } =
    [
        "问题已经解决了，工作人员态度很好，谢谢热线。",
        "当天就有人上门处理，很及时，满意。",
        "已经恢复正常了，感谢政府部门。",
        "处理结果可以接受，就是等的时间稍长一点。",
        "单位给打电话解释清楚了，理解。",
        "基本解决了，希望以后别再出现同样的问题。",
        "师傅上门很专业，问题处理好了。",
    ];

    public static IReadOnlyList<string> DissatisfiedWords { get; } =
    [
        "根本没有人来处理，问题还是老样子。",
        "只打了个电话说会处理，到现在也没人来。",
        "处理得很敷衍，过两天又坏了。",
        "单位的答复和实际情况不符，我不认可。",
        "说是办结了，其实一点变化都没有。",
    ];

    public static IReadOnlyList<string> ReopenReasons { get; } =
    [
        "回访市民反映问题未实际解决，请承办单位重新上门核实处理。",
        "市民称未见工作人员到场，请重新办理并如实反馈。",
        "办理结果与市民反映情况不符，请重新核查。",
    ];
}
