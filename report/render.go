package report

import (
	"cmp"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/internal/textrule"
	"github.com/custmatch/custmatch/match"
)

// Run describes the batch run a report is about: what the Collector cannot see for itself.
type Run struct {
	// Input is the name of the input (a file's base name, or "stdin").
	Input string
	// Settings are the options given on the command line that differ from the defaults, as name and
	// value, in the order to show them.
	Settings []Setting
	// Elapsed is the run's wall-clock time.
	Elapsed time.Duration
	// Version is the custmatch version (module version or VCS revision).
	Version string
	// Stopped, when not empty, says why the run stopped before the end of the input.
	Stopped string
	// Generated is when the report was written; the zero value leaves it out (reproducible output).
	Generated time.Time
}

// Setting is one non-default option of a run: the flag's name without dashes, and its value as given
// ("" for a boolean flag set to true).
type Setting struct{ Name, Value string }

// Flag returns the setting's flag as a user types it: -o for a one-letter name, --threshold otherwise.
func (s Setting) Flag() string {
	if utf8.RuneCountInString(s.Name) == 1 {
		return "-" + s.Name
	}
	return "--" + s.Name
}

//go:embed report.css
var css string

//go:embed report.html.tmpl
var page string

// csp is the page's Content Security Policy: nothing may be loaded, no script may run, and only the
// report's own stylesheet (by hash) applies.
var csp = "default-src 'none'; style-src 'sha256-" + hashOf(css) + "'; img-src 'none'; script-src 'none'; form-action 'none'; base-uri 'none'"

func hashOf(s string) string {
	h := sha256.Sum256([]byte(s))
	return base64.StdEncoding.EncodeToString(h[:])
}

// tmpl returns the page's template, parsed on first use: most processes never write a page.
var tmpl = sync.OnceValue(newPage)

// newPage parses the page's template. It calls no function: the view brings every number formatted.
func newPage() *template.Template {
	return template.Must(template.New("report").Parse(page))
}

// Prepare readies the page template: it parses it and has html/template work out the escaping of
// every action (which it otherwise does on the first Write of a process), so that a later Write only
// executes it. Write does all this itself when needed: Prepare only lets a program do the work earlier,
// for example in a goroutine of its own while a batch's rows are compared, instead of at the end of the
// run. It is synchronous, idempotent and safe for concurrent use, also with Write (html/template
// serializes the escaping: a Write that starts meanwhile waits for it). The error is that of a broken
// template, which Write would return too.
func Prepare() error { return prepare(tmpl()) }

// prepare readies t for Execute. html/template offers no other way to run its escaping than an
// execution: that of an empty page, thrown away (it also warms up the execution's own code paths).
func prepare(t *template.Template) error { return t.Execute(io.Discard, &view{}) }

