using Hotline.Services.Common;

namespace Hotline.Services.Dispatch;

public sealed class ReturnDecisionInputValidator() : DecisionNoteValidator<ReturnDecisionInput>(x => x.Note);
