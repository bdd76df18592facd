using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>A heating complaint called in on a November morning, registered or answered on the spot.</summary>
internal static class TestTickets
{
    public const string Number = "20261122-00042";
    public const long CallId = 9001;
    public const int SuggestedUnitId = 31;
    public const int AreaUnitId = 7;
    public const int CategoryId = 12;

    /// <summary>09:30 in Yantai.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 22, 1, 30, 0, TimeSpan.Zero);

    public static DateTimeOffset DispatchDue { get; } = Now.AddMinutes(15);

    /// <summary>An order to <paramref name="leadUnitId"/> with urgent clocks (30 min, 30 min, 3 days) from <see cref="Now"/>.</summary>
    public static DispatchOrder Order(int leadUnitId, string? instruction = null, params int[] assisting) =>
        new(leadUnitId, assisting, instruction, new AssignmentDeadlines(Now.AddMinutes(30), Now.AddMinutes(30), Now.AddDays(3)));

    public static Caller Citizen { get; } = new("138 0535 0001", " 张三 ", Channel.Phone);

    public static TicketDetails Heating { get; } = new(
        RequestType.HelpRequest,
        Urgency.Urgent,
        CategoryId,
        AreaUnitId,
        "  芝罘区南大街88号3单元502室  ",
        "  家中暖气不热，室温只有12度，家里有老人和孩子，请尽快派人维修。  ",
        IsConfidential: false);

    public static TicketDetails Consultation { get; } = new(
        RequestType.Consultation,
        Urgency.Normal,
        CategoryId: 40,
        AreaUnitId: null,
        string.Empty,
        "咨询新生儿落户需要准备哪些材料，在哪里办理。",
        IsConfidential: false);

    public static Ticket Registered() =>
        Ticket.Register(Number, Citizen, Heating, SuggestedUnitId, DispatchDue, TestActors.Agent, Now, CallId);

    public static Ticket AnsweredDirectly() =>
        Ticket.AnswerDirectly("20261122-00043", Citizen, Consultation, articleId: 5,
            "已告知需携带出生医学证明、父母户口簿和身份证到户籍派出所办理。", TestActors.Agent, Now, CallId);
}
