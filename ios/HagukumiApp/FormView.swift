import HandbookKit
import PhotosUI
import SwiftUI
import UIKit

// The one place the app draws a form. The core describes every page of the handbook
// (fields, types, limits, labels, help, sections), checks what was entered field by
// field, saves and reads back; HandbookKit's FormEditor (tested) holds the entries and
// converts them. This view only picks the native control for each field's input.

/// A page of the handbook to fill in: a new record (`record` nil) or one to edit.
struct FormView: View {
    let formId: String
    let subject: Subject?
    var record: RecordId?
    /// Values another screen fills in first (a dose of the vaccination plan).
    var prefill: (inout FormEditor) -> Void = { _ in }
    @EnvironmentObject private var model: HandbookModel
    @Environment(\.dismiss) private var dismiss
    @State private var editor: FormEditor?
    /// What the family must read after a save (the core's alerts, then its notes),
    /// before the form closes.
    @State private var afterSave: AfterSave?
    @State private var saving = false

    var body: some View {
        Group {
            if let editor {
                Form {
                    if !editor.recordProblems.isEmpty {
                        Section { ForEach(editor.recordProblems, id: \.self) { Text($0).foregroundStyle(.red) } }
                    }
                    ForEach(editor.sections, id: \.id) { section in
                        Section {
                            ForEach(section.fields, id: \.id) { field in
                                FieldRow(field: field, entry: entry(field.id), messages: editor.messages(for: field.id))
                            }
                        } header: {
                            if let title = section.title { Text(title) }
                        } footer: {
                            if section.filledBy == .clinician {
                                Text(String(localized: "form_written_by_clinic"))
                            }
                        }
                    }
                    Section { Text(editor.form.source).font(.caption2).foregroundStyle(.secondary) }
                }
                .disabled(model.readOnly || saving)
            } else {
                ProgressView()
            }
        }
        .navigationTitle(editor?.form.title ?? "")
        .toolbar {
            if !model.readOnly {
                Button(String(localized: "form_save")) { Task { await save() } }.disabled(editor == nil || saving)
            }
        }
        .task { await load() }
        // Stool colour 1–3, an EPDS at the cut-off: the core's words, before anything
        // else; then the growth notes (a weight far off the last one) to look again.
        .alert(afterSave?.title ?? "", isPresented: Binding(
            get: { afterSave != nil }, set: { if !$0 { afterSave = nil; dismiss() } }
        )) {
            // Closing the alert (the binding above) closes the form once.
            Button("OK") {}
        } message: {
            Text(afterSave?.message ?? "")
        }
        // The record looks like one already saved: the core says which; saved only
        // when the family says so. The button's words are the ones the core's message
        // names (「保存する」 / "Save anyway").
        .confirmationDialog(String(localized: "form_already_recorded"), isPresented: Binding(
            get: { editor?.duplicate != nil }, set: { if !$0 { editor?.dismissDuplicate() } }
        ), titleVisibility: .visible) {
            Button(String(localized: "form_save_anyway")) { Task { await save(force: true) } }
            Button(String(localized: "form_dont_save"), role: .cancel) { editor?.dismissDuplicate() }
        } message: {
            Text(editor?.duplicate ?? "")
        }
    }

    private func entry(_ id: String) -> Binding<FieldEntry?> {
        Binding(get: { editor?[id] }, set: { editor?[id] = $0 })
    }

    private func load() async {
        guard editor == nil, let store = await model.shownStore() else { return }
        do {
            var loaded: FormEditor
            if let record {
                loaded = try await FormEditor.edit(formId, record: record, in: store)
            } else {
                loaded = try await FormEditor.blank(formId, subject: subject, in: store)
            }
            prefill(&loaded)
            editor = loaded
        } catch {
            model.show(error)
        }
    }

    /// `force`: the family confirmed a record that looks like one already saved.
    private func save(force: Bool = false) async {
        guard var current = editor, let store = await model.shownStore() else { return }
        saving = true
        defer { saving = false }
        do {
            let saved = try await current.submit(in: store, force: force)
            editor = current
            guard let saved else { return }
            afterSave = AfterSave(saved, lang: model.lang)
            if afterSave == nil { dismiss() }
        } catch {
            model.show(error)
        }
    }
}

