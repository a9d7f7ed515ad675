namespace CarPulse.Web.Features.Admin.Login;

/// <summary>
/// Wrong-password counts under keys (a username, an address, the pair), each forgotten once its last failure is
/// <c>lifetime</c> old. One node keeps them in memory (<see cref="InMemoryLoginFailureStore"/>); several nodes count in
/// one Redis (<see cref="RedisLoginFailureStore"/>), so an attacker gets no more tries by spreading them over nodes.
/// </summary>
public interface ILoginFailureStore
{
    /// <summary>One more failure under every key, atomically (a forgotten count starts again at one); the new counts in key order.</summary>
    ValueTask<IReadOnlyList<int>> AddAsync(IReadOnlyList<string> keys, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>The counts now, in key order: zero for a key never counted or forgotten.</summary>
    ValueTask<IReadOnlyList<int>> CountAsync(IReadOnlyList<string> keys, TimeSpan lifetime, CancellationToken cancellationToken);

    ValueTask ForgetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);
}
