/// Kangxi radicals U+2F00–U+2FD5, in code point order, each as the ideograph a Japanese
/// document means by it.
///
/// PDF text layers emit these when a font shares one glyph between a radical and the full
/// character (`⾼齢者` for 高齢者 in seed 001). The value is the NFKC target, except where that
/// target is outside JIS X 0208 and Japanese fonts draw the radical in its modern form:
/// ⼾ (U+2F3E) → 戸 rather than 戶, ⿈ (U+2FC8) → 黄 rather than 黃.
let kangxiRadicalTargets: [Unicode.Scalar] = Array(
    "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戸手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黄黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠".unicodeScalars
)

/// CJK Radicals Supplement (U+2E80–U+2EF3) → the equivalent unified ideograph, from Unicode's
/// EquivalentUnifiedIdeograph data.
///
/// Simplified-Chinese radicals (C-SIMPLIFIED …) map to their simplified ideograph here; the
/// simplified-to-Japanese table then turns 长 into 長, 门 into 門 and so on.
let radicalSupplementTargets: [UInt32: Unicode.Scalar] = [
    0x2E80: "丶",  // ⺀ repeat
    0x2E81: "厂",  // ⺁ cliff
    0x2E82: "乛",  // ⺂ second one
    0x2E83: "乚",  // ⺃ second two
    0x2E84: "乙",  // ⺄ second three
    0x2E85: "亻",  // ⺅ person
    0x2E86: "冂",  // ⺆ box
    0x2E87: "几",  // ⺇ table
    0x2E88: "刀",  // ⺈ knife one
    0x2E89: "刂",  // ⺉ knife two
    0x2E8A: "卜",  // ⺊ divination
    0x2E8B: "㔾",  // ⺋ seal
    0x2E8C: "小",  // ⺌ small one
    0x2E8D: "小",  // ⺍ small two
    0x2E8E: "尢",  // ⺎ lame one
    0x2E8F: "尣",  // ⺏ lame two
    0x2E90: "尢",  // ⺐ lame three
    0x2E91: "尣",  // ⺑ lame four
    0x2E92: "巳",  // ⺒ snake
    0x2E93: "幺",  // ⺓ thread
    0x2E94: "彑",  // ⺔ snout one
    0x2E95: "彐",  // ⺕ snout two
    0x2E96: "忄",  // ⺖ heart one
    0x2E97: "心",  // ⺗ heart two
    0x2E98: "扌",  // ⺘ hand
    0x2E99: "攵",  // ⺙ rap
    0x2E9B: "旡",  // ⺛ choke
    0x2E9C: "日",  // ⺜ sun
    0x2E9D: "月",  // ⺝ moon
    0x2E9E: "歺",  // ⺞ death
    0x2E9F: "母",  // ⺟ mother
    0x2EA0: "民",  // ⺠ civilian
    0x2EA1: "氵",  // ⺡ water one
    0x2EA2: "氺",  // ⺢ water two
    0x2EA3: "灬",  // ⺣ fire
    0x2EA4: "爫",  // ⺤ paw one
    0x2EA5: "爫",  // ⺥ paw two
    0x2EA6: "丬",  // ⺦ simplified half tree trunk
    0x2EA7: "牛",  // ⺧ cow
    0x2EA8: "犭",  // ⺨ dog
    0x2EA9: "王",  // ⺩ jade
    0x2EAA: "疋",  // ⺪ bolt of cloth
    0x2EAB: "目",  // ⺫ eye
    0x2EAC: "示",  // ⺬ spirit one
    0x2EAD: "礻",  // ⺭ spirit two
    0x2EAE: "竹",  // ⺮ bamboo
    0x2EAF: "糹",  // ⺯ silk
    0x2EB0: "纟",  // ⺰ c-simplified silk
    0x2EB1: "罓",  // ⺱ net one
    0x2EB2: "罒",  // ⺲ net two
    0x2EB3: "网",  // ⺳ net three
    0x2EB4: "网",  // ⺴ net four
    0x2EB5: "网",  // ⺵ mesh
    0x2EB6: "羊",  // ⺶ sheep
    0x2EB7: "羊",  // ⺷ ram
    0x2EB8: "羋",  // ⺸ ewe
    0x2EB9: "耂",  // ⺹ old
    0x2EBA: "肀",  // ⺺ brush one
    0x2EBB: "聿",  // ⺻ brush two
    0x2EBC: "肉",  // ⺼ meat
    0x2EBD: "臼",  // ⺽ mortar
    0x2EBE: "艹",  // ⺾ grass one
    0x2EBF: "艹",  // ⺿ grass two
    0x2EC0: "艹",  // ⻀ grass three
    0x2EC1: "虎",  // ⻁ tiger
    0x2EC2: "衤",  // ⻂ clothes
    0x2EC3: "覀",  // ⻃ west one
    0x2EC4: "西",  // ⻄ west two
    0x2EC5: "见",  // ⻅ c-simplified see
    0x2EC6: "角",  // ⻆ simplified horn
    0x2EC7: "角",  // ⻇ horn
    0x2EC8: "讠",  // ⻈ c-simplified speech
    0x2EC9: "贝",  // ⻉ c-simplified shell
    0x2ECA: "足",  // ⻊ foot
    0x2ECB: "车",  // ⻋ c-simplified cart
    0x2ECC: "辶",  // ⻌ simplified walk
    0x2ECD: "辶",  // ⻍ walk one
    0x2ECE: "辶",  // ⻎ walk two
    0x2ECF: "邑",  // ⻏ city
    0x2ED0: "钅",  // ⻐ c-simplified gold
    0x2ED1: "長",  // ⻑ long one
    0x2ED2: "镸",  // ⻒ long two
    0x2ED3: "长",  // ⻓ c-simplified long
    0x2ED4: "门",  // ⻔ c-simplified gate
    0x2ED5: "阜",  // ⻕ mound one
    0x2ED6: "阝",  // ⻖ mound two
    0x2ED7: "雨",  // ⻗ rain
    0x2ED8: "青",  // ⻘ blue
    0x2ED9: "韦",  // ⻙ c-simplified tanned leather
    0x2EDA: "页",  // ⻚ c-simplified leaf
    0x2EDB: "风",  // ⻛ c-simplified wind
    0x2EDC: "飞",  // ⻜ c-simplified fly
    0x2EDD: "食",  // ⻝ eat one
    0x2EDE: "食",  // ⻞ eat two
    0x2EDF: "飠",  // ⻟ eat three
    0x2EE0: "饣",  // ⻠ c-simplified eat
    0x2EE1: "首",  // ⻡ head
    0x2EE2: "马",  // ⻢ c-simplified horse
    0x2EE3: "骨",  // ⻣ bone
    0x2EE4: "鬼",  // ⻤ ghost
    0x2EE5: "鱼",  // ⻥ c-simplified fish
    0x2EE6: "鸟",  // ⻦ c-simplified bird
    0x2EE7: "卤",  // ⻧ c-simplified salt
    0x2EE8: "麦",  // ⻨ simplified wheat
    0x2EE9: "黄",  // ⻩ simplified yellow
    0x2EEA: "黾",  // ⻪ c-simplified frog
    0x2EEB: "斉",  // ⻫ j-simplified even
    0x2EEC: "齐",  // ⻬ c-simplified even
    0x2EED: "歯",  // ⻭ j-simplified tooth
    0x2EEE: "齿",  // ⻮ c-simplified tooth
    0x2EEF: "竜",  // ⻯ j-simplified dragon
    0x2EF0: "龙",  // ⻰ c-simplified dragon
    0x2EF1: "龜",  // ⻱ turtle
    0x2EF2: "亀",  // ⻲ j-simplified turtle
    0x2EF3: "龟",  // ⻳ c-simplified turtle
]
