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

/// Where the thread leaves its result.
private final class ResultBox<T>: @unchecked Sendable {
  var value: T?
}

/// The stack given to analysis: deep enough for 10,000 nested functions in a debug build.
let analysisStackSize = 1 << 30

/// Runs `body` on a thread with a large stack and waits for it, so that recursive descent
/// over deeply nested programs cannot overflow the main thread's stack.
func onLargeStack<T>(_ body: () -> T) -> T {
  withoutActuallyEscaping(body) { body in
    let result = ResultBox<T>()
    let job = StackJob { result.value = body() }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, analysisStackSize)
    var thread = pthread_t()
    let started = pthread_create(
      &thread, &attributes,
      { raw in
        Unmanaged<StackJob>.fromOpaque(raw!).takeUnretainedValue().run()
        return nil
      }, Unmanaged.passUnretained(job).toOpaque())
    pthread_attr_destroy(&attributes)
    if started != 0 {
      job.run()
    } else {
      pthread_join(thread, nil)
    }
    return result.value!
  }
}
