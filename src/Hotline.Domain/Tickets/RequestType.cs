namespace Hotline.Domain.Tickets;

/// <summary>诉求类型: what the citizen wants.</summary>
public enum RequestType
{
    Consultation = 1,
    HelpRequest = 2,
    Complaint = 3,
    Report = 4,
    Suggestion = 5,
    Praise = 6,
}