// f1 formats a number with one decimal: an SVG coordinate or length, a histogram's tick.
func f1(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

// f2 formats a threshold of the sweep with two decimals.
func f2(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

// num formats n with thousands separators: 1,234,567.
func num(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// pct formats n/of as a percentage with one decimal ("–" when of is 0).
func pct(n, of int) string {
	if of == 0 {
		return "–"
	}
	return strconv.FormatFloat(100*float64(n)/float64(of), 'f', 1, 64) + "%"
}

// Write renders the report of everything added so far as one self-contained HTML page: inline CSS and
// SVG, no script, nothing loaded from elsewhere (a Content Security Policy forbids it). Values from the
// input appear only when the Collector was made with values on. Write must not run concurrently with
// Done.
func (c *Collector) Write(w io.Writer, run Run) error {
	return tmpl().Execute(w, c.view(run))
}

// view is what the template renders. Its numbers, and those of the types it holds, are formatted when
// it is built: the template only inserts strings (and tests some ints and bools), which keeps its
// execution cheap.
type view struct {
	CSP      string
	CSS      template.CSS
	Run      Run
	Policy   string
	Rejected []countRow

	Rows, Eval, RejTotal string // rows read, evaluated, rejected

	Decisions  chart
	Failing    [2]section
	Hist       [2]histogram
	Sweep      sweepView
	DOB        dobView
	Rules      chart
	Values     bool
	Thresholds string
}

// countRow is one row of a count table: a count (for sorting) and the count and its share as shown.
type countRow struct {
	Label string
	Count int
	N     string // Count as shown
	Share string
}

// counted returns the row of label with n, whose share of of is filled in unless of is negative (then
// the caller fills it in once the total is known).
func counted(label string, n, of int) countRow {
	r := countRow{Label: label, Count: n, N: num(n)}
	if of >= 0 {
		r.Share = pct(n, of)
	}
	return r
}

// chart is a horizontal bar chart and the table behind it.
type chart struct {
	ID, Title, Desc string
	Head            head
	Notes           bool // the table has a switch column (the rows have a Note)
	Rows            []barRow
	Height          string
}

// head is a count table's column heads.
type head struct{ Label, Count, Share string }

// barRow is one bar: its table row and its geometry in the SVG. Its fields are its own (no embedded
// countRow): text/template looks a promoted field up the slow way, at every use.
type barRow struct {
	Label, N, Share string
	Count           int
	Tip, Value      string // the bar's tooltip (label, count and share) and its text (count and share)
	Class           string
	Y, W, TX        string // geometry, filled in by newChart
	Note            string
	Examples        []example
}

// bar returns the bar of a count row, in class ("" for the default colour).
func bar(r countRow, class string) barRow {
	return barRow{Label: r.Label, N: r.N, Share: r.Share, Count: r.Count, Class: class,
		Tip: r.Label + ": " + r.N + " (" + r.Share + ")", Value: r.N + " · " + r.Share}
}

// example is an Example as shown.
type example struct{ Row, Merchant, Provider string }

const (
	chartW    = 480.0 // SVG width of every chart (user units)
	labelW    = 190.0 // label column of bar charts
	barMax    = 170.0 // longest bar (room for its value on the right)
	barH      = 18.0
	barGap    = 6.0
	chartTop  = 4.0
	textShift = 13.0
)

// newChart lays out rows as horizontal bars scaled to the largest count.
func newChart(id, title, desc string, h head, rows []barRow) chart {
	most := 0
	for _, r := range rows {
		most = max(most, r.Count)
	}
	if most == 0 {
		rows = nil // nothing to draw: the page says so instead of showing an empty chart
	}
	for i := range rows {
		r := &rows[i]
		y := chartTop + float64(i)*(barH+barGap)
		w := 0.0
		if most > 0 {
			w = barMax * float64(r.Count) / float64(most)
		}
		if r.Count > 0 {
			w = max(w, 1.5)
		}
		r.Y, r.W, r.TX = f1(y), f1(w), f1(labelW+w+6)
		if r.Class == "" {
			r.Class = "bar"
		}
	}
	return chart{ID: "chart-" + id, Title: title, Desc: desc, Head: h, Notes: len(rows) > 0 && rows[0].Note != "", Rows: rows,
		Height: strconv.Itoa(int(chartTop*2 + float64(len(rows))*(barH+barGap)))}
}

// section is the failing fields and top reasons of declines or reviews.
type section struct {
	Name    string
	Count   int
	N       string // Count as shown
	Fields  chart
	Reasons chart
}

var decisionOrder = [3]match.Decision{match.Approve, match.Review, match.Decline}

func (c *Collector) view(run Run) *view {
	t := &c.total
	v := &view{CSP: csp, CSS: template.CSS(css), Run: run, Policy: match.PolicyVersion, Values: c.values}
	eval, rejected := 0, 0
	for _, n := range t.decisions {
		eval += n
	}
	for r, n := range t.rejected {
		v.Rejected = append(v.Rejected, counted(r, n, -1))
		rejected += n
	}
	slices.SortFunc(v.Rejected, func(a, b countRow) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Label, b.Label))
	})
	rows := eval + rejected
	for i := range v.Rejected {
		v.Rejected[i].Share = pct(v.Rejected[i].Count, rows)
	}
	v.Rows, v.Eval, v.RejTotal = num(rows), num(eval), num(rejected)

	var dec []barRow
	for _, d := range decisionOrder {
		dec = append(dec, bar(counted(d.String(), t.decisions[d], eval), "bar "+d.String()))
	}
	v.Decisions = newChart("decisions", "Decisions", fmt.Sprintf("Decisions of the %s evaluated rows.", v.Eval),
		head{"decision", "rows", "share of evaluated rows"}, dec)

	for k, d := range [2]match.Decision{match.Decline, match.Review} {
		s := &v.Failing[k]
		s.Name, s.Count = d.String()+"s", t.decisions[d]
		s.N = num(s.Count)
		var fields, reasons []barRow
		for f := range match.Field(match.NumFields) {
			if n := t.failing[k][f]; n > 0 {
				fields = append(fields, bar(counted(f.String(), n, s.Count), "bar "+d.String()))
			}
			for r := range match.Reason(numReasons) {
				if n := t.reasons[k][f][r]; n > 0 {
					br := bar(counted(f.String()+": "+r.String(), n, s.Count), "bar "+d.String())
					if c.values {
						// Shown with hidden characters written out: a bidi override in a name must not
						// reorder the line on the page (JSON output escapes them for the same reason).
						for _, e := range t.examples[exampleKey{d, f, r}] {
							br.Examples = append(br.Examples, example{Row: strconv.Itoa(e.Row), Merchant: textrule.Visible(e.Merchant), Provider: textrule.Visible(e.Provider)})
						}
					}
					reasons = append(reasons, br)
				}
			}
		}
		slices.SortStableFunc(fields, func(a, b barRow) int { return cmp.Compare(b.Count, a.Count) })
		slices.SortStableFunc(reasons, func(a, b barRow) int { return cmp.Compare(b.Count, a.Count) })
		if len(reasons) > 10 {
			reasons = reasons[:10]
		}
		s.Fields = newChart("failing-"+d.String(), "Failing fields of "+s.Name,
			fmt.Sprintf("How often each field failed in the %s %s (a row can fail on several fields).", s.N, s.Name),
			head{"field", "rows", "share of " + s.Name}, fields)
		s.Reasons = newChart("reasons-"+d.String(), "Top reasons of "+s.Name,
			fmt.Sprintf("The most frequent reasons of the failing fields in the %s %s, by field.", s.N, s.Name),
			head{"field: reason", "rows", "share of " + s.Name}, reasons)
	}

	band := c.run.Options().ReviewBand
	for k, f := range [2]match.Field{match.FirstName, match.LastName} {
		v.Hist[k] = newHistogram(f, &t.hist[k], &t.nameStatus[k], c.run.Threshold(f), band)
	}
	v.Thresholds = thresholdText(c.run)
	v.Sweep = newSweepView(c, t)
	v.DOB = newDOBView(c, t)

	var rules []barRow
	approved := t.decisions[match.Approve]
	for r := range match.Reason(numReasons) {
		n := t.approvals[r]
		if n == 0 || !isTolerance(r) {
			continue
		}
		br := bar(counted(r.String(), n, approved), "bar approve")
		br.Note = ruleSwitch(r)
		rules = append(rules, br)
	}
	slices.SortStableFunc(rules, func(a, b barRow) int { return cmp.Compare(b.Count, a.Count) })
	v.Rules = newChart("rules", "Tolerances the approvals needed",
		fmt.Sprintf("How many of the %s approvals used each tolerance in a deciding field: an upper bound of the approvals that turning the rule off would cost.", num(approved)),
		head{"tolerance (reason)", "approvals", "share of approvals"}, rules)
	return v
}

