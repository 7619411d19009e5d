package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/report"
)

// reportFlags is batch's --report: the flag, and the collector the workers feed when it is set. Filled
// by one FlagSet and set up once; the collector is safe for concurrent use.
type reportFlags struct {
	path  string
	fs    *flag.FlagSet
	input string
	c     *report.Collector // nil when --report is not given: its Tallies are then nil no-ops
}

// register adds --report to fs and remembers fs, whose explicitly set flags the report lists.
func (r *reportFlags) register(fs *flag.FlagSet) {
	r.fs = fs
	fs.StringVar(&r.path, "report", "", "also write an HTML report of the run to `FILE`: decisions, reasons, score histograms, "+
		"a threshold sweep, date shapes; no personal data unless --values")
}

// start creates the collector for the run when --report is set.
func (r *reportFlags) start(pos []string, m *match.Matcher, values bool) {
	if r.path == "" {
		return
	}
	r.input = "stdin"
	if len(pos) > 0 && pos[0] != "-" {
		r.input = filepath.Base(pos[0])
	}
	r.c = report.New(m, values)
}

// finish writes the report, if any, once the run has ended, and returns the run's exit code (an I/O
// failure writing the report makes it exitFailure). readErr is the error that stopped reading early.
func (r *reportFlags) finish(code int, readErr error, elapsed time.Duration, stderr io.Writer) int {
	if r.c == nil {
		return code
	}
	run := report.Run{Input: r.input, Elapsed: elapsed.Round(time.Millisecond), Version: moduleVersion(debug.ReadBuildInfo())}
	if readErr != nil {
		run.Stopped = "the input could not be read to the end"
		if errors.Is(readErr, errRowTooLong) {
			run.Stopped = fmt.Sprintf("a data row is longer than %d bytes", maxRowBytes)
		}
	}
	r.fs.Visit(func(f *flag.Flag) {
		if f.Name != "report" {
			run.Settings = append(run.Settings, report.Setting{Name: f.Name, Value: flagValue(f)})
		}
	})
	err := writeReport(r.path, r.c, run)
	if err != nil {
		fmt.Fprintf(stderr, "custmatch batch: --report: %v\n", err)
		return exitFailure
	}
	return code
}

// flagValue is the value of a set flag as given ("" for a boolean flag set to true).
func flagValue(f *flag.Flag) string {
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() && f.Value.String() == "true" {
		return ""
	}
	return f.Value.String()
}

func writeReport(path string, c *report.Collector, run report.Run) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 64<<10)
	if err := c.Write(w, run); err != nil {
		f.Close()
		return err
	}
	return errors.Join(w.Flush(), f.Close())
}
