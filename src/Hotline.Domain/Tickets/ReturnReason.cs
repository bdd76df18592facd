namespace Hotline.Domain.Tickets;

/// <summary>Why a unit asks to return (退单) a ticket; the free text says the rest. Stored on the request event and the assignment.</summary>
public enum ReturnReason
{
    NotOurResponsibility = 1,
    WrongAddress = 2,
    NeedsOtherUnit = 3,
    Other = 4,
}
