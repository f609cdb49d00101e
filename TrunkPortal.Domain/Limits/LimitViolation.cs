namespace TrunkPortal.Domain.Limits;

/// <summary>A limit (L1-L5) that refuses an action, with the message rule L7 asks for.</summary>
/// <param name="RuleId">"L1" to "L5".</param>
/// <param name="LimitName">e.g. "trunks per account".</param>
/// <param name="Limit">The limit in force for this account.</param>
/// <param name="Current">The count that reached or passed it.</param>
/// <param name="Message">What is wrong and what to do, for the person who asked.</param>
public sealed record LimitViolation(string RuleId, string LimitName, int Limit, int Current, string Message);
