package report

import (
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/custmatch/custmatch/internal/testgen"
	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/require"
)

// row is one data row of a test input.
type row struct{ merchant, provider match.Record }

// readExample reads the repository's example file (the CLI's column layout).
func readExample(t testing.TB) []row {
	t.Helper()
	f, err := os.Open("../testdata/example.csv")
	require.NoError(t, err)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	var rows []row
	for _, r := range recs[1:] {
		rows = append(rows, row{
			match.Record{FirstName: r[1], LastName: r[2], DOB: r[3], Email: r[4]},
			match.Record{FirstName: r[5], LastName: r[6], DOB: r[7], Email: r[8]},
		})
	}
	return rows
}

// generate returns n rows with every kind of name difference the sweep must get right: typos in names
// of every length (near-misses on both sides of each sweep threshold), fuzzy and exact middle names,
// initials, swapped and split names with and without typos, umlaut spellings, missing and unusable
// names, and dates in several shapes (including mismatches, which decide regardless of the names, and
// unusable dates and emails, which send a row to review).
func generate(seed uint64, n int) []row {
	rng := rand.New(rand.NewPCG(seed, 99))
	first := []string{"Max", "Sophie", "Jürgen", "Anne-Marie", "Johannes", "Łukasz", "François", "Zoë",
		"Mehmet", "Ana María", "Søren", "Aleksandra", "Maximilian", "Christopher", "Bartholomew", "Jo"}
	last := []string{"Mustermann", "Wagner", "Müller", "García Márquez", "O'Brien", "Nowak", "Dubois",
		"Kowalczyk", "Yılmaz", "Schröder", "Weiß", "van der Berg", "Rosenkranz-Liebermann", "Li", "Papadopoulos"}
	typo := func(s string) string { return testgen.Typo(rng, s) }
	rows := make([]row, n)
	for i := range rows {
		fn, ln := first[rng.IntN(len(first))], last[rng.IntN(len(last))]
		y, m, d := 1940+rng.IntN(65), 1+rng.IntN(12), 1+rng.IntN(28)
		mdob := fmt.Sprintf("%02d.%02d.%d", d, m, y)
		pdob := fmt.Sprintf("%d-%02d-%02d", y, m, d)
		pfn, pln := fn, ln
		email := fmt.Sprintf("c%d@example.com", i)
		pemail := email
		for range 1 + rng.IntN(2) {
			switch rng.IntN(18) {
			case 0:
				pln = typo(pln)
			case 1:
				pfn = typo(pfn)
			case 2:
				pfn = typo(typo(pfn))
			case 3:
				pfn += " " + first[rng.IntN(len(first))]
			case 4:
				pfn = typo(pfn) + " Michael"
			case 5:
				if pfn == "" {
					continue
				}
				pfn = string([]rune(pfn)[:1]) + "."
				if rng.IntN(2) == 0 {
					pfn = fn + " " + pfn
				}
			case 6:
				pfn, pln = pln, pfn
			case 7:
				pfn, pln = typo(ln), fn
			case 8:
				pfn, pln = fn+" "+strings.Fields(ln)[0], strings.Join(strings.Fields(ln)[1:], " ")
			case 9:
				pfn = first[rng.IntN(len(first))]
			case 10:
				pdob = fmt.Sprintf("%d-%02d-%02d", y, 1+rng.IntN(12), d)
			case 11:
				mdob = fmt.Sprintf("%02d/%02d/%d", m, d, y)
			case 12:
				pfn = ""
			case 13:
				pln = strings.NewReplacer("ü", "ue", "ö", "oe", "ß", "ss").Replace(pln)
			case 14:
				pln = "\x01" + pln
			case 15:
				pdob = ""
			case 16:
				pdob = "\x01" + pdob // unusable: sends the row to review whatever the names
			case 17:
				pemail = "a\x01@example.com"
			}
		}
		rows[i] = row{
			match.Record{FirstName: fn, LastName: ln, DOB: mdob, Email: email},
			match.Record{FirstName: pfn, LastName: pln, DOB: pdob, Email: pemail},
		}
	}
	return rows
}
