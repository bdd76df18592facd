namespace Hotline.Domain.Tickets;

/// <summary>Everything that can happen to a ticket; each one is a row (or rows) in <see cref="TicketTransitions"/>.</summary>
public enum TicketAction
{
    Register = 1,
    AnswerDirectly = 2,
    Dispatch = 3,
    Cancel = 4,
    SignFor = 5,
    RequestReturn = 6,
    ApproveReturn = 7,
    RejectReturn = 8,
    RecordContact = 9,
    AddNote = 10,
    RequestExtension = 11,
    Resolve = 12,
    CloseAfterCallback = 13,
    Reopen = 14,
    Merge = 15,
    Urge = 16,
    AbsorbDuplicate = 17,
    AssistDone = 18,
    DecideExtension = 19,
    RevealCaller = 20,
    AddAttachment = 21,
    RecordCallback = 22,
    Supervise = 23,
    LiftSupervision = 24,

    // Reply review (审核, issue 18 §2).
    SubmitForReview = 30,
    PassReview = 31,
    SendBackFromReview = 32,
}
