using System.Globalization;
using System.Text.Json;
using Archive.Annotations;
using Archive.Promises;
using Lucene.Net.Documents;

namespace Archive.Index;

/// <summary>
/// Annotations in a message's document: an indexed <c>promise_kind</c> (shop, claim, done) and <c>promise_type</c>
/// per entry, to find them fast, and the full annotations as a small stored JSON to read them back.
/// </summary>
internal static class AnnotationFields
{
    public const string Kind = "promise_kind";
    public const string Type = "promise_type";
    public const string Stored = "annotations";
    public const string ShopKind = "shop";
    public const string ClaimKind = "claim";
    public const string DoneKind = "done";

    public static void Add(Document doc, MessageAnnotations a)
    {
        if (a.IsEmpty) return;
        if (a.Promises.Count > 0) doc.Add(new StringField(Kind, ShopKind, Field.Store.NO));
        if (a.Claims.Count > 0) doc.Add(new StringField(Kind, ClaimKind, Field.Store.NO));
        if (a.Fulfils.Count > 0) doc.Add(new StringField(Kind, DoneKind, Field.Store.NO));
        foreach (var type in a.Promises.Select(p => p.Type).Distinct())
            doc.Add(new StringField(Type, PromiseTypes.ToWire(type), Field.Store.NO));
        doc.Add(new StoredField(Stored, JsonSerializer.Serialize(ToDto(a))));
    }

    public static MessageAnnotations Parse(string? json)
    {
        if (json is null) return MessageAnnotations.None;
        var dto = JsonSerializer.Deserialize<AnnotationsDto>(json)!;
        return new MessageAnnotations(
            dto.P.Select(FromDto).ToList(), dto.C.Select(FromDto).ToList(),
            dto.F.Select(f => PromiseTypes.TryParse(f, out var t) ? t : PromiseType.Other).ToList());
    }

    private static AnnotationsDto ToDto(MessageAnnotations a) => new(
        a.Promises.Select(ToDto).ToArray(), a.Claims.Select(ToDto).ToArray(), a.Fulfils.Select(PromiseTypes.ToWire).ToArray());

    private static PromiseDto ToDto(DetectedPromise p) => new(
        PromiseTypes.ToWire(p.Type), p.DueBy?.ToString("O", CultureInfo.InvariantCulture), p.Amount, p.Condition, p.Evidence);

    private static DetectedPromise FromDto(PromiseDto p) => new(
        PromiseTypes.TryParse(p.T, out var type) ? type : PromiseType.Other,
        p.D is null ? null : DateTimeOffset.Parse(p.D, CultureInfo.InvariantCulture), p.A, p.C, p.E);

    // Short names: this JSON is stored with every promise-bearing message.
    private sealed record AnnotationsDto(PromiseDto[] P, PromiseDto[] C, string[] F);

    private sealed record PromiseDto(string T, string? D, decimal? A, string? C, string E);
}
