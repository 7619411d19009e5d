// Package csvlayout is the one home of the CSV layout of record pairs that the batch command reads,
// the benchmark corpus uses and the match tests check (testdata/pairs.csv): the logical columns, their
// header names and order, which of them an input must have, and how a header row is matched to them.
//
// A change of layout (a new column, another name) is made here, and the CLI, the benchmarks and the
// tests follow.
package csvlayout

import (
	"strings"

	"github.com/custmatch/custmatch/match"
)

// Column is a logical column of the layout. Its value is its position in the default header.
type Column int

// The columns, in the order of the default header.
const (
	ID                Column = iota // the pair's id (optional; the 1-based data row number otherwise)
	MerchantFirstName               // the merchant's (CRM) first name
	MerchantLastName                // the merchant's last name
	MerchantDOB                     // the merchant's date of birth (optional)
	MerchantEmail                   // the merchant's email (optional)
	ProviderFirstName               // the payment provider's first name
	ProviderLastName                // the provider's last name
	ProviderDOB                     // the provider's date of birth (optional)
	ProviderEmail                   // the provider's email (optional)
	ExpectedDecision                // a label: approve, decline or review (batch --expect, corpora)
	ExpectedFailing                 // a label: the fields expected to fail, e.g. "first_name;dob" (optional)
)

// Count is the number of columns.
const Count = int(ExpectedFailing) + 1

var names = [Count]string{"id", "merchant_first_name", "merchant_last_name", "merchant_dob",
	"merchant_email", "provider_first_name", "provider_last_name", "provider_dob", "provider_email",
	"expected_decision", "expected_failing"}

// Name returns the column's default header name (merchant_first_name), or "" for a value that is not a
// column.
func (c Column) Name() string {
	if c < 0 || int(c) >= Count {
		return ""
	}
	return names[c]
}

// String returns Name.
func (c Column) String() string { return c.Name() }

// Required reports whether every input must have the column: the four name columns. (Inputs with labels
// require ExpectedDecision as well.)
func (c Column) Required() bool {
	switch c {
	case MerchantFirstName, MerchantLastName, ProviderFirstName, ProviderLastName:
		return true
	}
	return false
}

// Names returns the default header names, in column order.
func Names() [Count]string { return names }

// Lookup returns the column with the default header name name (exact spelling), and false when there
// is none.
func Lookup(name string) (Column, bool) {
	for i, n := range names {
		if n == name {
			return Column(i), true
		}
	}
	return -1, false
}

// Positions finds the columns in a header row: pos[c] is the index of the first cell naming column c,
// or -1 when no cell does. want gives each column's header name (Names(), or names the caller renamed);
// a cell names a column when it equals the name ignoring case, surrounding spaces and a leading
// byte-order mark. Other cells are ignored. When two cells name one column, ok is false and dup is the
// first such column in column order.
func Positions(header []string, want [Count]string) (pos [Count]int, dup Column, ok bool) {
	dup, ok = -1, true
	for c := range pos {
		pos[c] = -1
		for j, h := range header {
			if !strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")), want[c]) {
				continue
			}
			if pos[c] < 0 {
				pos[c] = j
			} else if ok {
				dup, ok = Column(c), false
			}
		}
	}
	return pos, dup, ok
}

// Records builds the merchant's and the provider's record of one row from get, which returns the cell
// of a column ("" when the row does not have it).
func Records(get func(Column) string) (merchant, provider match.Record) {
	merchant = match.Record{FirstName: get(MerchantFirstName), LastName: get(MerchantLastName),
		DOB: get(MerchantDOB), Email: get(MerchantEmail)}
	provider = match.Record{FirstName: get(ProviderFirstName), LastName: get(ProviderLastName),
		DOB: get(ProviderDOB), Email: get(ProviderEmail)}
	return merchant, provider
}
