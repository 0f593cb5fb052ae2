#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A job handed to the thread that runs it.
private final class StackJob: @unchecked Sendable {
  let run: () -> Void
  init(_ run: @escaping () -> Void) { self.run = run }
}

/// Where a thread leaves its result.
private final class ResultBox<T>: @unchecked Sendable {
  var value: T?
}

/// The stack given to analysis: deep enough for 10,000 nested functions in a debug build.
let analysisStackSize = 1 << 30

/// A thread with a large stack, so that recursive descent over deeply nested programs
/// cannot overflow; `join()` waits for it.
struct LargeStackThread {
  private var thread = pthread_t()
  private var started = false
  private let job: StackJob

  /// Starts `body` on a new thread (or runs it here if no thread can be made).
  init(_ body: @escaping () -> Void) {
    job = StackJob(body)
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, analysisStackSize)
    started =
      pthread_create(
        &thread, &attributes,
        { raw in
          Unmanaged<StackJob>.fromOpaque(raw!).takeUnretainedValue().run()
          return nil
        }, Unmanaged.passUnretained(job).toOpaque()) == 0
    pthread_attr_destroy(&attributes)
    if !started { job.run() }
  }

  /// Waits for the thread to finish.
  func join() {
    if started { pthread_join(thread, nil) }
  }
}

/// Runs `body` on a thread with a large stack and waits for it.
func onLargeStack<T>(_ body: () -> T) -> T {
  withoutActuallyEscaping(body) { body in
    let result = ResultBox<T>()
    LargeStackThread { result.value = body() }.join()
    return result.value!
  }
}
