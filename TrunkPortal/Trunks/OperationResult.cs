namespace TrunkPortal.Trunks;

public enum OperationStatus { Succeeded, NotFound, Invalid, Refused }

/// <summary>A field a validator refused: <see cref="Property"/> is the TrunkRequest member path (e.g. "SourceHosts[1]").</summary>
public sealed record FieldError(string Property, string Message);

/// <summary>
/// The outcome of a trunk operation. Bad input and refused actions are answers, not exceptions:
/// <see cref="OperationStatus.Invalid"/> carries field errors, <see cref="OperationStatus.Refused"/> a rule's
/// message (a limit L1-L5 or a status T4) and its <see cref="RuleId"/>.
/// </summary>
public sealed record OperationResult<T>
{
    public OperationStatus Status { get; private init; }

    public T? Value { get; private init; }

    public IReadOnlyList<FieldError> Errors { get; private init; } = [];

    public string? RuleId { get; private init; }

    public string? Message { get; private init; }

    public bool Succeeded => Status == OperationStatus.Succeeded;

    public static OperationResult<T> Success(T value) => new() { Status = OperationStatus.Succeeded, Value = value };

    public static OperationResult<T> NotFound() => new() { Status = OperationStatus.NotFound, Message = "SIP trunk not found." };

    public static OperationResult<T> Invalid(IReadOnlyList<FieldError> errors) =>
        new() { Status = OperationStatus.Invalid, Errors = errors, Message = "Request is invalid." };

    public static OperationResult<T> Refused(string ruleId, string message) =>
        new() { Status = OperationStatus.Refused, RuleId = ruleId, Message = message };

    /// <summary>The same failure for another value type.</summary>
    public OperationResult<TOther> As<TOther>() =>
        Succeeded
            ? throw new InvalidOperationException("A success carries a value; map it instead.")
            : new() { Status = Status, Errors = Errors, RuleId = RuleId, Message = Message };
}
