import Hagukumi

/// What the app offers beside the core's message after a refusal, beyond what the error
/// itself says (`userCanFix`: show it on the form; `transient`: retry later).
public enum Remedy: Sendable, Equatable {
    /// The handbook file is damaged: offer the rescue backup (Sharing & backup).
    case rescueBackup
    /// The key or passphrase does not open the file: keep its field open.
    case enterTheSecretAgain
    /// A restore into a handbook with records needs the family's choice (ask
    /// `restoreQuestion()` before restoring, so this is seen only if that was skipped).
    case chooseReplaceOrMerge
    /// The record looks like one already saved: ask the family (the core's message
    /// says which), and save again with `force` if they confirm (`FormEditor.duplicate`).
    case confirmAndSaveAnyway
    /// Nothing more than the message.
    case showTheMessage
}

extension ErrorKind {
    /// Decided once for every kind, with no `default`: a kind added to the core does not
    /// compile until the app has decided what to offer for it.
    public var remedy: Remedy {
        switch self {
        case .damaged:
            return .rescueBackup
        case .wrongKey, .secretMismatch, .badShareKey, .passphraseTooShort:
            return .enterTheSecretAgain
        case .choiceNeeded:
            return .chooseReplaceOrMerge
        case .likelyDuplicate:
            return .confirmAndSaveAnyway
        case .validation, .badArgument, .badCursor, .notFound, .schedule, .growthUnavailable, .growth,
             .schemaTooNew, .notAHandbook, .corrupt, .diskFull, .busy, .io, .storage, .badStoredValue,
             .readOnlyView, .readOnlyFile, .closed, .`internal`, .photoHeic, .photoUnknownFormat,
             .photoTooLarge, .photoTooManyPixels, .photoCorrupt, .photoRead, .photoNotAFile, .photoWrite,
             .noPhotoFolder, .photoNotFound, .feedBadConfig, .feedConnect, .feedTimeout, .feedHttpStatus,
             .feedTransfer, .feedTooLarge, .feedInvalidJson, .feedInvalidFeed, .feedUnsupportedVersion,
             .feedMissingSignature, .feedUnknownKey, .feedBadSignature, .feedWrongCity, .feedRollback, .noCity,
             .feedFutureDated, .feedRedirectRefused, .feedUnsafeLink, .notABundle, .bundleUnsupportedVersion,
             .kindMismatch, .bundleDamaged, .truncated, .badKdfParams, .bundleTooLarge, .noRandomness,
             .bundleIo, .badContent, .madeByNewerApp, .otherFamily, .viewerShare, .wrongView,
             .coParentNeedsFamily, .inMemory, .noShare, .emptyName, .restoredCheckFailed, .unexpectedSchema,
             .mergeBadRecord, .mergeInvalidRecord, .mergeMissingParent:
            return .showTheMessage
        }
    }
}

extension HandbookError {
    public var remedy: Remedy { kind.remedy }
}
