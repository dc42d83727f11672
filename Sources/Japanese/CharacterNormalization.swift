import Foundation

extension JapaneseText {
    /// Replaces stand-in characters left by PDF text extraction with the ideographs they stand for.
    ///
    /// - Kangxi radicals U+2F00–U+2FD5 (all 214): `⾼齢者` → `高齢者`, `⾏政` → `行政`.
    /// - CJK Radicals Supplement U+2E80–U+2EF3: `⻑野` → `長野`, `⻘森` → `青森`.
    /// - CJK compatibility ideographs with a canonical mapping (U+F900–U+FAD9, U+2F800–U+2FA1D):
    ///   `塚` (U+FA10) → `塚` (U+585A). The twelve unified ideographs in that block, such as `﨑`
    ///   (U+FA11), are real characters and stay.
    /// - Vertical presentation forms: `︓` → `：`, `﹁` → `「`.
    /// - Simplified-Chinese characters that never occur in Japanese: `项` → `項`, `资` → `資`.
    ///
    /// Width is left alone (see ``foldWidth(_:)``), and so are variant glyphs that are legitimate
    /// Japanese characters (`雞`, `巢`, `曾`), because place and personal names use them.
    public static func normalizeCharacters(_ s: String) -> String {
        // Almost every line has nothing to replace; it is returned as it is rather than rebuilt.
        guard s.unicodeScalars.contains(where: { normalized($0) != $0 }) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            out.append(normalized(scalar))
        }
        return String(out)
    }

    /// The scalar that stands for `scalar`. Everything below the CJK radicals (U+2E80), where
    /// every replaced character lies, stays without a lookup.
    @inline(__always)
    private static func normalized(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value >= 0x2E80 else { return scalar }
        let unified = unifiedIdeograph(for: scalar)
        return simplifiedToJapanese[unified] ?? unified
    }

    private static func unifiedIdeograph(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x2F00...0x2FD5:
            return kangxiRadicalTargets[Int(value - 0x2F00)]
        case 0x2E80...0x2EF3:
            return radicalSupplementTargets[value] ?? scalar
        case 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return canonicalSingleton(of: scalar) ?? scalar
        case 0xFE10...0xFE19, 0xFE30...0xFE48:
            return verticalForms[value] ?? scalar
        default:
            return scalar
        }
    }

    /// The one-scalar canonical decomposition of a compatibility ideograph, if it has one.
    /// Canonical (not compatibility) normalisation of a single scalar cannot affect its neighbours.
    private static func canonicalSingleton(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let mapped = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
        guard mapped.count == 1, let first = mapped.first, first != scalar else { return nil }
        return first
    }

    /// Vertical presentation forms → the horizontal Japanese punctuation they rotate. NFKC would
    /// give ASCII `(` or `:` here; a Japanese document means the full-width forms.
    private static let verticalForms: [UInt32: Unicode.Scalar] = [
        0xFE10: "，", 0xFE11: "、", 0xFE12: "。", 0xFE13: "：", 0xFE14: "；", 0xFE15: "！",
        0xFE16: "？", 0xFE17: "〖", 0xFE18: "〗", 0xFE19: "…",
        0xFE30: "‥", 0xFE31: "—", 0xFE32: "–", 0xFE35: "（", 0xFE36: "）", 0xFE37: "｛",
        0xFE38: "｝", 0xFE39: "〔", 0xFE3A: "〕", 0xFE3B: "【", 0xFE3C: "】", 0xFE3D: "《",
        0xFE3E: "》", 0xFE3F: "〈", 0xFE40: "〉", 0xFE41: "「", 0xFE42: "」", 0xFE43: "『",
        0xFE44: "』", 0xFE47: "［", 0xFE48: "］",
    ]
}
