import Foundation
import Hagukumi

/// Whose pages a list shows, as the paper handbook is divided: the mother's own
/// pages, each pregnancy's, each child's, and the family's.
public enum PageOwner: Hashable, Sendable {
    /// The mother's profile and her pregnancies (adding one).
    case mother
    /// A pregnancy's pages: its checkups, tests, delivery, after the birth, and the
    /// records that may be about a pregnancy (vaccinations, teeth, diary).
    case pregnancy(RecordId)
    /// A child's pages: the child's own page, newborn period, checkups, growth,
    /// vaccinations, teeth, diary.
    case child(RecordId)
    /// The family's pages (guardians, residence, the partner's page) and the children
    /// (adding one).
    case family

    /// The subject a page about this owner is recorded for.
    public var subject: Subject? {
        switch self {
        case .mother, .family: return nil
        case let .pregnancy(id): return .pregnancy(id)
        case let .child(id): return .child(id)
        }
    }
}

/// One page of the handbook for one owner: the form, the subject its records are
/// about, and — for a child's or a pregnancy's own page — the one record it is.
public struct HandbookPage: Identifiable, Hashable, Sendable {
    public let form: Form
    public let subject: Subject?
    /// The record this page is (the child's own page is that child), nil when the
    /// page lists records.
    public let record: RecordId?

    public var id: String { form.id }
    public var title: String { form.title }

    /// The page's records, oldest first, each with the core's line of its values.
    public func records(in store: HandbookStore) async throws -> [FormRecordLine] {
        let (id, subject, lang, only) = (form.id, subject, store.lang, record)
        let lines = try await store.call { try $0.formRecords(id: id, subject: subject, lang: lang) }
        return only.map { one in lines.filter { $0.id == one } } ?? lines
    }

    /// Whether a new record may be added beside `records`: a repeatable page (checkups,
    /// measurements) always, a page of one record while it has none, the owner's own
    /// page never (it is edited).
    public func canAdd(besides records: [FormRecordLine]) -> Bool {
        record == nil && (form.repeatable || records.isEmpty)
    }

    /// What tapping the page opens when it holds one record: that record to edit; nil
    /// when the page is a list.
    public func single(in records: [FormRecordLine]) -> RecordId? {
        if let record { return record }
        return !form.repeatable && records.count == 1 ? records[0].id : nil
    }

    /// A new record of this page, with the core's defaults.
    public func blank(in store: HandbookStore) async throws -> FormEditor {
        try await FormEditor.blank(form.id, subject: subject, in: store)
    }

    /// A record of this page, to edit.
    public func edit(_ record: RecordId, in store: HandbookStore) async throws -> FormEditor {
        try await FormEditor.edit(form.id, record: record, in: store)
    }
}

/// The handbook's pages as the paper handbook orders them (the core's `handbookForms`:
/// by part, then the page's place), divided among the mother, each pregnancy, each
/// child and the family, with the subject each page's records need. A page added to
/// the core's data appears here without app code.
public struct HandbookPages: Sendable {
    /// Every form, in the core's order.
    public let forms: [Form]

    public init(forms: [Form]) { self.forms = forms }

    /// The forms the core describes, in `lang`.
    public static func load(lang: Lang) async throws -> HandbookPages {
        HandbookPages(forms: try await HandbookStore.io { try handbookForms(lang: lang) })
    }

    public func form(_ id: String) -> Form? { forms.first { $0.id == id } }

    /// The forms by part of the handbook (the mother's, each child's, the family's), in
    /// the paper handbook's order: the parts as the core orders them, each part's pages
    /// by their place.
    public var parts: [(part: HandbookPart, forms: [Form])] {
        var parts: [(part: HandbookPart, forms: [Form])] = []
        for form in forms {
            if let i = parts.firstIndex(where: { $0.part == form.part }) {
                parts[i].forms.append(form)
            } else {
                parts.append((form.part, [form]))
            }
        }
        return parts.map { ($0.part, $0.forms.sorted { $0.order < $1.order }) }
    }

    /// The pages of `owner`, in the handbook's order.
    public func pages(for owner: PageOwner) -> [HandbookPage] {
        forms.compactMap { form in
            let own = form.target == .record(kind: ownKind(owner))
            switch (owner, form.subject) {
            case (.pregnancy, _) where own, (.child, _) where own:
                // The owner's own page (the pregnancy, the child): that one record.
                return HandbookPage(form: form, subject: nil, record: ownRecord(owner))
            case (.pregnancy, .pregnancy), (.pregnancy, .childOrPregnancy),
                 (.child, .child), (.child, .childOrPregnancy):
                return HandbookPage(form: form, subject: owner.subject, record: nil)
            case (.mother, .family), (.family, .family):
                // Pages of no one subject: the mother's part to her, the rest to the family.
                return (form.part == .mother) == (owner == .mother)
                    ? HandbookPage(form: form, subject: nil, record: nil) : nil
            default:
                return nil
            }
        }
    }

    /// The pages a vaccination from the plan opens: the page that records the record
    /// kind `kind` for `owner` (nil if the core has none).
    public func page(recording kind: RecordKind, for owner: PageOwner) -> HandbookPage? {
        pages(for: owner).first { $0.form.target == .record(kind: kind) && $0.record == nil }
    }

    /// The pregnancies and children, as the core lists their pages' records, for the
    /// navigation's root: the mother, each pregnancy, each child, the family.
    public func owners(in store: HandbookStore) async throws -> [(owner: PageOwner, label: String)] {
        var owners: [(PageOwner, String)] = []
        for (kind, make) in [(RecordKind.pregnancy, PageOwner.pregnancy), (.child, PageOwner.child)] {
            guard let form = forms.first(where: { $0.target == .record(kind: kind) }) else { continue }
            let (id, lang) = (form.id, store.lang)
            let lines = try await store.call { try $0.formRecords(id: id, subject: nil, lang: lang) }
            owners += lines.map { (make($0.id), $0.summary) }
        }
        return [(.mother, "")] + owners + [(.family, "")]
    }

    private func ownKind(_ owner: PageOwner) -> RecordKind {
        switch owner {
        case .pregnancy: return .pregnancy
        case .child: return .child
        // Neither the mother nor the family is a record listed as "its own page".
        case .mother, .family: return .page
        }
    }

    private func ownRecord(_ owner: PageOwner) -> RecordId? {
        switch owner {
        case let .pregnancy(id), let .child(id): return id
        case .mother, .family: return nil
        }
    }
}
