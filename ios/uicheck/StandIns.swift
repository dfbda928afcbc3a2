// Stand-ins for the SwiftUI API the app's form views use, to type-check them on Linux.
// Signatures follow Apple's documentation; bodies are empty.
@_exported import Foundation

// Foundation's String(localized:) (iOS 15+), which Foundation on Linux lacks: the app's
// own text comes from Localizable.xcstrings through it. Apple's LocalizationValue also takes
// interpolations; the app passes plain "key" literals only, so the stand-in takes those.
extension String {
    public struct LocalizationValue: ExpressibleByStringLiteral, Sendable {
        let key: String
        public init(stringLiteral value: String) { key = value }
    }
    public init(localized keyAndValue: LocalizationValue, table: String? = nil, bundle: Bundle? = nil,
                locale: Locale = .current, comment: StaticString? = nil) { self = keyAndValue.key }
}

public protocol ObservableObject: AnyObject {}
@propertyWrapper public struct Published<V> { public init(wrappedValue: V) {}; public var wrappedValue: V { get { fatalError() } set {} } }
open class UIImage: @unchecked Sendable {
    public init?(data: Data) {}
    public init?(contentsOfFile: String) {}
    public init(cgImage: CGImage) {}
    public func jpegData(compressionQuality: Double) -> Data? { nil }
}
public struct PHPickerFilter: Sendable { public static let images = PHPickerFilter() }
public struct PhotosPickerItem: Equatable, Sendable {
    public func loadTransferable<T>(type: T.Type) async throws -> T? { nil }
}
public struct PhotosPicker<L: View>: View {
    public init<S: StringProtocol>(_ t: S, selection: Binding<[PhotosPickerItem]>, maxSelectionCount: Int? = nil, matching: PHPickerFilter? = nil) where L == Text {}
    public var body: Never { fatalError() }
}

@MainActor @preconcurrency public protocol View { associatedtype Body: View; @ViewBuilder @MainActor var body: Body { get } }
extension Never: View { public var body: Never { fatalError() } }
public struct EmptyView: View { public init() {}; public var body: Never { fatalError() } }
public struct TupleView<T>: View { public init(_ t: T) {}; public var body: Never { fatalError() } }
public struct AnyView: View { public init<V: View>(_ v: V) {}; public var body: Never { fatalError() } }
extension Optional: View where Wrapped: View { public var body: Never { fatalError() } }
public struct ConditionalContent<A: View, B: View>: View { public var body: Never { fatalError() } }

@resultBuilder public enum ViewBuilder {
    public static func buildExpression<C: View>(_ c: C) -> C { c }
    public static func buildBlock() -> EmptyView { EmptyView() }
    public static func buildBlock<C: View>(_ c: C) -> C { c }
    public static func buildBlock<each C: View>(_ c: repeat each C) -> TupleView<(repeat each C)> { TupleView((repeat each c)) }
    public static func buildIf<C: View>(_ c: C?) -> C? { c }
    public static func buildOptional<C: View>(_ c: C?) -> C? { c }
    public static func buildEither<A: View, B: View>(first: A) -> ConditionalContent<A, B> { fatalError() }
    public static func buildEither<A: View, B: View>(second: B) -> ConditionalContent<A, B> { fatalError() }
    public static func buildLimitedAvailability<C: View>(_ c: C) -> AnyView { AnyView(c) }
}

@propertyWrapper @dynamicMemberLookup public struct Binding<Value> {
    public init(get: @escaping () -> Value, set: @escaping (Value) -> Void) {}
    public var wrappedValue: Value { get { fatalError() } nonmutating set {} }
    public var projectedValue: Binding<Value> { self }
    public init(projectedValue: Binding<Value>) {}
    public subscript<T>(dynamicMember k: WritableKeyPath<Value, T>) -> Binding<T> { fatalError() }
}
@propertyWrapper public struct State<Value> {
    public init(wrappedValue: Value) {}
    public var wrappedValue: Value { get { fatalError() } nonmutating set {} }
    public var projectedValue: Binding<Value> { fatalError() }
}
@propertyWrapper public struct EnvironmentObject<O: ObservableObject> {
    public init() {}
    public var wrappedValue: O { fatalError() }
}
public struct DismissAction { public func callAsFunction() {} }
public struct EnvironmentValues { public var dismiss: DismissAction { fatalError() } }
@propertyWrapper public struct Environment<Value> {
    public init(_ k: KeyPath<EnvironmentValues, Value>) {}
    public var wrappedValue: Value { fatalError() }
}

