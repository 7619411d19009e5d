package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// Exit codes shared by the subcommands (compare adds exitDecline and exitReview).
const (
	exitOK      = 0 // batch: every row evaluated; compare: approve
	exitFailure = 1 // batch: rows rejected; any subcommand: I/O failure
	exitUsage   = 2 // bad flags, arguments or unusable input files
	exitDecline = 3 // compare: decline
	exitReview  = 4 // compare: review
)

// main ignores SIGPIPE so that a closed output (a consumer that stopped reading) makes the write fail
// with EPIPE, which run reports in one line with exit status 1, instead of the runtime killing the
// process by signal with no word on how far the batch got.
func main() {
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const topUsage = `custmatch compares a merchant's customer records with a payment provider's.

Usage:
  custmatch batch [flags] [FILE|-]   evaluate every row of a CSV export (stdin when FILE is - or absent)
  custmatch compare [flags]          evaluate one merchant/provider pair
  custmatch policy [flags]           print the comparison logic in effect, for the provider
  custmatch messages [flags]         print every customer message variant, for review and acceptance tests
  custmatch serve [flags]            serve compare and batch over HTTP (JSON), see help serve
  custmatch help [SUBCOMMAND]        show this text or a subcommand's flags
  custmatch version                  print the module version and the matching policy version

Exit codes:
  0  batch: every row evaluated          compare: approve
  1  batch: some rows rejected; any I/O failure (unreadable or missing file, write error, closed
     output: a consumer that stops reading, e.g. | head, ends the run with "output closed (broken
     pipe) after N rows" instead of a silent SIGPIPE death)
  2  usage: bad flag or argument, missing required column, input file that is not CSV/JSON as expected
  3  compare: decline
  4  compare: review
  5  batch --expect: some rows differ from their expected decision
  130, 143  batch: interrupted by SIGINT (Ctrl-C) or SIGTERM after finishing the rows read

Run 'custmatch help SUBCOMMAND' for the flags.
`

// run is the whole program: it parses args, reads stdin, writes data to stdout and diagnostics to stderr,
// and returns the exit code. It keeps no global state, so tests call it in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, topUsage)
		return exitUsage
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "batch":
		return runBatch(rest, stdin, stdout, stderr)
	case "compare":
		return runCompare(rest, stdin, stdout, stderr)
	case "policy":
		return runPolicy(rest, stdout, stderr)
	case "messages":
		return runMessages(rest, stdout, stderr)
	case "serve":
		return runServe(rest, stdin, stdout, stderr)
	case "version", "-version", "--version":
		return runVersion(rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		if len(rest) == 0 {
			return writeHelp(stdout, stderr, "custmatch", func(w io.Writer) { fmt.Fprint(w, topUsage) })
		}
		switch rest[0] {
		case "batch", "compare", "policy", "messages", "serve":
			return run([]string{rest[0], "-h"}, stdin, stdout, stderr)
		}
		return usageError(stderr, "custmatch", fmt.Sprintf("unknown help topic %q", rest[0]))
	default:
		return usageError(stderr, "custmatch", fmt.Sprintf("unknown subcommand %q", cmd))
	}
}

// usageError prints a one-line problem and a one-line hint to stderr and returns exitUsage.
func usageError(stderr io.Writer, cmd, problem string) int {
	hint := "custmatch help"
	if cmd != "custmatch" {
		hint = "custmatch help " + strings.TrimPrefix(cmd, "custmatch ")
	}
	fmt.Fprintf(stderr, "%s: %s\nRun '%s' for usage.\n", cmd, problem, hint)
	return exitUsage
}

// parseInterleaved parses flags that may appear before, between or after positional arguments
// ("batch in.csv --workers 2"); everything after "--" is positional. It returns the positional arguments.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		consumed := len(args) - fs.NArg()
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, fs.Args()...), nil
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// parseFlags runs parseInterleaved and turns its outcome into an exit code: -h prints the full usage to
// stdout (exit 0; 1 when it cannot be written), a bad flag prints a one-line hint to stderr (exit 2). ok
// is false when run must return.
func parseFlags(fs *flag.FlagSet, args []string, head string, stdout, stderr io.Writer) (pos []string, code int, ok bool) {
	fs.SetOutput(io.Discard)
	pos, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		code := writeHelp(stdout, stderr, "custmatch "+fs.Name(), func(w io.Writer) {
			fmt.Fprint(w, head)
			fs.SetOutput(w)
			fs.PrintDefaults()
		})
		return nil, code, false
	}
	if err != nil {
		return nil, usageError(stderr, "custmatch "+fs.Name(), err.Error()), false
	}
	return pos, exitOK, true
}

// writeHelp writes a help text to stdout through write and returns the exit code: exitOK, or exitFailure
// with a line on stderr when the text could not be written (a full disk, a closed pipe: help asked for
// and not delivered is an I/O failure, not a success).
func writeHelp(stdout, stderr io.Writer, cmd string, write func(io.Writer)) int {
	w := &stickyWriter{w: stdout}
	write(w)
	if w.err != nil {
		fmt.Fprintf(stderr, "%s: writing the help: %v\n", cmd, w.err)
		return exitFailure
	}
	return exitOK
}

// stickyWriter passes writes on to w until one fails, then keeps that error and writes nothing more
// (flag.PrintDefaults, for one, drops its writes' errors). It is used by one goroutine.
type stickyWriter struct {
	w   io.Writer
	err error
}

// Write writes p to w, or returns the first error.
func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	s.err = err
	return n, err
}
