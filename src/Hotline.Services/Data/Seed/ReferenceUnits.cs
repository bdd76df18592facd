using Hotline.Domain.Units;

namespace Hotline.Services.Data.Seed;

/// <summary>
/// The 66 member units (承办单位) of the reference city, a fictionalised prefecture-level city modelled on
/// Yantai. Parents always precede their children.
/// </summary>
public static class ReferenceUnits
{
    public static IReadOnlyList<UnitSeed> All { get; } =
    [
        // Municipal bureaus and other municipal bodies (30)
        new("housing", "市住房和城乡建设局", "Municipal Housing and Urban-Rural Development Bureau", UnitKind.MunicipalBureau, null),
        new("urban", "市城市管理局（市综合行政执法局）", "Municipal Urban Management and Law Enforcement Bureau", UnitKind.MunicipalBureau, null),
        new("ecology", "市生态环境局", "Municipal Ecology and Environment Bureau", UnitKind.MunicipalBureau, null),
        new("transport", "市交通运输局", "Municipal Transport Bureau", UnitKind.MunicipalBureau, null),
        new("education", "市教育局", "Municipal Education Bureau", UnitKind.MunicipalBureau, null),
        new("health", "市卫生健康委员会", "Municipal Health Commission", UnitKind.MunicipalBureau, null),
        new("hrss", "市人力资源和社会保障局", "Municipal Human Resources and Social Security Bureau", UnitKind.MunicipalBureau, null),
        new("market", "市市场监督管理局", "Municipal Market Regulation Bureau", UnitKind.MunicipalBureau, null),
        new("police", "市公安局", "Municipal Public Security Bureau", UnitKind.MunicipalBureau, null),
        new("traffic-police", "市公安局交通警察支队", "Municipal Traffic Police Detachment", UnitKind.MunicipalBureau, null),
        new("civil", "市民政局", "Municipal Civil Affairs Bureau", UnitKind.MunicipalBureau, null),
        new("resources", "市自然资源和规划局", "Municipal Natural Resources and Planning Bureau", UnitKind.MunicipalBureau, null),
        new("water-resources", "市水利局", "Municipal Water Resources Bureau", UnitKind.MunicipalBureau, null),
        new("agriculture", "市农业农村局", "Municipal Agriculture and Rural Affairs Bureau", UnitKind.MunicipalBureau, null),
        new("ocean", "市海洋发展和渔业局", "Municipal Ocean Development and Fisheries Bureau", UnitKind.MunicipalBureau, null),
        new("culture", "市文化和旅游局", "Municipal Culture and Tourism Bureau", UnitKind.MunicipalBureau, null),
        new("emergency", "市应急管理局", "Municipal Emergency Management Bureau", UnitKind.MunicipalBureau, null),
        new("medical-insurance", "市医疗保障局", "Municipal Medical Insurance Bureau", UnitKind.MunicipalBureau, null),
        new("tax", "市税务局", "Municipal Taxation Bureau", UnitKind.MunicipalBureau, null),
        new("commerce", "市商务局", "Municipal Commerce Bureau", UnitKind.MunicipalBureau, null),
        new("drc", "市发展和改革委员会", "Municipal Development and Reform Commission", UnitKind.MunicipalBureau, null),
        new("industry", "市工业和信息化局", "Municipal Industry and Information Technology Bureau", UnitKind.MunicipalBureau, null),
        new("approval", "市行政审批服务局", "Municipal Administrative Approval Services Bureau", UnitKind.MunicipalBureau, null),
        new("justice", "市司法局", "Municipal Justice Bureau", UnitKind.MunicipalBureau, null),
        new("veterans", "市退役军人事务局", "Municipal Veterans Affairs Bureau", UnitKind.MunicipalBureau, null),
        new("landscaping", "市园林绿化服务中心", "Municipal Parks and Landscaping Service Centre", UnitKind.MunicipalBureau, null),
        new("postal", "市邮政管理局", "Municipal Postal Administration", UnitKind.MunicipalBureau, null),
        new("housing-fund", "市住房公积金管理中心", "Municipal Housing Provident Fund Management Centre", UnitKind.Other, null),
        new("disabled", "市残疾人联合会", "Municipal Disabled Persons' Federation", UnitKind.Other, null),
        new("fire", "市消防救援支队", "Municipal Fire and Rescue Detachment", UnitKind.Other, null),

        // Public utilities (6)
        new("water", "市自来水有限公司", "Municipal Water Supply Company", UnitKind.PublicUtility, null),
        new("power", "市供电公司", "Municipal Power Supply Company", UnitKind.PublicUtility, null),
        new("gas", "市燃气集团有限公司", "Municipal Gas Group", UnitKind.PublicUtility, null),
        new("heating", "市热力有限公司", "Municipal Heating Company", UnitKind.PublicUtility, null),
        new("telecom", "市通信运营企业联合服务中心（移动、联通、电信）", "Telecom Operators Joint Service Centre", UnitKind.PublicUtility, null),
        new("bus", "市公交集团有限公司", "Municipal Public Transport Group", UnitKind.PublicUtility, null),

        // District and county-level city governments (6)
        new("zhifu", "芝罘区人民政府", "Zhifu District Government", UnitKind.District, null),
        new("laishan", "莱山区人民政府", "Laishan District Government", UnitKind.District, null),
        new("fushan", "福山区人民政府", "Fushan District Government", UnitKind.District, null),
        new("muping", "牟平区人民政府", "Muping District Government", UnitKind.District, null),
        new("penglai", "蓬莱区人民政府", "Penglai District Government", UnitKind.District, null),
        new("longkou", "龙口市人民政府", "Longkou City Government", UnitKind.District, null),

        // Sub-districts and townships (24)
        new("zhifu-xiangyang", "芝罘区向阳街道", "Xiangyang Sub-district, Zhifu", UnitKind.Township, "zhifu"),
        new("zhifu-dongshan", "芝罘区东山街道", "Dongshan Sub-district, Zhifu", UnitKind.Township, "zhifu"),
        new("zhifu-yuhuangding", "芝罘区毓璜顶街道", "Yuhuangding Sub-district, Zhifu", UnitKind.Township, "zhifu"),
        new("zhifu-qishan", "芝罘区奇山街道", "Qishan Sub-district, Zhifu", UnitKind.Township, "zhifu"),
        new("zhifu-huangwu", "芝罘区黄务街道", "Huangwu Sub-district, Zhifu", UnitKind.Township, "zhifu"),
        new("laishan-huanghai", "莱山区黄海路街道", "Huanghai Road Sub-district, Laishan", UnitKind.Township, "laishan"),
        new("laishan-chujia", "莱山区初家街道", "Chujia Sub-district, Laishan", UnitKind.Township, "laishan"),
        new("laishan-binhai", "莱山区滨海路街道", "Binhai Road Sub-district, Laishan", UnitKind.Township, "laishan"),
        new("laishan-jiejiazhuang", "莱山区解甲庄街道", "Jiejiazhuang Sub-district, Laishan", UnitKind.Township, "laishan"),
        new("laishan-laishan", "莱山区莱山街道", "Laishan Sub-district, Laishan", UnitKind.Township, "laishan"),
        new("fushan-qingyang", "福山区清洋街道", "Qingyang Sub-district, Fushan", UnitKind.Township, "fushan"),
        new("fushan-fuxin", "福山区福新街道", "Fuxin Sub-district, Fushan", UnitKind.Township, "fushan"),
        new("fushan-dongting", "福山区东厅街道", "Dongting Sub-district, Fushan", UnitKind.Township, "fushan"),
        new("fushan-huili", "福山区回里镇", "Huili Town, Fushan", UnitKind.Township, "fushan"),
        new("muping-ninghai", "牟平区宁海街道", "Ninghai Sub-district, Muping", UnitKind.Township, "muping"),
        new("muping-wenhua", "牟平区文化街道", "Wenhua Sub-district, Muping", UnitKind.Township, "muping"),
        new("muping-dayao", "牟平区大窑街道", "Dayao Sub-district, Muping", UnitKind.Township, "muping"),
        new("muping-guanshui", "牟平区观水镇", "Guanshui Town, Muping", UnitKind.Township, "muping"),
        new("penglai-dengzhou", "蓬莱区登州街道", "Dengzhou Sub-district, Penglai", UnitKind.Township, "penglai"),
        new("penglai-zijingshan", "蓬莱区紫荆山街道", "Zijingshan Sub-district, Penglai", UnitKind.Township, "penglai"),
        new("penglai-liujiagou", "蓬莱区刘家沟镇", "Liujiagou Town, Penglai", UnitKind.Township, "penglai"),
        new("longkou-donglai", "龙口市东莱街道", "Donglai Sub-district, Longkou", UnitKind.Township, "longkou"),
        new("longkou-longgang", "龙口市龙港街道", "Longgang Sub-district, Longkou", UnitKind.Township, "longkou"),
        new("longkou-xinjia", "龙口市新嘉街道", "Xinjia Sub-district, Longkou", UnitKind.Township, "longkou"),
    ];
}
