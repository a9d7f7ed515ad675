using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stripe;

namespace CarPulse.Tests.Support;

/// <summary>
/// A small, faithful fake of the Stripe endpoints CarPulse calls (Checkout Sessions: create, retrieve
/// with expansions, expire; refunds of their payment intents), on real Kestrel so Stripe.net's own HTTP
/// code runs. It keeps sessions in memory, honours idempotency keys, and signs webhook events the way
/// Stripe does.
/// </summary>
public sealed class StripeFake : IAsyncDisposable
{
    public const string SecretKey = "sk_test_carpulse";
    public const string WebhookSecret = "whsec_test_carpulse";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonObject> _sessions = new();
    private readonly ConcurrentDictionary<string, string> _idempotent = new();
    private int _failNext;

    private StripeFake(WebApplication app) => _app = app;

    public Uri ApiBase { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every create call's form fields, in order (e.g. <c>excluded_payment_method_types[0]</c>).</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Creates { get; } = new();

    public ConcurrentQueue<string> IdempotencyKeys { get; } = new();

    public IEnumerable<string> SessionIds => _sessions.Keys;

    /// <summary>The refunds made, one per idempotency key: (refund id, payment intent, amount).</summary>
    public ConcurrentDictionary<string, (string Id, string PaymentIntent, long Amount)> Refunds { get; } = new();

    public (string Key, string Value)[] Settings =>
    [
        ("Payments:Provider", "Stripe"),
        ("Payments:Stripe:SecretKey", SecretKey),
        ("Payments:Stripe:WebhookSecret", WebhookSecret),
        ("Payments:Stripe:ApiBase", ApiBase.ToString()),
    ];

    public static async Task<StripeFake> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var fake = new StripeFake(builder.Build());
        fake.Map();
        await fake._app.StartAsync();
        var address = fake._app.Urls.First();
        fake.ApiBase = new Uri(address + "/");
        return fake;
    }

    /// <summary>The next <paramref name="count"/> calls answer 500, as Stripe does in an outage.</summary>
    public void FailNext(int count) => _failNext = count;

    /// <summary>While true, refunds answer 500 and everything else works.</summary>
    public bool RefundsDown { get; set; }

    /// <summary>The customer paid on Stripe's page. Amount and currency may be forged to test the checks.</summary>
    public void Pay(string id, string method = "card", string? wallet = null, long? amount = null, string? currency = null, string? reference = null)
    {
        var session = _sessions[id];
        session["status"] = "complete";
        session["payment_status"] = "paid";
        session["customer_details"] = new JsonObject { ["email"] = "driver@example.com" };
        if (amount is { } forgedAmount)
        {
            session["amount_total"] = forgedAmount;
        }

        if (currency is { } forgedCurrency)
        {
            session["currency"] = forgedCurrency;
        }

        if (reference is { } forgedReference)
        {
            session["client_reference_id"] = forgedReference;
        }

        session["payment_intent"] = PaymentIntent(id, "succeeded", method, wallet);
    }

    /// <summary>A delayed method (a bank debit) was submitted: complete, but unpaid while it processes.</summary>
    public void SubmitDelayed(string id)
    {
        var session = _sessions[id];
        session["status"] = "complete";
        session["payment_status"] = "unpaid";
        session["payment_intent"] = PaymentIntent(id, "processing", "sepa_debit", null);
    }

    public void SettleDelayed(string id, bool succeeded)
    {
        var session = _sessions[id];
        session["payment_status"] = succeeded ? "paid" : "unpaid";
        session["payment_intent"] = PaymentIntent(id, succeeded ? "succeeded" : "requires_payment_method", "sepa_debit", null);
    }

    public string Status(string id) => (string)_sessions[id]["status"]!;

