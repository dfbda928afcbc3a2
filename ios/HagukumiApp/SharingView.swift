import CoreImage.CIFilterBuiltins
import HandbookKit
import SwiftUI
import UIKit
import UniformTypeIdentifiers

/// 家族と共有・バックアップ: the family's shares (each key as a QR code), sending what is
/// new, opening a received share or backup, the family views kept for grandparents,
/// and backups. The core decides everything; this view asks and shows.
struct SharingView: View {
    @EnvironmentObject private var model: HandbookModel
    @Environment(\.dismiss) private var dismiss
    @State private var shares: [ShareInfo] = []
    @State private var children: [ChildRecord] = []
    @State private var pregnancies: [PregnancyRecord] = []
    @State private var views: [FamilyView] = []
    @State private var shown: ShownKey?
    @State private var sending: SentFile?
    @State private var adding = false
    @State private var importing = false
    @State private var incoming: IncomingFile?
    @State private var backingUp = false
    @State private var rescuing = false
    @State private var result: String?

    var body: some View {
        let lang = model.lang
        List {
            if let result { Section { Text(result) } }
            Section(lang.t("共有先", "Shared with")) {
                ForEach(shares, id: \.id) { share in
                    VStack(alignment: .leading, spacing: 4) {
                        Text(share.name).font(.headline)
                        Text("\(roleLabel(share.role, lang)) · \(scopeLabel(share.scope, lang))")
                        Text(share.lastExportedAt.map { lang.t("前回送った日 \(localDate($0))", "Last sent \(localDate($0))") }
                            ?? lang.t("まだ送っていません", "Not sent yet")).font(.caption)
                        HStack {
                            Button(lang.t("鍵を表示", "Show key")) { shown = ShownKey(share: share) }
                            Button(lang.t("新しい分を送る", "Send what's new")) { Task { await send(share) } }
                        }
                        .buttonStyle(.borderless)
                    }
                    .swipeActions {
                        Button(lang.t("削除", "Remove"), role: .destructive) {
                            Task { await remove(share) }
                        }
                    }
                }
                Button(lang.t("共有先を追加", "Add someone")) { adding = true }
            }
            Section(lang.t("受け取る", "Receive")) {
                Button(lang.t("受け取ったファイルを開く", "Open a received file")) { importing = true }
            }
            if !views.isEmpty {
                Section(lang.t("家族の記録（閲覧のみ）", "Family views (read-only)")) {
                    ForEach(views, id: \.familyId) { view in
                        Button {
                            // Home shows the view from now on, with a way back.
                            Task { await model.openView(view); dismiss() }
                        } label: {
                            VStack(alignment: .leading) {
                                Text(view.children.isEmpty ? lang.t("妊娠中の記録", "A pregnancy") : view.children.joined(separator: "・"))
                                if let last = view.lastImport {
                                    Text(lang.t("最終更新 \(localDate(last))", "Updated \(localDate(last))")).font(.caption)
                                }
                            }
                        }
                    }
                }
            }
            if model.damaged {
                Section {
                    Button(lang.t("救出バックアップを作成", "Make a rescue backup")) { rescuing = true }
                } header: {
                    Text(lang.t("救出バックアップ", "Rescue backup")).foregroundStyle(.red)
                } footer: {
                    Text(lang.t(
                        "手帳のファイルが壊れています。読み取れる記録と写真をすべて暗号化したバックアップに移します。作ったら保存して、復元してください。",
                        "The handbook file is damaged. Every record and photo that can still be read goes into an encrypted backup. Save it, then restore it."
                    ))
                }
            }
            Section(lang.t("バックアップ", "Backup")) {
                Button(lang.t("バックアップを作成", "Create a backup")) { backingUp = true }
                Button(lang.t("バックアップから復元", "Restore from a backup")) { importing = true }
            }
        }
        .navigationTitle(lang.t("家族と共有・バックアップ", "Sharing & backup"))
        .task { await load() }
        .sheet(item: $shown) { KeyView(share: $0.share) }
        .sheet(item: $sending) { ActivitySheet(url: $0.url) }
        .sheet(isPresented: $adding, onDismiss: { Task { await load() } }) {
            NewShareForm(children: children, pregnancies: pregnancies) { shown = ShownKey(share: $0) }
        }
        .sheet(item: $incoming, onDismiss: { Task { await load() } }) { file in
            IncomingView(file: file) { result = $0 }
        }
        .sheet(isPresented: $backingUp) { CreateBackupView(rescue: false) }
        .sheet(isPresented: $rescuing) { CreateBackupView(rescue: true) }
        .fileImporter(isPresented: $importing, allowedContentTypes: [.data]) { picked in
            guard case let .success(url) = picked else { return }
            Task {
                do {
                    let copy = try await copyReceived(url)
                    incoming = IncomingFile(bundle: try await ReceivedBundle.open(path: copy.path))
                } catch {
                    model.show(error)
                }
            }
        }
    }

