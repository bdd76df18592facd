namespace Hotline.Domain.Common;

/// <summary>A business rule said no. <see cref="Code"/> is a resource key the UI shows in the user's language.</summary>
public sealed class DomainRuleException(string code, string? detail = null)
    : Exception(detail is null ? code : $"{code}: {detail}")
{
    public string Code { get; } = code;
}
