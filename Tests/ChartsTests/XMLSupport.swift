import Charts
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A minimal DOM for asserting on generated SVG and table markup.
final class Node {
    let name: String
    let attributes: [String: String]
    /// Element children only.
    var children: [Node] = []
    /// Text and element children in document order, for `textContent`.
    var parts: [Part] = []

    enum Part {
        case text(String)
        case element(Node)
    }

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// All descendants (depth first, document order), including self.
    var all: [Node] { [self] + children.flatMap(\.all) }

    func descendants(_ name: String) -> [Node] { all.filter { $0.name == name } }

    func hasClass(_ name: String) -> Bool {
        (attributes["class"] ?? "").split(separator: " ").contains { $0 == name }
    }

    /// Text content of this node and its descendants.
    var textContent: String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .element(let node): node.textContent
            }
        }.joined()
    }
}

private final class Builder: NSObject, XMLParserDelegate {
    var stack: [Node] = []
    var root: Node?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let node = Node(name: elementName, attributes: attributes)
        if let parent = stack.last {
            parent.children.append(node)
            parent.parts.append(.element(node))
        } else {
            root = node
        }
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.parts.append(.text(string))
    }
}

/// Parses markup as XML; `nil` when it is not well-formed.
func parseXML(_ markup: String) -> Node? {
    let parser = XMLParser(data: Data(markup.utf8))
    let builder = Builder()
    parser.delegate = builder
    guard parser.parse() else { return nil }
    return builder.root
}

/// Every number in geometry attributes and path data, for checking they are all finite.
func geometryNumbers(_ root: Node) -> [String] {
    let names = ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "dy"]
    var out: [String] = []
    for node in root.all {
        // A fluid drawing gives x positions and widths in percent.
        for name in names {
            if let value = node[name] { out.append(value.hasSuffix("%") ? String(value.dropLast()) : value) }
        }
        if let d = node["d"] {
            out += d.split(whereSeparator: { "MLZVHmlzvh -".contains($0) }).map(String.init)
        }
    }
    return out
}

/// The drawings a chart holds: the wide one, then the fluid one when there is one.
func drawings(_ chart: RenderedChart) -> [String] {
    [chart.wideSVG] + (chart.narrowSVG.map { [$0] } ?? [])
}