    private func load() async {
        do {
            shares = try await model.callOwn { try $0.shares() }
            children = try await model.callOwn { try $0.children() }
            pregnancies = try await model.callOwn { try $0.pregnancies() }
            let viewsDir = HandbookModel.viewsDir
            views = try await HandbookStore.io { try familyViews(viewsDir: viewsDir) }
        } catch {
            model.show(error)
        }
    }

    /// What is new for `share`, written to a temporary file for the share sheet.
    private func send(_ share: ShareInfo) async {
        do {
            sending = SentFile(url: try await BundleFiles.exportShare(share, from: model.ownStore(), to: HandbookModel.bundlesDir))
        } catch {
            model.show(error)
        }
        await load()
    }

    private func remove(_ share: ShareInfo) async {
        do { try await model.callOwn { try $0.removeShare(id: share.id) } } catch { model.show(error) }
        await load()
    }

    private func scopeLabel(_ scope: ShareScope, _ lang: Lang) -> String {
        switch scope {
        case .family: return lang.t("家族全体", "The whole family")
        case let .child(id): return children.first { $0.meta.id == id }?.data.name ?? lang.t("お子さん", "A child")
        case .pregnancy: return lang.t("妊娠中の記録", "The pregnancy")
        }
    }
}

/// A name, and whom the share is for: the other parent (everything, both ways) or,
/// read-only, one child or the pregnancy.
private struct NewShareForm: View {
    let children: [ChildRecord]
    let pregnancies: [PregnancyRecord]
    let created: (ShareInfo) -> Void
    @EnvironmentObject private var model: HandbookModel
    @Environment(\.dismiss) private var dismiss
    @State private var name = ""
    @State private var scope: ShareScope = .family
    @State private var failure: String?

    var body: some View {
        let lang = model.lang
        NavigationStack {
            Form {
                TextField(lang.t("共有先の名前（例: おばあちゃん）", "Name (e.g. Grandma)"), text: $name)
                Picker(lang.t("共有する記録", "What to share"), selection: $scope) {
                    Text(lang.t("パートナー（すべて）", "Co-parent (everything)")).tag(ShareScope.family)
                    ForEach(children, id: \.meta.id) { child in
                        Text(lang.t("\(child.data.name)（閲覧のみ）", "\(child.data.name) (read-only)"))
                            .tag(ShareScope.child(id: child.meta.id))
                    }
                    ForEach(pregnancies, id: \.meta.id) { p in
                        Text(lang.t("妊娠中の記録（閲覧のみ）", "The pregnancy (read-only)")).tag(ShareScope.pregnancy(id: p.meta.id))
                    }
                }
                if let failure { Text(failure).foregroundStyle(.red) }
            }
            .navigationTitle(lang.t("共有先を追加", "Add someone"))
            .toolbar {
                ToolbarItem(placement: .cancellationAction) { Button(lang.t("やめる", "Cancel")) { dismiss() } }
                ToolbarItem(placement: .confirmationAction) {
                    Button(lang.t("作成", "Create")) { Task { await create() } }
                }
            }
        }
    }

    private func create() async {
        let (name, scope) = (self.name, self.scope)
        do {
            let share = try await model.callOwn {
                try $0.createShare(name: name, role: scope == .family ? .coParent : .viewer, scope: scope)
            }
            dismiss()
            created(share)
        } catch {
            failure = message(error, model.lang)
        }
    }
}

/// The share key as a QR code for the other phone, and as text to copy.
private struct KeyView: View {
    let share: ShareInfo
    @EnvironmentObject private var model: HandbookModel
    @Environment(\.dismiss) private var dismiss

