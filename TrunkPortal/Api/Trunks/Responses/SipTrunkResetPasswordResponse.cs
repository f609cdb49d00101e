using System.Text.Json.Serialization;

namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>SipTrunkResetPasswordResponse: the new secrets, shown once (G2, A4, R3).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RegisteredSipTrunkResetPasswordResponse), "REGISTERED")]
[JsonDerivedType(typeof(AuthenticatedSipTrunkResetPasswordResponse), "AUTHENTICATED")]
public abstract record SipTrunkResetPasswordResponse;
