namespace Hotline.Services.Admin;

/// <summary>The office hours form: "08:30-12:00,13:30-17:30" (local time).</summary>
public sealed class OfficeHoursInput
{
    public string? Text { get; set; }
}
