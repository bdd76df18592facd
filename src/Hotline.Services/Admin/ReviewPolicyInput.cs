namespace Hotline.Services.Admin;

/// <summary>One row of the review policy as posted, with the version it was read at.</summary>
public sealed class ReviewPolicyInput : IPolicyRowInput
{
    public int Id { get; set; }

    public uint Version { get; set; }

    public bool Always { get; set; }

    public bool WhenSupervised { get; set; }

    public LimitInput Limit { get; set; } = new();
}