    var body: some View {
        let lang = model.lang
        NavigationStack {
            VStack(spacing: 16) {
                if let image = qrImage(share.key) {
                    Image(uiImage: image).interpolation(.none).resizable().scaledToFit().frame(maxWidth: 260)
                }
                Text(share.key).font(.system(.footnote, design: .monospaced)).textSelection(.enabled)
                Button(lang.t("鍵をコピー", "Copy key")) { UIPasteboard.general.string = share.key }
                Text(lang.t(
                    "鍵はファイルとは別の方法で渡してください（会って読み取ってもらう、別のアプリで送るなど）。鍵とファイルの両方があれば記録を読めます。",
                    "Give the key another way than the file (scan it in person, or send it with another app): whoever has both can read the records."
                )).font(.footnote).foregroundStyle(.secondary)
                Spacer()
            }
            .padding()
            .navigationTitle(lang.t("\(share.name)の鍵", "Key for \(share.name)"))
            .toolbar { Button("OK") { dismiss() } }
        }
    }
}

/// A received file: key or passphrase, what it holds, then import or restore (asking
/// replace or merge when the core says the handbook has records). The steps are
/// `ReceivedBundle`'s (HandbookKit); this asks and shows.
private struct IncomingView: View {
    let file: IncomingFile
    let done: (String) -> Void
    @EnvironmentObject private var model: HandbookModel
    @Environment(\.dismiss) private var dismiss
    @State private var secret = ""
    /// The core's message for a wrong key or passphrase: the field stays open.
    @State private var secretError: String?
    @State private var failure: String?
    @State private var contents: ReceivedBundle.Contents?
    @State private var working = false

    var body: some View {
        let lang = model.lang
        let info = file.bundle.info
        NavigationStack {
            Form {
                if contents == nil {
                    Section {
                        if info.needsPassphrase {
                            SecureField(lang.t("パスフレーズ", "Passphrase"), text: $secret)
                        } else {
                            TextField(lang.t("共有の鍵（HGK1-…）", "Share key (HGK1-…)"), text: $secret)
                                .textInputAutocapitalization(.characters)
                                .autocorrectionDisabled()
                        }
                        Button(lang.t("確認", "Check")) { Task { await unlock() } }
                    } footer: {
                        if let secretError { Text(secretError).foregroundStyle(.red) }
                    }
                }
                if case let .share(share) = contents {
                    Section {
                        Text(lang.t("記録の対象: \(share.subjects.joined(separator: "・"))", "About: \(share.subjects.joined(separator: ", "))"))
                        Text(roleLabel(share.role, lang))
                        Text(lang.t("記録\(share.records)件・写真\(share.photos)枚（\(localDate(share.createdAt))作成）",
                                    "\(share.records) records, \(share.photos) photos (made \(localDate(share.createdAt)))"))
                        Button(lang.t("取り込む", "Import")) { Task { await importShare(share) } }.disabled(working)
                    }
                }
                if case let .backup(backup, question) = contents {
                    Section {
                        Text(lang.t("作成日 \(localDate(backup.createdAt))", "Made on \(localDate(backup.createdAt))"))
                        if !backup.children.isEmpty {
                            Text(lang.t("お子さん: \(backup.children.joined(separator: "・"))", "Children: \(backup.children.joined(separator: ", "))"))
                        }
                        Text(lang.t("記録\(backup.records)件・写真\(backup.photos)枚", "\(backup.records) records, \(backup.photos) photos"))
                        if question != .replaceOrMerge {
                            Button(lang.t("復元", "Restore")) { Task { await restore(nil) } }.disabled(working)
                        }
                    }
                    if question == .replaceOrMerge {
                        Section {
                            Button(lang.t("置き換える", "Replace")) { Task { await restore(.replace) } }.disabled(working)
                            Button(lang.t("統合する", "Merge")) { Task { await restore(.merge) } }.disabled(working)
                        } footer: {
                            Text(lang.t("この手帳にはすでに記録があります。バックアップで置き換えますか、それとも統合しますか。",
                                        "This handbook already has records. Replace them with the backup, or merge the two?"))
                        }
                    }
                }
                if let progress = model.progress { ProgressView(value: progress) }
                if let failure { Text(failure).foregroundStyle(.red) }
            }
            .navigationTitle(info.isBackup ? lang.t("バックアップから復元", "Restore a backup") : lang.t("共有された記録", "Shared records"))
            .toolbar {
                ToolbarItem(placement: .cancellationAction) { Button(lang.t("やめる", "Cancel")) { dismiss() }.disabled(working) }
            }
            .interactiveDismissDisabled(working)
        }
    }

    private func unlock() async {
        await attempt {
            contents = try await file.bundle.unlock(secret, for: model.ownStore())
            secretError = nil
        }
    }

