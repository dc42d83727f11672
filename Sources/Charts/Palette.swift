/// Colours chosen to stay distinguishable for common colour-vision deficiencies, readable in
/// light and dark mode, and printable. Every colour comes with the text colour that reads on it.
public enum Palette {
    /// A fill colour and the text colour with enough contrast on top of it.
    public struct Swatch: Sendable, Hashable {
        /// Fill colour as `#RRGGBB`.
        public let fill: String
        /// Text colour readable on `fill`.
        public let text: String
    }

    /// Okabe–Ito categorical colours (black omitted: it vanishes on dark backgrounds).
    public static let categorical: [Swatch] = [
        Swatch(fill: "#0072B2", text: "#FFFFFF"),
        Swatch(fill: "#E69F00", text: "#000000"),
        Swatch(fill: "#009E73", text: "#000000"),
        Swatch(fill: "#CC79A7", text: "#000000"),
        Swatch(fill: "#56B4E9", text: "#000000"),
        Swatch(fill: "#D55E00", text: "#000000"),
        Swatch(fill: "#F0E442", text: "#000000"),
    ]

    /// The default bar colour (Okabe–Ito blue).
    static let bar = categorical[0]
    /// The highlighted bar (Okabe–Ito vermillion), also marked by bold text and an outline.
    static let highlight = Swatch(fill: "#D55E00", text: "#000000")

    /// Viridis-like sequential classes, light (low) to dark (high), for `count` classes (1…7;
    /// other counts are clamped into that range).
    public static func sequential(_ count: Int) -> [Swatch] {
        let ramp: [Swatch] = [
            Swatch(fill: "#FDE725", text: "#000000"),
            Swatch(fill: "#A0DA39", text: "#000000"),
            Swatch(fill: "#4AC16D", text: "#000000"),
            Swatch(fill: "#1FA187", text: "#000000"),
            Swatch(fill: "#277F8E", text: "#FFFFFF"),
            Swatch(fill: "#365C8D", text: "#FFFFFF"),
            Swatch(fill: "#46327E", text: "#FFFFFF"),
        ]
        let n = min(max(count, 1), ramp.count)
        if n == 1 { return [ramp[3]] }
        // Spread the classes across the whole ramp so neighbours differ as much as possible.
        return (0..<n).map { ramp[Int((Double($0) * Double(ramp.count - 1) / Double(n - 1)).rounded())] }
    }
}

/// Fixed strings shared by every chart.
public enum ChartText {
    /// Shown wherever a value is missing; a missing value is never drawn as zero.
    public static let missing = "（データなし）"
    /// The same, where it stands as a value after a colon, e.g. in a tooltip「青森県: データなし」.
    public static let missingValue = "データなし"
}
