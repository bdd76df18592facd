namespace Hotline.Services.Channels;

/// <summary>The public status page's form: a ticket number and the last four digits of the phone it was registered with.</summary>
public sealed class StatusLookupInput
{
    public string? Number { get; set; }
    public string? PhoneLastFour { get; set; }
}
