import Foundation
import HandbookKit
import XCTest

/// A calendar day from its ISO text, for readable tests.
func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso) }

/// The `HandbookError` `body` throws; fails the test if it throws nothing or another error.
func handbookError(
    _ body: () async throws -> Void, file: StaticString = #filePath, line: UInt = #line
) async -> HandbookError? {
    do {
        try await body()
        XCTFail("no error was thrown", file: file, line: line)
    } catch let error as HandbookError {
        return error
    } catch {
        XCTFail("not a HandbookError: \(error)", file: file, line: line)
    }
    return nil
}

/// A temporary folder, removed by `remove()`.
struct TempDir {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hagukumi-\(UUID().uuidString)")
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func remove() { try? FileManager.default.removeItem(at: url) }
}

extension Child {
    /// A child with nothing but what the core requires.
    static func named(_ name: String, born: String, sex: Sex = .female, weightKg: Double? = nil) -> Child {
        Child(name: name, sex: sex, birthDate: day(born), birthOrder: 1, birth: BirthMeasurements(weightKg: weightKg))
    }
}
