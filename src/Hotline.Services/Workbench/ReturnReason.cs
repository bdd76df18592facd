namespace Hotline.Services.Workbench;

/// <summary>Why a unit asks to return (退单) a ticket; the free text says the rest.</summary>
public enum ReturnReason
{
    NotOurResponsibility = 1,
    WrongAddress = 2,
    NeedsOtherUnit = 3,
    Other = 4,
}