public struct LocalizedStringKey: ExpressibleByStringInterpolation {
    public init(stringLiteral: String) {}
    public init(stringInterpolation: DefaultStringInterpolation) {}
}
public enum Edge { public struct Set { public static let horizontal = Set(), vertical = Set() } }
public struct Capsule { public init() {} }
public struct Rectangle { public init() {} }
public struct Path { public init() {}; public init(ellipseIn: CGRect) {}; public mutating func move(to: CGPoint) {}; public mutating func addLine(to: CGPoint) {} }
public struct GraphicsContext {
    public enum Shading { case color(Color) }
    public func stroke(_ p: Path, with: Shading, lineWidth: Double = 1) {}
    public func fill(_ p: Path, with: Shading) {}
}
public struct Canvas: View { public init(renderer: @escaping (inout GraphicsContext, CGSize) -> Void) {}; public var body: Never { fatalError() } }
public struct UTType: Sendable { public static let data = UTType(), plainText = UTType() }
public struct Label<T: View, I: View>: View { public init<S: StringProtocol>(_ t: S, systemImage: String) where T == Text, I == Image {}; public var body: Never { fatalError() } }
public struct Link<L: View>: View { public init<S: StringProtocol>(_ t: S, destination: URL) where L == Text {}; public var body: Never { fatalError() } }
public struct Font { public enum Weight { case semibold, regular }; public static let callout = Font(), body = Font(), footnote = Font(); public enum TextStyle { case footnote }; public enum Design { case monospaced }; public static func system(_ s: TextStyle, design: Design) -> Font { Font() }; public static let caption = Font(), caption2 = Font(), subheadline = Font(), headline = Font(), title2 = Font() }
public protocol ShapeStyle {}
public struct Color: View, ShapeStyle {
    public static let primary = Color(), red = Color(), secondary = Color(), green = Color(), pink = Color(), orange = Color(), blue = Color(), gray = Color(), white = Color()
    public func opacity(_ o: Double) -> Color { self }
    public var body: Never { fatalError() }
}
public struct HierarchicalShapeStyle: ShapeStyle { public static let secondary = HierarchicalShapeStyle() }
extension ShapeStyle where Self == Color { public static var red: Color { .red }; public static var orange: Color { .orange } }
extension ShapeStyle where Self == HierarchicalShapeStyle { public static var secondary: HierarchicalShapeStyle { .secondary } }
public enum HorizontalAlignment { case leading, center, trailing }
public enum Alignment { case topTrailing, center, leading }
public enum Axis { case vertical, horizontal }
public enum Visibility { case visible, hidden, automatic }
public struct ButtonRole { public static let destructive = ButtonRole(), cancel = ButtonRole() }
public struct DatePickerComponents: OptionSet { public let rawValue: Int; public init(rawValue: Int) { self.rawValue = rawValue }
    public static let date = DatePickerComponents(rawValue: 1), hourAndMinute = DatePickerComponents(rawValue: 2) }
public struct SegmentedPickerStyle { }
public protocol PickerStyle {}
extension SegmentedPickerStyle: PickerStyle {}
extension PickerStyle where Self == SegmentedPickerStyle { public static var segmented: SegmentedPickerStyle { .init() } }
public protocol PrimitiveButtonStyle {}
public struct BorderlessButtonStyle: PrimitiveButtonStyle {}
extension PrimitiveButtonStyle where Self == BorderlessButtonStyle { public static var borderless: BorderlessButtonStyle { .init() } }
public enum UIKeyboardType { case decimalPad, numberPad }

