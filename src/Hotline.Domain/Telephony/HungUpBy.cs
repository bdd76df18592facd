namespace Hotline.Domain.Telephony;

/// <summary>Who ended a call, as the platform reports it.</summary>
public enum HungUpBy
{
    Caller = 1,
    Agent = 2,
    System = 3,
}
