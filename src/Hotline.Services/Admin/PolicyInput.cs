namespace Hotline.Services.Admin;

/// <summary>One row of the policy table as posted, with the version it was read at.</summary>
public sealed class PolicyInput : IPolicyRowInput
{
    public int Id { get; set; }

    /// <summary>The row version shown to the administrator; a different one in the database means someone else saved first.</summary>
    public uint Version { get; set; }

    public LimitInput Dispatch { get; set; } = new();

    public LimitInput SignFor { get; set; } = new();

    public LimitInput FirstContact { get; set; } = new();

    public LimitInput Resolve { get; set; } = new();

    public LimitInput Callback { get; set; } = new();
}
