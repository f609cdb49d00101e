using FluentValidation;

namespace TrunkPortal.Domain.Trunks;

/// <summary>F2: at least one codec, none repeated, in the order given; DTMF, fax, number format and anonymization from their value sets.</summary>
internal sealed class CodecSettingsValidator : AbstractValidator<TrunkRequest>
{
    public CodecSettingsValidator()
    {
        When(x => FieldMatrix.Applies(x.Kind, TrunkField.Codecs), () =>
        {
            RuleFor(x => x.Codecs).Cascade(CascadeMode.Stop)
                .Must(c => c is { Count: > 0 })
                .WithMessage("Add at least one codec: PCMU, PCMA or G729, in your order of preference.")
                .Must(c => c!.All(Enum.IsDefined))
                .WithMessage("codecs accepts PCMU, PCMA and G729 only.")
                .Must(c => c!.Distinct().Count() == c!.Count)
                .WithMessage(x => $"{CodecName(FirstRepeat(x.Codecs!))} is listed more than once; list each codec once, " +
                    "in your order of preference.");
        });

        RuleFor(x => x.Dtmf).IsInEnum().WithMessage("dtmf must be RFC2833 or INBAND.");
        RuleFor(x => x.Fax).IsInEnum().WithMessage("fax must be NONE, INBAND or T38.");
        RuleFor(x => x.NumberFormat).IsInEnum().WithMessage("numberFormat must be E164, INTERNATIONAL or US_NATIONAL.");
        RuleFor(x => x.Anonymization).IsInEnum()
            .WithMessage("anonymization must be NONE, REMOTE_PARTY_ID, ASSERTED_IDENTITY or PREFERRED_IDENTITY.");
    }

    private static Codec FirstRepeat(List<Codec> codecs) =>
        codecs.Where((c, i) => codecs.IndexOf(c) != i).First();

    private static string CodecName(Codec codec) => codec.ToString().ToUpperInvariant();
}
