using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>Deadlines checked by hand against a calendar. March 2024: the 1st is a Friday, the 31st a Sunday.</summary>
public class DueDateResolverTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset FridayMorning = new(2024, 3, 1, 10, 0, 0, China);

    private static DateTimeOffset EndOf(int month, int day, int year = 2024) => new(year, month, day, 23, 59, 59, China);

    [Theory]
    [InlineData("明天给您发货", 3, 2)]
    [InlineData("后天发出", 3, 3)]
    [InlineData("大后天给您寄出", 3, 4)]
    [InlineData("今天之内给您发出", 3, 1)]
    [InlineData("今晚给您发货", 3, 1)]
    [InlineData("3个工作日内退款", 3, 6)] // Mon 4, Tue 5, Wed 6
    [InlineData("两个工作日内给您退款", 3, 5)]
    [InlineData("下周一前给您回电", 3, 4)]
    [InlineData("下周日之前寄出", 3, 10)]
    [InlineData("下周给您答复", 3, 10)] // the end of next week
    [InlineData("本周五前给您答复", 3, 1)]
    [InlineData("周末前给您发出", 3, 3)]
    [InlineData("月底前", 3, 31)]
    [InlineData("下个月底前给您开票", 4, 30)]
    [InlineData("月初给您补发", 3, 5)] // said on the 1st: this month's first days, the latest of them
    [InlineData("3月5日前给您发货", 3, 5)]
    [InlineData("3.5号前发货", 3, 5)]
    [InlineData("5号前给您发出", 3, 5)]
    [InlineData("2024-03-05前给您发出", 3, 5)]
    [InlineData("2024年3月5日之前寄出", 3, 5)]
    [InlineData("三月五号给您回复", 3, 5)]
    [InlineData("三天内给您发出", 3, 4)]
    [InlineData("两天后给您回复", 3, 3)]
    [InlineData("年底前给您返现", 12, 31)]
    public void DayDeadlineEndsThatDay(string text, int month, int day) =>
        Assert.Equal(EndOf(month, day), DueDateResolver.Resolve(text, FridayMorning));

    [Theory]
    [InlineData("48小时内发货", 48 * 60)]
    [InlineData("四十八小时内发货", 48 * 60)]
    [InlineData("24个小时之内给您退款", 24 * 60)]
    [InlineData("半小时内回复您", 30)]
    [InlineData("30分钟内给您回电", 30)]
    public void DurationCountsFromTheMessageTime(string text, int minutes) =>
        Assert.Equal(FridayMorning.AddMinutes(minutes), DueDateResolver.Resolve(text, FridayMorning));

    [Theory]
    [InlineData("今天下午4点前给您发出", 3, 1, 16, 0)]
    [InlineData("明天上午10点前给您回电", 3, 2, 10, 0)]
    [InlineData("今天晚上8点半之前发出", 3, 1, 20, 30)]
    [InlineData("下午五点前给您答复", 3, 1, 17, 0)]
    [InlineData("明天16:30前寄出", 3, 2, 16, 30)]
    public void TimeOfDayIsKept(string text, int month, int day, int hour, int minute) =>
        Assert.Equal(new DateTimeOffset(2024, month, day, hour, minute, 0, China), DueDateResolver.Resolve(text, FridayMorning));

    [Theory]
    [InlineData("[日期x]前发货")]
    [InlineData("[数字x]个工作日内给您退款")]
    [InlineData("[数字x]小时内给您回复")]
    [InlineData("[时间x]前给您回电")]
    [InlineData("晚点给您回复")]
    [InlineData("尽快给您发货")]
    [InlineData("收到货当天给您退款")]
    [InlineData("这款能用3天")]
    [InlineData("")]
    [InlineData("3.5元")]
    public void UnresolvableDeadlineIsNull(string text) => Assert.Null(DueDateResolver.Resolve(text, FridayMorning));

    [Fact]
    public void PastClockTimeIsNotGuessed() =>
        Assert.Null(DueDateResolver.Resolve("4点前给您发出", new DateTimeOffset(2024, 3, 1, 18, 0, 0, China)));

    [Fact]
    public void DateAlreadyPastMeansNextYear() =>
        Assert.Equal(EndOf(1, 5, 2025), DueDateResolver.Resolve("1月5日前给您发货", new DateTimeOffset(2024, 12, 30, 9, 0, 0, China)));

    [Fact]
    public void DayOfMonthAlreadyPastMeansNextMonth() =>
        Assert.Equal(EndOf(4, 5), DueDateResolver.Resolve("5号前给您发出", new DateTimeOffset(2024, 3, 20, 9, 0, 0, China)));

    [Fact]
    public void MonthStartSaidLateInTheMonthIsNextMonth() =>
        Assert.Equal(EndOf(4, 5), DueDateResolver.Resolve("月初给您补发", new DateTimeOffset(2024, 3, 10, 9, 0, 0, China)));

    [Fact]
    public void WorkdaysSkipTheWeekendFromASaturday() =>
        Assert.Equal(EndOf(3, 5), DueDateResolver.Resolve("2个工作日内退款", new DateTimeOffset(2024, 3, 2, 9, 0, 0, China)));

    [Fact]
    public void ThisWeeksDayAlreadyPastIsNull() =>
        Assert.Null(DueDateResolver.Resolve("本周三前给您答复", FridayMorning));

    [Fact]
    public void BareWeekdayMeansTheNextOne() => Assert.Equal(EndOf(3, 6), DueDateResolver.Resolve("周三之前给您答复", FridayMorning));

    [Fact]
    public void TheMessagesOwnOffsetIsUsed()
    {
        var utc = new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 23, 59, 59, TimeSpan.Zero), DueDateResolver.Resolve("明天给您发货", utc));
    }

    [Fact]
    public void LatestOfSeveralDeadlinesWins() =>
        Assert.Equal(EndOf(3, 2), DueDateResolver.Resolve("今晚打包明早给您发出", FridayMorning));

    [Fact]
    public void TraditionalAndFullWidthTextIsRead()
    {
        Assert.Equal(EndOf(3, 2), DueDateResolver.Resolve("明天給您發貨", FridayMorning));
        Assert.Equal(FridayMorning.AddHours(48), DueDateResolver.Resolve("４８小時內發貨", FridayMorning));
    }
}
