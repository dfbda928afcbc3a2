import Hagukumi
import HandbookKit
import XCTest

/// The core's catalog through the facade: the same message, each language's grammar.
final class TextTests: XCTestCase {
    func testCatalogMessagesTakeNumbersAndChoosePluralsPerLanguage() {
        XCTAssertEqual(Lang.en.text("app-import-done", ["records": 1, "photos": 2]), "Imported 1 record and 2 photos.")
        XCTAssertEqual(Lang.en.text("app-import-done", ["records": 3, "photos": 1]), "Imported 3 records and 1 photo.")
        XCTAssertEqual(Lang.ja.text("app-import-done", ["records": 1, "photos": 2]), "記録1件・写真2枚を取り込みました。")
        XCTAssertEqual(Lang.ja.text("app-city-set", ["to": "阿波市"]), "阿波市を設定しました。")
        XCTAssertEqual(Lang.ja.text("app-name"), "はぐくみ")
    }

    func testAnUnknownIdShowsItselfInsteadOfAnEmptyLine() {
        XCTAssertEqual(Lang.en.text("app-no-such-message"), "app-no-such-message")
    }
}
