using Hotline.Services.Common;

namespace Hotline.Services.Appeals;

/// <summary>A rejection tells the unit why (<see cref="DecisionNoteValidator{T}.Reject"/>); an upheld appeal's note is optional.</summary>
public sealed class AppealDecisionInputValidator() : DecisionNoteValidator<AppealDecisionInput>(x => x.Note);