// thresholdText describes the run's thresholds.
func thresholdText(m *match.Matcher) string {
	f, l := m.Threshold(match.FirstName), m.Threshold(match.LastName)
	s := "threshold " + strconv.FormatFloat(f, 'f', -1, 64)
	if f != l {
		s = "first-name threshold " + strconv.FormatFloat(f, 'f', -1, 64) + ", last-name threshold " + strconv.FormatFloat(l, 'f', -1, 64)
	}
	if b := m.Options().ReviewBand; b > 0 {
		s += ", review band from " + strconv.FormatFloat(b, 'f', -1, 64)
	}
	return s
}

// isTolerance reports whether r is a reason a field matched for although the values differ (every
// match reason but exact).
func isTolerance(r match.Reason) bool {
	switch r {
	case match.ReasonCase, match.ReasonAccents, match.ReasonSharpS, match.ReasonLetters, match.ReasonUmlautSpelling,
		match.ReasonPunctuation, match.ReasonSpacing, match.ReasonTitle, match.ReasonInvisible, match.ReasonCompat,
		match.ReasonFuzzy, match.ReasonExtraNames, match.ReasonInitials, match.ReasonSwapped, match.ReasonSplit,
		match.ReasonReformatted, match.ReasonAmbiguousOrder, match.ReasonTransliterated:
		return true
	}
	return false
}

// ruleSwitch names the option that turns the rule behind r off.
func ruleSwitch(r match.Reason) string {
	switch r {
	case match.ReasonUmlautSpelling:
		return "--no-umlaut-spelling"
	case match.ReasonSpacing:
		return "--no-spacing"
	case match.ReasonExtraNames:
		return "--no-extra-names"
	case match.ReasonInitials:
		return "--no-initials"
	case match.ReasonSwapped:
		return "--no-swapped"
	case match.ReasonSplit:
		return "--no-split"
	case match.ReasonFuzzy:
		return "--threshold 1"
	case match.ReasonAmbiguousOrder:
		return "--date-order mdy|dmy"
	case match.ReasonReformatted:
		return "always on (date formats)"
	case match.ReasonTransliterated:
		return "leave out --transliterate"
	}
	return "always on (normalization)"
}

