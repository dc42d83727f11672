import CommonMark
import Content
import Escaping
import Foundation

/// Images of an editor's page get their width and height (so the page does not shift as they load)
/// and `loading="lazy"`; the sizes are read from the files beside the page.
enum PageImages {
    /// - Parameter resources: the files beside pages by output path.
    static func sized(_ rendered: RenderedMarkdown, page: SitePage, resources: [String: PageResource]) -> RenderedMarkdown {
        guard ByteSearch.contains("<img ", in: rendered.html) else { return rendered }
        var html = ""
        var rest = rendered.html[...]
        while let open = rest.range(of: "<img "), let close = rest[open.upperBound...].range(of: "/>") {
            html += rest[..<open.upperBound]
            let attributes = rest[open.upperBound..<close.lowerBound]
            var added = ""
            if let src = attribute("src", in: attributes), let target = Backlinks.resolve(src, from: page.outputPath),
                let resource = resources[target], let size = size(of: resource.contents)
            {
                added += "width=\"\(size.width)\" height=\"\(size.height)\" "
            }
            if !attributes.contains("loading=") { added += "loading=\"lazy\" " }
            html += added + attributes
            rest = rest[close.lowerBound...]
        }
        return RenderedMarkdown(html: html + rest, headings: rendered.headings)
    }

    private static func attribute(_ name: String, in attributes: Substring) -> String? {
        guard let start = attributes.range(of: name + "=\""), let end = attributes[start.upperBound...].firstIndex(of: "\"")
        else { return nil }
        return String(attributes[start.upperBound..<end])
    }

    /// Pixel size of a PNG, GIF or JPEG; nil for other files.
    static func size(of data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(65_536))
        func big(_ at: Int, _ count: Int) -> Int { (0..<count).reduce(0) { $0 << 8 | Int(bytes[at + $1]) } }
        if bytes.count >= 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            return (big(16, 4), big(20, 4))
        }
        if bytes.count >= 10, bytes.starts(with: Array("GIF".utf8)) {
            return (Int(bytes[6]) | Int(bytes[7]) << 8, Int(bytes[8]) | Int(bytes[9]) << 8)
        }
        if bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 {
            var index = 2
            while index + 9 < bytes.count, bytes[index] == 0xFF {
                let marker = bytes[index + 1]
                if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                    return (big(index + 7, 2), big(index + 5, 2))
                }
                index += 2 + big(index + 2, 2)
            }
        }
        return nil
    }
}
