package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	"github.com/custmatch/custmatch/internal/textrule"
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
	t     *target           // the report's file (written to a temporary file, renamed at the end); nil without --report
	// ready is the page's preparation, started by create and waited for by finish (a run that fails
	// before finish leaves it to end alone, within milliseconds).
	ready sync.WaitGroup
}

// register adds --report to fs and remembers fs, whose explicitly set flags the report lists.
func (r *reportFlags) register(fs *flag.FlagSet) {
	r.fs = fs
	fs.StringVar(&r.path, "report", "", "also write an HTML report of the run to `FILE`: decisions, reasons, score histograms, "+
		"a threshold sweep, date shapes; no personal data unless --values")
}

// start creates the collector for the run when --report is set, and takes the input's name for the
// page (its base name, hidden characters written visibly by textrule.Visible, like the page's example
// values; "stdin" for standard input).
func (r *reportFlags) start(pos []string, m *match.Matcher, values bool) {
	if r.path == "" {
		return
	}
	r.input = "stdin"
	if len(pos) > 0 && pos[0] != "-" {
		// A file name is text from outside, shown in the page's title and lead like a value: a
		// U+202E in it would reverse what follows.
		r.input = textrule.Visible(filepath.Base(pos[0]))
	}
	r.c = report.New(m, values)
}

// create creates the report's file when --report is set: a temporary file in its directory, which the
// batch's finish renames into place (or keeps as FILE.partial after a run that stopped early), like -o.
// Once it exists, the page is readied (report.Prepare) in a goroutine of its own while the rows are
// compared, instead of at the end of the run, where nothing else runs.
func (r *reportFlags) create() error {
	if r.c == nil {
		return nil
	}
	t, err := createTarget(r.path, nil, false)
	r.t = t
	if err == nil {
		// Its error, that of a broken template, is Write's too: finish reports it there.
		r.ready.Go(func() { _ = report.Prepare() })
	}
	return err
}

// finish writes the report, if any, into its file once the run has ended, and returns the run's exit
// code (an I/O failure writing the report makes it exitFailure, and removes the file). stopped, when
// not empty, says why the run stopped before the end of the input. The flags set are listed with their
// values as given, hidden characters written visibly (a path, a --map header, a --provider-name).
func (r *reportFlags) finish(code int, stopped string, elapsed time.Duration, stderr io.Writer) int {
	if r.c == nil {
		return code
	}
	run := report.Run{Input: r.input, Elapsed: elapsed.Round(time.Millisecond), Version: moduleVersion(debug.ReadBuildInfo()),
		Stopped: stopped}
	r.fs.Visit(func(f *flag.Flag) {
		if f.Name != "report" {
			run.Settings = append(run.Settings, report.Setting{Name: f.Name, Value: textrule.Visible(flagValue(f))})
		}
	})
	r.ready.Wait() // done by now unless the input was tiny; Write would wait for it anyway
	err := r.c.Write(r.t.w, run)
	if err == nil {
		err = r.t.w.Flush()
	}
	if err != nil {
		r.t.discard()
		r.t = nil
		fmt.Fprintf(stderr, "custmatch batch: --report: writing %s: %v\n", r.path, err)
		return max(code, exitFailure)
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
