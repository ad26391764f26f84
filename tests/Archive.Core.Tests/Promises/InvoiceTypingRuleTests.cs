using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>
/// The type of a promise about an invoice (docs/promise-labelling.md, type: named by what the shop will do): mailing it,
/// changing it, or chasing finance to change it. Sentences written for these tests.
/// </summary>
public class InvoiceTypingRuleTests
{
    private PromiseType? Main(string text) => MainPromise.Of(text);

    [Theory]
    [InlineData("已开具哦，今晚寄出哈")] // mailing, after the invoice was named
    [InlineData("发票开具后，我们会联系财务进行修改")] // chasing finance for a change of the invoice
    [InlineData("您把抬头和税号给我，给您备注，等您订单完成这边给您修改哦")] // 抬头 and 税号 only ever mean an invoice
    [InlineData("好的呢 原发票开具后帮您申请复印件呢")] // a filing in a message about the invoice
    [InlineData("由于您的订单未完成 在开票后为您更改")]
    public void WorkOnTheInvoiceIsAnInvoicePromise(string text) => Assert.Equal(PromiseType.Invoice, Main(text));

    [Theory]
    [InlineData("已经打包好了，今晚寄出哈", PromiseType.Shipping)] // mailing the goods
    [InlineData("这边会跟进处理的，有结果联系您", PromiseType.FollowUp)] // chasing, with nothing changed named
    [InlineData("订单完成后这边会有同事跟进处理修改", PromiseType.FollowUp)] // a change, but of nothing named
    [InlineData("好的，帮您备注不要放发票", PromiseType.Other)] // a note about packing: the invoice is only mentioned
    public void WithoutTheInvoiceNamedTheTypeStays(string text, PromiseType expected) => Assert.Equal(expected, Main(text));
}
