//go:build ignore

// gen writes cldr_tables.go from internal/cldr/dates.json (stage 2 of the
// language tables; no network). Stage 1, which refreshes dates.json from
// the npm registry, is internal/cldr/extract.go.
//
// Run with "go generate" in this directory.
package main

import (
	"log"
	"os"

	"github.com/custmatch/custmatch/dob/internal/cldr"
)

func main() {
	src, err := cldr.Generate(cldr.Data)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("cldr_tables.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
