namespace CarPulse.Domain.Vehicles;

/// <summary>The model name a customer recognises, from Tesla's <c>car_type</c> or, failing that, the VIN.</summary>
public static class CarModel
{
    public const string Unknown = "Tesla";

    public static string FromCarType(string? carType) => carType?.Trim().ToLowerInvariant() switch
    {
        "models" or "models2" or "lychee" => "Model S",
        "modelx" or "tamarind" => "Model X",
        "model3" => "Model 3",
        "modely" => "Model Y",
        "cybertruck" => "Cybertruck",
        _ => Unknown,
    };

    public static string FromVin(Vin vin) => FromModelLetter(vin.ModelLetter);

    /// <summary>The VIN's fourth character, which a masked VIN still shows.</summary>
    public static string FromModelLetter(char letter) => letter switch
    {
        'S' => "Model S",
        'X' => "Model X",
        '3' => "Model 3",
        'Y' => "Model Y",
        'C' => "Cybertruck",
        'R' => "Roadster",
        _ => Unknown,
    };
}
