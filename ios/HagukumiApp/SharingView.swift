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
        List {
            if let result { Section { Text(result) } }
            Section(String(localized: "sharing_shared_with")) {
                ForEach(shares, id: \.id) { share in
                    VStack(alignment: .leading, spacing: 4) {
                        Text(share.name).font(.headline)
                        Text("\(roleLabel(share.role)) · \(scopeLabel(share.scope))")
                        Text(share.lastExportedAt.map { String(localized: "sharing_last_sent").filled("\(localDate($0))") }
                            ?? String(localized: "sharing_not_sent_yet")).font(.caption)
                        HStack {
                            Button(String(localized: "sharing_show_key")) { shown = ShownKey(share: share) }
                            Button(String(localized: "sharing_send_whats_new")) { Task { await send(share) } }
                        }
                        .buttonStyle(.borderless)
                    }
                    .swipeActions {
                        Button(String(localized: "sharing_remove"), role: .destructive) {
                            Task { await remove(share) }
                        }
                    }
                }
                Button(String(localized: "sharing_add_someone")) { adding = true }
            }
            Section(String(localized: "sharing_receive")) {
                Button(String(localized: "sharing_open_received_file")) { importing = true }
            }
            if !views.isEmpty {
                Section(String(localized: "sharing_family_views_read_only")) {
                    ForEach(views, id: \.familyId) { view in
                        Button {
                            // Home shows the view from now on, with a way back.
                            Task { await model.openView(view); dismiss() }
                        } label: {
                            VStack(alignment: .leading) {
                                Text(view.children.isEmpty ? String(localized: "sharing_view_pregnancy") : view.children.joined(separator: String(localized: "list_separator")))
                                if let last = view.lastImport {
                                    Text(String(localized: "sharing_updated").filled("\(localDate(last))")).font(.caption)
                                }
                            }
                        }
                    }
                }
            }
            if model.damaged {
                Section {
                    Button(String(localized: "sharing_make_rescue_backup")) { rescuing = true }
                } header: {
                    Text(String(localized: "sharing_rescue_backup")).foregroundStyle(.red)
                } footer: {
                    Text(String(localized: "sharing_handbook_file_is_damaged"))
                }
            }
            Section(String(localized: "sharing_backup")) {
                Button(String(localized: "sharing_create_backup")) { backingUp = true }
                Button(String(localized: "sharing_restore_from_backup")) { importing = true }
            }
        }
        .navigationTitle(String(localized: "sharing_sharing_backup"))
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

    private func scopeLabel(_ scope: ShareScope) -> String {
        switch scope {
        case .family: return String(localized: "sharing_subject_family")
        case let .child(id): return children.first { $0.meta.id == id }?.data.name ?? String(localized: "sharing_subject_child")
        case .pregnancy: return String(localized: "sharing_subject_pregnancy")
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
        NavigationStack {
            Form {
                TextField(String(localized: "sharing_name_e_g_grandma"), text: $name)
                Picker(String(localized: "sharing_what_to_share"), selection: $scope) {
                    Text(String(localized: "sharing_co_parent_everything")).tag(ShareScope.family)
                    ForEach(children, id: \.meta.id) { child in
                        Text(String(localized: "sharing_read_only").filled("\(child.data.name)"))
                            .tag(ShareScope.child(id: child.meta.id))
                    }
                    ForEach(pregnancies, id: \.meta.id) { p in
                        Text(String(localized: "sharing_pregnancy_read_only")).tag(ShareScope.pregnancy(id: p.meta.id))
                    }
                }
                if let failure { Text(failure).foregroundStyle(.red) }
            }
            .navigationTitle(String(localized: "sharing_add_someone"))
            .toolbar {
                ToolbarItem(placement: .cancellationAction) { Button(String(localized: "sharing_cancel")) { dismiss() } }
                ToolbarItem(placement: .confirmationAction) {
                    Button(String(localized: "sharing_create")) { Task { await create() } }
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
        NavigationStack {
            VStack(spacing: 16) {
                if let image = qrImage(share.key) {
                    Image(uiImage: image).interpolation(.none).resizable().scaledToFit().frame(maxWidth: 260)
                }
                Text(share.key).font(.system(.footnote, design: .monospaced)).textSelection(.enabled)
                Button(String(localized: "sharing_copy_key")) { UIPasteboard.general.string = share.key }
                Text(String(localized: "sharing_give_key_another_way")).font(.footnote).foregroundStyle(.secondary)
                Spacer()
            }
            .padding()
            .navigationTitle(String(localized: "sharing_key_for").filled("\(share.name)"))
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
        let info = file.bundle.info
        NavigationStack {
            Form {
                if contents == nil {
                    Section {
                        if info.needsPassphrase {
                            SecureField(String(localized: "sharing_passphrase"), text: $secret)
                        } else {
                            TextField(String(localized: "sharing_share_key_hgk1"), text: $secret)
                                .textInputAutocapitalization(.characters)
                                .autocorrectionDisabled()
                        }
                        Button(String(localized: "sharing_check")) { Task { await unlock() } }
                    } footer: {
                        if let secretError { Text(secretError).foregroundStyle(.red) }
                    }
                }
                if case let .share(share) = contents {
                    Section {
                        Text(String(localized: "sharing_about").filled("\(share.subjects.joined(separator: String(localized: "list_separator")))"))
                        Text(roleLabel(share.role))
                        Text(String(localized: "sharing_records_photos_made").filled("\(share.records)", "\(share.photos)", "\(localDate(share.createdAt))"))
                        Button(String(localized: "sharing_import")) { Task { await importShare(share) } }.disabled(working)
                    }
                }
                if case let .backup(backup, question) = contents {
                    Section {
                        Text(String(localized: "sharing_made_on").filled("\(localDate(backup.createdAt))"))
                        if !backup.children.isEmpty {
                            Text(String(localized: "sharing_children").filled("\(backup.children.joined(separator: String(localized: "list_separator")))"))
                        }
                        Text(String(localized: "sharing_records_photos").filled("\(backup.records)", "\(backup.photos)"))
                        if question != .replaceOrMerge {
                            Button(String(localized: "sharing_restore")) { Task { await restore(nil) } }.disabled(working)
                        }
                    }
                    if question == .replaceOrMerge {
                        Section {
                            Button(String(localized: "sharing_replace")) { Task { await restore(.replace) } }.disabled(working)
                            Button(String(localized: "sharing_merge")) { Task { await restore(.merge) } }.disabled(working)
                        } footer: {
                            Text(String(localized: "sharing_this_handbook_already_has"))
                        }
                    }
                }
                if let progress = model.progress { ProgressView(value: progress) }
                if let failure { Text(failure).foregroundStyle(.red) }
            }
            .navigationTitle(info.isBackup ? String(localized: "sharing_restore_backup") : String(localized: "sharing_shared_records"))
            .toolbar {
                ToolbarItem(placement: .cancellationAction) { Button(String(localized: "sharing_cancel")) { dismiss() }.disabled(working) }
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
            done(importSummary(report))
            dismiss()
        }
    }

    private func restore(_ mode: RestoreMode?) async {
        await attempt {
            let progress = model.progressReporter()
            defer { model.endProgress() }
            let report = try await file.bundle.restore(secret, mode: mode, into: model.ownStore(), progress: progress)
            done(restoreSummary(report))
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
        NavigationStack {
            Form {
                if let made {
                    Section {
                        Button(String(localized: "sharing_save_to_files")) { exporting = true }
                        ShareLink(String(localized: "sharing_send"), item: made)
                    } footer: {
                        Text(String(localized: "sharing_keep_passphrase_somewhere_else"))
                    }
                    if let rescued { Section { Text(rescued) } }
                } else {
                    Section {
                        SecureField(String(localized: "sharing_passphrase"), text: $first)
                        SecureField(String(localized: "sharing_again"), text: $again)
                        if !again.isEmpty && again != first {
                            Text(String(localized: "sharing_two_passphrases_differ")).foregroundStyle(.red)
                        }
                        Button(rescue ? String(localized: "sharing_make_rescue_backup_now") : String(localized: "sharing_create_backup_now")) {
                            Task { await create() }
                        }
                            .disabled(working || first.isEmpty || first != again)
                    } footer: {
                        Text(String(localized: "sharing_records_and_photos_are"))
                    }
                }
                if let progress = model.progress { ProgressView(value: progress) }
                if let failure { Text(failure).foregroundStyle(.red) }
            }
            .navigationTitle(String(localized: "sharing_backup"))
            .toolbar { Button(made == nil ? String(localized: "sharing_cancel") : String(localized: "sharing_done")) { dismiss() }.disabled(working) }
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
                rescued = String(localized: "sharing_rescue_made").filled("\(saved)", "\(lost)", "\(report.photosLost)")
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

private func roleLabel(_ role: ShareRole) -> String {
    switch role {
    case .coParent: return String(localized: "sharing_co_parent")
    case .viewer: return String(localized: "sharing_view_only")
    }
}

/// The day of an RFC 3339 timestamp on this phone's calendar.
private func localDate(_ timestamp: String) -> String {
    let parser = ISO8601DateFormatter()
    parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    guard let date = parser.date(from: timestamp) ?? ISO8601DateFormatter().date(from: timestamp) else { return timestamp }
    return date.formatted(date: .numeric, time: .omitted)
}

private func importSummary(_ r: ShareImport) -> String {
    if r.alreadyImported { return String(localized: "sharing_this_file_was_already") }
    if r.joined {
        return String(localized: "sharing_joined_family").filled("\(r.applied)", "\(r.photosAdded)")
    }
    return String(localized: "sharing_imported").filled("\(r.applied)", "\(r.photosAdded)")
}

private func restoreSummary(_ r: RestoreReport) -> String {
    switch r.mode {
    case .replace:
        return String(localized: "sharing_restored").filled("\(r.records)", "\(r.photos)")
    case .merge:
        return String(localized: "sharing_merged").filled("\(r.merged?.applied ?? 0)", "\(r.merged?.unchanged ?? 0)")
    }
}