// histogram is the score distribution of one name field.
type histogram struct {
	ID, Title, Desc string
	Bars            []histBar
	Rows            []countRow
	Exact, Scored   int
	Below           int // scores below histLow
	Unscored        []countRow
	ThLabelEnd      bool // the threshold label sits left of the line (near the right edge)
	// LineX is the threshold line's x as drawn; BandAt and BandW the review band's x and width as
	// drawn, empty when no band.
	LineX, BandAt, BandW string
	Threshold            string // as the chart writes it (shortest 'g', as fmt's %v)
	Ticks                []tick
}

// histBar is one bar of a histogram, as drawn.
type histBar struct {
	X, Y, H string
	Class   string
	Tip     string // its bin and count
}

// tick is a label on a chart's axis: its position (x or y) as drawn, and its text.
type tick struct {
	X     string
	Label string
}

const (
	histLow    = 50 // the first drawn bin (score 0.50); lower scores share one bar
	histH      = 160.0
	histLeft   = 40.0
	histRight  = 470.0
	histBottom = 170.0
)

// histX returns the x position of score s (0.50…1.00) in the histogram; the bar of scores below 0.50
// sits left of 0.50.
func histX(s float64) float64 {
	return histLeft + histGap*histBinW + (s-0.5)*100*histBinW
}

// histGap is the room, in bins, between the bar of low scores and the 0.50 bin; histBinW the width of
// a bin.
const (
	histGap  = 4
	histBinW = (histRight - histLeft) / float64(HistBins-1-histLow+histGap)
)

func newHistogram(f match.Field, h *[HistBins]int, status *[8]int, th, band float64) histogram {
	g := histogram{ID: "chart-hist-" + f.String(), Threshold: strconv.FormatFloat(th, 'g', -1, 64)}
	g.Exact = h[HistBins-1]
	for i := range h {
		g.Scored += h[i]
	}
	for i := range histLow {
		g.Below += h[i]
	}
	most := g.Below
	for i := histLow; i < HistBins-1; i++ {
		most = max(most, h[i])
	}
	binW := histBinW
	cls := func(lo float64) string {
		switch {
		case lo >= th-1e-9:
			return "bar approve"
		case band > 0 && lo >= band-1e-9:
			return "bar review"
		}
		return "bar decline"
	}
	addBar := func(x float64, n int, class, label string) {
		if n == 0 {
			return
		}
		hgt := histH * float64(n) / float64(max(most, 1))
		hgt = max(hgt, 1.5)
		x = min(x, histRight-binW)
		g.Bars = append(g.Bars, histBar{X: f1(x), Y: f1(histBottom - hgt), H: f1(hgt), Class: class, Tip: label + ": " + num(n)})
	}
	addBar(histLeft, g.Below, "bar decline", "below 0.50")
	if g.Below > 0 {
		g.Rows = append(g.Rows, counted("below 0.50", g.Below, g.Scored))
	}
	// inside reports whether x falls strictly inside the bin from lo: a threshold or band off the 0.01
	// grid, whose bin holds scores on both sides of it (its colour is that of its lower end).
	inside := func(x, lo float64) bool { return x > lo+1e-9 && x < lo+0.01-1e-9 }
	for i := histLow; i < HistBins-1; i++ {
		lo := float64(i) / 100
		label := fmt.Sprintf("%.2f–%.2f", lo, lo+0.01)
		switch {
		case inside(th, lo):
			label += " (holds the threshold " + strconv.FormatFloat(th, 'f', -1, 64) + ": scores on both sides)"
		case band > 0 && inside(band, lo):
			label += " (holds the review band's edge " + strconv.FormatFloat(band, 'f', -1, 64) + ": scores on both sides)"
		}
		addBar(histX(lo)+0.5, h[i], cls(lo), label)
		if h[i] > 0 {
			g.Rows = append(g.Rows, counted(label, h[i], g.Scored))
		}
	}
	g.Rows = append(g.Rows, counted("1.00 (equal)", g.Exact, g.Scored))
	// A threshold or band below 0.50 is drawn at the chart's left edge (the bar of lower scores), not
	// outside it.
	thX := max(histX(th), histLeft)
	g.ThLabelEnd = thX > 400
	g.LineX = f1(thX)
	if band > 0 {
		bandX := max(histX(band), histLeft)
		g.BandAt, g.BandW = f1(bandX), f1(thX-bandX)
	}
	for _, s := range []float64{0.5, 0.6, 0.7, 0.8, 0.9, 1.0} {
		g.Ticks = append(g.Ticks, tick{f1(histX(s)), f1(s)})
	}
	for _, st := range []match.Status{match.StatusMissing, match.StatusUnusable} {
		if n := status[st]; n > 0 {
			g.Unscored = append(g.Unscored, counted(st.String(), n, -1))
		}
	}
	g.Title = "Scores of " + f.String()
	g.Desc = fmt.Sprintf("Histogram of the best-form similarity of %s over %s scored rows, in bins of 0.01 from 0.50 "+
		"(lower scores in one bar); %s rows scored 1.00 (equal forms) and are not drawn. The line marks the threshold %s",
		f.String(), num(g.Scored), num(g.Exact), strconv.FormatFloat(th, 'f', -1, 64))
	if band > 0 {
		g.Desc += "; the shaded area is the review band from " + strconv.FormatFloat(band, 'f', -1, 64)
	}
	g.Desc += "."
	return g
}

