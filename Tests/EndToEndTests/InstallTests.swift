import Foundation
import Testing

/// `install.sh`: a release binary a teacher can copy to lab machines.
@Suite("Install")
struct InstallTests {
  @Test(
    "install.sh gives a binary free of the Swift runtime's shared libraries, that runs with an empty environment, with man pages and completions"
  )
  func install() throws {
    let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("scopewalk-prefix-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: prefix) }
    let installed = try runShell("bash install.sh --prefix '\(prefix)'")
    #expect(installed.status == 0, "\(installed.stdout.suffix(600))\(installed.stderr.suffix(600))")
    let binary = "\(prefix)/bin/scopewalk"
    // Position-dependent: no relocations to apply at start (install.sh says why).
    let header = try runShell("readelf -h '\(binary)'")
    #expect(header.stdout.contains("EXEC (Executable file)"), "\(header.stdout)")
    let ldd = try runShell("ldd '\(binary)'")
    #expect(!ldd.stdout.contains("libswift") && !ldd.stdout.contains("libFoundation"), "\(ldd.stdout)")
    let version = try runShell("env -i PATH=/usr/bin:/bin '\(binary)' --version")
    #expect(version.status == 0 && !version.stdout.isEmpty)
    let traced = try runShell("env -i PATH=/usr/bin:/bin '\(binary)' check sample-programs/python/closures.py")
    #expect(traced.status == 0)
    // NFKC from the ICU linked into the binary: `ﬁle` is `file`.
    let nfkc = "\(prefix)/nfkc.py"
    try "ﬁle = 1\nprint(file)\n".write(toFile: nfkc, atomically: true, encoding: .utf8)
    let normalized = try runShell("env -i PATH=/usr/bin:/bin '\(binary)' trace '\(nfkc)' --format symtable")
    #expect(normalized.stdout.contains("  file LOCAL assigned referenced\n"), "\(normalized.stdout)")
    let page = try runShell("man -l '\(prefix)/share/man/man1/scopewalk.quiz.1'")
    #expect(page.stdout.contains("scopewalk quiz"))
    #expect(page.stdout.contains("scopewalk \(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines))"))
    let completion = try runShell(
      "bash -c \"source '\(prefix)/share/bash-completion/completions/scopewalk' && complete -p scopewalk\"")
    #expect(completion.stdout.contains("scopewalk"))
    for file in ["share/zsh/site-functions/_scopewalk", "share/fish/vendor_completions.d/scopewalk.fish"] {
      #expect(FileManager.default.fileExists(atPath: "\(prefix)/\(file)"))
    }
  }
}