/// The alert after a save: the core's alerts (most urgent first), then its notes.
private struct AfterSave {
    let title: String
    let message: String

    /// Nil when the core had nothing to say: the form just closes.
    init?(_ saved: FormSaved, lang: Lang) {
        guard !saved.alerts.isEmpty || !saved.notes.isEmpty else { return nil }
        title = saved.alerts.isEmpty
            ? String(localized: "form_saved_please_check_it")
            : String(localized: "form_please_read_this_now")
        message = (saved.alerts.map(\.message) + saved.notes).joined(separator: "\n\n")
    }
}

/// One field: its label, the control for its input, its help and the core's messages.
private struct FieldRow: View {
    let field: FormField
    @Binding var entry: FieldEntry?
    let messages: [String]
    @EnvironmentObject private var model: HandbookModel

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(field.required ? "\(field.label) *" : field.label).font(.subheadline)
            control
            if let help = field.help { Text(help).font(.caption).foregroundStyle(.secondary) }
            ForEach(messages, id: \.self) { Text($0).font(.caption).foregroundStyle(.red) }
        }
    }

    @ViewBuilder
    private var control: some View {
        let lang = model.lang
        switch field.input {
        case .yesNo:
            YesNoPicker(lang: lang, value: Binding<Bool?>(
                get: { if case let .yesNo(b) = entry { return b }; return nil },
                set: { entry = $0.map(FieldEntry.yesNo) }
            ))
        case .when:
            let happened: Bool? = { if case let .when(h, _) = entry { return h }; return nil }()
            YesNoPicker(lang: lang, value: Binding(
                get: { happened },
                set: { yes in
                    entry = yes.map { FieldEntry.when(happened: $0, on: $0 ? CalendarDay(Date(), in: .current) : nil) }
                }
            ))
            if case let .when(true, on) = entry {
                DayPicker(lang: lang, day: Binding(get: { on }, set: { entry = .when(happened: true, on: $0) }))
            }
        case .date:
            DayPicker(lang: lang, day: Binding<CalendarDay?>(
                get: { if case let .date(d) = entry { return d }; return nil },
                set: { entry = $0.map(FieldEntry.date) }
            ))
        case .dateTime:
            if case let .dateTime(at) = entry {
                DatePicker("", selection: Binding(
                    get: { at.date(in: .current) ?? Date() },
                    set: { entry = .dateTime(LocalDateTime($0, in: .current)) }
                ), displayedComponents: [.date, .hourAndMinute]).labelsHidden()
            } else {
                Button(String(localized: "form_set_date_and_time")) { entry = .dateTime(LocalDateTime(Date(), in: .current)) }
            }
        case .gestation:
            let w = gestation.weeks
            let d = gestation.days
            HStack {
                Picker(String(localized: "form_weeks"), selection: Binding(get: { w }, set: { entry = .gestation(weeks: $0, days: d) })) {
                    ForEach(0...45, id: \.self) { Text(String(localized: "form_weeks_value").filled("\($0)")).tag($0) }
                }
                Picker(String(localized: "form_days"), selection: Binding(get: { d }, set: { entry = .gestation(weeks: w, days: $0) })) {
                    ForEach(0...6, id: \.self) { Text(String(localized: "form_days_value").filled("\($0)")).tag($0) }
                }
            }
        case .number, .integer:
            HStack {
                TextField("", text: typed).keyboardType(field.input.isDecimal ? .decimalPad : .numberPad)
                if let unit = field.input.unit { Text(unit).foregroundStyle(.secondary) }
            }
        case let .choice(options):
            Picker(field.label, selection: Binding<String?>(
                get: { if case let .choice(v) = entry { return v }; return nil },
                set: { entry = $0.map(FieldEntry.choice) }
            )) {
                Text("—").tag(String?.none)
                ForEach(options, id: \.value) { Text($0.label).tag(String?.some($0.value)) }
            }
            .labelsHidden()
        case let .text(maxLen, multiline):
            TextField("", text: typed, axis: multiline ? .vertical : .horizontal).lineLimit(multiline ? 3...10 : 1...1)
            if case let .typed(t) = entry, t.count > Int(maxLen) * 9 / 10 {
                Text("\(t.count) / \(maxLen)").font(.caption)
                    .foregroundStyle(t.count > Int(maxLen) ? Color.red : Color.secondary)
            }
        case let .photos(max):
            PhotosField(max: Int(max), refs: Binding<[String]>(
                get: { if case let .photos(r) = entry { return r }; return [] },
                set: { entry = .photos($0) }
            ))
        }
    }

    /// Weeks and days entered so far (0+0 before any).
    private var gestation: (weeks: Int, days: Int) {
        if case let .gestation(w, d) = entry { return (w, d) }
        return (0, 0)
    }

    private var typed: Binding<String> {
        Binding(get: { if case let .typed(t) = entry { return t }; return "" }, set: { entry = .typed($0) })
    }
}