// sweepView is the threshold sweep chart and table.
type sweepView struct {
	ID, Title, Desc string
	Points          []sweepPoint
	Anchored        bool   // one of the points is the run's threshold and band
	Dependent       string // rows whose decision can change within the sweep
	Total           int
	Ticks           []tick
}

// sweepPoint is one threshold of the sweep, as shown: its counts, its stacked bars' geometry and
// tooltip.
type sweepPoint struct {
	Threshold                string
	X                        string
	Approve, Review, Decline string
	AY, AH, RY, RH, DY, DH   string
	Tip                      string
	Run                      bool
	DeltaApprove             string
}

const (
	sweepTop    = 10.0
	sweepH      = 170.0
	sweepLeft   = 44.0
	sweepBarW   = 30.0
	sweepStride = 38.0
)

func newSweepView(c *Collector, t *counts) sweepView {
	anchor := c.sweep.anchor
	s := sweepView{ID: "chart-sweep", Title: "Threshold sweep", Anchored: anchor >= 0, Dependent: num(t.dependent)}
	total := 0
	for _, n := range t.sweep[0] {
		total += n
	}
	s.Total = total
	base := -1
	if anchor >= 0 {
		base = t.sweep[anchor][match.Approve]
	}
	for i := range NumSweep {
		a, r, d := t.sweep[i][match.Approve], t.sweep[i][match.Review], t.sweep[i][match.Decline]
		var ah, rh, dh float64
		if total > 0 {
			scale := sweepH / float64(total)
			ah, rh, dh = float64(a)*scale, float64(r)*scale, float64(d)*scale
		}
		ay := sweepTop + sweepH - ah
		ry := ay - rh
		dy := ry - dh
		p := sweepPoint{Threshold: f2(SweepThreshold(i)), X: f1(sweepLeft + float64(i)*sweepStride),
			Approve: num(a), Review: num(r), Decline: num(d),
			AY: f1(ay), AH: f1(ah), RY: f1(ry), RH: f1(rh), DY: f1(dy), DH: f1(dh), Run: i == anchor}
		p.Tip = p.Threshold + ": " + p.Approve + " approve, " + p.Review + " review, " + p.Decline + " decline"
		if base >= 0 && i != anchor {
			p.DeltaApprove = fmt.Sprintf("%+d", a-base)
		}
		s.Points = append(s.Points, p)
	}
	for _, f := range []float64{0, 0.25, 0.5, 0.75, 1} {
		s.Ticks = append(s.Ticks, tick{f1(sweepTop + sweepH*(1-f)), strconv.Itoa(int(f*100)) + "%"})
	}
	s.Desc = fmt.Sprintf("Exact numbers of approve, review and decline decisions of the %s evaluated rows at each threshold "+
		"from 0.80 to 1.00 in steps of 0.02 (one threshold for both names", num(total))
	if w := bandWidth(c.run); w > 0 {
		s.Desc += fmt.Sprintf("; the review band keeps its width of %s below it", f2(w))
	}
	s.Desc += "), as stacked shares."
	return s
}

// dobView is the date-of-birth section.
type dobView struct {
	Shapes     chart
	ShapeRows  []shapeRow
	MonthLangs []shapeRow // month-name dates by language of the month word
	Ambiguous  string     // dates read both ways by the run
	Numeric    string     // day/month-first numeric dates (shown when there are Evidence rows)
	Evidence   []evidenceRow
	Order      chart
	// Changed counts, by side, the dates without day/month evidence (compact, month-name and other
	// dates) that a declared order reads otherwise than auto, one row per shape and order.
	Changed    []shapeRow
	Suggestion string
	TwoDigit   string
	WithTime   string
	Outcomes   []countRow
	DateOrder  string
}

