using Hotline.Services.Common;

namespace Hotline.Services.Supervision;

public sealed class ExtensionDecisionInputValidator() : DecisionNoteValidator<ExtensionDecisionInput>(x => x.Note);
