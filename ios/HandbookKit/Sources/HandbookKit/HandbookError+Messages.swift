import Foundation
import Hagukumi

/// Every call fails with the core's one error, `HandbookError.Failed`: a typed
/// `ErrorKind` (an exhaustive `switch`, never a string), the form `Field` to show the
/// message next to, and the message in both languages, worded by the core. These read
/// it without a `case let` at every call site.
extension HandbookError: LocalizedError {
    /// The English message (uniffi's own conformance would list the case's fields).
    public var errorDescription: String? { userMessage(.en) }

    public var kind: ErrorKind { parts.kind }

    /// The form field the message belongs next to, when there is one.
    public var field: Field? { parts.field }

    /// Changing what was entered or chosen fixes it.
    public var userCanFix: Bool { parts.userCanFix }

    /// Trying again later may succeed (network, a busy file): a background task retries.
    public var transient: Bool { parts.transient }

    /// The message to show, in `lang`.
    public func userMessage(_ lang: Lang) -> String {
        parts.messages.inLang(lang)
    }

    private var parts: (kind: ErrorKind, field: Field?, userCanFix: Bool, transient: Bool, messages: [Localized]) {
        switch self {
        case let .Failed(kind, field, userCanFix, transient, messages): return (kind, field, userCanFix, transient, messages)
        }
    }
}
