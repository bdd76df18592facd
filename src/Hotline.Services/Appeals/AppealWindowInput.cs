namespace Hotline.Services.Appeals;

/// <summary>The administrator's form for the appeal window: working days, and the stored text as the form was read.</summary>
public sealed class AppealWindowInput
{
    public int? WorkingDays { get; set; }

    public string? Current { get; set; }
}
