using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using TrunkPortal.Domain.Status;

namespace TrunkPortal.Tests.Edge;

/// <summary>The reference API as the edge tests use it: create, read status, wait for what the edge reports.</summary>
internal static class EdgeApi
{
    public const string Trunks = "/calls/1/sip-trunks";

    public static string Registered(string location, bool inviteChallenge = false) => $$"""
        {"type":"REGISTERED","name":"PBX {{Guid.NewGuid():N}}","location":"{{location}}","channelLimit":10,
         "billingPackage":{"packageType":"METERED"},"tls":false,"codecs":["PCMU"],"inviteAuthentication":{{(inviteChallenge ? "true" : "false")}}}
        """;

    public static string Authenticated(string location, bool digest) =>
        "{\"type\":\"AUTHENTICATED\",\"name\":\"AI " + Guid.NewGuid().ToString("N") + "\",\"location\":\"" + location + "\",\"channelLimit\":5,"
        + "\"billingPackage\":{\"packageType\":\"METERED\"},\"authentication\":{\"inbound\":{\"digestAuthenticationEnabled\":"
        + (digest ? "true" : "false") + "},\"outbound\":{\"fqdn\":\"sip.rtc.elevenlabs.io:5061\"}}}";

    public static async Task<JsonObject> PostAsync(HttpClient client, string path, string json)
    {
        var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {body}");
        return (JsonNode.Parse(body) as JsonObject)!;
    }

    public static async Task<JsonObject> StatusAsync(HttpClient client, string id) =>
        (JsonNode.Parse(await client.GetStringAsync($"{Trunks}/{id}/status")) as JsonObject)!;

    /// <summary>
    /// Waits until the action status leaves CREATING/UPDATING/DELETING, then returns the status API's answer. The
    /// waiting reads the status the API is built from (the stored trunk and the edge's snapshot) rather than the API
    /// itself, whose status endpoint allows 100 requests a minute per key, as the reference's does.
    /// </summary>
    public static async Task<JsonObject> WaitForActionAsync(EdgeFixture edge, HttpClient client, string id, TimeSpan? within = null)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < (within ?? TimeSpan.FromSeconds(20))
               && await edge.StatusAsync(Guid.Parse(id)) is { } status
               && status.Action is ActionStatus.Creating or ActionStatus.Updating or ActionStatus.Deleting)
        {
            await Task.Delay(50);
        }
        return await StatusAsync(client, id);
    }

    /// <summary>Waits for the registration status; returns how long it took (confirmed by the status API), or null if it never came.</summary>
    public static async Task<TimeSpan?> WaitForRegistrationAsync(EdgeFixture edge, HttpClient client, string id, string expected, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed <= within)
        {
            if (await edge.StatusAsync(Guid.Parse(id)) is { Registration: { } registration } && StatusNames.Of(registration) == expected)
            {
                var elapsed = clock.Elapsed;
                Assert.Equal(expected, (await StatusAsync(client, id))["registrationStatus"]?.GetValue<string>());
                return elapsed;
            }
            await Task.Delay(50);
        }
        return null;
    }
}