public struct Text: View {
    public init<S: StringProtocol>(_ s: S) {}
    public init(_ k: LocalizedStringKey) {}
    public var body: Never { fatalError() }
    public func font(_ f: Font?) -> Text { self }
    public func fontWeight(_ f: Font.Weight?) -> Text { self }
}
public struct Image: View { public init(systemName: String) {}; public init(uiImage: UIImage) {}
    public func resizable() -> Image { self }; public func interpolation(_ i: Interpolation) -> Image { self }
    public enum Interpolation { case none }; public var body: Never { fatalError() } }
public struct Button<L: View>: View {
    public init<S: StringProtocol>(_ t: S, action: @escaping () -> Void) where L == Text {}
    public init<S: StringProtocol>(_ t: S, role: ButtonRole?, action: @escaping () -> Void) where L == Text {}
    public init(action: @escaping () -> Void, @ViewBuilder label: () -> L) {}
    public var body: Never { fatalError() }
}
public struct Group<C: View>: View { public init(@ViewBuilder content: () -> C) {}; public var body: Never { fatalError() } }
public struct Form<C: View>: View { public init(@ViewBuilder content: () -> C) {}; public var body: Never { fatalError() } }
public struct List<C: View>: View {
    public init(@ViewBuilder content: () -> C) {}
    public init<D: RandomAccessCollection, R: View>(_ d: D, @ViewBuilder rowContent: @escaping (D.Element) -> R) where D.Element: Identifiable, C == ForEach<D, D.Element.ID, R> {}
    public var body: Never { fatalError() }
}
public struct Section<P: View, C: View, F: View>: View {
    public init(@ViewBuilder content: () -> C, @ViewBuilder header: () -> P, @ViewBuilder footer: () -> F) {}
    public init(@ViewBuilder content: () -> C) where P == EmptyView, F == EmptyView {}
    public init(@ViewBuilder content: () -> C, @ViewBuilder footer: () -> F) where P == EmptyView {}
    public init(@ViewBuilder content: () -> C, @ViewBuilder header: () -> P) where F == EmptyView {}
    public init<S: StringProtocol>(_ t: S, @ViewBuilder content: () -> C) where P == Text, F == EmptyView {}
    public var body: Never { fatalError() }
}
public struct ForEach<D: RandomAccessCollection, ID: Hashable, C: View>: View {
    public init(_ d: D, id: KeyPath<D.Element, ID>, @ViewBuilder content: @escaping (D.Element) -> C) {}
    public init(_ d: D, @ViewBuilder content: @escaping (D.Element) -> C) where D.Element: Identifiable, ID == D.Element.ID {}
    public var body: Never { fatalError() }
}
public struct VStack<C: View>: View { public init(alignment: HorizontalAlignment = .center, spacing: Double? = nil, @ViewBuilder content: () -> C) {}; public var body: Never { fatalError() } }
public struct HStack<C: View>: View { public init(@ViewBuilder content: () -> C) {}; public var body: Never { fatalError() } }
public struct ZStack<C: View>: View { public init(alignment: Alignment = .center, @ViewBuilder content: () -> C) {}; public var body: Never { fatalError() } }
public struct ScrollView<C: View>: View { public init(_ axis: Axis = .vertical, @ViewBuilder content: () -> C) {}; public var body: Never { fatalError() } }
public struct Spacer: View { public init() {}; public var body: Never { fatalError() } }
public struct ProgressView: View { public init() {}; public init(value: Double?) {}; public var body: Never { fatalError() } }
public struct NavigationStack<C: View>: View { public init(@ViewBuilder root: () -> C) {}; public var body: Never { fatalError() } }
public struct NavigationLink<L: View, D: View>: View {
    public init<S: StringProtocol>(_ t: S, @ViewBuilder destination: () -> D) where L == Text {}
    public init(@ViewBuilder destination: () -> D, @ViewBuilder label: () -> L) {}
    public var body: Never { fatalError() }
}
public struct Picker<L: View, V: Hashable, C: View>: View {
    public init<S: StringProtocol>(_ t: S, selection: Binding<V>, @ViewBuilder content: () -> C) where L == Text {}
    public var body: Never { fatalError() }
}
public struct DatePicker<L: View>: View {
    public init<S: StringProtocol>(_ t: S, selection: Binding<Date>, displayedComponents: DatePickerComponents) where L == Text {}
    public var body: Never { fatalError() }
}
public struct TextField<L: View>: View {
    public init<S: StringProtocol>(_ t: S, text: Binding<String>) where L == Text {}
    public init<S: StringProtocol>(_ t: S, text: Binding<String>, axis: Axis) where L == Text {}
    public var body: Never { fatalError() }
}