// shapeRow is a row of dates by side, as shown.
type shapeRow struct {
	Label              string
	Merchant, Provider string
}

// sides returns the shapeRow of label with m merchant and p provider dates.
func sides(label string, m, p int) shapeRow { return shapeRow{label, num(m), num(p)} }

// evidenceRow is the day/month order evidence of one side and shape: its counts, and (Cells) the same
// as shown, in the table's column order.
type evidenceRow struct {
	Label                                      string
	DayFirst, MonthFirst, Ambiguous, Same, Bad int
	Cells                                      [5]string
	shape                                      Shape
}

func newDOBView(c *Collector, t *counts) dobView {
	d := dobView{TwoDigit: num(t.twoDigit), WithTime: num(t.withTime), DateOrder: c.run.Options().DateOrder.String()}
	var bars []barRow
	values := 0
	for s := range NumShapes {
		m, p := t.shapes[0][s], t.shapes[1][s]
		if m+p == 0 {
			continue
		}
		d.ShapeRows = append(d.ShapeRows, sides(s.Label(), m, p))
		if s != ShapeEmpty {
			values += m + p
		}
	}
	for s := range NumShapes {
		n := t.shapes[0][s] + t.shapes[1][s]
		if s == ShapeEmpty || n == 0 {
			continue
		}
		bars = append(bars, bar(counted(s.Label(), n, values), ""))
	}
	for i, tag := range dob.Locales() {
		if m, p := t.monthLangs[0][i], t.monthLangs[1][i]; m+p > 0 {
			d.MonthLangs = append(d.MonthLangs, sides(tag, m, p))
		}
	}
	d.Shapes = newChart("dob-shapes", "Shapes of the dates of birth",
		fmt.Sprintf("How the %s non-empty dates of birth (merchant and provider side together) are written.", num(values)),
		head{"shape", "dates", "share of dates"}, bars)

	var all evidenceRow
	for s := range NumShapes {
		if !s.DayMonth() {
			continue
		}
		for side, name := range [2]string{"merchant", "provider"} {
			o := &t.orders[side][s]
			e := evidenceRow{Label: name + " " + s.String(), DayFirst: o[OrderDayFirst], MonthFirst: o[OrderMonthFirst],
				Ambiguous: o[OrderAmbiguous], Same: o[OrderSame], Bad: o[OrderImpossible], shape: s}
			if e.DayFirst+e.MonthFirst+e.Ambiguous+e.Same+e.Bad == 0 {
				continue
			}
			e.Cells = [5]string{num(e.DayFirst), num(e.MonthFirst), num(e.Ambiguous), num(e.Same), num(e.Bad)}
			d.Evidence = append(d.Evidence, e)
			all.DayFirst += e.DayFirst
			all.MonthFirst += e.MonthFirst
			all.Ambiguous += e.Ambiguous
			all.Same += e.Same
			all.Bad += e.Bad
		}
	}
	// Read both ways by the run: under auto the slashed, dashed and spaced dates whose numbers are both
	// 1-12 and differ (auto reads dotted dates day-first); under a declared order none.
	ambiguous := 0
	if c.run.Options().DateOrder == dob.Auto {
		for _, e := range d.Evidence {
			if e.shape != ShapeDotted {
				ambiguous += e.Ambiguous
			}
		}
	}
	d.Ambiguous = num(ambiguous)
	// Numeric is more than 0 exactly when there are Evidence rows (each has a count).
	numeric := all.DayFirst + all.MonthFirst + all.Ambiguous + all.Same + all.Bad
	d.Numeric = num(numeric)
	if numeric > 0 {
		d.Order = newChart("dob-order", "Day/month order evidence",
			fmt.Sprintf("Of the %s day/month-first numeric dates: those whose first number is 13-31 and a day of the month the second names (day first), whose second is so of the first (month first), whose numbers are both 1-12 and differ (ambiguous as written), or that read the same either way; the others are no date in either order (31/04: April has 30 days).", d.Numeric),
			head{"reading", "dates", "share of day/month-first dates"}, []barRow{
				bar(counted("day first", all.DayFirst, numeric), ""),
				bar(counted("month first", all.MonthFirst, numeric), ""),
				bar(counted("ambiguous as written", all.Ambiguous, numeric), "bar review"),
				bar(counted("same either way", all.Same, numeric), ""),
			})
	}
	var changed [NumShapes][2]int // both sides: [0] mdy, [1] dmy
	for s := range NumShapes {
		for k, o := range [2]dob.Order{dob.MDY, dob.DMY} {
			m, p := t.changed[0][s][k], t.changed[1][s][k]
			if m+p == 0 {
				continue
			}
			changed[s][k] = m + p
			d.Changed = append(d.Changed, sides(s.Label()+", under --date-order "+o.String(), m, p))
		}
	}
	d.Suggestion = suggestion(d.Evidence, &changed, c.run.Options().DateOrder)
	withDOB := 0 // rows with a date of birth
	for st := match.StatusMatch; st <= match.StatusPartial; st++ {
		if n := t.dobStatus[st]; n > 0 {
			d.Outcomes = append(d.Outcomes, counted("status "+st.String(), n, -1))
			withDOB += n
		}
	}
	for _, r := range []match.Reason{match.ReasonReformatted, match.ReasonAmbiguousOrder, match.ReasonDayMonthSwapped,
		match.ReasonInvalidDate, match.ReasonPartial, match.ReasonPlaceholder} {
		if n := t.dobReason[r]; n > 0 {
			d.Outcomes = append(d.Outcomes, counted("reason "+r.String(), n, -1))
		}
	}
	for i := range d.Outcomes {
		d.Outcomes[i].Share = pct(d.Outcomes[i].Count, withDOB)
	}
	return d
}

