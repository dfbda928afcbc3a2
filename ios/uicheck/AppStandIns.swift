// Stand-ins for the app files not type-checked here (UIKit, UserNotifications).
import HandbookKit
enum HagukumiApp { nonisolated static var deviceLang: Lang { .ja } }
final class ReminderScheduler: Sendable { func schedule(_ items: [FamilyReminder], lang: Lang) async {} }
import SwiftUI
@MainActor final class SummaryPrinter { static let shared = SummaryPrinter(); func print(html: String, jobName: String) {} }
