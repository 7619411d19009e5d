package benchmarks

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/custmatch/custmatch/match"
)

// The generated data sets are deterministic (fixed PCG seeds) so that runs compare.

var (
	latinFirst = []string{"Max", "Johannes", "Jürgen", "Anna", "Marie-Luise", "François", "José", "Łukasz",
		"Søren", "Zoë", "Björn", "Sean", "Katarzyna", "Ana María", "Maximilian", "Annemarie", "Dr. Klaus",
		"Günther", "Renée", "Mats"}
	latinLast = []string{"Mustermann", "Müller", "Groß", "Núñez", "O'Brien", "García Márquez", "Kowalski",
		"Meyer-Landrut", "Schmidt", "Dvořák", "Øster", "Lefèvre", "Weiß", "Ibáñez", "Van der Berg",
		"Schäfer", "Kerner", "Hoffmann", "Nguyen", "Fischer"}
	nonLatinFirst = []string{"Иван", "Мария", "Γιώργος", "Ελένη", "太郎", "明", "محمد", "فاطمة", "Олександр",
		"Αλέξανδρος", "김민준", "דוד"}
	nonLatinLast = []string{"Петров", "Иванова", "Παπαδόπουλος", "Γεωργίου", "山田", "李", "العلي", "حسن",
		"Шевченко", "Νικολάου", "이", "כהן"}
)

// variant returns a spelling of name that the default policy still matches (or, for kind 5, a
// different name), chosen by kind.
func variant(name string, kind int) string {
	switch kind {
	case 0:
		return name
	case 1:
		return strings.ToUpper(name)
	case 2:
		return strings.NewReplacer("ü", "ue", "ö", "oe", "ä", "ae", "ß", "ss", "é", "e", "á", "a", "ñ", "n").Replace(name)
	case 3:
		return name + " B."
	case 4:
		return "  " + strings.ToLower(name) + " "
	}
	return name[:len(name)/2] + "x"
}

// dobText writes the date in one of several formats.
func dobText(y, m, d, kind int) string {
	switch kind {
	case 0:
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case 1:
		return fmt.Sprintf("%02d.%02d.%04d", d, m, y)
	case 2:
		return fmt.Sprintf("%02d/%02d/%04d", m, d, y)
	}
	return fmt.Sprintf("%d %s %d", d, [...]string{"January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November", "December"}[m-1], y)
}

// genPairs generates n record pairs from the given name lists: mostly matching variants, some
// mismatches, dates in four formats, occasional missing DOBs.
func genPairs(n int, first, last []string, seed uint64) []Pair {
	r := rand.New(rand.NewPCG(seed, 7))
	out := make([]Pair, n)
	for i := range out {
		f, l := first[r.IntN(len(first))], last[r.IntN(len(last))]
		y, m, d := 1940+r.IntN(65), 1+r.IntN(12), 1+r.IntN(28)
		md, pd := dobText(y, m, d, 0), dobText(y, m, d, r.IntN(4))
		if r.IntN(10) == 0 {
			pd = ""
		}
		kind := r.IntN(6)
		pf, pl := variant(f, kind), variant(l, r.IntN(5))
		if !utf8.ValidString(pf) {
			pf = f
		}
		out[i] = Pair{
			ID:       fmt.Sprint(i + 1),
			Merchant: match.Record{FirstName: f, LastName: l, DOB: md, Email: "c" + fmt.Sprint(i) + "@example.com"},
			Provider: match.Record{FirstName: pf, LastName: pl, DOB: pd, Email: "C" + fmt.Sprint(i) + "@example.com"},
		}
	}
	return out
}

// batchCSV renders pairs as CSV in the CLI's column contract.
func batchCSV(pairs []Pair) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write([]string{"id", "merchant_first_name", "merchant_last_name", "merchant_dob", "merchant_email",
		"provider_first_name", "provider_last_name", "provider_dob", "provider_email"})
	for _, p := range pairs {
		_ = w.Write([]string{p.ID, p.Merchant.FirstName, p.Merchant.LastName, p.Merchant.DOB, p.Merchant.Email,
			p.Provider.FirstName, p.Provider.LastName, p.Provider.DOB, p.Provider.Email})
	}
	w.Flush()
	return b.Bytes()
}

// nameOfRunes builds a Latin-script name of exactly n runes from accented name tokens.
func nameOfRunes(n int) string {
	tokens := []string{"Jürgen", "Ana", "Zoë", "Marie", "Müller", "Groß", "Núñez", "Lefèvre"}
	var b strings.Builder
	count := 0
	for i := 0; count < n; i++ {
		tok := tokens[i%len(tokens)]
		if count > 0 {
			b.WriteByte(' ')
			count++
		}
		for _, r := range tok {
			if count == n {
				break
			}
			b.WriteRune(r)
			count++
		}
	}
	s := b.String()
	return strings.TrimRight(s, " ") + strings.Repeat("a", n-utf8.RuneCountInString(strings.TrimRight(s, " ")))
}
