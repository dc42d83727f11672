/// The key a check uses to name a row of a per-prefecture dataset: the JIS code (`14`) for a
/// prefecture's own row, `code:city` (`14:横浜市`) for a designated city's row. The importer writes
/// it and the site's row matching reads it, so a check that names a city row finds that row.
public enum PrefectureRowKey {
    /// The key of a row.
    public static func key(code: String, city: String?) -> String {
        guard let city, !city.isEmpty else { return code }
        return "\(code):\(city)"
    }
}
