namespace Archive.Tools.Generation;

/// <summary>
/// Character-level simplified → traditional conversion covering the vocabulary of the buyer templates. Characters
/// whose traditional form depends on the word (干/乾/幹, 松/鬆, 划/劃, 系/係/繫, 沈/瀋, 并/併) are left alone
/// rather than converted wrongly.
/// </summary>
internal static class TraditionalChinese
{
    // Pairs: simplified, traditional, simplified, traditional, …
    private const string Pairs =
        "专專东東复復丝絲丢丟两兩严嚴个個丰豐临臨为為丽麗么麼乌烏乐樂买買亏虧云雲亲親从從仓倉们們价價优優会會伪偽体體" +
        "偿償党黨兰蘭兴興内內写寫军軍准準凉涼减減几幾击擊刘劉别別办辦务務动動势勢区區华華单單卖賣卫衛厂廠压壓厦廈" +
        "双雙发發叠疊号號后後吗嗎呗唄员員哑啞喽嘍围圍图圖圆圓坏壞块塊坚堅垫墊壳殼处處备備够夠头頭妆妝妈媽学學宁寧" +
        "宝寶实實宽寬对對尔爾尘塵尝嘗尽盡岛島币幣帘簾带帶帮幫广廣庄莊庆慶库庫应應开開异異张張忆憶悦悅懒懶护護报報" +
        "挂掛损損换換据據数數断斷无無时時显顯晒曬机機权權条條来來杰傑极極枣棗柜櫃标標栖棲样樣检檢樱櫻欢歡气氣汉漢" +
        "没沒浅淺济濟润潤温溫湿濕满滿滨濱点點烛燭烦煩热熱爱愛猪豬猫貓现現电電盘盤着著码碼确確礼禮离離种種税稅签簽" +
        "简簡紧緊纠糾红紅级級纯純纳納纸紙纹紋线線细細织織经經绒絨结結给給统統绳繩维維绿綠缩縮联聯胶膠脏髒脚腳舰艦" +
        "苏蘇荐薦营營萨薩蓝藍虑慮虾蝦蛳螄蜡蠟补補衬襯袜襪装裝裤褲见見规規订訂认認让讓记記证證评評诈詐诉訴试試诚誠" +
        "话話询詢该該详詳语語说說请請谁誰谢謝谨謹败敗账賬货貨质質购購贴貼贵貴费費赔賠赠贈转轉软軟轻輕载載较較边邊" +
        "达達过過运運还還这這进進远遠连連适適选選递遞邮郵郑鄭里裡针針钢鋼钩鉤钱錢银銀铺鋪销銷锅鍋锈鏽错錯键鍵镓鎵" +
        "长長门門问問闲閒间間阁閣阔闊阳陽险險随隨雾霧静靜韵韻页頁顺順顾顧预預领領题題颜顏风風饼餅馆館馋饞马馬骗騙" +
        "鱼魚鲁魯鲜鮮鸭鴨麦麥黄黃齐齊龙龍";

    private static readonly char[] Map = BuildMap();

    private static char[] BuildMap()
    {
        var map = new char[0x10000];
        for (var i = 0; i + 1 < Pairs.Length; i += 2) map[Pairs[i]] = Pairs[i + 1];
        return map;
    }

    public static string Convert(string simplified)
    {
        var chars = simplified.ToCharArray();
        var changed = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var t = Map[chars[i]];
            if (t == '\0') continue;
            chars[i] = t;
            changed = true;
        }
        return changed ? new string(chars) : simplified;
    }

    /// <summary>True when the text contains a character this table would have converted from simplified.</summary>
    public static bool IsTraditionalOnly(char c) => TraditionalSet.Contains(c);

    private static readonly HashSet<char> TraditionalSet = BuildTraditionalSet();

    private static HashSet<char> BuildTraditionalSet()
    {
        var set = new HashSet<char>();
        for (var i = 1; i < Pairs.Length; i += 2) set.Add(Pairs[i]);
        // A few traditional forms coincide with simplified characters of other words; they prove nothing.
        set.Remove('著');
        set.Remove('裡');
        return set;
    }
}
