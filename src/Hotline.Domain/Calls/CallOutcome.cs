namespace Hotline.Domain.Calls;

public enum CallOutcome
{
    NewTicket = 1,
    Urge = 2,
    DirectAnswer = 3,
    Invalid = 4,
}
