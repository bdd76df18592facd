using Hotline.Domain.Tickets;
using Hotline.Services.Intake;

namespace Hotline.Services.Tests.Infrastructure;

/// <summary>Intake forms as an agent would fill them in; each has a new submission id.</summary>
public static class IntakeInputs
{
    public const string Phone = "13912345678";
    public const string HeatingContent = "家里暖气不热，室温只有十二度，老人孩子受冻，请热力公司尽快上门查看。";
    public const string WaterContent = "小区从早上开始停水，没有任何通知，请自来水公司尽快恢复供水。";

    public static IntakeInput Register(int categoryId, string content = HeatingContent, string phone = Phone,
        RequestType type = RequestType.Complaint, Urgency urgency = Urgency.Normal, int? areaUnitId = null) =>
        new()
        {
            SubmissionId = Guid.NewGuid(),
            CallerPhone = phone,
            CallerName = "张三",
            RequestType = type,
            CategoryId = categoryId,
            Urgency = urgency,
            AreaUnitId = areaUnitId,
            Address = "莱山区观海路幸福小区3号楼2单元",
            Content = content,
        };

    public static IntakeInput AnswerDirectly(int categoryId, int? articleId, string? answerNote = null, string phone = Phone) =>
        new()
        {
            SubmissionId = Guid.NewGuid(),
            CallerPhone = phone,
            RequestType = RequestType.Consultation,
            CategoryId = categoryId,
            Content = "市民咨询今年供暖从哪天开始，室温标准是多少度。",
            ArticleId = articleId,
            AnswerNote = answerNote,
        };

    public static IntakeInput Urge(string ticketNumber, string? note = "市民再次来电，问什么时候能来修。", string phone = Phone) =>
        new()
        {
            SubmissionId = Guid.NewGuid(),
            CallerPhone = phone,
            UrgeTicketNumber = ticketNumber,
            Content = note,
        };

    public static IntakeInput Invalid(string phone = Phone) =>
        new() { SubmissionId = Guid.NewGuid(), CallerPhone = phone };
}
