package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/custmatch/custmatch/match"
)

// stats counts the outcomes of a run or of one batch. A stats value is owned by one goroutine.
type stats struct {
	decisions   [4]int                  // indexed by match.Decision
	failing     [4][match.NumFields]int // by decision: how often each field was among the failing ones
	rejected    int
	invalidUTF8 int // rejected rows with reason invalid-utf8
}

// add counts one verdict: its decision and its failing fields.
func (s *stats) add(d match.Decision, failing []match.Field) {
	if int(d) >= len(s.decisions) {
		return
	}
	s.decisions[d]++
	for _, f := range failing {
		s.failing[d][f]++
	}
}

// merge adds o to s.
func (s *stats) merge(o *stats) {
	for i := range s.decisions {
		s.decisions[i] += o.decisions[i]
		for f := range s.failing[i] {
			s.failing[i][f] += o.failing[i][f]
		}
	}
	s.rejected += o.rejected
	s.invalidUTF8 += o.invalidUTF8
}

// evaluated is the number of rows that got a verdict.
func (s *stats) evaluated() int {
	n := 0
	for _, d := range s.decisions {
		n += d
	}
	return n
}

// summary writes the end-of-run summary: counts (stable), then the elapsed time and throughput.
func (s *stats) summary(w io.Writer, elapsed time.Duration) {
	ev := s.evaluated()
	fmt.Fprintf(w, "custmatch batch: %d rows: %d evaluated (%d approve, %d decline, %d review), %d rejected\n",
		ev+s.rejected, ev, s.decisions[match.Approve], s.decisions[match.Decline], s.decisions[match.Review], s.rejected)
	fmt.Fprintf(w, "custmatch batch: failing fields (rows per field; a row may count for several): declines: %s; reviews: %s\n",
		ranked(&s.failing[match.Decline]), ranked(&s.failing[match.Review]))
	shown := elapsed.Round(time.Millisecond)
	if elapsed < time.Second {
		shown = elapsed.Round(time.Microsecond)
	}
	fmt.Fprintf(w, "custmatch batch: elapsed %s, %.0f rows/s\n", shown, rate(ev+s.rejected, elapsed))
}

// ranked lists the fields with a count, most frequent first: "last_name 2, first_name 1", or "none".
func ranked(counts *[match.NumFields]int) string {
	order := []match.Field{match.FirstName, match.LastName, match.DOB, match.Email}
	slices.SortStableFunc(order, func(a, b match.Field) int { return counts[b] - counts[a] })
	var parts []string
	for _, f := range order {
		if counts[f] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", f, counts[f]))
		}
	}
	if parts == nil {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// rate returns n per second over d (0 for no time).
func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// isTerminal reports whether w is a character device (a terminal), without extra dependencies.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressInterval is how often the progress line is refreshed.
const progressInterval = time.Second

// startProgress starts the progress reporter for mode (auto, always, never) and returns the function that
// stops it. On a terminal the line is rewritten in place; otherwise one line per interval is written.
func startProgress(mode string, stderr io.Writer, size int64, cnt *counter, start time.Time) (stop func()) {
	tty := isTerminal(stderr)
	if mode == "never" || (mode == "auto" && !tty) {
		return func() {}
	}
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(progressInterval)
		defer t.Stop()
		for {
			select {
			case <-quit:
				if tty {
					fmt.Fprint(stderr, "\r\033[K")
				}
				return
			case now := <-t.C:
				line := progressLine(cnt.rows.Load(), cnt.bytes.Load(), size, now.Sub(start))
				if tty {
					fmt.Fprintf(stderr, "\r\033[K%s", line)
				} else {
					fmt.Fprintln(stderr, line)
				}
			}
		}
	})
	return func() { close(quit); wg.Wait() }
}

// progressLine formats one progress report: rows, rows/s, and when the input size is known (size ≥ 0)
// the share read and the estimated time left.
func progressLine(rows, read, size int64, elapsed time.Duration) string {
	s := fmt.Sprintf("custmatch batch: progress %d rows, %.0f rows/s", rows, rate(int(rows), elapsed))
	if size > 0 && read > 0 {
		if read > size {
			read = size
		}
		left := time.Duration(float64(elapsed) * float64(size-read) / float64(read))
		s += fmt.Sprintf(", %.0f%%, ETA %s", 100*float64(read)/float64(size), left.Round(time.Second))
	}
	return s
}
