namespace Hotline.Services.Data.Seed;

/// <summary>
/// The two-level category taxonomy (事项分类) of the reference city. Top-level categories come first,
/// then the leaves; every leaf names its default handling unit from <see cref="ReferenceUnits"/>.
/// Leaves split across <c>ReferenceCategories.cs</c> and <c>ReferenceCategories.Part2.cs</c>.
/// </summary>
public static partial class ReferenceCategories
{
    public static IReadOnlyList<CategorySeed> All { get; } = [.. TopLevel(), .. LeavesPart1(), .. LeavesPart2()];

    private static CategorySeed Top(string code, string nameZh, string nameEn) =>
        new(code, nameZh, nameEn, null, null, false);

    private static CategorySeed Leaf(string parent, string code, string nameZh, string nameEn, string unit, bool isLocal = false) =>
        new(code, nameZh, nameEn, parent, unit, isLocal);

    private static CategorySeed[] TopLevel() =>
    [
        Top("utilities", "公用事业", "Public utilities"),
        Top("housing", "住房与物业", "Housing and property management"),
        Top("urban", "城市管理", "Urban management"),
        Top("environment", "生态环境", "Ecology and environment"),
        Top("traffic", "交通出行", "Traffic and transport"),
        Top("education", "教育", "Education"),
        Top("health", "医疗卫生", "Health and medical care"),
        Top("social", "社会保障与就业", "Social security and employment"),
        Top("medicare", "医疗保障", "Medical insurance"),
        Top("market", "市场监管", "Market regulation"),
        Top("police", "公安服务", "Public security services"),
        Top("civil", "民政服务", "Civil affairs"),
        Top("community", "社区治理", "Community affairs"),
        Top("resources", "自然资源与规划", "Natural resources and planning"),
        Top("agriculture", "农业农村", "Agriculture and rural affairs"),
        Top("culture", "文化旅游", "Culture and tourism"),
        Top("safety", "应急与安全生产", "Emergencies and work safety"),
        Top("tax", "税务", "Taxation"),
        Top("business", "营商环境与企业服务", "Business environment and enterprise services"),
        Top("greening", "园林绿化", "Parks and landscaping"),
        Top("water-conservancy", "水利", "Water conservancy"),
        Top("gov", "政务服务", "Government services"),
        Top("legal", "法律服务", "Legal services"),
        Top("other", "其他", "Other"),
    ];

