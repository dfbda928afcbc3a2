import Dispatch
import Foundation
@_exported import Hagukumi

/// The handbook as the iOS app uses it: the generated `Handbook` (every record, screen
/// and action of the core, with the core's own types), reached only through `call`.
///
/// The Rust calls are blocking and sub-millisecond, but a write ends with an fsync and a
/// phone's flash can stall, so none may run on the main actor nor on Swift's cooperative
/// pool (blocking there starves other tasks). `call` runs each on one serial dispatch
/// queue, which also keeps them in order. There is no wrapper per export: a new record
/// kind in the core needs nothing here.
///
///     let home = try await store.call { [lang = store.lang] in try $0.home(lang: lang) }
///     let saved = try await store.call { try $0.addGrowth(measurement: m) }
public final class HandbookStore: Sendable {
    private let ffi: Handbook
    /// The language of the text the core writes for screens (labels, reasons, messages).
    public let lang: Lang
    private let queue = DispatchQueue(label: "org.hagukumi.handbook")
    /// Where calls that wait for the network (feed syncs, seconds) run, so that the
    /// screens' calls are not held up; the core syncs on its own connection to the file.
    private let networkQueue = DispatchQueue(label: "org.hagukumi.handbook.network")
    /// Where calls that need no open handbook (received files, family views) run.
    private static let files = DispatchQueue(label: "org.hagukumi.bundles")

    private init(ffi: Handbook, lang: Lang) {
        self.ffi = ffi
        self.lang = lang
    }

    /// Open (or create) the handbook file at `path`. `today` pins the date for tests,
    /// demos and screenshots; leave it nil in the app.
    public static func open(path: String, lang: Lang = .ja, today: CalendarDay? = nil) async throws -> HandbookStore {
        let ffi = try await io { try Handbook.openWith(path: path, options: OpenOptions(today: today)) }
        return HandbookStore(ffi: ffi, lang: lang)
    }

    /// A handbook in memory only (SwiftUI previews, tests).
    public static func inMemory(lang: Lang = .ja, today: CalendarDay? = nil) async throws -> HandbookStore {
        let ffi = try await io { try Handbook.inMemory(options: OpenOptions(today: today)) }
        return HandbookStore(ffi: ffi, lang: lang)
    }

    /// One handbook call, on the handbook's serial queue (`waitsForNetwork`: on its
    /// own queue, for `syncFeed`, `syncCurrentCity`, `backgroundSync`).
    public func call<T: Sendable>(
        waitsForNetwork: Bool = false, _ body: @escaping @Sendable (Handbook) throws -> T
    ) async throws -> T {
        let ffi = self.ffi
        return try await Self.run(on: waitsForNetwork ? networkQueue : queue) { try body(ffi) }
    }

    /// A library call that needs no open handbook (`bundleFileInfo`, `peekShare`,
    /// `importShareToViews`, `familyViews`, `inspectBackup`, `createRescueBackup`),
    /// off the main thread: `try await HandbookStore.io { try bundleFileInfo(path: p) }`.
    public static func io<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await run(on: files, body)
    }

    private static func run<T: Sendable>(
        on queue: DispatchQueue, _ body: @escaping @Sendable () throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }

    /// Every change of the handbook (this phone's writes, a merged share, a restored
    /// backup, a synced feed), for screens to re-read what they show. The registration
    /// starts now and ends when the iterating task ends or is cancelled.
    public func changes() -> AsyncStream<Change> {
        AsyncStream { continuation in
            let handle = ffi.observe(observer: ChangeRelay(continuation))
            continuation.onTermination = { _ in handle.cancel() }
        }
    }

    /// Checkpoint and close the file. Call when the app moves to the background (inside
    /// a background task): iOS kills a suspended app that holds a file lock (0xdead10cc).
    /// Closing twice is harmless; later calls throw kind `.closed`.
    public func close() async throws { try await call { try $0.closeFile() } }
}

/// Hands the core's change notices to an `AsyncStream`.
private final class ChangeRelay: HandbookObserver {
    private let continuation: AsyncStream<Change>.Continuation
    init(_ continuation: AsyncStream<Change>.Continuation) { self.continuation = continuation }
    func onChange(change: Change) { continuation.yield(change) }
}

/// A photo import's (done, total) progress for `Handbook.importPhotos`, called on the
/// handbook's queue.
public func importProgress(_ report: @escaping @Sendable (UInt32, UInt32) -> Void) -> ImportProgress {
    ImportRelay(report: report)
}

/// A backup's or restore's (done, total) bytes for the backup calls.
public func backupProgress(_ report: @escaping @Sendable (UInt64, UInt64) -> Void) -> BackupProgress {
    BackupRelay(report: report)
}

private final class ImportRelay: ImportProgress {
    let report: @Sendable (UInt32, UInt32) -> Void
    init(report: @escaping @Sendable (UInt32, UInt32) -> Void) { self.report = report }
    func onProgress(done: UInt32, total: UInt32) { report(done, total) }
}

private final class BackupRelay: BackupProgress {
    let report: @Sendable (UInt64, UInt64) -> Void
    init(report: @escaping @Sendable (UInt64, UInt64) -> Void) { self.report = report }
    func onProgress(doneBytes: UInt64, totalBytes: UInt64) { report(doneBytes, totalBytes) }
}
