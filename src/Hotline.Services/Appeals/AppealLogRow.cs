using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Appeals;

/// <summary>One appeal as the queue and the log show it.</summary>
public sealed record AppealLogRow(
    long Id,
    string Number,
    uint Version,
    int UnitId,
    LocalizedName Unit,
    AppealedMark Mark,
    DateTimeOffset MarkedAt,
    string Reason,
    DateTimeOffset RaisedAt,
    string RaisedBy,
    RequestStatus Status,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    string? DecisionNote,
    IReadOnlyList<AppealEvidence> Evidence);

/// <summary>A file sent with an appeal: its attachment id (to download it) and name.</summary>
public sealed record AppealEvidence(long Id, string FileName);
