using Hotline.Services.Common;

namespace Hotline.Services.Open311;

/// <summary>
/// One choice of a singlevaluelist attribute: the key the client sends, and the name shown to the citizen, either a
/// name kept in both languages (units) or a resource key (request types, urgency).
/// </summary>
public sealed record AttributeValue(string Key, LocalizedName? Name = null, string? NameKey = null);