    private func importShare(_ share: IncomingShareInfo) async {
        await attempt {
            let report = try await file.bundle.importShare(
                share, key: secret, into: model.ownStore(), viewsDir: HandbookModel.viewsDir
            )
            done(importSummary(report, model.lang))
            dismiss()
        }
    }

    private func restore(_ mode: RestoreMode?) async {
        await attempt {
            let progress = model.progressReporter()
            defer { model.endProgress() }
            let report = try await file.bundle.restore(secret, mode: mode, into: model.ownStore(), progress: progress)
            done(restoreSummary(report, model.lang))
            dismiss()
        }
    }

    /// Runs a step; a wrong key or passphrase keeps the field open with the core's message.
    private func attempt(_ body: () async throws -> Void) async {
        working = true
        defer { working = false }
        failure = nil
        do {
            try await body()
        } catch let e as HandbookError where e.remedy == .enterTheSecretAgain {
            secretError = e.userMessage(model.lang)
            contents = nil
        } catch {
            failure = message(error, model.lang)
            model.show(error)
        }
    }
}

/// Passphrase twice and the warning; the core checks the passphrase itself (8 or more
/// characters). Then save to Files or send.
private struct CreateBackupView: View {
    @EnvironmentObject private var model: HandbookModel
    @Environment(\.dismiss) private var dismiss
    @State private var first = ""
    @State private var again = ""
    @State private var working = false
    @State private var failure: String?
    @State private var made: URL?
    @State private var exporting = false
    /// A rescue backup of a damaged file instead of an ordinary one.
    let rescue: Bool
    /// What the rescue saved and lost, in the app's language.
    @State private var rescued: String?

    var body: some View {
        let lang = model.lang
        NavigationStack {
            Form {
                if let made {
                    Section {
                        Button(lang.t("ファイルに保存", "Save to Files")) { exporting = true }
                        ShareLink(lang.t("送る", "Send"), item: made)
                    } footer: {
                        Text(lang.t("パスフレーズは別に保管してください。", "Keep the passphrase somewhere else."))
                    }
                    if let rescued { Section { Text(rescued) } }
                } else {
                    Section {
                        SecureField(lang.t("パスフレーズ", "Passphrase"), text: $first)
                        SecureField(lang.t("もう一度", "Again"), text: $again)
                        if !again.isEmpty && again != first {
                            Text(lang.t("2つのパスフレーズが違います。", "The two passphrases differ.")).foregroundStyle(.red)
                        }
                        Button(rescue ? lang.t("救出バックアップを作成", "Make the rescue backup") : lang.t("バックアップを作成", "Create the backup")) {
                            Task { await create() }
                        }
                            .disabled(working || first.isEmpty || first != again)
                    } footer: {
                        Text(lang.t(
                            "記録と写真をまとめて暗号化し、1つのファイルにします。パスフレーズ（8文字以上）を忘れると、誰にも復元できません。",
                            "Records and photos are encrypted into one file. If the passphrase (8 characters or more) is forgotten, nobody can restore it."
                        ))
                    }
                }
                if let progress = model.progress { ProgressView(value: progress) }
                if let failure { Text(failure).foregroundStyle(.red) }
            }
            .navigationTitle(lang.t("バックアップ", "Backup"))
            .toolbar { Button(made == nil ? lang.t("やめる", "Cancel") : lang.t("完了", "Done")) { dismiss() }.disabled(working) }
            .interactiveDismissDisabled(working)
            .fileExporter(
                isPresented: $exporting, document: made.map(BundleDocument.init), contentType: .data,
                defaultFilename: made?.lastPathComponent
            ) { _ in }
        }
    }

    private func create() async {
        working = true
        defer { working = false }
        failure = nil
        let progress = model.progressReporter()
        defer { model.endProgress() }
        do {
            if rescue {
                // From the file itself: it works even when the handbook no longer opens.
                let (url, report) = try await BundleFiles.createRescueBackup(
                    handbookPath: HandbookModel.handbookPath, passphrase: first, to: HandbookModel.bundlesDir, progress: progress
                )
                let saved = report.backup.records
                let lost = report.rowsLost.map { "\($0)" } ?? "?"
                rescued = model.lang.t(
                    "\(saved)件を保存、読めなかった記録 \(lost)件、写真 \(report.photosLost)枚。このファイルを保存し、「バックアップから復元」で戻してください。",
                    "\(saved) records saved, \(lost) unreadable, \(report.photosLost) photos lost. Save this file, then use “Restore from a backup”."
                )
                made = url
            } else {
                made = try await BundleFiles.createBackup(
                    of: model.ownStore(), passphrase: first, to: HandbookModel.bundlesDir, progress: progress
                )
            }
        } catch {
            failure = message(error, model.lang)
        }
    }
}

