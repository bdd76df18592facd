using Hotline.Services.Common;

namespace Hotline.Services.Supervision;

/// <summary>A unit's approved requests in a period: returns (退单) and extensions (延期) counted against it.</summary>
public sealed record UnitRequestCount(int UnitId, LocalizedName Unit, int ReturnsApproved, int ExtensionsApproved);
