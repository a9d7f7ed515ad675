using CarPulse.Domain.Vehicles;

namespace CarPulse.Tests.Domain.Vehicles;

public sealed class CarModelTests
{
    [Theory]
    [InlineData("models", "Model S")]
    [InlineData("models2", "Model S")]
    [InlineData("lychee", "Model S")]
    [InlineData("modelx", "Model X")]
    [InlineData("tamarind", "Model X")]
    [InlineData("model3", "Model 3")]
    [InlineData("modely", "Model Y")]
    [InlineData("cybertruck", "Cybertruck")]
    public void Each_car_type_names_its_model(string carType, string model)
    {
        Assert.Equal(model, CarModel.FromCarType(carType));
    }

    [Theory]
    [InlineData("Model3", "Model 3")]
    [InlineData("LYCHEE", "Model S")]
    [InlineData(" modely ", "Model Y")]
    public void Car_type_is_matched_regardless_of_case(string carType, string model)
    {
        Assert.Equal(model, CarModel.FromCarType(carType));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("semi")]
    [InlineData("roadster")]
    [InlineData("model 3")]
    public void An_unknown_car_type_is_just_a_tesla(string? carType)
    {
        Assert.Equal("Tesla", CarModel.FromCarType(carType));
    }

    [Theory]
    [InlineData("5YJSA1E2XHF000001", "Model S")]
    [InlineData("5YJXCDE2XHF000001", "Model X")]
    [InlineData("5YJ3E7EB2KF123456", "Model 3")]
    [InlineData("7SAYGDEE1RF654321", "Model Y")]
    [InlineData("7G2CEHED5RA000001", "Cybertruck")]
    [InlineData("SFZRE2B39A3000001", "Roadster")]
    [InlineData("5YJT12345PF000001", "Tesla")]
    public void Without_a_car_type_the_model_comes_from_vin_position_four(string vin, string model)
    {
        Assert.Equal(model, CarModel.FromVin(Vin.Parse(vin)));
    }
}
