package cputime

import (
	"runtime"
	"syscall"
	"testing"
	"time"
)

// rusageThread is RUSAGE_THREAD on Linux: the resource usage of the calling thread only.
const rusageThread = 1

// Thread locks the benchmark's goroutine to its thread (until the benchmark ends) and returns a function
// that reports the thread's CPU time since the call, user plus system, in nanoseconds.
func Thread(tb testing.TB) func() int64 {
	runtime.LockOSThread()
	tb.Cleanup(runtime.UnlockOSThread)
	read := func() int64 {
		var ru syscall.Rusage
		if err := syscall.Getrusage(rusageThread, &ru); err != nil {
			tb.Fatal(err)
		}
		return ru.Utime.Nano() + ru.Stime.Nano()
	}
	t0 := read()
	return func() int64 { return read() - t0 }
}

// Process returns the user and system CPU time the process has used so far, over all its threads.
func Process(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
