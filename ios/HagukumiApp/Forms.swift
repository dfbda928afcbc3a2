import HandbookKit
import SwiftUI

// The add-record forms collect what the parent types and hand it to the core, which
// validates it: a refused value comes back as the core's message (HandbookModel.error),
// so no rule is duplicated here. The screens re-read through the model's change stream.

/// The calendar day the parent picked, as the picker shows it (the phone's calendar).
private func day(_ date: Date) -> CalendarDay { CalendarDay(date, in: .current) }

private func number(_ text: String) -> Double? {
    Double(text.replacingOccurrences(of: ",", with: ".").trimmingCharacters(in: .whitespaces))
}

/// An optional text field: blank is "not entered".
private func optional(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty ? nil : trimmed
}

struct AddChildForm: View {
    @EnvironmentObject private var model: HandbookModel
    @Environment(\.dismiss) private var dismiss
    @State private var name = ""
    @State private var birthDate = Date()
    @State private var sex: Sex = .female
    @State private var weight = ""

    var body: some View {
        let lang = model.lang
        Form {
            TextField(lang.t("名前", "Name"), text: $name)
            DatePicker(lang.t("生年月日", "Birth date"), selection: $birthDate, displayedComponents: .date)
            Picker(lang.t("性別", "Sex"), selection: $sex) {
                Text(lang.t("女", "Girl")).tag(Sex.female)
                Text(lang.t("男", "Boy")).tag(Sex.male)
            }
            TextField(lang.t("出生体重 (kg)", "Birth weight (kg)"), text: $weight).keyboardType(.decimalPad)
            Button(lang.t("保存", "Save")) {
                Task {
                    // A child added on its own: birth order 1 (twins come with their delivery).
                    let child = Child(
                        name: name, sex: sex, birthDate: day(birthDate), birthOrder: 1,
                        birth: BirthMeasurements(weightKg: number(weight))
                    )
                    if await model.call({ try $0.addChild(data: child) }) != nil { dismiss() }
                }
            }
        }
    }
}

struct AddGrowthForm: View {
    let childId: RecordId
    @EnvironmentObject private var model: HandbookModel
    @Environment(\.dismiss) private var dismiss
    @State private var date = Date()
    @State private var weight = ""
    @State private var length = ""
    @State private var head = ""

    var body: some View {
        let lang = model.lang
        Form {
            DatePicker(lang.t("測定日", "Date"), selection: $date, displayedComponents: .date)
            TextField(lang.t("体重 (kg)", "Weight (kg)"), text: $weight).keyboardType(.decimalPad)
            TextField(lang.t("身長 (cm)", "Length (cm)"), text: $length).keyboardType(.decimalPad)
            TextField(lang.t("頭囲 (cm)", "Head (cm)"), text: $head).keyboardType(.decimalPad)
            Button(lang.t("保存", "Save")) {
                Task {
                    let m = GrowthMeasurement(
                        childId: childId, measuredOn: day(date),
                        weightKg: number(weight), lengthCm: number(length), headCm: number(head)
                    )
                    if await model.addGrowth(m) { dismiss() }
                }
            }
        }
    }
}

struct AddDiaryForm: View {
    let subject: Subject
    @EnvironmentObject private var model: HandbookModel
    @Environment(\.dismiss) private var dismiss
    @State private var date = Date()
    @State private var text = ""
    @State private var mood: Mood?

    var body: some View {
        let lang = model.lang
        Form {
            DatePicker(lang.t("日付", "Date"), selection: $date, displayedComponents: .date)
            TextEditor(text: $text).frame(minHeight: 120)
            Picker(lang.t("きもち", "Mood"), selection: $mood) {
                Text("—").tag(Mood?.none)
                ForEach([Mood.happy, .calm, .tired, .worried, .unwell], id: \.self) { m in
                    Text(String(describing: m)).tag(Mood?.some(m))
                }
            }
            Button(lang.t("保存", "Save")) {
                Task {
                    let entry = DiaryEntry(subjects: [subject], writtenOn: day(date), text: text, mood: mood, photos: [])
                    if await model.call({ try $0.addDiary(data: entry) }) != nil { dismiss() }
                }
            }
        }
    }
}

/// A dose from the vaccination plan: the vaccine and dose are fixed, the rest is typed.
struct RecordVaccinationForm: View {
    let childId: RecordId
    let dose: DoseToRecord
    @EnvironmentObject private var model: HandbookModel
    @Environment(\.dismiss) private var dismiss
    @State private var date = Date()
    @State private var brand = ""
    @State private var lot = ""
    @State private var clinic = ""

    var body: some View {
        let lang = model.lang
        Form {
            Section(dose.title) {
                DatePicker(lang.t("接種日", "Date given"), selection: $date, displayedComponents: .date)
                TextField(lang.t("ワクチンの製品名", "Brand"), text: $brand)
                TextField(lang.t("ロット番号", "Lot number"), text: $lot)
                TextField(lang.t("医療機関", "Clinic"), text: $clinic)
            }
            Button(lang.t("保存", "Save")) {
                Task {
                    let v = Vaccination(
                        subject: .child(childId), vaccine: dose.vaccine, dose: dose.dose, date: day(date),
                        brand: optional(brand), lot: optional(lot), clinic: optional(clinic)
                    )
                    // What falls due changes: the model re-schedules the reminders on the change.
                    if await model.call({ try $0.addVaccination(data: v) }) != nil { dismiss() }
                }
            }
        }
    }
}
