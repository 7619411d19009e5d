package benchmarks

import (
	"runtime"
	"syscall"
	"testing"
)

// rusageThread is RUSAGE_THREAD on Linux: the resource usage of the calling thread only.
const rusageThread = 1

// threadCPU locks the benchmark's goroutine to its thread and returns a function that reports the
// thread's CPU time since the call (user + system, ns). On a shared machine this counts only the time the
// benchmark actually ran, not the time it waited for a core, so it is steadier than wall time.
func threadCPU(b *testing.B) func() int64 {
	runtime.LockOSThread()
	b.Cleanup(runtime.UnlockOSThread)
	read := func() int64 {
		var ru syscall.Rusage
		if err := syscall.Getrusage(rusageThread, &ru); err != nil {
			b.Fatal(err)
		}
		return ru.Utime.Nano() + ru.Stime.Nano()
	}
	t0 := read()
	return func() int64 { return read() - t0 }
}
