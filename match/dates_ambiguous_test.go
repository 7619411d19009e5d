package match_test

import (
	"strconv"
	"testing"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestDOBAmbiguousExplained holds dates of birth with two readings on one or both sides: a numeric date
// read both month-first and day-first under auto (04/05/1986), or a month name that is another month in
// another language ("5 lis 1986": 5 October in Croatian, 5 November in Polish and Czech; lip June or
// July, srp July or August). The names agree, so the date decides. Each case pins the decision (POLICY
// §3), the reasons, and the dates the verdict shows for each side: a side with one reading shows it, a
// side with two shows none when they do not match (which was meant is unknown), so a message shows its
// text as written, under its own side's label.
func TestDOBAmbiguousExplained(t *testing.T) {
	for _, c := range []struct {
		order              dob.Order
		merchant, provider string
		decision           match.Decision
		reasons            string
		merchantDate       string // FieldResult.MerchantDate, "" for the zero Date
		providerDate       string
	}{
		// §3: both sides ambiguous numeric dates are read in the same order: 04/05/1986 vs 05/04/1986 is
		// day-month-swapped. Which order was meant is unknown, so neither side shows a reading: shown
		// month-first (1986-04-05 for the merchant's 04/05/1986), a day-first customer would read the
		// provider's date under the merchant's label and the merchant's under the provider's.
		{dob.Auto, "04/05/1986", "05/04/1986", match.Decline, "ambiguous-order,day-month-swapped", "", ""},
		{dob.Auto, "05/04/1986", "04/05/1986", match.Decline, "ambiguous-order,day-month-swapped", "", ""},
		{dob.Auto, "4/5/1986", "05-04-1986", match.Decline, "ambiguous-order,day-month-swapped", "", ""},
		{dob.Auto, "10/11/1986", "11/10/1986", match.Decline, "ambiguous-order,day-month-swapped", "", ""},
		{dob.Auto, "04/05/1986", "04/05/1986", match.Approve, "exact,ambiguous-order", "1986-04-05", "1986-04-05"},
		{dob.Auto, "04/05/1986", "4-5-1986", match.Approve, "reformatted,ambiguous-order", "1986-04-05", "1986-04-05"},
		{dob.Auto, "04/06/1986", "06/05/1986", match.Decline, "different,ambiguous-order", "", ""},
		// A declared order gives each side one reading, shown.
		{dob.MDY, "04/05/1986", "05/04/1986", match.Decline, "day-month-swapped", "1986-04-05", "1986-05-04"},
		{dob.DMY, "04/05/1986", "05/04/1986", match.Decline, "day-month-swapped", "1986-05-04", "1986-04-05"},
		// One reading against two: the field matches when either reading agrees (ambiguous-order).
		{dob.Auto, "5 April 1986", "04/05/1986", match.Approve, "reformatted,ambiguous-order", "1986-04-05", "1986-04-05"},
		{dob.Auto, "5 April 1986", "05/04/1986", match.Approve, "reformatted,ambiguous-order", "1986-04-05", "1986-04-05"},
		{dob.Auto, "April 5, 1986", "05/04/1986", match.Approve, "reformatted,ambiguous-order", "1986-04-05", "1986-04-05"},
		{dob.Auto, "5 April 1986", "06/04/1986", match.Decline, "different,ambiguous-order", "1986-04-05", ""},
		{dob.MDY, "5 April 1986", "05/04/1986", match.Decline, "day-month-swapped", "1986-04-05", "1986-05-04"},
		{dob.DMY, "5 April 1986", "04/05/1986", match.Decline, "day-month-swapped", "1986-04-05", "1986-05-04"},
		{dob.DMY, "05-Apr-1986", "05/04/1986", match.Approve, "reformatted", "1986-04-05", "1986-04-05"},
		// A month name of two months against one reading: the reading of the month name that makes the
		// swap is not shown as the merchant's date (a Polish "5 lis" is 5 November, not 5 October).
		{dob.Auto, "5 lis 1986", "1986-05-10", match.Decline, "ambiguous-order,day-month-swapped", "", "1986-05-10"},
		{dob.DMY, "5 lis 1986", "1986-05-10", match.Decline, "ambiguous-order,day-month-swapped", "", "1986-05-10"},
		{dob.DMY, "5 lis 1986", "11/05/1986", match.Decline, "ambiguous-order,day-month-swapped", "", "1986-05-11"},
		{dob.MDY, "5 lis 1986", "05/11/1986", match.Decline, "ambiguous-order,day-month-swapped", "", "1986-05-11"},
		{dob.MDY, "6 lip 1986", "06/07/1986", match.Decline, "ambiguous-order,day-month-swapped", "", "1986-06-07"},
		{dob.Auto, "5 lis 1986", "1986-11-05", match.Approve, "reformatted,ambiguous-order", "1986-11-05", "1986-11-05"},
		{dob.DMY, "5 lis 1986", "05/10/1986", match.Approve, "reformatted,ambiguous-order", "1986-10-05", "1986-10-05"},
		{dob.Auto, "10 lis 1986", "1986-05-10", match.Decline, "different,ambiguous-order", "", "1986-05-10"},
		// A month name of two months against an ambiguous numeric date: readings are paired by position
		// (the lower month with the month-first reading), as they decide today. The pair the position
		// rule keeps apart may agree ("5 lis" read as November, 11/05/1986 read month-first): then the
		// position pair that looks swapped is that agreeing pair's mirror, and saying that day and month
		// appear swapped would be wrong. Neither side shows a reading.
		{dob.Auto, "5 lis 1986", "11/05/1986", match.Decline, "different,ambiguous-order", "", ""},
		{dob.Auto, "5 lis 1986", "05/10/1986", match.Decline, "different,ambiguous-order", "", ""},
		{dob.Auto, "5 listopad 1986", "11/05/1986", match.Decline, "different,ambiguous-order", "", ""},
		{dob.Auto, "5 listopada 1986", "05/10/1986", match.Decline, "different,ambiguous-order", "", ""},
		{dob.Auto, "5 lip 1986", "07/05/1986", match.Decline, "different,ambiguous-order", "", ""},
		{dob.Auto, "6 lip 1986", "07/06/1986", match.Decline, "different,ambiguous-order", "", ""},
		{dob.Auto, "7 srp 1986", "08/07/1986", match.Decline, "different,ambiguous-order", "", ""},
		{dob.Auto, "10 lis 1986", "05/10/1986", match.Decline, "different,ambiguous-order", "", ""},
		{dob.Auto, "5 lis 1986", "10/05/1986", match.Approve, "reformatted,ambiguous-order", "1986-10-05", "1986-10-05"},
		{dob.Auto, "5 lis 1986", "05/11/1986", match.Approve, "reformatted,ambiguous-order", "1986-11-05", "1986-11-05"},
		{dob.Auto, "6 lip 1986", "06/07/1986", match.Approve, "reformatted,ambiguous-order", "1986-07-06", "1986-07-06"},
		// Two month names of two months each: paired by position too (the Croatian readings first).
		{dob.Auto, "7 lip 1986", "6 srp 1986", match.Decline, "ambiguous-order,day-month-swapped", "", ""},
		{dob.Auto, "5 lip 1986", "5 srp 1986", match.Decline, "different,ambiguous-order", "", ""},
		{dob.Auto, "5 lis 1986", "5 listopad 1986", match.Approve, "reformatted,ambiguous-order", "1986-10-05", "1986-10-05"},
	} {
		t.Run(c.order.String()+"/"+strconv.Quote(c.merchant)+"/"+strconv.Quote(c.provider), func(t *testing.T) {
			m := matcher(t, match.Options{DateOrder: c.order})
			a, b := rec("Max", "Mustermann", c.merchant), rec("Max", "Mustermann", c.provider)
			v := m.Compare(a, b)
			f := v.Fields[match.DOB]
			assert.Equal(t, c.decision, v.Decision, v.String())
			assert.Equal(t, c.reasons, f.Reasons.String(), v.String())
			assert.Equal(t, c.merchantDate, dateString(f.MerchantDate), "merchant's date")
			assert.Equal(t, c.providerDate, dateString(f.ProviderDate), "provider's date")
			assertSymmetric(t, m, a, b)
			// The other way round, each side's date stays with its side.
			w := m.Compare(b, a).Fields[match.DOB]
			assert.Equal(t, f.MerchantDate, w.ProviderDate)
			assert.Equal(t, f.ProviderDate, w.MerchantDate)
			if v.Decision != match.Decline {
				return
			}
			// The customer's message shows the provider's value as the provider's and the merchant's as
			// the merchant's: the date when one was shown, else the text as written.
			msg := messages.Render(v, language.English, messages.Options{}).Text
			assert.Contains(t, msg, "Date of birth at the payment provider: "+orText(c.providerDate, c.provider)+". ")
			assert.Contains(t, msg, "Date of birth to compare: "+orText(c.merchantDate, c.merchant)+". ")
		})
	}
}

// dateString is d's String, or "" for the zero Date.
func dateString(d dob.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// orText is date when set, else text.
func orText(date, text string) string {
	if date != "" {
		return date
	}
	return text
}

// ambiguousDOBValues are dates of birth written with a month name (of one month or two), as ambiguous
// and unambiguous numeric dates, ISO and partial, for TestDOBAmbiguousModel's pairs.
var ambiguousDOBValues = []string{
	"5 April 1986", "April 5, 1986", "4 May 1986", "05-Apr-1986", "5. April 1986", "Saturday, 5 April 1986",
	"5 lis 1986", "5 listopad 1986", "5 listopada 1986", "10 lis 1986", "11 lis 1986", "5 lip 1986",
	"6 lip 1986", "7 lip 1986", "6 srp 1986", "7 srp 1986", "8 srp 1986", "środa, 5 lis 1986", "Sunday 04/05/1986",
	"lis 1986", "lip 1986", "Apr 1986", "1986", "04/1986",
	"04/05/1986", "05/04/1986", "4/5/1986", "4-5-1986", "04 05 1986", "05/11/1986", "11/05/1986",
	"10/05/1986", "05/10/1986", "06/07/1986", "07/06/1986", "07/08/1986", "08/07/1986", "06/05/1986",
	"07/05/1986", "05/07/1986", "05/06/1986", "04/06/1986", "10/11/1986", "11/10/1986", "05/05/1986",
	"13/05/1986", "05/13/1986", "04/05/86",
	"1986-05-04", "1986-04-05", "1986-10-05", "1986-05-10", "1986-11-05", "1986-05-11", "1986-07-06",
	"1986-06-07", "05.04.1986", "04.05.1986",
}

// readingsOf is what the model of TestDOBAmbiguousModel knows of a date of birth: its readings under an
// order (one, or two: month-first and day-first of a numeric date, or the two months of a month name)
// and whether they are partial dates.
type readingsOf struct {
	cands   []dob.Date
	partial bool
}

// readDOB reads s as dob.Scan does under o; ok is false for a value with no reading.
func readDOB(s string, o dob.Order) (r readingsOf, ok bool) {
	res := dob.Scan(s, dob.Options{Order: o, Now: now})
	switch res.Reason {
	case "":
		return readingsOf{cands: []dob.Date{res.Date}}, true
	case dob.ReasonAmbiguous:
		return readingsOf{cands: []dob.Date{res.Date, res.Alt}}, true
	case dob.ReasonPartial:
		r = readingsOf{cands: []dob.Date{res.Date}, partial: true}
		if !res.Alt.IsZero() {
			r.cands = append(r.cands, res.Alt)
		}
		return r, true
	}
	return r, false
}

// byOrder reports whether the two readings are a numeric date's month-first and day-first readings
// (day and month exchanged), not a month name's two months (the same day).
func (r readingsOf) byOrder() bool {
	return len(r.cands) == 2 && !r.partial && r.cands[0].Day != r.cands[1].Day
}

// swappedDates reports whether x and y are the same but for day and month exchanged.
func swappedDates(x, y dob.Date) bool {
	return x.Year == y.Year && int(x.Month) == y.Day && x.Day == int(y.Month)
}

// TestDOBAmbiguousModel compares every pair of ambiguousDOBValues, both ways, under every order, with
// a model of POLICY §3 written from the readings dob.Scan gives, and checks the decision, the status,
// the reasons, the dates shown for each side, and the customer message (ISO and long dates) showing
// each side's value under its own label.
//
// The model pairs two sides that both have two readings by position, as the matcher decides today:
// for two ambiguous numeric dates that is the policy's same-order rule (§3); for a month name of two
// months against another side of two readings the policy says nothing, and the decisions are pinned as
// they are. Whatever the pairing, day-month-swapped is never reported when a pair of readings agrees
// that only this pairing keeps apart, except between two numeric dates, where the policy calls
// 04/05/1986 vs 05/04/1986 a day-month swap.
func TestDOBAmbiguousModel(t *testing.T) {
	pairs := 0
	for _, order := range []dob.Order{dob.Auto, dob.MDY, dob.DMY} {
		m := matcher(t, match.Options{DateOrder: order})
		for _, x := range ambiguousDOBValues {
			ra, ok := readDOB(x, order)
			if !ok { // "Sunday 04/05/1986" under MDY: April 5, 1986 was a Saturday
				continue
			}
			for _, y := range ambiguousDOBValues {
				if rb, ok := readDOB(y, order); ok {
					checkDOBModel(t, m, order, x, y, ra, rb)
					pairs++
				}
			}
		}
	}
	assert.Greater(t, pairs, 9000, "pairs checked")
}

// checkDOBModel checks one pair of TestDOBAmbiguousModel.
func checkDOBModel(t *testing.T, m *match.Matcher, order dob.Order, x, y string, ra, rb readingsOf) {
	t.Helper()
	name := order.String() + "/" + strconv.Quote(x) + "/" + strconv.Quote(y)
	v := m.Compare(rec("Max", "Mustermann", x), rec("Max", "Mustermann", y))
	f := v.Fields[match.DOB]
	two := len(ra.cands) == 2 || len(rb.cands) == 2
	// shown is the date a side shows: its one reading, none when it has two.
	shown := func(r readingsOf) dob.Date {
		if len(r.cands) == 1 {
			return r.cands[0]
		}
		return dob.Date{}
	}
	var want match.Reasons
	var status match.Status
	wantM, wantP := shown(ra), shown(rb)
	if ra.partial || rb.partial {
		// Compared at the precision present, any reading with any reading.
		agree := false
		for _, p := range ra.cands {
			for _, q := range rb.cands {
				if p.Year == q.Year && (p.Month == 0 || q.Month == 0 || p.Month == q.Month) {
					agree = true
				}
			}
		}
		status, want = match.StatusPartial, want.With(match.ReasonPartial)
		if !agree {
			status, want = match.StatusMismatch, want.With(match.ReasonDifferent)
		}
	} else {
		paired := func(i, j int) bool { return len(ra.cands) != 2 || len(rb.cands) != 2 || i == j }
		var equal, crossedEqual, swapped bool
		var agreed dob.Date
		for i, p := range ra.cands {
			for j, q := range rb.cands {
				switch {
				case p == q && paired(i, j):
					if !equal {
						agreed = p
					}
					equal = true
				case p == q:
					crossedEqual = true
				case swappedDates(p, q) && paired(i, j):
					swapped = true
				}
			}
		}
		if two {
			want = want.With(match.ReasonAmbiguousOrder)
		}
		switch {
		case equal:
			status, wantM, wantP = match.StatusMatch, agreed, agreed
			if x == y {
				want = want.With(match.ReasonExact)
			} else {
				want = want.With(match.ReasonReformatted)
			}
		case swapped && (!crossedEqual || ra.byOrder() && rb.byOrder()):
			status, want = match.StatusMismatch, want.With(match.ReasonDayMonthSwapped)
		default:
			status, want = match.StatusMismatch, want.With(match.ReasonDifferent)
		}
	}
	decision := match.Approve
	if status == match.StatusMismatch {
		decision = match.Decline
	}
	if !assert.Equal(t, decision, v.Decision, name) ||
		!assert.Equal(t, status, f.Status, name) ||
		!assert.Equal(t, want.String(), f.Reasons.String(), name) ||
		!assert.Equal(t, wantM, f.MerchantDate, name+": merchant's date") ||
		!assert.Equal(t, wantP, f.ProviderDate, name+": provider's date") {
		return
	}
	if decision != match.Decline {
		return
	}
	for _, style := range []messages.DateStyle{messages.DateISO, messages.DateLong} {
		show := func(d dob.Date, raw string) string {
			if d.Day == 0 {
				return raw
			}
			if style == messages.DateLong {
				s, ok := dob.FormatLong(d, "en")
				require.True(t, ok)
				return s
			}
			return d.String()
		}
		msg := messages.Render(v, language.English, messages.Options{DateStyle: style}).Text
		assert.Contains(t, msg, "Date of birth at the payment provider: "+show(wantP, y)+". ", name)
		assert.Contains(t, msg, "Date of birth to compare: "+show(wantM, x)+". ", name)
	}
}
