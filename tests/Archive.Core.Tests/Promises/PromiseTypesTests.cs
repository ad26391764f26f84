using Archive.Promises;

namespace Archive.Core.Tests.Promises;

public class PromiseTypesTests
{
    [Fact]
    public void WireNamesRoundTrip()
    {
        foreach (var type in PromiseTypes.All)
        {
            Assert.True(PromiseTypes.TryParse(PromiseTypes.ToWire(type), out var parsed));
            Assert.Equal(type, parsed);
        }
    }

    [Fact]
    public void WireNamesAreTheContractOnes() =>
        Assert.Equal(["shipping", "free_shipping", "gift", "discount", "refund", "return_exchange", "compensation", "follow_up", "invoice", "quality", "other"],
            PromiseTypes.All.Select(PromiseTypes.ToWire));

    [Theory]
    [InlineData("")]
    [InlineData("freeshipping")]
    [InlineData("promise")]
    public void UnknownWireNameIsRejected(string wire) => Assert.False(PromiseTypes.TryParse(wire, out _));

    [Fact]
    public void WireNameParsingToleratesCaseAndSpaces()
    {
        Assert.True(PromiseTypes.TryParse(" Free_Shipping ", out var type));
        Assert.Equal(PromiseType.FreeShipping, type);
    }
}
