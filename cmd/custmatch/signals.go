package main

import (
	"fmt"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
)

// signals watches SIGINT and SIGTERM during a batch run. The first signal sets stopped and closes
// stop: the reader stops reading, the rows already read are finished and written, and the run ends
// with the summary, "interrupted after N rows" and exit status 130 (SIGINT) or 143 (SIGTERM). A second
// signal removes the temporary output files and exits at once. stopped and stop are safe for
// concurrent use.
type signals struct {
	ch      chan os.Signal
	stop    chan struct{}
	done    chan struct{}
	stopped atomic.Bool
	sig     atomic.Int32 // the first signal's number
	wg      sync.WaitGroup
}

// watchSignals starts watching; close stops it. targets are the files (output, rejects, report; nil for
// one not asked for) whose temporary files a second signal removes.
func watchSignals(targets ...*target) *signals {
	s := &signals{ch: make(chan os.Signal, 2), stop: make(chan struct{}), done: make(chan struct{})}
	signal.Notify(s.ch, os.Interrupt, syscall.SIGTERM)
	s.wg.Go(func() {
		select {
		case sig := <-s.ch:
			s.sig.Store(int32(sig.(syscall.Signal)))
			s.stopped.Store(true)
			close(s.stop)
		case <-s.done:
			return
		}
		select {
		case sig := <-s.ch:
			for _, t := range targets {
				t.discard()
			}
			fmt.Fprintf(os.Stderr, "custmatch batch: %s again: stopped at once, the output is incomplete\n", sigName(sig.(syscall.Signal)))
			os.Exit(exitCodeFor(sig.(syscall.Signal)))
		case <-s.done:
		}
	})
	return s
}

// close stops watching.
func (s *signals) close() {
	signal.Stop(s.ch)
	close(s.done)
	s.wg.Wait()
}

// interrupted returns the first signal received, or 0.
func (s *signals) interrupted() syscall.Signal {
	if s == nil || !s.stopped.Load() {
		return 0
	}
	return syscall.Signal(s.sig.Load())
}

// exitCodeFor is the shell's status for a process ended by sig: 128 + its number.
func exitCodeFor(sig syscall.Signal) int { return 128 + int(sig) }

// sigName names the signals the batch handles.
func sigName(sig syscall.Signal) string {
	if sig == syscall.SIGTERM {
		return "SIGTERM"
	}
	return "SIGINT"
}