/// はい／いいえ as a segmented control; nothing chosen until one is tapped.
private struct YesNoPicker: View {
    let lang: Lang
    @Binding var value: Bool?

    var body: some View {
        Picker("", selection: $value) {
            Text(String(localized: "form_yes")).tag(Bool?.some(true))
            Text(String(localized: "form_no")).tag(Bool?.some(false))
        }
        .pickerStyle(.segmented)
        .labelsHidden()
    }
}

/// A day, or a button to set one; a set day can be cleared.
private struct DayPicker: View {
    let lang: Lang
    @Binding var day: CalendarDay?

    var body: some View {
        if let day {
            HStack {
                DatePicker("", selection: Binding(
                    get: { day.date(in: .current) ?? Date() }, set: { self.day = CalendarDay($0, in: .current) }
                ), displayedComponents: .date).labelsHidden()
                Button { self.day = nil } label: { Image(systemName: "xmark.circle") }.buttonStyle(.borderless)
            }
        } else {
            Button(String(localized: "form_set_date")) { self.day = CalendarDay(Date(), in: .current) }
        }
    }
}

/// Photos picked with the system picker, each imported into the handbook first (the
/// core stores an upright copy and a thumbnail); the field keeps their ids.
private struct PhotosField: View {
    let max: Int
    @Binding var refs: [String]
    @EnvironmentObject private var model: HandbookModel
    @State private var picked: [PhotosPickerItem] = []
    @State private var thumbnails: [String: UIImage] = [:]

    var body: some View {
        ScrollView(.horizontal) {
            HStack {
                ForEach(refs, id: \.self) { id in
                    ZStack(alignment: .topTrailing) {
                        if let image = thumbnails[id] {
                            Image(uiImage: image).resizable().scaledToFill().frame(width: 72, height: 72).clipped()
                        } else {
                            Color.secondary.opacity(0.2).frame(width: 72, height: 72)
                        }
                        Button { refs.removeAll { $0 == id } } label: { Image(systemName: "xmark.circle.fill") }
                            .buttonStyle(.borderless)
                    }
                    .task { await thumbnail(id) }
                }
            }
        }
        if refs.count < max {
            PhotosPicker(String(localized: "form_choose_photos"), selection: $picked,
                         maxSelectionCount: max - refs.count, matching: .images)
                .onChange(of: picked) { _, items in
                    guard !items.isEmpty else { return }
                    picked = []
                    Task { await importPhotos(items) }
                }
        }
    }

    /// The picker gives HEIC from the camera; the core takes JPEG, PNG or WebP.
    private func importPhotos(_ items: [PhotosPickerItem]) async {
        for item in items {
            guard let data = try? await item.loadTransferable(type: Data.self) else { continue }
            let bytes = UIImage(data: data)?.jpegData(compressionQuality: 0.9) ?? data
            if let photo = await model.call({ try $0.importPhotoBytes(bytes: bytes, entry: nil) }) {
                refs.append(photo.id)
            }
        }
    }

    private func thumbnail(_ id: String) async {
        guard thumbnails[id] == nil, let photo = await model.call({ try $0.photo(id: id) }) else { return }
        thumbnails[id] = UIImage(contentsOfFile: photo.thumbnail.path)
    }
}