// minEvidence is the number of unambiguous day/month-first dates below which no order is suggested.
const minEvidence = 20

// oneSided is the share of unambiguous dates one order must have for a suggestion.
const oneSided = 0.95

// suggestion returns a plain suggestion for --date-order from the order evidence by side and shape
// (rows) and the dates of other shapes that a declared order reads otherwise than auto (changed, both
// sides together, by shape: [0] under mdy, [1] under dmy), for a run under the order used. Only the
// slashed, dashed and spaced dates tell an order that auto does not know already (it reads dotted dates
// day-first), and only the ones whose numbers are both 1-12 read both ways; a declared order, though,
// reads every day/month-first date its way, dotted ones included, and makes a date written the other
// way invalid; and it changes how package dob reads some dates that ClassifyDOB cannot tell the order
// of (a time after a comma, a weekday in front, other digits, eight digits DDMMYYYY). So an order is
// suggested only when the unambiguous slashed, dashed and spaced dates are one-sided and no date of the
// file, of any shape or side, would be read differently than under auto apart from the ones that read
// both ways. Under a declared order it names the dates that order read otherwise than auto would have.
func suggestion(rows []evidenceRow, changed *[NumShapes][2]int, used dob.Order) string {
	var both, day, month int // slashed, dashed and spaced: read both ways under auto, day first, month first
	var allDay, allMonth int // every shape: unambiguous day first, month first
	var dottedBoth int       // dotted with both numbers 1-12: day first under auto, month first under mdy
	var kinds []string
	for _, r := range rows {
		allDay += r.DayFirst
		allMonth += r.MonthFirst
		if r.shape == ShapeDotted {
			dottedBoth += r.Ambiguous
			continue
		}
		both += r.Ambiguous
		day += r.DayFirst
		month += r.MonthFirst
		if r.DayFirst+r.MonthFirst > 0 {
			kinds = append(kinds, r.Label)
		}
	}
	if used != dob.Auto {
		other, word := allMonth, "month-first"
		if used == dob.MDY {
			other, word = allDay, "day-first"
		}
		var notes []string
		if other > 0 {
			notes = append(notes, fmt.Sprintf("%s %s written %s, which --date-order %s reads as invalid",
				count(other, "date", "dates"), plural(other, "is", "are"), word, used))
		}
		if used == dob.MDY && dottedBoth > 0 {
			notes = append(notes, fmt.Sprintf("%s, which auto reads day-first, %s read month-first by --date-order mdy",
				count(dottedBoth, "dotted date", "dotted dates"), plural(dottedBoth, "was", "were")))
		}
		notes = append(notes, changedNotes(changed, used, true)...)
		switch {
		case len(notes) > 0:
			return strings.Join(notes, "; ") + ": consider --date-order auto, or fix them at the source."
		case allDay+allMonth > 0:
			return "Every unambiguous day/month-first date agrees with --date-order " + used.String() + ", which the run used."
		}
		return ""
	}
	n := day + month
	anyChanged := false
	for _, c := range changed {
		anyChanged = anyChanged || c[0]+c[1] > 0
	}
	switch {
	case both == 0 && allDay+allMonth+dottedBoth == 0:
		return ""
	case both == 0 && anyChanged:
		return "No slashed, dashed or spaced date reads both ways: keep --date-order auto (a declared order would change how some dates of other shapes read, see the table above)."
	case both == 0:
		return "No slashed, dashed or spaced date reads both ways: --date-order auto reads every date here one way; keep it."
	case n < minEvidence:
		return fmt.Sprintf("Too few unambiguous slashed, dashed or spaced dates (%d) to tell the order of the %s that read both ways.", n, num(both))
	}
	order, share, word, otherWord, other := dob.DMY, float64(day)/float64(n), "day-first", "month-first", allMonth
	if month > day {
		order, share, word, otherWord, other = dob.MDY, float64(month)/float64(n), "month-first", "day-first", allDay
	}
	what := fmt.Sprintf("%s of the %s unambiguous slashed, dashed or spaced dates (%s) are %s",
		pctf(share), num(n), strings.Join(kinds, ", "), word)
	if share < oneSided {
		return "The evidence is mixed: " + what + ". Keep --date-order auto, or fix the order at the source."
	}
	var harm []string
	if other > 0 {
		// Invalid under the order whether or not they are valid under auto: 02/29/1985 is no date
		// either way, but counts as month-first (Order reads the two numbers, not the year).
		harm = append(harm, fmt.Sprintf("%s written %s %s invalid", count(other, "date", "dates"), otherWord, plural(other, "is", "are")))
	}
	if order == dob.MDY && dottedBoth > 0 {
		harm = append(harm, fmt.Sprintf("%s that auto reads day-first would be read month-first",
			count(dottedBoth, "dotted date", "dotted dates")))
	}
	harm = append(harm, changedNotes(changed, order, false)...)
	if len(harm) > 0 {
		return what + ", but under --date-order " + order.String() + " " + listJoin(harm) +
			". Keep --date-order auto, or fix those dates at the source."
	}
	return what + fmt.Sprintf(" and no date is written the other way: consider --date-order %s, which reads the %s dates that read both ways %s.",
		order, num(both), word)
}

