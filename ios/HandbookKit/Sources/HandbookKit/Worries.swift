import Foundation
import Hagukumi

// What the top of Home needs to draw the core's worries (`HomeSummary.worries`, in the
// core's order: a page's alert first, then a pregnancy loss, then growth outside the
// range). The sentences are the core's; these only say how urgent a card is and turn
// the city's desk into what a button opens.

extension Worry {
    /// A page's "call the doctor now" (a stool colour of 1–3): drawn as a red card, first.
    public var isContactDoctorNow: Bool {
        if case let .pageAlert(_, _, _, alert, _, _) = kind { return alert == .contactDoctorNow }
        return false
    }

    /// The child or pregnancy the worry is about, for a link to its pages.
    public var subject: Subject? {
        switch kind {
        case let .pageAlert(subject, _, _, _, _, _): return subject
        case let .pregnancyLoss(pregnancyId, _, _): return .pregnancy(pregnancyId)
        case let .growthOutsideRange(childId, _, _): return .child(childId)
        }
    }
}

extension ConsultationDesk {
    /// The desk's name in `lang` (the Japanese one when the city gave no English).
    public func name(_ lang: Lang) -> String { deskName(desk: self, lang: lang) }

    /// A `tel:` link for the desk's phone ("0000-12-3410" dialled as 0000123410), nil
    /// without a phone or when it holds anything but digits, hyphens and spaces (the core
    /// accepts only those; a link the phone would misdial is not offered).
    public var callURL: URL? {
        guard let phone, !phone.isEmpty,
              phone.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == " ") }) else { return nil }
        let digits = phone.filter(\.isNumber)
        return digits.isEmpty ? nil : URL(string: "tel:\(digits)")
    }

    /// The desk's page, https only (the core refuses others; checked again here since
    /// the button opens it in the browser).
    public var pageURL: URL? {
        guard let url, let parsed = URL(string: url), parsed.scheme?.lowercased() == "https",
              parsed.host?.isEmpty == false else { return nil }
        return parsed
    }
}

extension PregnancyOutcome {
    /// Every outcome, in the core's order (`PregnancyOutcome::ALL`).
    public static let all: [PregnancyOutcome] = [.miscarriage, .stillbirth, .termination]

    /// The outcome's word, from the core (`PregnancyOutcome::label_ja` / `label_en`,
    /// with their sources).
    public func label(_ lang: Lang) -> String {
        pregnancyOutcomeLabel(outcome: self, lang: lang)
    }
}
