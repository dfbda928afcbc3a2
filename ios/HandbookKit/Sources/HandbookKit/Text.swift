import Foundation
import Hagukumi

/// The core's catalog messages (`app-…` in core/data/text/<lang>.ftl) for sentences the
/// app composes from a report's numbers: the core formats them in the language with its
/// plural rules, so iOS, Android and the CLI say the same thing. Screen chrome stays in
/// the app's String Catalog.
extension Array where Element == Localized {
    /// The core's words for `lang` from a record that carries them in every catalog
    /// language (an error, a warning, a reason), with the core's fallback.
    public func inLang(_ lang: Lang) -> String { textIn(texts: self, lang: lang) }
}

extension Lang {
    /// Message `id` with named values (`lang.text("app-import-done", ["records": 3, "photos": 1])`).
    /// Integers and floating-point numbers choose plural forms; anything else is inserted as
    /// text. The id is a literal at every call, so the core's catalog test finds it.
    public func text(_ id: String, _ args: KeyValuePairs<String, any Sendable> = [:]) -> String {
        catalogText(lang: self, id: id, args: args.map { TextArg(name: $0.key, value: Self.value($0.value)) })
    }

    private static func value(_ v: any Sendable) -> TextValue {
        switch v {
        case let n as Int: return .number(value: Double(n))
        case let n as Int64: return .number(value: Double(n))
        case let n as UInt32: return .number(value: Double(n))
        case let n as UInt64: return .number(value: Double(n))
        case let n as Double: return .number(value: n)
        case let n as Float: return .number(value: Double(n))
        default: return .text(value: String(describing: v))
        }
    }
}
