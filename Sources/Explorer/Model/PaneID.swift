/// The panes that can have the focus.
public enum PaneID: Int, CaseIterable, Sendable {
  case source, scopes, buckets, path

  /// The pane's title.
  public var title: String {
    switch self {
    case .source: "Source"
    case .scopes: "Scopes"
    case .buckets: "Buckets"
    case .path: "Resolution"
    }
  }
}