    private static CategorySeed[] LeavesPart1() =>
    [
        // 公用事业
        Leaf("utilities", "utilities-heating", "供暖", "Heating", "heating"),
        Leaf("utilities", "utilities-heating-fee", "供暖收费", "Heating fees", "heating"),
        Leaf("utilities", "utilities-water-outage", "停水", "Water outage", "water"),
        Leaf("utilities", "utilities-water-quality", "水质问题", "Water quality", "water"),
        Leaf("utilities", "utilities-water-pressure", "水压不足", "Low water pressure", "water"),
        Leaf("utilities", "utilities-water-pipe", "供水管道漏水", "Leaking or burst water mains", "water"),
        Leaf("utilities", "utilities-water-fee", "水费水表", "Water bills and meters", "water"),
        Leaf("utilities", "utilities-power-outage", "停电", "Power outage", "power"),
        Leaf("utilities", "utilities-power-voltage", "电压不稳", "Unstable voltage", "power"),
        Leaf("utilities", "utilities-power-fee", "电费电表", "Electricity bills and meters", "power"),
        Leaf("utilities", "utilities-gas", "燃气供应", "Gas supply", "gas"),
        Leaf("utilities", "utilities-gas-safety", "燃气安全", "Gas leaks and gas safety", "gas"),
        Leaf("utilities", "utilities-telecom", "通信信号", "Mobile signal and telephone service", "telecom"),
        Leaf("utilities", "utilities-broadband", "宽带网络", "Broadband", "telecom"),

        // 住房与物业
        Leaf("housing", "housing-property", "物业服务", "Property management services", "housing", true),
        Leaf("housing", "housing-maintenance-fund", "维修资金", "Housing maintenance fund", "housing"),
        Leaf("housing", "housing-quality", "房屋质量", "Building quality", "housing"),
        Leaf("housing", "housing-demolition", "房屋征收拆迁", "Expropriation and demolition", "housing"),
        Leaf("housing", "housing-rental", "房屋租赁", "Housing rental", "housing"),
        Leaf("housing", "housing-presale", "商品房销售与交房", "New-home sales and handover", "housing"),
        Leaf("housing", "housing-old-renovation", "老旧小区改造", "Old residential compound renovation", "housing"),
        Leaf("housing", "housing-affordable", "保障性住房", "Affordable housing", "housing"),
        Leaf("housing", "housing-fund", "住房公积金", "Housing provident fund", "housing-fund"),
        Leaf("housing", "housing-dangerous", "危房隐患", "Dangerous buildings", "housing"),
        Leaf("housing", "housing-intermediary", "房产中介", "Real-estate agencies", "housing"),

        // 城市管理
        Leaf("urban", "urban-illegal-construction", "违章建筑", "Illegal construction", "urban", true),
        Leaf("urban", "urban-street-vending", "占道经营", "Street vending and road occupation", "urban", true),
        Leaf("urban", "urban-cityscape", "市容环境", "City appearance", "urban", true),
        Leaf("urban", "urban-sanitation", "环境卫生与垃圾清运", "Sanitation and refuse collection", "urban", true),
        Leaf("urban", "urban-lighting", "城市照明", "Street lighting", "urban"),
        Leaf("urban", "urban-manhole", "井盖缺失破损", "Missing or broken manhole covers", "urban"),
        Leaf("urban", "urban-drainage", "排水管网堵塞", "Blocked drains and sewers", "urban"),
        Leaf("urban", "urban-advertising", "户外广告与牌匾", "Outdoor advertising and shop signs", "urban", true),
        Leaf("urban", "urban-muck-truck", "渣土车撒漏", "Spillage from muck trucks", "urban"),
        Leaf("urban", "urban-garbage-sorting", "垃圾分类", "Waste sorting", "urban"),
        Leaf("urban", "urban-public-toilet", "公共厕所", "Public toilets", "urban"),
        Leaf("urban", "urban-municipal-road", "市政道路破损", "Damaged municipal roads and pavements", "urban"),
        Leaf("urban", "urban-snow", "积雪清扫", "Snow clearing", "urban", true),
        Leaf("urban", "urban-shared-bikes", "共享单车停放", "Shared bicycle parking", "urban", true),

        // 生态环境
        Leaf("environment", "environment-noise-construction", "建筑施工噪声", "Construction noise", "ecology"),
        Leaf("environment", "environment-noise-social", "社会生活噪声", "Neighbourhood and commercial noise", "urban", true),
        Leaf("environment", "environment-noise-industrial", "工业噪声", "Industrial noise", "ecology"),
        Leaf("environment", "environment-noise-traffic", "交通噪声", "Traffic noise", "ecology"),
        Leaf("environment", "environment-air", "大气污染", "Air pollution", "ecology"),
        Leaf("environment", "environment-water-pollution", "水污染", "Water pollution", "ecology"),
        Leaf("environment", "environment-fumes", "餐饮油烟", "Restaurant cooking fumes", "urban", true),
        Leaf("environment", "environment-odor", "异味恶臭", "Odours", "ecology"),
        Leaf("environment", "environment-solid-waste", "固体废物与危险废物", "Solid and hazardous waste", "ecology"),
        Leaf("environment", "environment-radiation", "电磁辐射", "Electromagnetic radiation", "ecology"),
        Leaf("environment", "environment-burning", "露天焚烧", "Open burning", "urban", true),

        // 交通出行
        Leaf("traffic", "traffic-road", "公路设施", "Highways and road facilities", "transport"),
        Leaf("traffic", "traffic-bus", "公交线路与站点", "Bus routes and stops", "bus"),
        Leaf("traffic", "traffic-bus-service", "公交服务", "Bus service and driver conduct", "bus"),
        Leaf("traffic", "traffic-taxi", "出租车", "Taxis", "transport"),
        Leaf("traffic", "traffic-ride-hailing", "网约车", "Ride-hailing", "transport"),
        Leaf("traffic", "traffic-parking", "停车管理", "Parking", "traffic-police"),
        Leaf("traffic", "traffic-signals", "交通信号与标志标线", "Traffic signals, signs and markings", "traffic-police"),
        Leaf("traffic", "traffic-violation", "交通违法处理", "Traffic violations", "traffic-police"),
        Leaf("traffic", "traffic-congestion", "交通秩序与拥堵", "Traffic order and congestion", "traffic-police"),
        Leaf("traffic", "traffic-vehicle-license", "驾驶证与车辆业务", "Driving licences and vehicle registration", "traffic-police"),
        Leaf("traffic", "traffic-rural-road", "农村道路", "Rural roads", "transport", true),
        Leaf("traffic", "traffic-driving-school", "驾校培训", "Driving schools", "transport"),
        Leaf("traffic", "traffic-long-distance", "长途客运与港口", "Coaches and ferries", "transport"),

        // 教育
        Leaf("education", "education-enrollment", "入学招生", "School enrolment", "education"),
        Leaf("education", "education-fees", "教育收费", "School fees", "education"),
        Leaf("education", "education-training", "校外培训", "Off-campus tutoring", "education"),
        Leaf("education", "education-school-safety", "校园安全", "School safety", "education"),
        Leaf("education", "education-teacher", "师德师风", "Teacher conduct", "education"),
        Leaf("education", "education-kindergarten", "幼儿园", "Kindergartens", "education"),
        Leaf("education", "education-burden", "课业负担与作息", "Homework load and school hours", "education"),
        Leaf("education", "education-student-aid", "学生资助", "Student financial aid", "education"),

        // 医疗卫生
        Leaf("health", "health-medical-service", "医疗服务", "Medical services", "health"),
        Leaf("health", "health-medical-dispute", "医疗纠纷", "Medical disputes", "health"),
        Leaf("health", "health-vaccination", "疫苗接种", "Vaccination", "health"),
        Leaf("health", "health-infectious", "传染病防控", "Infectious disease control", "health"),
        Leaf("health", "health-maternal", "生育登记与母婴保健", "Birth registration and maternal care", "health"),
        Leaf("health", "health-illegal-practice", "非法行医", "Unlicensed medical practice", "health"),
        Leaf("health", "health-ambulance", "院前急救", "Ambulance service", "health"),
    ];
}
