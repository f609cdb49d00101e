using FluentValidation.Results;
using TrunkPortal.Domain.ServiceAddresses;

namespace TrunkPortal.ServiceAddresses;

/// <summary>Outcome of a create or update: the saved address, the validator's refusals, or "not found" (R1 included).</summary>
public sealed record ServiceAddressResult(ServiceAddress? Address, ValidationResult Validation, bool IsNotFound)
{
    public bool Succeeded => Address is not null;

    public static ServiceAddressResult Saved(ServiceAddress address) => new(address, new ValidationResult(), false);

    /// <summary>The request broke <see cref="ServiceAddressValidator"/>; nothing was saved.</summary>
    public static ServiceAddressResult Invalid(ValidationResult validation) => new(null, validation, false);

    public static ServiceAddressResult NotFound() => new(null, new ValidationResult(), true);
}
