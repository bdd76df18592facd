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

    // Issue 18 §3 (40–49): dispatch objection (派单异议) and delegation to a sub-unit (下派).

    /// <summary>派单异议: the lead unit disputes the dispatch within its sign-for window, naming the unit it thinks right.</summary>
    RaiseObjection = 40,

    /// <summary>The objection holds: the ticket goes straight to another unit; the disputed time is charged to nobody.</summary>
    UpholdObjection = 41,

    /// <summary>The objection fails: the ticket stays with the unit, its clocks as they were.</summary>
    RejectObjection = 42,

    /// <summary>下派: a district or bureau passes its assignment to one of its own sub-units, answering for it still.</summary>
    Delegate = 43,

    // Issue 18 §4 (50–59): appeals (申诉) against a unit's marks.

    /// <summary>申诉: a unit contests a mark against it (a missed deadline, a dissatisfied callback) with a reason.</summary>
    RaiseAppeal = 50,

    /// <summary>The appeal holds: the fact leaves the unit's measures.</summary>
    UpholdAppeal = 51,

    /// <summary>The appeal fails: the mark stays.</summary>
    RejectAppeal = 52,
}
