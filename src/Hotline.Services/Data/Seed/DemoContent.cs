using Hotline.Domain.Tickets;

namespace Hotline.Services.Data.Seed;

/// <summary>
/// Material for generating realistic demo tickets: request templates (with an <c>{address}</c> placeholder),
/// names, street/community names usable with any district, and liaison resolution texts.
/// </summary>
public static class DemoContent
{
    /// <summary>The placeholder in <see cref="DemoTicketTemplate.Content"/> replaced by a generated address.</summary>
    public const string AddressPlaceholder = "{address}";

    public static IReadOnlyList<DemoTicketTemplate> Templates { get; } =
    [
        // 公用事业
        new("utilities-heating", RequestType.Complaint, Urgency.Urgent, "市民来电反映，{address}家中暖气不热，室温仅12度，已持续三天，多次联系换热站未解决。诉求：尽快派人上门测温维修。"),
        new("utilities-heating", RequestType.HelpRequest, Urgency.Urgent, "市民来电反映，{address}楼道内暖气管道漏水，楼道积水严重，家中老人行动不便。诉求：热力公司尽快关阀抢修。"),
        new("utilities-heating", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}所在单元暖气上热下凉，室温不足16度，热力公司只上门放气未解决。诉求：排查管网，保证室温达标。"),
        new("utilities-heating", RequestType.Praise, Urgency.Normal, "市民来电表扬：{address}家中暖气不热，热力公司维修人员接单后当天冒雪上门排查疏通，室温已恢复正常，特致谢意。"),
        new("utilities-heating-fee", RequestType.Consultation, Urgency.Normal, "市民来电咨询：{address}的房屋常年无人居住，想办理供暖报停，需要在什么时间、携带哪些材料办理？"),
        new("utilities-heating-fee", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}已按时缴纳供暖费，但热力公司系统显示欠费并要求缴纳滞纳金。诉求：核实缴费记录，取消滞纳金。"),
        new("utilities-water-outage", RequestType.HelpRequest, Urgency.Urgent, "市民来电反映，{address}从今天早上起突然停水，未见任何停水通知，家中无法做饭洗漱。诉求：尽快查明原因恢复供水。"),
        new("utilities-water-outage", RequestType.Complaint, Urgency.Urgent, "市民来电反映，{address}连续两天间歇性停水，每天晚上六点后就没水，小区老人较多，生活受到影响。诉求：供水公司尽快解决。"),
        new("utilities-water-outage", RequestType.Consultation, Urgency.Normal, "市民来电咨询：{address}附近正在改造供水管道，想了解计划停水的具体时间和恢复供水时间。"),
        new("utilities-water-quality", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}自来水近一周发黄、有异味，烧开后有沉淀，担心影响健康。诉求：供水公司上门检测水质并处理。"),
        new("utilities-water-pressure", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，{address}家住六楼，近期水压很低，燃气热水器无法启动，楼下住户正常。诉求：查明原因，改善水压。"),
        new("utilities-water-pipe", RequestType.HelpRequest, Urgency.Urgent, "市民来电反映，{address}路边供水管道爆裂，大量自来水涌上路面，车辆行人通行困难。诉求：尽快关阀抢修。"),
        new("utilities-water-fee", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}家中本月水费比往常高出三倍，家中无漏水，怀疑水表计量不准。诉求：上门校验水表，核实水费。"),
        new("utilities-power-outage", RequestType.HelpRequest, Urgency.Urgent, "市民来电反映，{address}整栋楼停电已超过四个小时，已拨打95598报修但仍未恢复，家中有需要用电的制氧机。诉求：尽快抢修恢复供电。"),
        new("utilities-power-outage", RequestType.Complaint, Urgency.Urgent, "市民来电反映，{address}本月已停电五次，均无提前通知，冰箱内食物变质。诉求：供电公司排查线路，减少停电。"),
        new("utilities-power-outage", RequestType.Praise, Urgency.Normal, "市民来电表扬：{address}因线路故障停电，供电公司抢修人员冒雨连夜作业，两小时内恢复供电，服务负责。"),
        new("utilities-power-voltage", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}每到晚上用电高峰电压不稳，灯光忽明忽暗，空调无法启动。诉求：供电公司检测电压并改造线路。"),
        new("utilities-power-fee", RequestType.Consultation, Urgency.Normal, "市民来电咨询：刚购买了{address}的二手房，如何办理电费户名过户，需要携带哪些材料？"),
        new("utilities-gas", RequestType.HelpRequest, Urgency.Urgent, "市民来电反映，{address}今天上午燃气突然中断，灶具无法点火，购气卡内仍有余额。诉求：燃气公司尽快上门检修。"),
        new("utilities-gas", RequestType.Consultation, Urgency.Normal, "市民来电咨询：{address}新房装修完毕，想申请开通天然气，办理流程和需要缴纳的费用有哪些？"),
        new("utilities-gas-safety", RequestType.Report, Urgency.Urgent, "市民来电反映，{address}楼道内闻到明显的燃气味，怀疑有燃气泄漏，已提醒邻居开窗通风。诉求：燃气公司立即派人排查。"),
        new("utilities-gas-safety", RequestType.Complaint, Urgency.Normal, "市民来电反映，燃气公司人员到{address}入户安检时，强制要求购买报警器和软管，价格明显偏高。诉求：核实并规范安检行为。"),
        new("utilities-telecom", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}手机信号很差，在家中经常无法接通电话，向运营商反映多次未改善。诉求：增设基站，改善信号。"),
        new("utilities-broadband", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}家中宽带频繁断网，报修后维修人员一直未上门，影响孩子上网课。诉求：运营商尽快上门维修。"),
        new("utilities-broadband", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在{address}办理宽带时被告知免费，但之后每月被扣取额外套餐费用。诉求：运营商退还多收费用。"),

        // 住房与物业
        new("housing-property", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}物业公司长期不打扫楼道，垃圾无人清理，单元门禁损坏数月未修。诉求：督促物业公司履行服务职责。"),
        new("housing-property", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}物业公司以拖欠物业费为由，停止为其家人开通门禁卡，出入不便。诉求：制止物业公司违规行为。"),
        new("housing-property", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，{address}楼上住户家中漏水，导致其家天花板渗水发霉，联系物业和楼上住户均未处理。诉求：协调解决漏水问题。"),
        new("housing-property", RequestType.Praise, Urgency.Normal, "市民来电表扬：{address}物业公司工作人员在暴雨期间连夜疏通地下车库排水，保障了业主车辆安全，服务热情周到。"),
        new("housing-maintenance-fund", RequestType.Consultation, Urgency.Normal, "市民来电咨询：{address}楼顶防水层老化漏雨，想申请使用住宅专项维修资金维修，需要履行什么程序？"),
        new("housing-quality", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}新交付的房屋出现墙体裂缝、窗户渗水等问题，开发商一直推诿不予维修。诉求：督促开发商履行保修责任。"),
        new("housing-demolition", RequestType.Consultation, Urgency.Normal, "市民来电咨询：{address}所在片区据说被纳入房屋征收范围，想了解征收补偿标准和安置方式。"),
        new("housing-rental", RequestType.Complaint, Urgency.Normal, "市民来电反映，其租住的{address}房屋合同到期后，房东以各种理由拒不退还押金三千元。诉求：协调退还押金。"),
        new("housing-presale", RequestType.Complaint, Urgency.Normal, "市民来电反映，其购买的{address}商品房合同约定去年年底交房，至今仍未交付，开发商未给出明确时间。诉求：督促开发商尽快交房。"),
        new("housing-old-renovation", RequestType.Suggestion, Urgency.Normal, "市民来电建议：{address}属于老旧小区，管道老化、外墙脱落、停车困难，建议纳入今年老旧小区改造计划。"),
        new("housing-old-renovation", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}老旧小区改造施工拖延，路面挖开后一个多月未恢复，居民出行困难。诉求：加快施工进度。"),
        new("housing-affordable", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人为外地来本市务工人员，已缴纳社保满两年，现租住在{address}，能否申请公共租赁住房？"),
        new("housing-fund", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人在{address}租房居住，想提取住房公积金支付房租，每年可以提取多少，如何办理？"),
        new("housing-dangerous", RequestType.Report, Urgency.Urgent, "市民来电反映，{address}一处老旧平房墙体明显倾斜并出现大面积裂缝，雨后有倒塌风险，周边常有居民经过。诉求：尽快排查处置。"),
        new("housing-intermediary", RequestType.Complaint, Urgency.Normal, "市民来电反映，其通过房产中介租住{address}，中介收取中介费后承诺的维修一直不兑现。诉求：查处中介违规行为。"),

        // 城市管理
        new("urban-illegal-construction", RequestType.Report, Urgency.Normal, "市民来电举报：{address}一楼住户私自在公共绿地上搭建彩钢板房，占用公共空间，影响通行和采光。诉求：依法拆除违建。"),
        new("urban-illegal-construction", RequestType.Report, Urgency.Normal, "市民来电举报：{address}顶楼住户正在楼顶加盖房屋，已施工一周，存在安全隐患。诉求：执法部门尽快制止。"),
        new("urban-street-vending", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}路口每天早晚有大量流动摊贩占道经营，堵塞交通，留下大量垃圾。诉求：加强管理，规范经营。"),
        new("urban-street-vending", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}沿街商铺长期将货物摆放在人行道上，行人只能走机动车道，存在安全隐患。诉求：清理占道。"),
        new("urban-cityscape", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}附近楼体外挂空调支架锈蚀、线缆乱拉乱挂，影响市容且存在安全隐患。诉求：进行整治。"),
        new("urban-sanitation", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}垃圾桶已满溢三天无人清运，气味难闻、招惹蚊蝇。诉求：及时清运垃圾。"),
        new("urban-sanitation", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，{address}路边堆放大量装修垃圾和废旧家具，长期无人清理。诉求：尽快清运。"),
        new("urban-lighting", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}路段多盏路灯不亮已有半个月，夜间漆黑，行人出行不安全。诉求：尽快维修路灯。"),
        new("urban-lighting", RequestType.Suggestion, Urgency.Normal, "市民来电建议：{address}通往公园的步行道没有路灯，晚上散步的老人较多，建议加装照明设施。"),
        new("urban-manhole", RequestType.HelpRequest, Urgency.Urgent, "市民来电反映，{address}人行道上一处井盖缺失，已有行人险些跌落，现场无任何警示标志。诉求：立即设置警示并补装井盖。"),
        new("urban-manhole", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}机动车道上井盖松动，车辆经过时发出巨大响声，夜间严重影响休息。诉求：尽快修复。"),
        new("urban-drainage", RequestType.HelpRequest, Urgency.Urgent, "市民来电反映，{address}下水道堵塞，污水从井口漫出流到路面，臭气熏天。诉求：尽快疏通排水管道。"),
        new("urban-advertising", RequestType.Report, Urgency.Normal, "市民来电举报：{address}一商铺在楼体外擅自设置大型广告牌，固定不牢，大风天有坠落风险。诉求：核查处理。"),
        new("urban-muck-truck", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}附近每天夜间有渣土车经过，沿途撒漏泥土，路面扬尘严重。诉求：加强渣土车管理。"),
        new("urban-garbage-sorting", RequestType.Consultation, Urgency.Normal, "市民来电咨询：{address}开始实行垃圾分类，想了解过期药品、废电池属于哪类垃圾，应投放到哪里？"),
        new("urban-public-toilet", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}附近公共厕所卫生状况差，洗手池损坏无水，晚上八点就锁门。诉求：加强管理，延长开放时间。"),
        new("urban-municipal-road", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，{address}人行道地砖大面积破损松动，雨天踩上去溅水，老人容易摔倒。诉求：尽快维修。"),
        new("urban-snow", RequestType.Complaint, Urgency.Urgent, "市民来电反映，{address}路段积雪结冰两天仍未清理，坡道湿滑，已有多人摔倒。诉求：尽快组织清雪除冰。"),
        new("urban-shared-bikes", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}公交站旁共享单车大量乱停乱放，占满人行道，盲道被堵。诉求：督促运营企业及时清理。"),

        // 生态环境
        new("environment-noise-construction", RequestType.Complaint, Urgency.Urgent, "市民来电反映，{address}附近工地连续多日夜间施工至凌晨两点，打桩声、搅拌车噪音严重，影响居民休息。诉求：立即制止夜间施工。"),
        new("environment-noise-construction", RequestType.Complaint, Urgency.Urgent, "市民来电反映，{address}对面工地晚上十一点仍在浇筑混凝土，现场人员称有许可但未见公示。诉求：核实是否办理夜间施工证明。"),
        new("environment-noise-construction", RequestType.Consultation, Urgency.Normal, "市民来电咨询：{address}附近工地经常夜间施工，想了解夜间施工的时间规定，施工单位需要办理什么手续？"),
        new("environment-noise-social", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}楼下广场每晚有人跳广场舞，音响音量很大，持续到晚上十点以后，孩子无法学习。诉求：协调降低音量、控制时间。"),
        new("environment-noise-social", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}沿街商铺用高音喇叭循环播放促销广告，从早到晚不停。诉求：制止噪声扰民。"),
        new("environment-noise-industrial", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}附近一家加工厂机器日夜运转，噪音很大，居民夜间无法入睡。诉求：核查企业噪声排放。"),
        new("environment-noise-traffic", RequestType.Suggestion, Urgency.Normal, "市民来电建议：{address}紧邻快速路，夜间大货车噪音很大，建议在该路段加装隔音屏障并限制鸣笛。"),
        new("environment-air", RequestType.Report, Urgency.Normal, "市民来电举报：{address}附近一家企业烟囱夜间冒黑烟，空气中有刺鼻气味，怀疑偷排废气。诉求：环保部门依法查处。"),
        new("environment-air", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}附近工地未采取覆盖、洒水等降尘措施，扬尘严重，窗台上落满灰尘。诉求：督促工地落实降尘措施。"),
        new("environment-water-pollution", RequestType.Report, Urgency.Normal, "市民来电举报：{address}附近河道出现大量白色泡沫和异味，怀疑有企业向河道排放污水。诉求：查明排污源头。"),
        new("environment-fumes", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}楼下饭店油烟直排，油烟窜入楼上住户家中，夏天无法开窗。诉求：督促饭店安装油烟净化设施。"),
        new("environment-odor", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}附近垃圾中转站散发恶臭，夏季尤为严重，周边居民苦不堪言。诉求：采取除臭措施。"),
        new("environment-radiation", RequestType.Consultation, Urgency.Normal, "市民来电咨询：{address}楼顶新安装了通信基站，担心电磁辐射影响健康，想了解是否有检测标准及如何申请检测。"),
        new("environment-burning", RequestType.Report, Urgency.Normal, "市民来电举报：{address}附近空地每天傍晚有人焚烧垃圾和秸秆，浓烟很大。诉求：制止露天焚烧。"),
        new("environment-solid-waste", RequestType.Report, Urgency.Normal, "市民来电举报：{address}附近空地被倾倒大量不明工业废料，散发刺鼻气味。诉求：查明来源并清理。"),

        // 交通出行
        new("traffic-road", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，{address}附近公路上有一个大坑，雨后积水看不清，已有电动车摔倒。诉求：尽快修补路面。"),
        new("traffic-bus", RequestType.Suggestion, Urgency.Normal, "市民来电建议：{address}新建小区入住居民较多，最近的公交站步行需二十分钟，建议增设公交线路或站点。"),
        new("traffic-bus", RequestType.Complaint, Urgency.Normal, "市民来电反映，在{address}站点候车时，某路公交车早高峰间隔超过四十分钟，车内拥挤。诉求：增加早高峰班次。"),
        new("traffic-bus-service", RequestType.Complaint, Urgency.Normal, "市民来电反映，今天上午在{address}站点乘坐公交车时，驾驶员未等乘客站稳就急加速，导致老人摔倒，且态度恶劣。诉求：调查处理。"),
        new("traffic-bus-service", RequestType.Praise, Urgency.Normal, "市民来电表扬：其在公交车上遗失钱包，驾驶员拾到后主动联系失主，并在{address}站点等候归还，拾金不昧。"),
        new("traffic-taxi", RequestType.Complaint, Urgency.Normal, "市民来电反映，昨晚在{address}乘坐出租车，司机拒绝打表、要求一口价，并绕路行驶。诉求：查处司机违规行为。"),
        new("traffic-ride-hailing", RequestType.Complaint, Urgency.Normal, "市民来电反映，通过网约车平台叫车到{address}，实际车辆与平台显示车牌不符，司机还多收费用。诉求：核查处理。"),
        new("traffic-parking", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}路边停车收费员未出示收费凭证，收费标准与公示不一致。诉求：规范停车收费。"),
        new("traffic-parking", RequestType.Suggestion, Urgency.Normal, "市民来电建议：{address}周边医院、学校集中，停车位严重不足，建议利用周边空地增设公共停车场。"),
        new("traffic-signals", RequestType.HelpRequest, Urgency.Urgent, "市民来电反映，{address}路口信号灯损坏，四个方向均不亮，车辆通行混乱，存在事故隐患。诉求：尽快维修。"),
        new("traffic-violation", RequestType.Consultation, Urgency.Normal, "市民来电咨询：其车辆在{address}被抓拍违停，但当时是临时停车卸货，对违法记录有异议，如何申请复核？"),
        new("traffic-congestion", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}学校门口上下学时段家长车辆乱停乱放，造成严重拥堵。诉求：加强交通疏导。"),
        new("traffic-vehicle-license", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人驾驶证下月到期，户籍在外地、现居住在{address}，能否在本市办理换证？"),
        new("traffic-rural-road", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，{address}的进村道路坑洼不平，雨天泥泞无法通行，村民出行困难。诉求：硬化修缮道路。"),
        new("traffic-driving-school", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在{address}附近驾校报名已半年，驾校一直不安排练车和考试，要求退费被拒。诉求：督促驾校履约或退费。"),

        // 教育
        new("education-enrollment", RequestType.Consultation, Urgency.Normal, "市民来电咨询：孩子今年满六周岁，家住{address}，想了解对应的学区学校及入学报名所需材料。"),
        new("education-enrollment", RequestType.Complaint, Urgency.Normal, "市民来电反映，其孩子户籍和房产均在{address}，属于学区范围，但报名时被学校告知学位已满。诉求：核实并保障入学。"),
        new("education-fees", RequestType.Report, Urgency.Normal, "市民来电举报：{address}附近一所学校以资料费名义向每名学生收取两百元，未出具收据。诉求：核查是否违规收费。"),
        new("education-training", RequestType.Report, Urgency.Normal, "市民来电举报：{address}有一家培训机构违规开展学科类培训，且未公示办学许可。诉求：依法查处。"),
        new("education-school-safety", RequestType.Suggestion, Urgency.Normal, "市民来电建议：{address}学校门口马路没有斑马线和减速带，学生过马路危险，建议增设交通安全设施。"),
        new("education-teacher", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}附近一所学校有老师在课堂上暗示学生参加其校外有偿补课。诉求：调查处理。"),
        new("education-kindergarten", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}一所民办幼儿园大幅上涨保教费，且未提前告知家长。诉求：核查收费是否合规。"),
        new("education-burden", RequestType.Complaint, Urgency.Normal, "市民来电反映，其孩子就读于{address}附近的小学，每天作业要写到晚上十一点。诉求：落实减负要求。"),
        new("education-student-aid", RequestType.Consultation, Urgency.Normal, "市民来电咨询：家中为低保户，孩子在{address}附近高中就读，想了解可以申请哪些学生资助。"),

        // 医疗卫生
        new("health-medical-service", RequestType.Complaint, Urgency.Normal, "市民来电反映，今天在{address}附近某医院就诊，挂号后等候三个小时仍未就诊，医生态度生硬。诉求：改善医疗服务。"),
        new("health-medical-service", RequestType.Praise, Urgency.Normal, "市民来电表扬：{address}附近社区卫生服务中心的医生多次上门为其卧床母亲诊疗，耐心细致，特致谢意。"),
        new("health-medical-dispute", RequestType.Complaint, Urgency.Normal, "市民来电反映，其家属在{address}附近某医院手术后出现严重并发症，对医院治疗过程有异议。诉求：卫生健康部门调查处理。"),
        new("health-vaccination", RequestType.Consultation, Urgency.Normal, "市民来电咨询：孩子刚出生，家住{address}，应到哪里建立预防接种证，首针疫苗什么时候接种？"),
        new("health-illegal-practice", RequestType.Report, Urgency.Normal, "市民来电举报：{address}有一家无牌诊所，无资质人员为群众输液，存在医疗安全隐患。诉求：依法查处。"),
        new("health-maternal", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人为外地户籍，现居住在{address}，怀孕后如何办理生育登记和建立孕产妇保健手册？"),
        new("health-ambulance", RequestType.Praise, Urgency.Normal, "市民来电表扬：其父亲在{address}家中突发心梗，急救人员十分钟内赶到并及时施救，挽救了老人生命。"),

        // 社会保障与就业
        new("social-pension", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人即将年满六十周岁，养老保险已缴费十八年，退休手续如何办理，需要准备哪些材料？"),
        new("social-employment", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人为今年应届高校毕业生，现居住在{address}，想了解本市有哪些就业补贴和创业扶持政策。"),
        new("social-unemployment", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人上个月被公司辞退，已缴纳失业保险三年，能否申领失业保险金，如何办理？"),
        new("social-wage-arrears", RequestType.Complaint, Urgency.Urgent, "市民来电反映，其在{address}附近一处工地务工，工地拖欠包括其在内二十余名工人三个月工资共计十余万元。诉求：协调追讨工资。"),
        new("social-wage-arrears", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在{address}一家餐馆工作两个月后离职，老板以各种理由拒付最后一个月工资。诉求：督促支付工资。"),
        new("social-labor-relations", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在{address}附近一家公司入职半年，公司未签订劳动合同，也未缴纳社会保险。诉求：督促公司依法签订合同并参保。"),
        new("social-work-injury", RequestType.Consultation, Urgency.Normal, "市民来电咨询：其在{address}附近单位工作时受伤，单位不愿申报工伤，个人能否申请工伤认定，时限是多久？"),
        new("social-card", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，其社保卡丢失，到{address}附近银行网点补办时被告知系统故障无法办理，急需就医使用。诉求：尽快补办。"),
        new("social-flexible", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人为外卖骑手，在本市无单位参保，能否以灵活就业人员身份缴纳养老保险，缴费基数如何选择？"),
        new("social-talent", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人为今年新引进的硕士研究生，想了解本市人才购房补贴、生活补贴的申请条件和流程。"),

        // 医疗保障
        new("medicare-resident", RequestType.Consultation, Urgency.Normal, "市民来电咨询：孩子今年刚出生，家住{address}，如何办理城乡居民医保参保缴费，多久内办理才能从出生起享受待遇？"),
        new("medicare-remote", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人退休后随子女到外省长期居住，如何办理医保异地就医备案，备案后能否直接结算？"),
        new("medicare-reimbursement", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在{address}附近定点药店购药，医保卡无法刷卡结算，店员称系统问题已持续一周。诉求：尽快恢复医保结算。"),
        new("medicare-fraud", RequestType.Report, Urgency.Normal, "市民来电举报：{address}附近一家诊所以免费体检为名收集老年人医保卡，虚开药品进行刷卡。诉求：查处骗保行为。"),

        // 市场监管
        new("market-food-safety", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在{address}附近超市购买的面包已过保质期仍在销售，食用后肠胃不适。诉求：查处超市并赔偿。"),
        new("market-food-safety", RequestType.Report, Urgency.Normal, "市民来电举报：{address}一家小餐馆后厨卫生条件极差，从业人员未戴口罩帽子，且未公示食品经营许可证。诉求：依法查处。"),
        new("market-consumer", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在{address}一家家电商场购买的空调安装后不制冷，商家拒绝退换。诉求：协调退换货。"),
        new("market-consumer", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在{address}一家美容店消费时被强制推销项目，办理后发现效果与宣传不符。诉求：协调退款。"),
        new("market-price", RequestType.Report, Urgency.Normal, "市民来电举报：{address}一家药店同一种药品标价与结算价格不一致，结算时多收费用。诉求：查处价格违法行为。"),
        new("market-quality", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在{address}购买的电动自行车充电器使用一周后冒烟烧毁，怀疑产品质量有问题。诉求：核查产品质量。"),
        new("market-drugs", RequestType.Report, Urgency.Normal, "市民来电举报：{address}附近一家保健品店以讲座形式向老年人宣传保健品能治病，高价销售。诉求：查处虚假宣传。"),
        new("market-elevator", RequestType.HelpRequest, Urgency.Urgent, "市民来电反映，{address}电梯近一个月频繁故障，今天又有居民被困半小时，维保单位迟迟不来。诉求：排查电梯安全隐患。"),
        new("market-prepaid", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在{address}一家健身房办理年卡三千元，使用两个月后健身房突然关门，老板联系不上。诉求：协调退还余额。"),
        new("market-measurement", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在{address}农贸市场买菜，回家称重发现缺斤短两严重。诉求：检查市场计量器具。"),
        new("market-unlicensed", RequestType.Report, Urgency.Normal, "市民来电举报：{address}路边有人无证经营二手车交易，长期占用车位，交易纠纷频发。诉求：依法查处。"),
        new("market-express", RequestType.Complaint, Urgency.Normal, "市民来电反映，快递员未经同意将快件放入{address}的快递柜并收取超时费，包裹丢失后快递公司推诿。诉求：协调赔偿。"),

        // 公安服务
        new("police-hukou", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人在本市购买了位于{address}的住房，想把户口迁入，需要满足什么条件、准备哪些材料？"),
        new("police-id-card", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人户籍在外地，身份证即将到期，能否在{address}附近的派出所办理换领？"),
        new("police-residence-permit", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人在{address}租房居住已满半年，想办理居住证，需要准备哪些材料，多久可以领取？"),
        new("police-exit-entry", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人户籍在外地，想在本市办理护照出国旅游，能否在本市出入境窗口办理，多长时间可以拿到？"),
        new("police-public-order", RequestType.Report, Urgency.Normal, "市民来电举报：{address}一处出租房内人员复杂，夜间频繁有人进出并大声喧哗，怀疑存在聚众赌博。诉求：公安机关核查。"),
        new("police-fraud", RequestType.Report, Urgency.Urgent, "市民来电反映，其母亲接到冒充公检法人员的电话，正被诱导转账，家住{address}，话务员已引导拨打110。诉求：公安机关尽快上门劝阻。"),
        new("police-dogs", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}有居民遛狗不牵绳，大型犬在小区内追逐儿童，多次劝说无效。诉求：加强文明养犬管理。"),
        new("police-fireworks", RequestType.Report, Urgency.Normal, "市民来电举报：{address}附近禁放区域内每晚有人燃放烟花爆竹，噪音大且存在火灾隐患。诉求：依法制止。"),
        new("police-hukou", RequestType.Praise, Urgency.Normal, "市民来电表扬：{address}附近派出所户籍民警了解到其行动不便，主动上门为其办理户口迁移手续，服务贴心。"),

        // 民政服务
        new("civil-subsistence", RequestType.Consultation, Urgency.Normal, "市民来电咨询：家中丈夫重病无法工作，全家收入很低，住在{address}，想了解申请低保的条件和流程。"),
        new("civil-elderly", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，{address}一位独居老人年过八旬，子女不在身边，生活难以自理。诉求：社区协助联系养老服务或居家照护。"),
        new("civil-elderly-benefits", RequestType.Consultation, Urgency.Normal, "市民来电咨询：其父亲今年刚满六十周岁，住在{address}，如何办理老年人优待证，可以享受哪些优惠？"),
        new("civil-disability", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人持有二级肢体残疾证，住在{address}，能否申请重度残疾人护理补贴，如何申请？"),
        new("civil-marriage", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人户籍在外地，现在本市工作并办理了居住证，能否在本市婚姻登记处办理结婚登记？"),
        new("civil-funeral", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}附近一家殡葬服务机构收费项目不透明，强制推销高价骨灰盒。诉求：规范殡葬服务收费。"),
        new("civil-veterans", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人为退役军人，现居住在{address}，想了解退役军人优待证的办理方式和优待内容。"),

        // 社区治理
        new("community-management", RequestType.Suggestion, Urgency.Normal, "市民来电建议：{address}所在社区老年人较多，建议社区增设老年食堂或助餐点，方便老人就餐。"),
        new("community-dispute", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，{address}邻居长期在楼道内堆放杂物，多次沟通无果，双方产生矛盾。诉求：社区协调解决。"),
        new("community-parking", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}外来车辆随意进出停放，业主回家无处停车，物业不作为。诉求：规范小区停车管理。"),
        new("community-fire-passage", RequestType.Report, Urgency.Urgent, "市民来电举报：{address}消防通道被私家车长期占用，消防车无法通行，物业劝阻无效。诉求：尽快清理通道。"),
        new("community-elevator-install", RequestType.Consultation, Urgency.Normal, "市民来电咨询：{address}为六层老楼，居民想加装电梯，申请流程和补贴政策是怎样的？"),
        new("community-pets", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}一楼住户在院内饲养鸡鸭多只，气味难闻且每天清晨鸣叫。诉求：协调处理。"),

        // 自然资源与规划
        new("resources-real-estate", RequestType.Complaint, Urgency.Normal, "市民来电反映，其购买的{address}商品房已入住五年，至今办不下不动产权证，影响孩子上学。诉求：尽快办理产权证。"),
        new("resources-land", RequestType.Report, Urgency.Normal, "市民来电举报：{address}附近有人占用基本农田建设厂房，已开始浇筑地基。诉求：依法查处。"),
        new("resources-planning", RequestType.Consultation, Urgency.Normal, "市民来电咨询：{address}附近空地正在施工，想了解该地块的规划用途，是否有规划许可公示。"),
        new("resources-mining", RequestType.Report, Urgency.Normal, "市民来电举报：{address}附近河滩夜间有人非法采砂，大型车辆来回运输，河床破坏严重。诉求：依法查处。"),
        new("resources-forestry", RequestType.Report, Urgency.Normal, "市民来电举报：{address}附近山上有人私自砍伐树木，已砍倒数十棵。诉求：林业部门查处。"),

        // 农业农村
        new("agriculture-subsidy", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人在{address}承包耕地种植小麦，想了解耕地地力保护补贴的发放标准和发放时间。"),
        new("agriculture-inputs", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在{address}一家农资店购买的玉米种子出苗率不足三成，商家拒绝赔偿。诉求：核查种子质量。"),
        new("agriculture-land-contract", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}村委会未经本人同意将其承包地流转给他人。诉求：恢复其土地承包经营权。"),
        new("agriculture-village-affairs", RequestType.Report, Urgency.Normal, "市民来电举报：{address}村集体收入、支出账目多年未公开，村民多次要求查看被拒。诉求：督促村务公开。"),
        new("agriculture-livestock", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}附近一处养猪场粪污直排，臭味严重，污染周边水沟。诉求：查处整改。"),
        new("agriculture-fishery", RequestType.Report, Urgency.Normal, "市民来电举报：伏季休渔期间，{address}附近海域有渔船违规出海捕捞。诉求：依法查处。"),
        new("agriculture-rural-environment", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}村内垃圾堆积、污水横流，长时间无人清理。诉求：改善村庄人居环境。"),

        // 文化旅游
        new("culture-tourism", RequestType.Complaint, Urgency.Normal, "市民来电反映，其参加旅行社组织的一日游，导游在{address}附近购物店强制游客购物。诉求：查处旅行社。"),
        new("culture-scenic", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}附近景区节假日停车场收费混乱，景区内商户价格虚高。诉求：加强景区管理。"),
        new("culture-venues", RequestType.Suggestion, Urgency.Normal, "市民来电建议：{address}附近的图书馆周末开放时间较短，建议延长开放时间，方便学生和上班族阅读。"),
        new("culture-entertainment", RequestType.Report, Urgency.Normal, "市民来电举报：{address}一家网吧允许未成年人进入上网，且未登记身份证。诉求：依法查处。"),
        new("culture-sports", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，{address}附近健身广场的健身器材多处损坏，存在安全隐患。诉求：维修或更换器材。"),

        // 应急与安全生产
        new("safety-production", RequestType.Report, Urgency.Normal, "市民来电举报：{address}附近一家企业员工未佩戴防护用品进行高空作业，存在严重安全隐患。诉求：核查处理。"),
        new("safety-hazardous", RequestType.Report, Urgency.Urgent, "市民来电举报：{address}居民楼一楼商铺内存放大量液化气罐和油漆等易燃物品。诉求：尽快排查安全隐患。"),
        new("safety-fire-hazard", RequestType.Report, Urgency.Normal, "市民来电举报：{address}楼道内有住户私拉电线给电动车充电，存在火灾隐患。诉求：依法清理整改。"),
        new("safety-construction-site", RequestType.Report, Urgency.Normal, "市民来电举报：{address}一处在建工地塔吊吊物从人行道上空经过，未设置围挡和警示标志。诉求：督促整改。"),

        // 税务
        new("tax-invoice", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在{address}一家饭店消费后索要发票，店家以各种理由拒绝开具。诉求：督促商家开具发票。"),
        new("tax-individual", RequestType.Consultation, Urgency.Normal, "市民来电咨询：个人所得税年度汇算的办理时间是什么时候，如何填报赡养老人专项附加扣除？"),
        new("tax-social-fee", RequestType.Consultation, Urgency.Normal, "市民来电咨询：灵活就业人员养老保险费可以通过哪些渠道缴纳，能否一次性按年缴费？"),

        // 营商环境与企业服务
        new("business-environment", RequestType.Complaint, Urgency.Normal, "市民来电反映，其公司在{address}办理相关手续时，被要求提供规定之外的证明材料，多次往返仍未办成。诉求：优化办事流程。"),
        new("business-license", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人想在{address}开一家小超市，如何办理个体工商户营业执照，需要哪些材料？"),
        new("business-support", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人经营一家小微企业，位于{address}，想了解今年有哪些惠企纾困政策可以申请。"),
        new("business-arrears", RequestType.Complaint, Urgency.Normal, "市民来电反映，其公司为{address}某单位承建的工程已完工验收两年，工程款至今未支付。诉求：协调支付拖欠款项。"),

        // 园林绿化
        new("greening-trees", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，{address}楼前树木过于茂密，遮挡低层住户采光，树枝已伸入窗户。诉求：尽快修剪。"),
        new("greening-damage", RequestType.Report, Urgency.Normal, "市民来电举报：{address}有住户毁坏公共绿地开荒种菜，并私设围栏。诉求：恢复绿化。"),
        new("greening-parks", RequestType.Praise, Urgency.Normal, "市民来电表扬：{address}附近公园改造后增设了健身步道和儿童游乐设施，环境优美，感谢相关部门。"),
        new("greening-pests", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，{address}附近行道树出现大量美国白蛾幼虫，掉落到行人身上。诉求：尽快喷药防治。"),

        // 水利
        new("water-conservancy-river", RequestType.Complaint, Urgency.Normal, "市民来电反映，{address}附近河道内垃圾漂浮、杂草丛生，河水发臭。诉求：清理河道。"),
        new("water-conservancy-flood", RequestType.HelpRequest, Urgency.Urgent, "市民来电反映，连日降雨导致{address}附近河道水位上涨，河堤出现渗水，附近村民担心安全。诉求：尽快排查险情。"),
        new("water-conservancy-rural-water", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，{address}村自来水每天只供一两个小时，水量不足，村民生活用水困难。诉求：解决农村供水问题。"),

        // 政务服务
        new("gov-service-hall", RequestType.Praise, Urgency.Normal, "市民来电表扬：其在政务服务中心办理不动产登记时，窗口工作人员主动延时服务，耐心讲解，一次办结。"),
        new("gov-service-hall", RequestType.Complaint, Urgency.Normal, "市民来电反映，其在政务服务中心办理业务时，窗口工作人员在岗玩手机，对咨询很不耐烦。诉求：加强窗口管理。"),
        new("gov-online", RequestType.Complaint, Urgency.Normal, "市民来电反映，在政务服务网上办事平台上传材料时多次提示系统错误，无法提交申请。诉求：尽快修复系统。"),

        // 法律服务、其他
        new("legal-aid", RequestType.Consultation, Urgency.Normal, "市民来电咨询：本人为农民工，被拖欠工资想起诉，但请不起律师，能否申请法律援助，去哪里申请？"),
        new("legal-mediation", RequestType.HelpRequest, Urgency.Normal, "市民来电反映，其与{address}隔壁邻居因房屋漏水赔偿产生纠纷，双方协商不成。诉求：申请人民调解。"),
        new("other-suggestion", RequestType.Suggestion, Urgency.Normal, "市民来电建议：在{address}等居民密集区域增设电动汽车充电桩和电动自行车集中充电设施，方便居民充电。"),
    ];

    public static IReadOnlyList<string> FamilyNames { get; } =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
        "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "曲",
        "姜", "孔", "邹", "宫", "衣", "隋", "栾", "初", "鞠", "迟",
    ];

    public static IReadOnlyList<string> GivenNames { get; } =
    [
        "建国", "秀英", "志强", "丽华", "海燕", "立新", "玉兰", "国庆", "桂芳", "春梅",
        "文杰", "晓东", "丽娜", "明", "军", "伟", "芳", "静", "磊", "洋",
        "敏", "强", "艳", "杰", "娟", "涛", "婷", "鹏", "雪", "超",
        "浩然", "子涵", "欣怡", "宇轩", "梓萱", "俊杰", "晓燕", "红梅", "志刚", "海波",
        "庆华", "凤英", "淑珍", "德胜", "永刚", "春生", "秀兰", "振华", "佳怡", "思雨",
        "一鸣", "雨涵", "建华", "卫东", "晓峰", "金凤", "宏伟", "桂英", "文静", "海涛",
    ];

    /// <summary>Road and residential-compound names, not tied to any district.</summary>
    public static IReadOnlyList<string> Streets { get; } =
    [
        "港城东大街", "港城西大街", "南大街", "北马路", "青年南路", "胜利路", "环山路", "观海路", "迎春大街", "滨海中路",
        "红旗中路", "机场路", "长江路", "黄河路", "海港路", "幸福南路", "华山路", "通世路", "上夼西路", "福海路",
        "锦华苑小区", "海韵花园", "阳光假日小区", "世纪华庭", "金海岸花园", "明珠小区", "东方花苑", "海天名城", "翠屏小区", "海景苑",
        "银河小区", "山海名苑", "清泉社区", "幸福新村", "朝阳小区", "东华小区", "绿城家园", "海上新居", "松山小区", "丽景花园",
    ];

    /// <summary>Resolution texts a liaison might report when closing an assignment.</summary>
    public static IReadOnlyList<string> Results { get; } =
    [
        "接单后工作人员当日联系市民并到现场核实，问题已处理完毕，市民对处理结果表示认可。",
        "经现场核查，情况属实，已安排维修人员上门维修，目前已恢复正常使用。",
        "已联系市民详细解答相关政策和办理流程，市民表示清楚，无其他诉求。",
        "经调查核实，已责令相关经营者限期整改，执法人员将持续跟踪复查。",
        "已协调物业服务企业落实整改，物业承诺加强日常管理，市民表示满意。",
        "执法人员到现场后已制止相关行为，并对当事人进行批评教育，现场已恢复正常秩序。",
        "经排查系管线老化导致，已于当天完成抢修并恢复供应，后续将纳入管网改造计划。",
        "已组织双方当事人进行调解，双方达成一致意见，纠纷已化解。",
        "经核实，该事项已纳入年度计划，预计年内实施，已向市民说明情况并取得理解。",
        "已督促用人单位支付拖欠的工资，相关款项已全部发放到位，市民表示感谢。",
        "现场检测结果符合标准，已向市民出示检测数据并解释原因，市民表示理解。",
        "已对涉事人员进行约谈和批评教育，并在单位内部通报，举一反三加强服务规范。",
        "经与商家协商，商家同意退还相关费用，款项已退回市民账户。",
        "该事项涉及法律诉讼，已告知市民可通过司法途径解决，并提供了法律援助渠道。",
        "已安排工作人员清理完毕，并增加巡查频次，防止问题反弹。",
        "经核查，反映问题不属实，已将核查情况向市民作出说明。",
        "已协调相关部门联合执法，违法建设已依法拆除，现场已恢复原状。",
        "已向市民告知所需材料和办理地点，市民已按指引办理完毕。",
        "问题已初步处理，受季节和施工条件限制，将于条件具备后彻底解决，已与市民沟通一致。",
        "已电话回复市民处理结果，市民对处理过程和结果均表示满意。",
    ];
}
