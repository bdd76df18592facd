namespace Hotline.Services.Data.Seed;

public static partial class ReferenceCategories
{
    private static CategorySeed[] LeavesPart2() =>
    [
        // 社会保障与就业
        Leaf("social", "social-pension", "养老保险", "Pension insurance", "hrss"),
        Leaf("social", "social-employment", "就业创业", "Employment and entrepreneurship", "hrss"),
        Leaf("social", "social-unemployment", "失业保险", "Unemployment insurance", "hrss"),
        Leaf("social", "social-wage-arrears", "拖欠工资", "Wage arrears", "hrss"),
        Leaf("social", "social-labor-relations", "劳动合同与劳动关系", "Labour contracts and labour relations", "hrss"),
        Leaf("social", "social-work-injury", "工伤保险", "Work-injury insurance", "hrss"),
        Leaf("social", "social-card", "社保卡", "Social security card", "hrss"),
        Leaf("social", "social-talent", "人才政策", "Talent policies", "hrss"),
        Leaf("social", "social-flexible", "灵活就业参保", "Insurance for flexible workers", "hrss"),

        // 医疗保障
        Leaf("medicare", "medicare-resident", "城乡居民医保", "Resident medical insurance", "medical-insurance"),
        Leaf("medicare", "medicare-employee", "职工医保", "Employee medical insurance", "medical-insurance"),
        Leaf("medicare", "medicare-remote", "异地就医", "Medical treatment in other cities", "medical-insurance"),
        Leaf("medicare", "medicare-reimbursement", "医保报销", "Medical insurance reimbursement", "medical-insurance"),
        Leaf("medicare", "medicare-fraud", "欺诈骗保", "Medical insurance fraud", "medical-insurance"),

        // 市场监管
        Leaf("market", "market-food-safety", "食品安全", "Food safety", "market"),
        Leaf("market", "market-consumer", "消费维权", "Consumer rights", "market"),
        Leaf("market", "market-price", "价格监管", "Prices", "market"),
        Leaf("market", "market-quality", "产品质量", "Product quality", "market"),
        Leaf("market", "market-drugs", "药品与医疗器械", "Drugs and medical devices", "market"),
        Leaf("market", "market-elevator", "电梯与特种设备", "Lifts and special equipment", "market"),
        Leaf("market", "market-prepaid", "预付卡消费", "Prepaid cards", "market"),
        Leaf("market", "market-measurement", "计量与缺斤短两", "Weights and measures", "market"),
        Leaf("market", "market-advertising", "虚假广告", "False advertising", "market"),
        Leaf("market", "market-unlicensed", "无证无照经营", "Unlicensed business", "market"),
        Leaf("market", "market-express", "快递服务", "Express delivery", "postal"),

        // 公安服务
        Leaf("police", "police-hukou", "户籍管理", "Household registration", "police"),
        Leaf("police", "police-id-card", "居民身份证", "Resident identity cards", "police"),
        Leaf("police", "police-residence-permit", "居住证", "Residence permits", "police"),
        Leaf("police", "police-exit-entry", "出入境证件", "Passports and exit-entry permits", "police"),
        Leaf("police", "police-public-order", "治安管理", "Public order", "police"),
        Leaf("police", "police-fraud", "电信网络诈骗", "Telecom and online fraud", "police"),
        Leaf("police", "police-dogs", "犬只管理", "Dog management", "police", true),
        Leaf("police", "police-fireworks", "烟花爆竹燃放", "Fireworks", "police", true),

        // 民政服务
        Leaf("civil", "civil-subsistence", "低保与社会救助", "Minimum living allowance and social assistance", "civil", true),
        Leaf("civil", "civil-elderly", "养老服务", "Elderly care services", "civil"),
        Leaf("civil", "civil-elderly-benefits", "老年人优待", "Benefits for senior citizens", "civil"),
        Leaf("civil", "civil-disability", "残疾人服务", "Services for people with disabilities", "disabled"),
        Leaf("civil", "civil-marriage", "婚姻登记", "Marriage registration", "civil"),
        Leaf("civil", "civil-funeral", "殡葬管理", "Funeral services", "civil"),
        Leaf("civil", "civil-veterans", "退役军人服务", "Veterans services", "veterans"),
        Leaf("civil", "civil-children", "困境儿童保障", "Children in difficulty", "civil"),
        Leaf("civil", "civil-social-org", "社会组织", "Social organisations", "civil"),

        // 社区治理
        Leaf("community", "community-management", "社区管理", "Community management", "civil", true),
        Leaf("community", "community-dispute", "邻里纠纷", "Neighbour disputes", "justice", true),
        Leaf("community", "community-parking", "小区停车", "Parking in residential compounds", "housing", true),
        Leaf("community", "community-fire-passage", "消防通道占用", "Blocked fire lanes", "fire", true),
        Leaf("community", "community-elevator-install", "既有住宅加装电梯", "Installing lifts in existing buildings", "housing", true),
        Leaf("community", "community-pets", "饲养动物扰民", "Nuisance from pets and poultry", "urban", true),

        // 自然资源与规划
        Leaf("resources", "resources-real-estate", "不动产登记", "Real-estate registration", "resources"),
        Leaf("resources", "resources-land", "土地违法", "Illegal land use", "resources"),
        Leaf("resources", "resources-planning", "规划审批与公示", "Planning permission and publicity", "resources"),
        Leaf("resources", "resources-mining", "非法采矿采砂", "Illegal mining and sand extraction", "resources"),
        Leaf("resources", "resources-forestry", "林业与森林防火", "Forestry and forest fire prevention", "resources"),
        Leaf("resources", "resources-geology", "地质灾害", "Geological hazards", "resources"),

        // 农业农村
        Leaf("agriculture", "agriculture-subsidy", "惠农补贴", "Farm subsidies", "agriculture"),
        Leaf("agriculture", "agriculture-inputs", "农资质量", "Seeds, fertiliser and pesticide quality", "agriculture"),
        Leaf("agriculture", "agriculture-land-contract", "土地承包流转", "Rural land contracts", "agriculture", true),
        Leaf("agriculture", "agriculture-village-affairs", "村务公开", "Village affairs transparency", "agriculture", true),
        Leaf("agriculture", "agriculture-livestock", "畜禽养殖", "Livestock and poultry farming", "agriculture"),
        Leaf("agriculture", "agriculture-fishery", "海洋渔业", "Marine fisheries", "ocean"),
        Leaf("agriculture", "agriculture-rural-environment", "农村人居环境", "Rural living environment", "agriculture", true),

        // 文化旅游
        Leaf("culture", "culture-tourism", "旅游投诉", "Tourism complaints", "culture"),
        Leaf("culture", "culture-scenic", "景区管理", "Scenic areas", "culture"),
        Leaf("culture", "culture-venues", "文化场馆", "Libraries, museums and cultural venues", "culture"),
        Leaf("culture", "culture-entertainment", "网吧与娱乐场所", "Internet cafés and entertainment venues", "culture"),
        Leaf("culture", "culture-sports", "体育健身设施", "Sports and fitness facilities", "culture"),
        Leaf("culture", "culture-heritage", "文物保护", "Cultural heritage protection", "culture"),

        // 应急与安全生产
        Leaf("safety", "safety-production", "安全生产", "Work safety", "emergency"),
        Leaf("safety", "safety-hazardous", "危险化学品", "Hazardous chemicals", "emergency"),
        Leaf("safety", "safety-fire-hazard", "消防安全隐患", "Fire hazards", "fire"),
        Leaf("safety", "safety-disaster", "自然灾害应对", "Natural disasters", "emergency"),
        Leaf("safety", "safety-construction-site", "建筑工地安全", "Construction site safety", "housing"),

        // 税务
        Leaf("tax", "tax-invoice", "发票", "Invoices", "tax"),
        Leaf("tax", "tax-individual", "个人所得税", "Individual income tax", "tax"),
        Leaf("tax", "tax-social-fee", "社保费缴纳", "Social insurance contributions", "tax"),
        Leaf("tax", "tax-policy", "税收优惠政策", "Tax incentives", "tax"),

        // 营商环境与企业服务
        Leaf("business", "business-environment", "营商环境", "Business environment", "drc"),
        Leaf("business", "business-license", "营业执照办理", "Business licences", "approval"),
        Leaf("business", "business-support", "惠企政策", "Enterprise support policies", "industry"),
        Leaf("business", "business-commerce", "商贸流通", "Trade and retail", "commerce"),
        Leaf("business", "business-arrears", "拖欠企业账款", "Arrears owed to enterprises", "industry"),
        Leaf("business", "business-project", "项目建设", "Construction projects", "drc"),

        // 园林绿化
        Leaf("greening", "greening-trees", "树木修剪", "Tree pruning", "landscaping"),
        Leaf("greening", "greening-damage", "毁绿占绿", "Damage to green space", "landscaping"),
        Leaf("greening", "greening-parks", "公园管理", "Parks", "landscaping"),
        Leaf("greening", "greening-pests", "病虫害防治", "Plant pest control", "landscaping"),

        // 水利
        Leaf("water-conservancy", "water-conservancy-river", "河道管理", "Rivers and river banks", "water-resources"),
        Leaf("water-conservancy", "water-conservancy-flood", "防汛抗旱", "Flood and drought control", "water-resources"),
        Leaf("water-conservancy", "water-conservancy-reservoir", "水库管理", "Reservoirs", "water-resources"),
        Leaf("water-conservancy", "water-conservancy-irrigation", "农田水利", "Irrigation", "water-resources", true),
        Leaf("water-conservancy", "water-conservancy-rural-water", "农村供水", "Rural water supply", "water-resources", true),

        // 政务服务
        Leaf("gov", "gov-service-hall", "政务服务大厅", "Government service halls", "approval"),
        Leaf("gov", "gov-online", "网上办事平台", "Online government services", "approval"),
        Leaf("gov", "gov-staff-conduct", "工作人员作风", "Conduct of public servants", "approval"),
        Leaf("gov", "gov-information", "政府信息公开", "Government information disclosure", "approval"),

        // 法律服务
        Leaf("legal", "legal-aid", "法律援助", "Legal aid", "justice"),
        Leaf("legal", "legal-notary", "公证服务", "Notary services", "justice"),
        Leaf("legal", "legal-mediation", "人民调解", "People's mediation", "justice", true),

        // 其他
        Leaf("other", "other-suggestion", "城市发展建议", "Suggestions on city development", "drc"),
        Leaf("other", "other-general", "其他事项", "Other matters", "approval"),
    ];
}