/// The bundle file in the temporary folder, written out by `fileExporter` as it is.
private struct BundleDocument: FileDocument {
    static var readableContentTypes: [UTType] { [.data] }
    let url: URL

    init(url: URL) { self.url = url }

    init(configuration: ReadConfiguration) throws { throw CocoaError(.featureUnsupported) }

    func fileWrapper(configuration: WriteConfiguration) throws -> FileWrapper { try FileWrapper(url: url) }
}

/// The system share sheet for a file (messages, mail, AirDrop, Save to Files).
struct ActivitySheet: UIViewControllerRepresentable {
    let url: URL

    func makeUIViewController(context: Context) -> UIActivityViewController {
        UIActivityViewController(activityItems: [url], applicationActivities: nil)
    }

    func updateUIViewController(_ controller: UIActivityViewController, context: Context) {}
}

private struct ShownKey: Identifiable {
    let share: ShareInfo
    var id: String { share.id }
}

private struct SentFile: Identifiable {
    let url: URL
    var id: String { url.path }
}

private struct IncomingFile: Identifiable {
    let bundle: ReceivedBundle
    var id: String { bundle.path }
}

/// Copies a picked file (security-scoped) to the temporary folder, where the core
/// reads it; off the main actor, as a backup can be large.
private func copyReceived(_ url: URL) async throws -> URL {
    let granted = url.startAccessingSecurityScopedResource()
    defer { if granted { url.stopAccessingSecurityScopedResource() } }
    let copy = HandbookModel.bundlesDir.appendingPathComponent("received.bundle")
    try FileManager.default.createDirectory(at: HandbookModel.bundlesDir, withIntermediateDirectories: true)
    try? FileManager.default.removeItem(at: copy)
    try FileManager.default.copyItem(at: url, to: copy)
    return copy
}

/// The share key as a QR code (CoreImage's generator; upscaled without smoothing).
private func qrImage(_ text: String) -> UIImage? {
    let filter = CIFilter.qrCodeGenerator()
    filter.message = Data(text.utf8)
    filter.correctionLevel = "M"
    guard let output = filter.outputImage?.transformed(by: CGAffineTransform(scaleX: 8, y: 8)),
          let image = CIContext().createCGImage(output, from: output.extent) else { return nil }
    return UIImage(cgImage: image)
}

private func message(_ error: Error, _ lang: Lang) -> String {
    (error as? HandbookError)?.userMessage(lang) ?? error.localizedDescription
}

private func roleLabel(_ role: ShareRole, _ lang: Lang) -> String {
    switch role {
    case .coParent: return lang.t("パートナー", "Co-parent")
    case .viewer: return lang.t("閲覧のみ", "View only")
    }
}

/// The day of an RFC 3339 timestamp on this phone's calendar.
private func localDate(_ timestamp: String) -> String {
    let parser = ISO8601DateFormatter()
    parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    guard let date = parser.date(from: timestamp) ?? ISO8601DateFormatter().date(from: timestamp) else { return timestamp }
    return date.formatted(date: .numeric, time: .omitted)
}

private func importSummary(_ r: ShareImport, _ lang: Lang) -> String {
    if r.alreadyImported { return lang.t("このファイルは取り込み済みです。", "This file was already imported.") }
    if r.joined {
        return lang.t("家族の手帳に参加しました（記録\(r.applied)件・写真\(r.photosAdded)枚）。",
                      "Joined the family's handbook (\(r.applied) records, \(r.photosAdded) photos).")
    }
    return lang.t("記録\(r.applied)件・写真\(r.photosAdded)枚を取り込みました。",
                  "Imported \(r.applied) records and \(r.photosAdded) photos.")
}

private func restoreSummary(_ r: RestoreReport, _ lang: Lang) -> String {
    switch r.mode {
    case .replace:
        return lang.t("バックアップから復元しました（記録\(r.records)件・写真\(r.photos)枚）。",
                      "Restored from the backup (\(r.records) records, \(r.photos) photos).")
    case .merge:
        return lang.t("バックアップを統合しました（更新\(r.merged?.applied ?? 0)件・変更なし\(r.merged?.unchanged ?? 0)件）。",
                      "Merged the backup (\(r.merged?.applied ?? 0) updated, \(r.merged?.unchanged ?? 0) already there).")
    }
}
