using Archive.Promises;

namespace Archive.Core.Tests.Promises;

public class BuyerClaimAndFulfilmentTests
{
    private static readonly DateTimeOffset SentAt = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly PromiseDetector _detector = new();

    [Theory]
    [InlineData("你们说好送赠品的，怎么没有", PromiseType.Gift)]
    [InlineData("客服答应给我包邮的", PromiseType.FreeShipping)]
    [InlineData("不是说给我退差价吗", PromiseType.Refund)]
    [InlineData("你们承诺假一赔十的", PromiseType.Quality)]
    [InlineData("說好送贈品的，怎麼沒收到", PromiseType.Gift)]
    [InlineData("我记得你们说过退货运费你们承担", PromiseType.ReturnExchange)]
    public void BuyerClaimIsDetectedWithItsType(string text, PromiseType type)
    {
        var claim = Assert.Single(_detector.DetectBuyerClaims(text, SentAt));
        Assert.Equal(type, claim.Type);
    }

    [Theory]
    [InlineData("能包邮吗？")]
    [InlineData("我说了要退款，你们怎么不理")]
    [InlineData("你们也没说过会补发啊")]
    [InlineData("我朋友说你们家送赠品")]
    public void BuyerRequestOrDenialIsNotAClaim(string text) => Assert.Empty(_detector.DetectBuyerClaims(text, SentAt));

    [Fact]
    public void ClaimKeepsOnlyACalendarDate()
    {
        Assert.Null(Assert.Single(_detector.DetectBuyerClaims("客服保证过明天一定送到", SentAt)).DueBy);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 23, 59, 59, TimeSpan.FromHours(8)),
            Assert.Single(_detector.DetectBuyerClaims("说好3月5日前给我退款的", SentAt)).DueBy);
    }

    [Fact]
    public void ClaimCarriesItsAmount() => Assert.Equal(10m, Assert.Single(_detector.DetectBuyerClaims("说好的返现10元呢？", SentAt)).Amount);

    [Theory]
    [InlineData("已发货", PromiseType.Shipping)]
    [InlineData("已经给您发出了", PromiseType.Shipping)]
    [InlineData("退款已处理", PromiseType.Refund)]
    [InlineData("已补发", PromiseType.Compensation)]
    [InlineData("优惠券已发放", PromiseType.Discount)]
    [InlineData("发票已开", PromiseType.Invoice)]
    [InlineData("赠品已经放进去了", PromiseType.Gift)]
    [InlineData("我刚给您催过快递了", PromiseType.FollowUp)]
    [InlineData("已經給您發貨了", PromiseType.Shipping)]
    public void FulfilmentReportNamesTheTypeDone(string text, PromiseType type) => Assert.Contains(type, _detector.DetectFulfilmentReports(text));

    [Theory]
    [InlineData("还没发货呢")]
    [InlineData("发货了吗？")]
    [InlineData("明天就给您发货了")]
    [InlineData("正在为您申请退款")]
    [InlineData("应该已经发了")]
    public void PendingOrFutureWorkIsNotAFulfilment(string text) => Assert.Empty(_detector.DetectFulfilmentReports(text));

    [Fact]
    public void ReportOfTwoThingsNamesBoth() =>
        Assert.Equal(new HashSet<PromiseType> { PromiseType.Compensation, PromiseType.Shipping },
            _detector.DetectFulfilmentReports("补发的包裹今天上午已经寄出了").ToHashSet());
}

public class ShopMessageOnePassTests
{
    private static readonly DateTimeOffset SentAt = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Ingest reads a shop message once for both its promises and its reports; the answers are those of the two readings apart.</summary>
    [Fact]
    public void OnePassGivesThePromisesAndTheReportsOfTheTwoReadings()
    {
        var detector = new PromiseDetector();
        var shopTexts = RepoFiles.Rows("tests/data/promises-labelled.tsv").Where(f => f[0] is "agent" or "auto").Select(f => f[1])
            .Concat(["已经给您发货了，明天给您补发赠品", "退款已处理，发票明天寄出", "亲，已为您申请退款"]).ToList();
        Assert.True(shopTexts.Count > 200);
        foreach (var text in shopTexts)
        {
            var (promises, fulfils) = detector.DetectShopMessage(text, SentAt, []);
            Assert.Equal(detector.DetectShopPromises(text, SentAt), promises);
            Assert.Equal(detector.DetectFulfilmentReports(text).Order(), fulfils.Order());
        }
        Assert.Contains(shopTexts, t => detector.DetectShopMessage(t, SentAt, []).Fulfils.Count > 0);
    }
}

public class ClaimPrefilterTests
{
    /// <summary>Buyer messages without any of these characters skip the claim reading: every trigger must hold one.</summary>
    [Fact]
    public void EveryClaimTriggerHoldsACharacterOfThePrefilter()
    {
        var triggers = PromiseLexicon.All().Where(e => e.Cue == Cue.ClaimTrigger || e.Term == "承诺").Select(e => e.Term).ToList();
        Assert.True(triggers.Count > 20);
        Assert.All(triggers, t => Assert.True(t.AsSpan().ContainsAny(PromiseDetector.ClaimTriggerChars), t));
    }

    [Theory]
    [InlineData("你們說好送贈品的")] // traditional: normalized before the check
    [InlineData("客服答应给我包邮")]
    public void ClaimsInEitherScriptStillPassThePrefilter(string text) =>
        Assert.NotEmpty(new PromiseDetector().DetectBuyerClaims(text, DateTimeOffset.UnixEpoch));
}
