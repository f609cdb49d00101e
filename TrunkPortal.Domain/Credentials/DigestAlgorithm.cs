namespace TrunkPortal.Domain.Credentials;

/// <summary>The DIGEST hash: MD5 (RFC 2617, what SIP equipment speaks) or SHA-256 (RFC 7616, RFC 8760).</summary>
public enum DigestAlgorithm { Md5, Sha256 }
