import Hagukumi

import Foundation

/// `localizedDescription` is the parent-facing English message. (uniffi's own
/// conformance is turned off in bindings/uniffi.toml: it would describe the enum case
/// with all its fields.) Use `message(_:)` with the app's language on screen.
extension HandbookError: LocalizedError {
    public var errorDescription: String? { messages.en }
}

/// The parent-facing message of a handbook error, in either language, without a
/// `switch` at every call site.
extension HandbookError {
    /// The message worded by the core, in English.
    public var messageEn: String { messages.en }

    /// The message worded by the core, in Japanese.
    public var messageJa: String { messages.ja }

    /// The message to show in `lang`.
    public func message(_ lang: Lang) -> String {
        switch lang {
        case .en: return messages.en
        case .ja: return messages.ja
        }
    }

    private var messages: (en: String, ja: String) {
        switch self {
        case let .Invalid(_, en, ja),
             let .NotFound(_, _, en, ja),
             let .FileUnusable(en, ja),
             let .StorageFull(en, ja),
             let .Busy(en, ja),
             let .Storage(en, ja),
             let .BadArgument(en, ja),
             let .GrowthUnavailable(en, ja),
             let .Photo(_, en, ja),
             let .Feed(_, _, en, ja),
             let .Share(_, en, ja),
             let .ReadOnly(en, ja),
             let .Closed(en, ja),
             let .Internal(en, ja),
             let .Damaged(en, ja):
            return (en, ja)
        }
    }
}

extension HandbookError {
    /// For a share or backup refusal (`.Share`): its stable reason ("wrong_key",
    /// "damaged", "choice_needed", …); `nil` for every other error.
    public var shareErrorKind: String? {
        if case let .Share(kind, _, _) = self { return kind }
        return nil
    }
}

extension HandbookError {
    /// For a city feed failure (`.Feed`): whether trying again later may succeed
    /// (network, busy server). `false` for every other error.
    public var isTransientFeedError: Bool {
        if case let .Feed(_, transient, _, _) = self { return transient }
        return false
    }
}
