import CNcursesw

import Screen

/// Turns what `get_wch` read into a `Key` (nil for keys the explorer ignores).
func key(from status: Int32, _ value: wint_t) -> Key? {
  if status == KEY_CODE_YES {
    switch Int32(value) {
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_ENTER: return .enter
    default: return nil
    }
  }
  switch value {
  case 9: return .tab
  case 10, 13: return .enter
  case 27: return .escape
  case 8, 127: return .backspace
  default:
    guard value >= 32, let scalar = Unicode.Scalar(value) else { return nil }
    return .char(Character(scalar))
  }
}