public struct ModifiedView: View { public var body: Never { fatalError() } }
public protocol ToolbarContent {}
public struct ToolbarItemPlacement { public static let cancellationAction = ToolbarItemPlacement(), confirmationAction = ToolbarItemPlacement() }
public struct ToolbarItem<C: View>: ToolbarContent { public init(placement: ToolbarItemPlacement, @ViewBuilder content: () -> C) {} }
public struct ToolbarPair: ToolbarContent {}
@resultBuilder public enum ToolbarContentBuilder {
    public static func buildBlock<C: ToolbarContent>(_ c: C) -> C { c }
    public static func buildBlock<each C: ToolbarContent>(_ c: repeat each C) -> ToolbarPair { ToolbarPair() }
}
public struct TextSelectability { public static let enabled = TextSelectability() }
public struct TextInputAutocapitalization { public static let characters = TextInputAutocapitalization() }
public struct ReadConfiguration {}
public struct WriteConfiguration {}
public protocol FileDocument { static var readableContentTypes: [UTType] { get }; init(configuration: ReadConfiguration) throws; func fileWrapper(configuration: WriteConfiguration) throws -> FileWrapper }
open class FileWrapper { public init(url: URL) throws {} }
public struct SecureField<L: View>: View { public init<S: StringProtocol>(_ t: S, text: Binding<String>) where L == Text {}; public var body: Never { fatalError() } }
public struct ShareLink<L: View>: View { public init<S: StringProtocol>(_ t: S, item: URL) where L == Text {}; public var body: Never { fatalError() } }
public final class UIPasteboard { public static let general = UIPasteboard(); public var string: String? }
open class UIViewController {}
open class UIActivityViewController: UIViewController { public init(activityItems: [Any], applicationActivities: [Any]?) {} }
public struct UIViewControllerRepresentableContext<R> {}
@MainActor public protocol UIViewControllerRepresentable: View where Body == Never {
    associatedtype UIViewControllerType: UIViewController
    typealias Context = UIViewControllerRepresentableContext<Self>
    func makeUIViewController(context: Context) -> UIViewControllerType
    func updateUIViewController(_ c: UIViewControllerType, context: Context)
}
extension UIViewControllerRepresentable { public var body: Never { fatalError() } }
open class CGImage {}
public final class CIImage { public var extent: CGRect { .zero }; public func transformed(by: CGAffineTransformStandIn) -> CIImage { self } }
public struct CGAffineTransformStandIn { public init(scaleX: Double, y: Double) {} }
public typealias CGAffineTransform = CGAffineTransformStandIn
public final class CIQRCodeGenerator { public var message = Data(); public var correctionLevel = ""; public var outputImage: CIImage? }
public final class CIFilter { public static func qrCodeGenerator() -> CIQRCodeGenerator { .init() } }
public final class CIContext { public init() {}; public func createCGImage(_ i: CIImage, from: CGRect) -> CGImage? { nil } }
extension View {
    public func font(_ f: Font?) -> some View { self }
    public func foregroundStyle<S: ShapeStyle>(_ s: S) -> some View { self }
    public func disabled(_ d: Bool) -> some View { self }
    public func navigationTitle<S: StringProtocol>(_ t: S) -> some View { self }
    public func toolbar<C: View>(@ViewBuilder content: () -> C) -> some View { self }
    public func task(priority: TaskPriority = .userInitiated, _ a: @escaping @isolated(any) @Sendable () async -> Void) -> some View { self }
    public func task<T: Equatable>(id: T, priority: TaskPriority = .userInitiated, _ a: @escaping @isolated(any) @Sendable () async -> Void) -> some View { self }
    public func alert<A: View, M: View>(_ t: String, isPresented: Binding<Bool>, @ViewBuilder actions: () -> A, @ViewBuilder message: () -> M) -> some View { self }
    public func sheet<C: View>(isPresented: Binding<Bool>, @ViewBuilder content: @escaping () -> C) -> some View { self }
    public func sheet<I: Identifiable, C: View>(item: Binding<I?>, @ViewBuilder content: @escaping (I) -> C) -> some View { self }
    public func confirmationDialog<A: View, M: View>(_ t: String, isPresented: Binding<Bool>, titleVisibility: Visibility = .automatic, @ViewBuilder actions: () -> A, @ViewBuilder message: () -> M) -> some View { self }
    public func swipeActions<C: View>(@ViewBuilder content: () -> C) -> some View { self }
    public func labelsHidden() -> some View { self }
    public func padding() -> some View { self }
    public func frame(maxWidth: Double) -> some View { self }
    public func scaledToFit() -> some View { self }
    public func textSelection(_ s: TextSelectability) -> some View { self }
    public func textInputAutocapitalization(_ c: TextInputAutocapitalization?) -> some View { self }
    public func autocorrectionDisabled(_ d: Bool = true) -> some View { self }
    public func interactiveDismissDisabled(_ d: Bool = true) -> some View { self }
    public func sheet<C: View>(isPresented: Binding<Bool>, onDismiss: (() -> Void)?, @ViewBuilder content: @escaping () -> C) -> some View { self }
    public func sheet<I: Identifiable, C: View>(item: Binding<I?>, onDismiss: (() -> Void)?, @ViewBuilder content: @escaping (I) -> C) -> some View { self }
    public func fileExporter<D: FileDocument>(isPresented: Binding<Bool>, document: D?, contentType: UTType, defaultFilename: String? = nil, onCompletion: @escaping (Result<URL, any Error>) -> Void) -> some View { self }
    public func toolbar<C: ToolbarContent>(@ToolbarContentBuilder content: () -> C) -> some View { self }
    public func contentShape<S>(_ s: S) -> some View { self }
    public func onTapGesture(perform: @escaping () -> Void) -> some View { self }
    public func fileImporter(isPresented: Binding<Bool>, allowedContentTypes: [UTType], onCompletion: @escaping (Result<URL, any Error>) -> Void) -> some View { self }
    public func refreshable(action: @escaping @Sendable () async -> Void) -> some View { self }
    public func fontWeight(_ w: Font.Weight?) -> some View { self }
    public func frame(height: Double) -> some View { self }
    public func padding(_ e: Edge.Set, _ l: Double) -> some View { self }
    public func background<S: ShapeStyle, T>(_ s: S, in shape: T) -> some View { self }
    public func tag<V: Hashable>(_ v: V) -> some View { self }
    public func pickerStyle<S: PickerStyle>(_ s: S) -> some View { self }
    public func buttonStyle<S: PrimitiveButtonStyle>(_ s: S) -> some View { self }
    public func keyboardType(_ k: UIKeyboardType) -> some View { self }
    public func lineLimit(_ r: ClosedRange<Int>) -> some View { self }
    public func frame(width: Double? = nil, height: Double? = nil) -> some View { self }
    public func clipped() -> some View { self }
    public func scaledToFill() -> some View { self }
    public func onChange<V: Equatable>(of v: V, _ a: @escaping (V, V) -> Void) -> some View { self }
    public func listRowBackground<V: View>(_ v: V?) -> some View { self }
}
extension URL {
    public func startAccessingSecurityScopedResource() -> Bool { false }
    public func stopAccessingSecurityScopedResource() {}
}
