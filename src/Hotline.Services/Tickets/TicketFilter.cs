using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Tickets;

/// <summary>
/// The ticket list's search form. Dates are local calendar dates, inclusive. With a <see cref="Measure"/> the list is
/// a figure's drill-down and <see cref="UnitId"/>, <see cref="From"/> and <see cref="To"/> are that figure's unit and
/// period (<see cref="MeasureFilter"/>).
/// </summary>
public sealed class TicketFilter
{
    public const int DefaultPageSize = 20;

    public string? Number { get; set; }
    public string? Phone { get; set; }
    public string? Text { get; set; }
    public TicketStatus? Status { get; set; }
    public RequestType? Type { get; set; }
    public int? CategoryId { get; set; }
    public int? UnitId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public Measure? Measure { get; set; }
    public bool OldestFirst { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = DefaultPageSize;
}
