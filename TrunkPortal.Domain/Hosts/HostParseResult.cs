using System.Diagnostics.CodeAnalysis;

namespace TrunkPortal.Domain.Hosts;

/// <summary>Either a normalised <see cref="SipHost"/> or a message saying what was wrong and what is accepted.</summary>
public sealed record HostParseResult
{
    private HostParseResult(SipHost? host, string? error)
    {
        Host = host;
        Error = error;
    }

    public SipHost? Host { get; }

    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Host))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Host is not null;

    public static HostParseResult Success(SipHost host) => new(host, null);

    public static HostParseResult Failure(string error) => new(null, error);
}
