package main

import (
	"fmt"
	"io"
	"runtime/debug"

	"github.com/custmatch/custmatch/match"
)

// runVersion implements "custmatch version" (and --version): the module version from the build
// information (a tag for go install …@version, "(devel)" with the VCS revision for a local build), the
// policy version every verdict carries, and the Go version.
func runVersion(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		return usageError(stderr, "custmatch version", "version takes no arguments")
	}
	_, err := fmt.Fprintf(stdout, "custmatch %s\npolicy %s\n", moduleVersion(debug.ReadBuildInfo()), match.PolicyVersion)
	if err != nil {
		fmt.Fprintf(stderr, "custmatch version: writing the output: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// moduleVersion describes the build: the main module's path and version, the VCS revision (12 digits,
// "+dirty" for uncommitted changes) when recorded, and the Go version.
func moduleVersion(bi *debug.BuildInfo, ok bool) string {
	if !ok || bi == nil {
		return "(unknown: no build information)"
	}
	path, v := bi.Main.Path, bi.Main.Version
	if path == "" {
		path = "github.com/custmatch/custmatch"
	}
	if v == "" {
		v = "(devel)"
	}
	s := path + " " + v
	var rev, dirty string
	for _, kv := range bi.Settings {
		switch kv.Key {
		case "vcs.revision":
			rev = kv.Value
		case "vcs.modified":
			if kv.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev != "" {
		s += fmt.Sprintf(" (%.12s%s)", rev, dirty)
	}
	return s + " " + bi.GoVersion
}