// changedNotes says which dates of other shapes the order o reads otherwise than auto (changed, as
// for suggestion): compact dates and the rest. Run tells whether the run used o (the dates were read
// so) or o is only considered (they would be).
func changedNotes(changed *[NumShapes][2]int, o dob.Order, run bool) []string {
	k := 0
	if o == dob.DMY {
		k = 1
	}
	verb := func(n int) string {
		if run {
			return plural(n, "was", "were") + " read"
		}
		return "would be read"
	}
	by := ""
	if run {
		by = " by --date-order " + o.String()
	}
	var notes, kinds []string
	if n := changed[ShapeCompact][k]; n > 0 {
		if o == dob.DMY {
			notes = append(notes, fmt.Sprintf("%s with no valid YYYYMMDD %s as DDMMYYYY%s",
				count(n, "compact date", "compact dates"), verb(n), by))
		} else {
			notes = append(notes, fmt.Sprintf("%s %s differently%s", count(n, "compact date", "compact dates"), verb(n), by))
		}
	}
	rest := 0
	for s := range NumShapes {
		if n := changed[s][k]; n > 0 && s != ShapeCompact {
			rest += n
			kinds = append(kinds, s.Label()+": "+num(n))
		}
	}
	if rest > 0 {
		than := ""
		if run {
			than = " than by auto"
		}
		notes = append(notes, fmt.Sprintf("%s (%s) %s differently%s%s",
			count(rest, "date of another shape", "dates of other shapes"), strings.Join(kinds, ", "), verb(rest), by, than))
	}
	return notes
}

// count returns n and the noun for it: "1 date", "1,234 dates".
func count(n int, one, many string) string { return num(n) + " " + plural(n, one, many) }

// plural returns one for n == 1, else many: a noun or a verb ("is", "are") for n things.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// listJoin joins phrases as a list: "a", "a and b", "a, b, and c".
func listJoin(p []string) string {
	switch len(p) {
	case 0:
		return ""
	case 1:
		return p[0]
	case 2:
		return p[0] + " and " + p[1]
	}
	return strings.Join(p[:len(p)-1], ", ") + ", and " + p[len(p)-1]
}

// pctf formats a share as a percentage: whole when it is one, else with one decimal (94.9%, not a
// rounded 95% that would read as reaching oneSided).
func pctf(x float64) string {
	p := 100 * x
	if p == math.Trunc(p) {
		return strconv.FormatFloat(p, 'f', 0, 64) + "%"
	}
	return strconv.FormatFloat(math.Floor(p*10+1e-6)/10, 'f', 1, 64) + "%"
}
