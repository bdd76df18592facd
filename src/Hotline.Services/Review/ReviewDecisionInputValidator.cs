using Hotline.Services.Common;

namespace Hotline.Services.Review;

/// <summary>A note never longer than a note may be; sending back (the Reject rule set) must say why.</summary>
public sealed class ReviewDecisionInputValidator() : DecisionNoteValidator<ReviewDecisionInput>(x => x.Note);