    /// <summary>A webhook event for the session as it is now, signed with <see cref="WebhookSecret"/> at <paramref name="signedAt"/>.</summary>
    public (string Json, string Signature) SignedEvent(string type, string sessionId, DateTimeOffset? signedAt = null, string secret = WebhookSecret)
    {
        var json = new JsonObject
        {
            ["id"] = "evt_" + Guid.NewGuid().ToString("N"),
            ["object"] = "event",
            ["api_version"] = StripeConfiguration.ApiVersion,
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["type"] = type,
            ["data"] = new JsonObject { ["object"] = _sessions.TryGetValue(sessionId, out var session) ? session.DeepClone() : new JsonObject { ["id"] = sessionId, ["object"] = "checkout.session" } },
        }.ToJsonString();
        var timestamp = (signedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var signature = EventUtility.ComputeSignature(secret, timestamp.ToString(CultureInfo.InvariantCulture), json);
        return (json, $"t={timestamp},v1={signature}");
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private void Map()
    {
        _app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization != $"Bearer {SecretKey}")
            {
                await Error(context, StatusCodes.Status401Unauthorized, "authentication_error", "Invalid API Key provided.");
                return;
            }

            if (Interlocked.Decrement(ref _failNext) >= 0)
            {
                await Error(context, StatusCodes.Status500InternalServerError, "api_error", "Something went wrong on Stripe's end.");
                return;
            }

            await next(context);
        });
        _app.MapPost("/v1/checkout/sessions", CreateAsync);
        _app.MapPost("/v1/refunds", RefundAsync);
        _app.MapGet("/v1/checkout/sessions/{id}", async (string id, HttpContext context) =>
        {
            if (!_sessions.TryGetValue(id, out var session))
            {
                await Error(context, StatusCodes.Status404NotFound, "invalid_request_error", $"No such checkout.session: '{id}'");
                return;
            }

            var expanded = context.Request.Query.Where(field => field.Key.StartsWith("expand[", StringComparison.Ordinal)).Any(field => field.Value.Contains("payment_intent.payment_method"));
            var answer = session.DeepClone().AsObject();
            if (!expanded && answer["payment_intent"] is JsonObject intent)
            {
                answer["payment_intent"] = (string?)intent["id"];
            }

            await Json(context, answer);
        });
        _app.MapPost("/v1/checkout/sessions/{id}/expire", async (string id, HttpContext context) =>
        {
            if (!_sessions.TryGetValue(id, out var session))
            {
                await Error(context, StatusCodes.Status404NotFound, "invalid_request_error", $"No such checkout.session: '{id}'");
                return;
            }

            if ((string?)session["status"] != "open")
            {
                await Error(context, StatusCodes.Status400BadRequest, "invalid_request_error", "Only Checkout Sessions with a status in [\"open\"] can be expired.");
                return;
            }

            session["status"] = "expired";
            await Json(context, session);
        });
    }

    /// <summary>A full refund of a succeeded payment intent; the same idempotency key answers the same refund.</summary>
    private async Task RefundAsync(HttpContext context)
    {
        if (RefundsDown)
        {
            await Error(context, StatusCodes.Status500InternalServerError, "api_error", "Something went wrong on Stripe's end.");
            return;
        }

        var form = (await context.Request.ReadFormAsync()).ToDictionary(field => field.Key, field => field.Value.ToString());
        var intent = form.GetValueOrDefault("payment_intent") ?? string.Empty;
        var session = _sessions.Values.FirstOrDefault(candidate => (string?)candidate["payment_intent"]?["id"] == intent);
        if (session is null || (string?)session["payment_intent"]?["status"] != "succeeded")
        {
            await Error(context, StatusCodes.Status400BadRequest, "invalid_request_error", $"This PaymentIntent ({intent}) does not have a successful charge to refund.");
            return;
        }

        var key = context.Request.Headers["Idempotency-Key"].ToString();
        var amount = (long)session["amount_total"]!;
        var refund = Refunds.GetOrAdd(key.Length > 0 ? key : Guid.NewGuid().ToString("N"), _ => ("re_" + Guid.NewGuid().ToString("N")[..24], intent, amount));
        await Json(context, new JsonObject
        {
            ["id"] = refund.Id,
            ["object"] = "refund",
            ["amount"] = refund.Amount,
            ["currency"] = session["currency"]?.DeepClone(),
            ["payment_intent"] = intent,
            ["status"] = "succeeded",
        });
    }

    private async Task CreateAsync(HttpContext context)
    {
        var form = (await context.Request.ReadFormAsync()).ToDictionary(field => field.Key, field => field.Value.ToString());
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        IdempotencyKeys.Enqueue(key);
        if (key.Length > 0 && _idempotent.TryGetValue(key, out var earlier))
        {
            await Json(context, _sessions[earlier]);
            return;
        }

        Creates.Enqueue(form);
        var id = "cs_test_" + Guid.NewGuid().ToString("N");
        var metadata = new JsonObject();
        foreach (var (name, value) in form.Where(field => field.Key.StartsWith("metadata[", StringComparison.Ordinal)))
        {
            metadata[name["metadata[".Length..^1]] = value;
        }

        var session = new JsonObject
        {
            ["id"] = id,
            ["object"] = "checkout.session",
            ["url"] = $"https://checkout.stripe.test/c/pay/{id}",
            ["mode"] = form.GetValueOrDefault("mode"),
            ["status"] = "open",
            ["payment_status"] = "unpaid",
            ["amount_total"] = long.Parse(form["line_items[0][price_data][unit_amount]"], CultureInfo.InvariantCulture) * long.Parse(form["line_items[0][quantity]"], CultureInfo.InvariantCulture),
            ["currency"] = form["line_items[0][price_data][currency]"],
            ["client_reference_id"] = form.GetValueOrDefault("client_reference_id"),
            ["metadata"] = metadata,
            ["expires_at"] = long.Parse(form["expires_at"], CultureInfo.InvariantCulture),
            ["success_url"] = form.GetValueOrDefault("success_url"),
            ["cancel_url"] = form.GetValueOrDefault("cancel_url"),
            ["customer_details"] = null,
            ["payment_intent"] = null,
            ["livemode"] = false,
        };
        _sessions[id] = session;
        if (key.Length > 0)
        {
            _idempotent[key] = id;
        }

        await Json(context, session);
    }

    private static JsonObject PaymentIntent(string sessionId, string status, string method, string? wallet) => new()
    {
        ["id"] = "pi_" + sessionId["cs_test_".Length..],
        ["object"] = "payment_intent",
        ["status"] = status,
        ["payment_method"] = new JsonObject
        {
            ["id"] = "pm_" + sessionId["cs_test_".Length..],
            ["object"] = "payment_method",
            ["type"] = method,
            ["card"] = method == "card" ? new JsonObject { ["wallet"] = wallet is null ? null : new JsonObject { ["type"] = wallet } } : null,
        },
    };

    private static Task Json(HttpContext context, JsonNode body)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers["Request-Id"] = "req_" + Guid.NewGuid().ToString("N")[..14];
        return context.Response.WriteAsync(body.ToJsonString());
    }

    private static Task Error(HttpContext context, int status, string type, string message)
    {
        context.Response.StatusCode = status;
        return Json(context, new JsonObject { ["error"] = new JsonObject { ["type"] = type, ["message"] = message } });
    }
}
