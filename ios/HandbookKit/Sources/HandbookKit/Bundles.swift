import Foundation
import Hagukumi

/// A file the family received (the other parent's or a grandparent's share, or a
/// backup): what unlocks it, what it holds, and where it goes. The rules (keys, scopes,
/// merging) are the core's; this is only the order of the calls, so the view just asks
/// and shows.
public struct ReceivedBundle: Sendable {
    public let path: String
    public let info: BundleFileInfo

    /// Read the file's header: share or backup, key or passphrase.
    public static func open(path: String) async throws -> ReceivedBundle {
        ReceivedBundle(path: path, info: try await HandbookStore.io { try bundleFileInfo(path: path) })
    }

    /// What the typed text is: a passphrase for a backup made with one, else a share key.
    public func secret(_ text: String) -> BundleSecret {
        info.needsPassphrase ? .passphrase(passphrase: text) : .shareKey(key: text)
    }

    public enum Contents: Sendable, Equatable {
        case share(IncomingShareInfo)
        /// `question`: what to ask the family before restoring into this handbook.
        case backup(BackupInfo, question: RestoreQuestion)
    }

    /// Check the key or passphrase and read what the file holds, changing nothing. A wrong
    /// one throws an error whose `remedy` is `.enterTheSecretAgain`.
    public func unlock(_ text: String, for store: HandbookStore) async throws -> Contents {
        let (path, secret) = (self.path, self.secret(text))
        guard info.isBackup else {
            return .share(try await HandbookStore.io { try peekShare(path: path, key: text) })
        }
        let backup = try await HandbookStore.io { try inspectBackup(path: path, secret: secret) }
        return .backup(backup, question: try await store.call { try $0.restoreQuestion() })
    }

    /// The other parent's share merges into `store`; a grandparent's (viewer) share goes to
    /// its family's read-only view under `viewsDir`.
    public func importShare(
        _ share: IncomingShareInfo, key: String, into store: HandbookStore, viewsDir: String
    ) async throws -> ShareImport {
        let path = self.path
        switch share.role {
        case .coParent: return try await store.call { try $0.importShare(path: path, key: key) }
        case .viewer: return try await HandbookStore.io { try importShareToViews(viewsDir: viewsDir, path: path, key: key) }
        }
    }

    /// Restore into `store`; `mode`: the family's answer to `.replaceOrMerge`, nil when
    /// the question was `.none`.
    public func restore(
        _ text: String, mode: RestoreMode?, into store: HandbookStore, progress: BackupProgress? = nil
    ) async throws -> RestoreReport {
        let (path, secret) = (self.path, self.secret(text))
        return try await store.call { try $0.restoreBackup(backupPath: path, secret: secret, mode: mode, progress: progress) }
    }
}

/// The files the family sends: a share's news, a backup, a rescue backup, written to
/// `dir` (the app's temporary folder, for the share sheet or Save to Files).
public enum BundleFiles {
    /// What is new for `share`, named for the share and the day.
    public static func exportShare(_ share: ShareInfo, from store: HandbookStore, to dir: URL) async throws -> URL {
        let today = try await store.call { try $0.today() }
        let url = try file("\(share.name)-\(today.iso).hagukumi-share", in: dir)
        _ = try await store.call { try $0.exportShare(id: share.id, full: false, path: url.path) }
        return url
    }

    /// The whole handbook (records and photos), encrypted with `passphrase`.
    public static func createBackup(
        of store: HandbookStore, passphrase: String, to dir: URL, progress: BackupProgress? = nil
    ) async throws -> URL {
        let today = try await store.call { try $0.today() }
        let url = try file("hagukumi-\(today.iso).hagukumi-backup", in: dir)
        let secret = BundleSecret.passphrase(passphrase: passphrase)
        _ = try await store.call { try $0.createBackup(path: url.path, secret: secret, progress: progress) }
        return url
    }

    /// After a damaged-file error: everything still readable from the handbook file at
    /// `handbookPath`, read directly (it works when the handbook no longer opens).
    public static func createRescueBackup(
        handbookPath: String, passphrase: String, to dir: URL, progress: BackupProgress? = nil
    ) async throws -> (URL, RescueReport) {
        let url = try file("hagukumi-rescue-\(UUID().uuidString.prefix(8)).hagukumi-backup", in: dir)
        let secret = BundleSecret.passphrase(passphrase: passphrase)
        let report = try await HandbookStore.io {
            try Hagukumi.createRescueBackup(handbookPath: handbookPath, outPath: url.path, secret: secret, progress: progress)
        }
        return (url, report)
    }

    /// `name` in `dir` (created), with the characters that are path syntax replaced: a
    /// share's name is the family's own text.
    static func file(_ name: String, in dir: URL) throws -> URL {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let safe = name.components(separatedBy: CharacterSet(charactersIn: "/\\:*?\"<>|")).joined(separator: "_")
        return dir.appendingPathComponent(safe)
    }
}

extension RescueReport {
    /// Rows that could not be read, over every table (records saved: `backup.records`);
    /// nil when a table's loss could not be counted.
    public var rowsLost: UInt64? {
        tables.reduce(UInt64(0) as UInt64?) { sum, table in table.lost.flatMap { lost in sum.map { $0 + lost } } }
    }
}
