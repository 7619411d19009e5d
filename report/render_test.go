package report

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// collect runs rows through a Collector under o.
func collect(t testing.TB, rows []row, o match.Options, values bool) *Collector {
	t.Helper()
	o.Now = now
	m, err := match.New(o)
	require.NoError(t, err)
	c := New(m, values)
	// Two tallies, as two workers would: examples must still be the lowest rows.
	t1, t2 := c.Tally(), c.Tally()
	var v match.Verdict
	for i, r := range rows {
		tl := t1
		if i%2 == 1 {
			tl = t2
		}
		tl.Compare(&v, i+1, r.merchant, r.provider)
	}
	t2.Reject("field-count")
	c.Done(t2)
	c.Done(t1)
	return c
}

func render(t *testing.T, c *Collector) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, c.Write(&b, Run{Input: "example.csv", Elapsed: time.Second, Version: "test",
		Settings: []Setting{{"review-band", "0.8"}, {"no-swapped", ""}}}))
	return b.String()
}

// personal returns the raw values of the rows (names of four letters or more, dates, emails).
func personal(rows []row) []string {
	var out []string
	for _, r := range rows {
		for _, rec := range []match.Record{r.merchant, r.provider} {
			for _, s := range []string{rec.FirstName, rec.LastName, rec.DOB, rec.Email} {
				if len([]rune(s)) >= 4 && s != "null" {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// TestWriteNoPersonalData: without values, no name, date of birth or email of the input is in the page.
func TestWriteNoPersonalData(t *testing.T) {
	rows := readExample(t)
	html := render(t, collect(t, rows, match.Options{ReviewBand: 0.8}, false))
	for _, s := range personal(rows) {
		hasNot(t, html, s)
		hasNot(t, html, htmlText(s))
	}
	has(t, html, "No names, dates of birth or emails")
}

// htmlText is how html/template writes s in text.
func htmlText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\'':
			b.WriteString("&#39;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestWriteValues: with values, a few examples per reason appear, escaped, from the lowest rows.
func TestWriteValues(t *testing.T) {
	rows := readExample(t)
	rows = append([]row{{match.Record{FirstName: "<script>alert(1)</script>", LastName: "Xy"},
		match.Record{FirstName: "Bob", LastName: "Xy"}}}, rows...)
	c := collect(t, rows, match.Options{}, true)
	html := render(t, c)
	has(t, html, "contains personal data")
	hasNot(t, html, "<script>")
	has(t, html, "&lt;script&gt;")
	// At most MaxExamples per reason, lowest rows first, whichever tally saw them.
	for k, list := range c.total.examples {
		assert.LessOrEqual(t, len(list), MaxExamples, "%v", k)
		for i := 1; i < len(list); i++ {
			assert.Less(t, list[i-1].Row, list[i].Row)
		}
	}
	ex := c.total.examples[exampleKey{match.Decline, match.FirstName, match.ReasonDifferent}]
	require.NotEmpty(t, ex)
	assert.Equal(t, 1, ex[0].Row)
	has(t, html, "row 1: “<bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi>” / “<bdi>Bob</bdi>”")
	has(t, html, "row "+itoa(ex[1].Row)+": “<bdi>"+htmlText(ex[1].Merchant)+"</bdi>”")
}

func itoa(n int) string { return num(n) }

// TestWriteContent checks the numbers the page shows for the example against the verdicts.
func TestWriteContent(t *testing.T) {
	rows := readExample(t)
	o := match.Options{ReviewBand: 0.8, Now: now}
	c := collect(t, rows, o, false)
	html := render(t, c)
	m, err := match.New(o)
	require.NoError(t, err)
	var dec [4]int
	for _, r := range rows {
		dec[m.Compare(r.merchant, r.provider).Decision]++
	}
	for _, d := range []match.Decision{match.Approve, match.Review, match.Decline} {
		assert.True(t, regexp.MustCompile(`<td>`+d.String()+`</td><td class="n">`+itoa(dec[d])+`</td>`).MatchString(html), "decision %s", d)
	}
	has(t, html, "<code>--review-band 0.8</code>")
	has(t, html, "<code>--no-swapped</code>")
	has(t, html, "field-count 1")
	has(t, html, "0.90 (this run)")
	// The example's one slashed date that reads both ways has no unambiguous slashed date beside it (its
	// 28 day-first dotted dates are no evidence: auto reads dotted dates day-first anyway).
	has(t, html, "Too few unambiguous slashed, dashed or spaced dates (0) to tell the order of the 1 that read both ways.")
	has(t, html, "<strong>1</strong> of the 45 day/month-first numeric dates were read both ways")
	has(t, html, `http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-`)
	for _, id := range []string{"chart-decisions", "chart-sweep", "chart-hist-first_name", "chart-hist-last_name",
		"chart-dob-shapes", "chart-dob-order", "chart-rules", "chart-failing-decline", "chart-reasons-review"} {
		has(t, html, `id="`+id+`"`)
	}
	hasNot(t, html, "<script")
	hasNot(t, html, "http://")
	hasNot(t, html, "https://")
}

// TestSuggestion: an order is suggested only from the slashed, dashed and spaced dates (auto reads
// dotted ones day-first), only when they are one-sided, and never when a date of any shape is written
// the other way (a declared order would make it invalid), or, for mdy, when dotted dates read both ways
// (auto reads them day-first), or when the order reads dates of other shapes (compact and other dates)
// otherwise than auto; a declared order that makes dates invalid or reads some otherwise than auto is
// named, with the right number (1 date, 2 dates).
func TestSuggestion(t *testing.T) {
	slashed := func(side string, day, month, amb int) evidenceRow {
		return evidenceRow{Label: side + " slashed", DayFirst: day, MonthFirst: month, Ambiguous: amb, shape: ShapeSlashed}
	}
	dotted := func(side string, day, month, amb int) evidenceRow {
		return evidenceRow{Label: side + " dotted", DayFirst: day, MonthFirst: month, Ambiguous: amb, shape: ShapeDotted}
	}
	// changed returns the dates of shape sh that mdy and dmy read otherwise than auto.
	changed := func(sh Shape, mdy, dmy int) *[NumShapes][2]int {
		var c [NumShapes][2]int
		c[sh] = [2]int{mdy, dmy}
		return &c
	}
	none := changed(ShapeOther, 0, 0)
	tests := []struct {
		name    string
		rows    []evidenceRow
		changed *[NumShapes][2]int
		used    dob.Order
		want    string
		not     string
	}{
		{"nothing", nil, none, dob.Auto, "", ""},
		{"nothing but other shapes", nil, changed(ShapeOther, 3, 3), dob.Auto, "", ""},
		{"too few", []evidenceRow{slashed("merchant", 5, 0, 3)}, none, dob.Auto, "Too few unambiguous slashed, dashed or spaced dates (5) to tell the order of the 3 that read both ways.", ""},
		{"day first", []evidenceRow{slashed("merchant", 100, 0, 40)}, none, dob.Auto,
			"100% of the 100 unambiguous slashed, dashed or spaced dates (merchant slashed) are day-first and no date is written the other way: consider --date-order dmy, which reads the 40 dates that read both ways day-first.", ""},
		{"month first", []evidenceRow{slashed("provider", 0, 99, 40)}, none, dob.Auto, "consider --date-order mdy", ""},
		{"mixed", []evidenceRow{slashed("merchant", 60, 40, 40)}, none, dob.Auto, "The evidence is mixed: 60% of the 100", ""},
		{"just under one-sided", []evidenceRow{slashed("merchant", 949, 51, 40)}, none, dob.Auto, "The evidence is mixed: 94.9% of the 1,000", ""},
		// A few month-first dates among many day-first ones: dmy reads them as invalid (F5: whether or
		// not auto reads them, 04/31/1986 is no date either way; and 1 date, not 1 dates).
		{"minority", []evidenceRow{slashed("merchant", 97, 3, 40)}, none, dob.Auto,
			"97% of the 100 unambiguous slashed, dashed or spaced dates (merchant slashed) are day-first, but under --date-order dmy 3 dates written month-first are invalid. Keep --date-order auto, or fix those dates at the source.", "consider"},
		{"minority of one", []evidenceRow{slashed("merchant", 99, 1, 40)}, none, dob.Auto, "under --date-order dmy 1 date written month-first is invalid.", "consider"},
		// Dotted dates are not evidence (auto reads them day-first): they do not make slashed ones day-first.
		{"dotted not evidence", []evidenceRow{dotted("merchant", 100, 0, 40), slashed("merchant", 0, 3, 5)}, none, dob.Auto, "Too few unambiguous slashed, dashed or spaced dates (3)", ""},
		{"dotted harm dmy", []evidenceRow{dotted("merchant", 0, 2, 0), slashed("provider", 50, 0, 5)}, none, dob.Auto, "2 dates written month-first are invalid", "consider"},
		{"dotted harm mdy", []evidenceRow{dotted("merchant", 0, 0, 7), slashed("provider", 0, 50, 5)}, none, dob.Auto, "7 dotted dates that auto reads day-first would be read month-first", "consider"},
		{"nothing reads both ways", []evidenceRow{slashed("merchant", 100, 0, 0)}, none, dob.Auto, "No slashed, dashed or spaced date reads both ways: --date-order auto reads every date here one way; keep it.", ""},
		{"nothing reads both ways, other shapes", []evidenceRow{slashed("merchant", 100, 0, 0)}, changed(ShapeOther, 2, 0), dob.Auto,
			"No slashed, dashed or spaced date reads both ways: keep --date-order auto (a declared order would change how some dates of other shapes read", "one way"},
		// F2: dates of other shapes that dmy reads otherwise (4/25/1990, 12:00:00 AM) stop a suggestion
		// of dmy; ones only mdy reads otherwise (5. 4. 1986, day-first under auto) do not.
		{"other shapes harm dmy", []evidenceRow{slashed("merchant", 32, 0, 10)}, changed(ShapeOther, 0, 5), dob.Auto,
			"100% of the 32 unambiguous slashed, dashed or spaced dates (merchant slashed) are day-first, but under --date-order dmy 5 dates of other shapes (other or unrecognised: 5) would be read differently. Keep --date-order auto, or fix those dates at the source.", "consider"},
		{"other shape harm mdy", []evidenceRow{slashed("merchant", 0, 32, 10)}, changed(ShapeMonthName, 1, 0), dob.Auto,
			"under --date-order mdy 1 date of another shape (month in letters: 1) would be read differently.", "consider"},
		{"other shapes no harm to dmy", []evidenceRow{slashed("merchant", 32, 0, 10)}, changed(ShapeOther, 5, 0), dob.Auto, "consider --date-order dmy", ""},
		// F4: compact dates that are no YYYYMMDD, which dmy reads as DDMMYYYY.
		{"compact harm dmy", []evidenceRow{slashed("merchant", 32, 0, 10), slashed("provider", 0, 1, 0)}, changed(ShapeCompact, 0, 2), dob.Auto,
			"but under --date-order dmy 1 date written month-first is invalid and 2 compact dates with no valid YYYYMMDD would be read as DDMMYYYY.", "consider"},
		{"already used", []evidenceRow{slashed("merchant", 100, 0, 40)}, none, dob.DMY, "Every unambiguous day/month-first date agrees with --date-order dmy, which the run used.", ""},
		{"used makes invalid", []evidenceRow{slashed("merchant", 100, 0, 40), dotted("provider", 0, 4, 0)}, none, dob.DMY, "4 dates are written month-first, which --date-order dmy reads as invalid: consider --date-order auto", ""},
		{"used makes one invalid", []evidenceRow{slashed("merchant", 100, 0, 40), dotted("provider", 0, 1, 0)}, none, dob.DMY, "1 date is written month-first, which --date-order dmy reads as invalid", ""},
		// F3: dotted dates with both numbers 1-12 were read month-first by mdy (auto: day-first).
		{"used mdy reads dotted month-first", []evidenceRow{slashed("merchant", 0, 100, 40), dotted("provider", 0, 0, 7)}, none, dob.MDY,
			"7 dotted dates, which auto reads day-first, were read month-first by --date-order mdy: consider --date-order auto, or fix them at the source.", "agrees"},
		{"used mdy reads one dotted month-first", []evidenceRow{dotted("provider", 0, 3, 1)}, none, dob.MDY, "1 dotted date, which auto reads day-first, was read month-first by --date-order mdy", "agrees"},
		{"used dmy reads dotted day-first", []evidenceRow{slashed("merchant", 100, 0, 40), dotted("provider", 0, 0, 7)}, none, dob.DMY, "agrees with --date-order dmy", ""},
		{"used reads other shapes otherwise", []evidenceRow{slashed("merchant", 100, 0, 40)}, changed(ShapeOther, 0, 3), dob.DMY,
			"3 dates of other shapes (other or unrecognised: 3) were read differently by --date-order dmy than by auto: consider --date-order auto", "agrees"},
		{"used reads compact otherwise", nil, changed(ShapeCompact, 0, 1), dob.DMY, "1 compact date with no valid YYYYMMDD was read as DDMMYYYY by --date-order dmy: consider --date-order auto", ""},
		{"used mdy, dmy reads otherwise", []evidenceRow{slashed("merchant", 0, 100, 40)}, changed(ShapeOther, 0, 3), dob.MDY, "agrees with --date-order mdy", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := suggestion(tt.rows, tt.changed, tt.used)
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Contains(t, got, tt.want)
			if tt.not != "" {
				assert.NotContains(t, got, tt.not)
			}
		})
	}
}

// TestWriteDateOrderSafety runs the reviewer's cases through a Collector and the page: dates that
// package dob reads otherwise under a declared order though ClassifyDOB tells no order for them (F2: a
// time after a comma; F4: eight digits DDMMYYYY), dotted dates mdy reads month-first (F3) and a
// month-first date that is no date under any order (F5). Each case first shows, with match itself,
// that the order changes decisions the page must not call safe.
func TestWriteDateOrderSafety(t *testing.T) {
	rec := func(dob string) match.Record { return match.Record{FirstName: "Max", LastName: "Mustermann", DOB: dob} }
	// evidence: 32 day-first slashed merchant dates and 10 that read both ways, against ISO dates.
	evidence := func() []row {
		var rows []row
		for i := range 32 {
			d := 13 + i%15
			rows = append(rows, row{rec(fmt.Sprintf("%02d/03/1980", d)), rec(fmt.Sprintf("1980-03-%02d", d))})
		}
		for i := range 10 {
			rows = append(rows, row{rec(fmt.Sprintf("%02d/04/1981", i+1)), rec(fmt.Sprintf("1981-04-%02d", i+1))})
		}
		return rows
	}
	decisions := func(rows []row, o dob.Order) (n [4]int) {
		m, err := match.New(match.Options{Now: now, DateOrder: o})
		require.NoError(t, err)
		for _, r := range rows {
			n[m.Compare(r.merchant, r.provider).Decision]++
		}
		return n
	}
	t.Run("F2 time after a comma", func(t *testing.T) {
		rows := evidence()
		var js []row
		for i := range 5 {
			js = append(js, row{rec(fmt.Sprintf("1990-04-%d", 21+i)), rec(fmt.Sprintf("4/%d/1990, 12:00:00 AM", 21+i))})
		}
		require.Equal(t, 5, decisions(js, dob.Auto)[match.Approve])
		require.Equal(t, 5, decisions(js, dob.DMY)[match.Decline])
		html := render(t, collect(t, append(rows, js...), match.Options{}, false))
		hasNot(t, html, "consider --date-order dmy")
		has(t, html, "but under --date-order dmy 5 dates of other shapes (other or unrecognised: 5) would be read differently.")
		has(t, html, `<tr><td>other or unrecognised, under --date-order dmy</td><td class="n">0</td><td class="n">5</td></tr>`)
		// Without them, the same evidence suggests dmy.
		has(t, render(t, collect(t, rows, match.Options{}, false)), "consider --date-order dmy")
	})
	t.Run("F4 compact DDMMYYYY", func(t *testing.T) {
		rows := evidence()
		compact := []row{{rec("20041990"), rec("1990-04-20")}, {rec("19860405"), rec("1986-04-05")}}
		require.Equal(t, [4]int{match.Approve: 1, match.Decline: 1}, decisions(compact, dob.Auto))
		require.Equal(t, 2, decisions(compact, dob.DMY)[match.Approve])
		html := render(t, collect(t, append(rows, compact...), match.Options{}, false))
		hasNot(t, html, "consider --date-order dmy")
		has(t, html, "1 compact date with no valid YYYYMMDD would be read as DDMMYYYY")
		has(t, html, `<tr><td>compact YYYYMMDD, under --date-order dmy</td><td class="n">1</td><td class="n">0</td></tr>`)
	})
	t.Run("F3 dotted under mdy", func(t *testing.T) {
		rows := []row{{rec("04/25/1990"), rec("1990-04-25")}, {rec("05.04.1986"), rec("1986-04-05")}}
		require.Equal(t, 1, decisions(rows[1:], dob.MDY)[match.Decline])
		html := render(t, collect(t, rows, match.Options{DateOrder: dob.MDY}, false))
		hasNot(t, html, "Every unambiguous day/month-first date agrees")
		has(t, html, "1 dotted date, which auto reads day-first, was read month-first by --date-order mdy: consider --date-order auto")
	})
	t.Run("F5 invalid either way", func(t *testing.T) {
		// 04/31/1986 is no date in either order (April has 30 days): it is no evidence of month-first
		// dates, and dmy declines it no more than auto does, so the page may suggest dmy.
		rows := append(evidence(), row{rec("04/31/1986"), rec("1986-04-30")})
		require.Equal(t, 1, decisions(rows[len(rows)-1:], dob.Auto)[match.Decline])
		require.Equal(t, decisions(rows, dob.Auto)[match.Decline], decisions(rows, dob.DMY)[match.Decline])
		html := render(t, collect(t, rows, match.Options{}, false))
		has(t, html, "are day-first and no date is written the other way: consider --date-order dmy")
		hasNot(t, html, "written month-first is invalid")
		hasNot(t, html, "would become invalid")
	})
}

func TestNum(t *testing.T) {
	for in, want := range map[int]string{0: "0", 12: "12", 999: "999", 1000: "1,000", 1234567: "1,234,567", -1234: "-1,234"} {
		assert.Equal(t, want, num(in))
	}
}

// has and hasNot check a page for a string without printing the whole page on failure.
func has(t *testing.T, html, s string) {
	t.Helper()
	if !strings.Contains(html, s) {
		t.Errorf("the page does not contain %q", s)
	}
}

func hasNot(t *testing.T, html, s string) {
	t.Helper()
	if i := strings.Index(html, s); i >= 0 {
		t.Errorf("the page contains %q: …%s…", s, html[max(0, i-80):min(len(html), i+len(s)+80)])
	}
}

// TestWriteEmpty: a run without rows still gives a page, which says so instead of drawing empty charts.
func TestWriteEmpty(t *testing.T) {
	m, err := match.New(match.Options{Now: now})
	require.NoError(t, err)
	c := New(m, false)
	html := render(t, c)
	has(t, html, "No row was evaluated.")
	hasNot(t, html, "<svg")
}

// TestWriteMonthLanguages: month-name dates are counted by the language of their month word, per side.
func TestWriteMonthLanguages(t *testing.T) {
	rec := func(dob string) match.Record { return match.Record{FirstName: "Max", LastName: "Mustermann", DOB: dob} }
	rows := []row{
		{rec("5. März 1986"), rec("1986-03-05")},
		{rec("5 avril 1986"), rec("5 April 1986")},
		{rec("05.04.1986"), rec("5 listopada 1986")},
	}
	html := render(t, collect(t, rows, match.Options{}, false))
	has(t, html, "Month names by language")
	for _, row := range []string{
		`<tr><td>de</td><td class="n">1</td><td class="n">1</td></tr>`, // März; April (shared with en, nl, …)
		`<tr><td>fr</td><td class="n">1</td><td class="n">0</td></tr>`, // avril
		`<tr><td>pl</td><td class="n">0</td><td class="n">1</td></tr>`, // listopada
		`<tr><td>en</td><td class="n">0</td><td class="n">1</td></tr>`, // April
	} {
		has(t, html, row)
	}
}

// TestRulesTransliterated: an approval through a transliteration counts as needing a tolerance (the page
// said that every approved field was equal as written), with the option that turns it off.
func TestRulesTransliterated(t *testing.T) {
	rows := []row{{
		merchant: match.Record{FirstName: "Ivan", LastName: "Petrov", DOB: "1980-01-02"},
		provider: match.Record{FirstName: "Иван", LastName: "Петров", DOB: "1980-01-02"},
	}}
	c := collect(t, rows, match.Options{Transliterate: true, Now: now}, false)
	html := render(t, c)
	hasNot(t, html, "No approval needed a tolerance")
	has(t, html, "<td>transliterated</td>")
	has(t, html, "<code>leave out --transliterate</code>")
}

// TestHistogramLowThreshold: a threshold and review band below 0.50 are drawn at the histogram's left
// edge, not at a negative x outside the chart.
func TestHistogramLowThreshold(t *testing.T) {
	var h [HistBins]int
	h[30], h[70], h[HistBins-1] = 2, 3, 5
	var status [8]int
	g := newHistogram(match.FirstName, &h, &status, 0.4, 0.2)
	assert.Equal(t, f1(histLeft), g.LineX)
	assert.Equal(t, f1(histLeft), g.BandAt)
	g = newHistogram(match.FirstName, &h, &status, 0.9, 0.8)
	assert.Equal(t, f1(histX(0.9)), g.LineX)
	assert.Equal(t, f1(histX(0.8)), g.BandAt)
}

// TestValuesHidden: with values on, an example's hidden characters are written out as <U+XXXX>, so a
// right-to-left override in a name cannot reorder the line on the page, and each value is isolated in a
// <bdi>.
func TestValuesHidden(t *testing.T) {
	rows := []row{{
		merchant: match.Record{FirstName: "\u202eevil", LastName: "Mustermann"},
		provider: match.Record{FirstName: "Zed\u200b", LastName: "Mustermann"},
	}}
	html := render(t, collect(t, rows, match.Options{Now: now}, true))
	has(t, html, "row 1: “<bdi>&lt;U&#43;202E&gt;evil</bdi>” / “<bdi>Zed&lt;U&#43;200B&gt;</bdi>”")
	hasNot(t, html, "\u202e")
	hasNot(t, html, "\u200b")
}

// TestHistogramOffGridThreshold: the bin that holds a threshold off the 0.01 grid says so (its colour is
// that of its lower end, though some of its scores match).
func TestHistogramOffGridThreshold(t *testing.T) {
	var h [HistBins]int
	h[85], h[90] = 2, 3
	var status [8]int
	g := newHistogram(match.FirstName, &h, &status, 0.855, 0)
	var labels []string
	for _, r := range g.Rows {
		labels = append(labels, r.Label)
	}
	assert.Contains(t, labels, "0.85–0.86 (holds the threshold 0.855: scores on both sides)")
	assert.Contains(t, labels, "0.90–0.91")
	g = newHistogram(match.FirstName, &h, &status, 0.9, 0)
	for _, r := range g.Rows {
		assert.NotContains(t, r.Label, "holds", "a threshold on the grid is a bin's edge")
	}
}

// TestWriteRulesPerApproval: the tolerances chart counts approvals, not fields: an approval that uses a
// tolerance in two fields (accents in both names; the swapped rule, which puts its reason on both)
// counts once, whether it is counted as a common approval (with a date of birth) or field by field
// (without), and no share exceeds 100%.
func TestWriteRulesPerApproval(t *testing.T) {
	rec := func(first, last, dob string) match.Record {
		return match.Record{FirstName: first, LastName: last, DOB: dob}
	}
	tests := []struct {
		name  string
		rows  []row
		want  map[match.Reason]int
		share string
	}{
		{"accents in both names", []row{
			{rec("José", "Pérez", ""), rec("Jose", "Perez", "")},
			{rec("Renée", "Gaëlle", ""), rec("Renee", "Gaelle", "")},
		}, map[match.Reason]int{match.ReasonAccents: 2}, "100.0%"},
		{"accents and swapped, with and without a date of birth", []row{
			{rec("José", "Pérez", ""), rec("Jose", "Perez", "")},
			{rec("Renée", "Gaëlle", "1986-04-05"), rec("Renee", "Gaelle", "1986-04-05")},
			{rec("Max", "Mustermann", ""), rec("Mustermann", "Max", "")},
			{rec("Max", "Mustermann", "1986-04-05"), rec("Mustermann", "Max", "1986-04-05")},
			{rec("Anna", "Schmidt", "1990-01-02"), rec("Anna", "Schmidt", "1990-01-02")},
		}, map[match.Reason]int{match.ReasonAccents: 2, match.ReasonSwapped: 2}, "40.0%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := collect(t, tt.rows, match.Options{}, false)
			require.Equal(t, len(tt.rows), c.total.decisions[match.Approve])
			html := render(t, c)
			i := strings.Index(html, `id="chart-rules"`)
			require.GreaterOrEqual(t, i, 0)
			rules := html[i:]
			rules = rules[:strings.Index(rules, "</table>")]
			has(t, rules, "How many of the "+itoa(len(tt.rows))+" approvals used each tolerance in a deciding field")
			has(t, rules, `<th class="n">approvals</th>`)
			for r, n := range tt.want {
				assert.Equal(t, n, c.total.approvals[r], "%v", r)
				has(t, rules, `<tr><td>`+r.String()+`</td><td class="n">`+itoa(n)+`</td><td class="n">`+tt.share+`</td>`)
			}
			for _, m := range regexp.MustCompile(`([0-9.]+)%`).FindAllStringSubmatch(rules, -1) {
				share, err := strconv.ParseFloat(m[1], 64)
				require.NoError(t, err)
				assert.LessOrEqual(t, share, 100.0, "share %s", m[0])
			}
		})
	}
}
