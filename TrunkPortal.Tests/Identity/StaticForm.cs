using System.Text.RegularExpressions;

namespace TrunkPortal.Tests.Identity;

/// <summary>Posts a static SSR form the way a browser does: antiforgery token, form name, fields.</summary>
public static partial class StaticForm
{
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string url, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"{url} carries no antiforgery token.");
        // A browser posts only the fields the page's inputs name.
        foreach (var field in fields.Keys)
        {
            Assert.Contains($"name=\"{field}\"", page, StringComparison.Ordinal);
        }
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = token.Groups[1].Value,
            ["_handler"] = formName,
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        PostAsync(client, "/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    public static string TokenIn(string page) => AntiforgeryToken().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
