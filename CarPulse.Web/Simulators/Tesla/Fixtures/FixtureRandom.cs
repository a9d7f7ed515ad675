namespace CarPulse.Web.Simulators.Tesla.Fixtures;

/// <summary>SplitMix64 seeded from a string: the same fixtures on every run, machine and .NET version.</summary>
internal sealed class FixtureRandom(ulong seed)
{
    private ulong _state = seed;

    public FixtureRandom(string key)
        : this(Hash(key))
    {
    }

    /// <summary>FNV-1a, stable across processes (unlike <see cref="string.GetHashCode()"/>).</summary>
    public static ulong Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var character in key)
        {
            hash = (hash ^ character) * 1099511628211UL;
        }

        return hash;
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public int Next(int min, int max) => min + (int)(NextUInt64() % (ulong)(max - min));

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(int percent) => Next(0, 100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];
}
