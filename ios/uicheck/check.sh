#!/usr/bin/env bash
# Type-check the SwiftUI app on Linux, where SwiftUI does not exist: against the real
# HandbookKit and hand-written stand-ins for the SwiftUI, PhotosUI, UIKit, Core Image and
# UniformTypeIdentifiers API the screens use (StandIns.swift: Apple's signatures, empty
# bodies; AppStandIns.swift: the app files not checked). It catches what the app's code
# gets wrong about the core's types and Swift 6's rules; it does not prove the app builds
# with Xcode (a stand-in can be more permissive than the real API).
#
#   bash scripts/test-swift.sh     # once: builds HandbookKit's module
#   bash ios/uicheck/check.sh
#
# Checked: the files listed in FILES. Not checked: HagukumiApp, FeedRefresh,
# ReminderScheduler, SummaryPrinter (UIKit, UserNotifications, BackgroundTasks).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO"
# shellcheck source=../../scripts/toolchains/swift.sh
source scripts/toolchains/swift.sh
OUT="$REPO/target/uicheck"
mkdir -p "$OUT"
APP=ios/HagukumiApp
FILES="FormView HandbookPagesView HomeView ChildView VaccinationPlanView TimelineView NoticesView CityView"
# HandbookModel imports only Foundation (Combine's ObservableObject comes with it on
# Apple platforms): checked as a copy that imports the stand-ins.
{ echo "import SwiftUI"; cat "$APP/HandbookModel.swift"; } >"$OUT/HandbookModel.swift"
# Clang submodules (CoreImage.CIFilterBuiltins) have no Swift stand-in: the copy imports
# the module.
sed 's/^import CoreImage\.CIFilterBuiltins$/import CoreImage/' "$APP/SharingView.swift" >"$OUT/SharingView.swift"
swift_chroot_run "$REPO" bash -c '
set -euo pipefail
out="$1"; shift
cd "$out"
for m in UIKit PhotosUI UniformTypeIdentifiers CoreImage; do echo "@_exported import SwiftUI" >"$m.swift"; done
swiftc -parse-as-library -emit-module -module-name SwiftUI "$OLDPWD/ios/uicheck/StandIns.swift" -o SwiftUI.swiftmodule
for m in UIKit PhotosUI UniformTypeIdentifiers CoreImage; do swiftc -parse-as-library -emit-module -module-name "$m" "$m.swift" -I . -o "$m.swiftmodule"; done
modules="$(dirname "$(find "$OLDPWD/target/swift-build" -name HandbookKit.swiftmodule -path "*debug/Modules/*" | head -n 1)")"
swiftc -typecheck -swift-version 6 -parse-as-library -warnings-as-errors -I . -I "$modules" \
    -I "$OLDPWD/ios/HandbookKit/Sources/HagukumiFFI" "$OLDPWD/ios/uicheck/AppStandIns.swift" HandbookModel.swift SharingView.swift "$@"
echo "[uicheck] type-checked: HandbookModel SharingView $*" >&2
' uicheck "$OUT" $(for f in $FILES; do echo "$REPO/$APP/$f.swift"; done)
