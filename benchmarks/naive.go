package benchmarks

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/custmatch/custmatch/match"
	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Naive is the reference pipeline: the default matching policy (the match package documentation) written the slow, obvious
// way, so that benchmarks can report custmatch's cost as a ratio and a test can check that both give the
// same answers. Per call it builds an x/text transform chain and a case folder, rewrites names with
// strings.Replacer and strings.Map, always computes the Levenshtein distance of the naive forms, and
// parses dates of birth with a loop over time.Parse layouts.
//
// Naive supports the threshold and the rule toggles of match.Options (Threshold, DisableUmlautSpelling,
// DisableSpacing, DisableExtraNames, DisableInitials, DisableSwapped, DisableSplit) and nothing else: no
// per-field thresholds, no review band, no declared day/month order, email never deciding. It fills only
// what a decision needs: Decision, Policy, and per field Field, Status, Deciding, Score (names) and the
// raw values; Reasons and Flags stay empty.
//
// A Naive is a plain value with no mutable state; it is safe for concurrent use by multiple goroutines
// (every transformer it uses is built per call).
type Naive struct {
	// Opts is the policy subset described above. The zero value is the default policy.
	Opts match.Options
}

// naiveName is one name value after naive normalization.
type naiveName struct {
	forms    []string // canonical form first, then the umlaut alternative when there is one
	missing  bool
	unusable bool
}

// titles and suffixes are the tokens step 7 drops when other tokens remain.
var (
	naiveTitles   = []string{"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "mag", "ing", "dipl", "sir"}
	naiveSuffixes = []string{"jr", "sr", "ii", "iii", "iv"}
	// naivePlaceholders are the values step 8 counts as missing.
	naivePlaceholders = []string{"n/a", "na", "null", "none", "unknown", "xxx", "-", "."}
	// naiveTestWords are test names: a name made only of them is missing too (policy 2).
	naiveTestWords = []string{"test", "tester", "testuser", "dummy", "asdf", "sample"}
)

// NaiveName normalizes one name value per the policy's name steps. It returns the normalized forms (the canonical form
// first, then the umlaut alternative ä→ae, ö→oe, ü→ue when the value has an umlaut), or missing when the
// value is empty, whitespace, invisible or a placeholder, or unusable when the text is rejected (step 1).
func NaiveName(s string) (forms []string, missing, unusable bool) {
	n := naiveNormalize(s, true)
	return n.forms, n.missing, n.unusable
}

// naiveNormalize applies the policy's name steps to s; umlaut adds the umlaut alternative when s has one.
func naiveNormalize(s string, umlaut bool) naiveName {
	// Step 1: unusable text.
	if !utf8.ValidString(s) || utf8.RuneCountInString(s) > 256 {
		return naiveName{unusable: true}
	}
	for _, r := range s {
		if (r < 0x20 && r != '\t' && r != '\r' && r != '\n') || (r >= 0x7f && r <= 0x9f) || r == utf8.RuneError {
			return naiveName{unusable: true}
		}
	}
	marks := 0
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			marks++
			if marks > 4 {
				return naiveName{unusable: true}
			}
		} else {
			marks = 0
		}
	}

	// Step 8 (on the raw value): placeholders.
	trimmed := strings.ToLower(strings.TrimSpace(s))
	for _, p := range naivePlaceholders {
		if trimmed == p {
			return naiveName{missing: true}
		}
	}

	// Step 2: invisible characters and bidi controls.
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.White_Space, r) {
			return r
		}
		if unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) ||
			unicode.Is(unicode.Variation_Selector, r) {
			return -1
		}
		return r
	}, s)
	// Step 6, first half: apostrophes go before NFKC, which would turn ´ into a space and a mark.
	s = strings.NewReplacer("'", "", "’", "", "‘", "", "ʼ", "", "`", "", "´", "").Replace(s)

	// Steps 3 and 4: compatibility folding, then full case folding, then NFC so umlauts are one rune.
	s = norm.NFKC.String(s)
	s = cases.Fold().String(s)
	s = norm.NFC.String(s)

	variants := []string{s}
	if umlaut && strings.ContainsAny(s, "äöü") {
		variants = append(variants, strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue").Replace(s))
	}
	var out naiveName
	for _, v := range variants {
		f := naiveFinish(v)
		if f == "" {
			return naiveName{missing: true}
		}
		out.forms = append(out.forms, f)
	}
	return out
}

// naiveFinish applies steps 5–8 to a case-folded NFC string.
func naiveFinish(s string) string {
	// Step 5: strip diacritics with a per-call chain, then map the letters that do not decompose.
	t := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, err := transform.String(t, s)
	if err != nil {
		return ""
	}
	s = strings.NewReplacer("ß", "ss", "ẞ", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d",
		"ð", "d", "þ", "th", "ı", "i", "ħ", "h").Replace(s)
	// Step 6, second half: hyphens, dashes, dots, commas, underscores and slashes become spaces.
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '.' || r == ',' || r == '_' || r == '/' || r == '-':
			return ' '
		case unicode.Is(unicode.Pd, r):
			return ' '
		}
		return r
	}, s)
	toks := strings.Fields(s)
	// Step 7: a leading title and a trailing suffix, when other tokens remain.
	for len(toks) > 1 && naiveIn(toks[0], naiveTitles) {
		toks = toks[1:]
	}
	for len(toks) > 1 && naiveIn(toks[len(toks)-1], naiveSuffixes) {
		toks = toks[:len(toks)-1]
	}
	s = strings.Join(toks, " ")
	// Step 8 (on the normalized value).
	if naiveIn(s, naivePlaceholders) || naiveIn(strings.ReplaceAll(s, " ", "/"), naivePlaceholders) {
		return ""
	}
	allTest := len(toks) > 0
	for _, t := range toks {
		allTest = allTest && naiveIn(t, naiveTestWords)
	}
	if allTest {
		return ""
	}
	return s
}

// naiveIn reports whether s is one of list.
func naiveIn(s string, list []string) bool {
	for _, l := range list {
		if s == l {
			return true
		}
	}
	return false
}

// naiveSimilarity is 1 − levenshtein(a, b) / max(runes), always computing the distance.
func naiveSimilarity(a, b string) float64 {
	d := levenshtein.ComputeDistance(a, b)
	longer := max(utf8.RuneCountInString(a), utf8.RuneCountInString(b))
	if longer == 0 {
		return 1
	}
	return 1 - float64(d)/float64(longer)
}

// eps absorbs float rounding (1 − 1/10 must pass 0.90).
const eps = 1e-9

// threshold returns the effective name threshold.
func (n Naive) threshold() float64 {
	if n.Opts.Threshold == 0 {
		return match.DefaultThreshold
	}
	return n.Opts.Threshold
}

// compareForms compares two normalized, non-empty forms per the name comparison rules and returns whether they match
// and the best similarity score.
func (n Naive) compareForms(x, y string) (bool, float64) {
	t := n.threshold()
	score := naiveSimilarity(x, y)
	if !n.Opts.DisableSpacing {
		score = max(score, naiveSimilarity(strings.ReplaceAll(x, " ", ""), strings.ReplaceAll(y, " ", "")))
	}
	if score >= t-eps {
		return true, score
	}
	if !n.Opts.DisableExtraNames {
		a, b := strings.Fields(x), strings.Fields(y)
		if len(a) > len(b) {
			a, b = b, a
		}
		if n.align(a, b, false) {
			return true, score
		}
	}
	return false, score
}

// align reports whether every token of a lines up, in order, with a token of b, with at least one
// full-name pair (full reports whether one was already used).
func (n Naive) align(a, b []string, full bool) bool {
	if len(a) == 0 {
		return full
	}
	for j := 0; j+len(a) <= len(b); j++ {
		x, y := a[0], b[j]
		var ok, isFull bool
		if utf8.RuneCountInString(x) == 1 || utf8.RuneCountInString(y) == 1 {
			xr, _ := utf8.DecodeRuneInString(x)
			yr, _ := utf8.DecodeRuneInString(y)
			ok = !n.Opts.DisableInitials && xr == yr
		} else {
			ok = naiveSimilarity(x, y) >= n.threshold()-eps
			isFull = ok
		}
		if ok && n.align(a[1:], b[j+1:], full || isFull) {
			return true
		}
	}
	return false
}

// compareNames compares two analysed name values into a status and score.
func (n Naive) compareNames(a, b naiveName) (match.Status, float64) {
	switch {
	case a.unusable || b.unusable:
		return match.StatusUnusable, 0
	case a.missing || b.missing:
		return match.StatusMissing, 0
	}
	best, matched := 0.0, false
	for _, x := range a.forms {
		for _, y := range b.forms {
			ok, s := n.compareForms(x, y)
			matched = matched || ok
			best = max(best, s)
		}
	}
	if matched {
		return match.StatusMatch, best
	}
	return match.StatusMismatch, best
}

// Compare compares the merchant's record with the provider's per the policy and returns a verdict with
// Decision, Policy and each field's Status (and Score for names) set.
func (n Naive) Compare(merchant, provider match.Record) match.Verdict {
	var v match.Verdict
	v.Policy = match.PolicyVersion
	raw := [match.NumFields][2]string{
		{merchant.FirstName, provider.FirstName}, {merchant.LastName, provider.LastName},
		{merchant.DOB, provider.DOB}, {merchant.Email, provider.Email},
	}
	for i := range v.Fields {
		f := &v.Fields[i]
		f.Field = match.Field(i)
		f.Merchant, f.Provider = raw[i][0], raw[i][1]
		f.Deciding = f.Field != match.Email
	}

	umlaut := !n.Opts.DisableUmlautSpelling
	mf, ml := naiveNormalize(merchant.FirstName, umlaut), naiveNormalize(merchant.LastName, umlaut)
	pf, pl := naiveNormalize(provider.FirstName, umlaut), naiveNormalize(provider.LastName, umlaut)
	first, last := &v.Fields[match.FirstName], &v.Fields[match.LastName]
	first.Status, first.Score = n.compareNames(mf, pf)
	last.Status, last.Score = n.compareNames(ml, pl)
	first.Scored = first.Status == match.StatusMatch || first.Status == match.StatusMismatch
	last.Scored = last.Status == match.StatusMatch || last.Status == match.StatusMismatch

	present := func(x naiveName) bool { return !x.missing && !x.unusable }
	someMismatch := first.Status == match.StatusMismatch || last.Status == match.StatusMismatch
	if someMismatch && present(mf) && present(ml) && present(pf) && present(pl) {
		// Swapped: merchant first/last against provider last/first.
		s1, _ := n.compareNames(mf, pl)
		s2, _ := n.compareNames(ml, pf)
		switch {
		case !n.Opts.DisableSwapped && s1 == match.StatusMatch && s2 == match.StatusMatch:
			first.Status, last.Status = match.StatusMatch, match.StatusMatch
		case !n.Opts.DisableSplit && n.splitEqual(mf, ml, pf, pl):
			first.Status, last.Status = match.StatusMatch, match.StatusMatch
			first.Score, last.Score = 1, 1
		}
	}

	d := &v.Fields[match.DOB]
	d.Status = compareNaiveDOB(naiveParseDOB(merchant.DOB, n.Opts.Now), naiveParseDOB(provider.DOB, n.Opts.Now))

	e := &v.Fields[match.Email]
	ea, eb := strings.TrimSpace(merchant.Email), strings.TrimSpace(provider.Email)
	switch {
	case ea == "" || eb == "":
		e.Status = match.StatusMissing
	case strings.EqualFold(ea, eb):
		e.Status = match.StatusMatch
	default:
		e.Status = match.StatusMismatch
	}

	// The decision rules.
	v.Decision = match.Approve
	for i := match.FirstName; i <= match.DOB; i++ {
		st := v.Fields[i].Status
		if st == match.StatusMismatch {
			v.Decision = match.Decline
			return v
		}
		if st == match.StatusUnusable || (i != match.DOB && st == match.StatusMissing) {
			v.Decision = match.Review
		}
	}
	return v
}

// splitEqual reports whether first+last read the same on both sides (token by token, or with spaces
// removed when spacing is on) while the first names differ.
func (n Naive) splitEqual(mf, ml, pf, pl naiveName) bool {
	for _, a := range mf.forms {
		for _, b := range ml.forms {
			for _, c := range pf.forms {
				for _, d := range pl.forms {
					if a == c {
						continue
					}
					x, y := a+" "+b, c+" "+d
					if x == y {
						return true
					}
					if !n.Opts.DisableSpacing && strings.ReplaceAll(x, " ", "") == strings.ReplaceAll(y, " ", "") {
						return true
					}
				}
			}
		}
	}
	return false
}

// NaiveDate is the outcome of NaiveDOB. It is a plain value, safe to share between goroutines once
// returned.
type NaiveDate struct {
	// Dates holds the readings: one for a valid date, two (month-first, day-first) for an ambiguous
	// numeric date, one with Day 0 (and Month 0 for a year alone) for a partial date.
	Dates []time.Time
	// Partial is set for a date known only to the year or month.
	Partial bool
	// Missing, Unusable and Invalid classify a value that gives no date (dates of birth, decision).
	Missing, Unusable, Invalid bool
	// monthKnown reports, for a partial date, whether the month is known (Sep 1986) or only the year.
	monthKnown bool
}

// naiveDOBPlaceholders are DOB texts that mean "no value".
var naiveDOBPlaceholders = []string{"n/a", "na", "null", "none", "unknown", "xxx", "-", ".", "0000-00-00",
	"00.00.0000", "00/00/0000"}

// naiveMonthWords translates month names and abbreviations in eight languages (lower case, without
// diacritics, padded by spaces) into the English abbreviations time.Parse reads. Ordinal suffixes and
// the connectors of, de, del are dropped.
var naiveMonthWords = map[string][]string{
	"Jan": {"january", "jan", "januar", "jaenner", "janner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro", "styczen", "stycznia", "sty"},
	"Feb": {"february", "feb", "februar", "feber", "fevrier", "fevr", "fev", "febrero", "febbraio", "februari", "fevereiro", "luty", "lutego", "lut"},
	"Mar": {"march", "mar", "marz", "maerz", "mrz", "mars", "marzo", "maart", "mrt", "marco", "marzec", "marca"},
	"Apr": {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecien", "kwietnia", "kwi"},
	"May": {"may", "mai", "mayo", "maggio", "mag", "mei", "maio", "maj", "maja"},
	"Jun": {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "cze"},
	"Jul": {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "lip"},
	"Aug": {"august", "aug", "aout", "agosto", "ago", "augustus", "sierpien", "sierpnia", "sie"},
	"Sep": {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro", "wrzesien", "wrzesnia", "wrz"},
	"Oct": {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "pazdziernik", "pazdziernika", "paz"},
	"Nov": {"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "lis"},
	"Dec": {"december", "dec", "dezember", "dez", "decembre", "diciembre", "dic", "dicembre", "dezembro", "grudzien", "grudnia", "gru"},
}

// naiveWeekdays lists, Sunday first, weekday names and abbreviations in the same languages.
var naiveWeekdays = [7][]string{
	{"sunday", "sun", "sonntag", "so", "dimanche", "dim", "domingo", "dom", "domenica", "zondag", "zo", "niedziela", "niedz", "nd"},
	{"monday", "mon", "montag", "mo", "lundi", "lun", "lunes", "lunedi", "maandag", "ma", "segunda", "seg", "poniedzialek", "pon", "pn"},
	{"tuesday", "tue", "tues", "dienstag", "di", "mardi", "mar", "martes", "martedi", "dinsdag", "terca", "ter", "wtorek", "wt"},
	{"wednesday", "wed", "mittwoch", "mi", "mercredi", "mer", "miercoles", "mie", "mercoledi", "woensdag", "wo", "quarta", "qua", "sroda", "sr"},
	{"thursday", "thu", "thur", "thurs", "donnerstag", "do", "jeudi", "jeu", "jueves", "jue", "giovedi", "gio", "donderdag", "quinta", "qui", "czwartek", "czw"},
	{"friday", "fri", "freitag", "fr", "vendredi", "ven", "viernes", "vie", "venerdi", "vrijdag", "vr", "sexta", "sex", "piatek", "pt"},
	{"saturday", "sat", "samstag", "sonnabend", "sa", "samedi", "sam", "sabado", "sab", "sabato", "zaterdag", "za", "sobota", "sob"},
}

// naiveMonthReplacerPairs builds the strings.Replacer arguments, longest names first so that a name is
// never cut by a shorter one at the same position.
func naiveMonthReplacerPairs() []string {
	var pairs []string
	for l := 12; l >= 2; l-- {
		for en, names := range naiveMonthWords {
			for _, nm := range names {
				if len(nm) == l {
					pairs = append(pairs, " "+nm+" ", " "+en+" ")
				}
			}
		}
	}
	for _, w := range []string{"st", "nd", "rd", "th", "er", "of", "de", "del", "º", "°", "ª", ",", "ad", "ce"} {
		pairs = append(pairs, " "+w+" ", " ")
	}
	return pairs
}

// The time part, weekday and tokenizer patterns of the naive date parser.
var (
	naiveTimeRe  = regexp.MustCompile(`(?i)(t|\s+)(\d{1,2}):(\d{2})(:(\d{2})([.,]\d{1,9})?)?\s*(am|pm|a\.m\.?|p\.m\.?)?\s*(z|[+-]\d{1,2}(:\d{2})?|[+-]\d{4})?\s*([a-z]{2,4})?$`)
	naiveTokenRe = regexp.MustCompile(`\d+|\p{L}+|[^\s\p{L}\d]`)
	naiveOrdRe   = regexp.MustCompile(`^(\d{1,2})(st|nd|rd|th|er|o|a|º|°|ª)$`)
)

// naiveNumericLayouts are the all-numeric layouts, {s} standing for the separator.
var naiveNumericLayouts = []string{"2006{s}1{s}2", "1{s}2{s}2006", "2{s}1{s}2006", "1{s}2{s}06", "2{s}1{s}06"}

// naiveNameLayouts are the month-name layouts after translation and separator removal.
var naiveNameLayouts = []string{"2 Jan 2006", "2 Jan 06", "Jan 2 2006", "Jan 2 06", "2006 Jan 2"}

// NaiveDOB parses a date of birth per the date-of-birth rules the obvious way: clean-up with regular expressions and a
// strings.Replacer for month names, then a loop over time.Parse layouts. now is the reference date for
// "in the future" and two-digit years (zero means time.Now()).
func NaiveDOB(s string, now time.Time) NaiveDate { return naiveParseDOB(s, now) }

// naiveParseDOB implements NaiveDOB.
func naiveParseDOB(s string, now time.Time) NaiveDate {
	if now.IsZero() {
		now = time.Now()
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	t := strings.TrimSpace(s)
	switch {
	case t == "":
		return NaiveDate{Missing: true}
	case !utf8.ValidString(t) || utf8.RuneCountInString(t) > 256:
		return NaiveDate{Unusable: true}
	}
	for _, r := range t {
		if (r < 0x20 && r != '\t' && r != '\r' && r != '\n') || (r >= 0x7f && r <= 0x9f) || r == utf8.RuneError {
			return NaiveDate{Unusable: true}
		}
	}
	for _, p := range naiveDOBPlaceholders {
		if strings.EqualFold(t, p) {
			return NaiveDate{Missing: true}
		}
	}
	// Lower case, compatibility forms (fullwidth digits), no diacritics, no invisible characters.
	chain := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	t, _, err := transform.String(chain, cases.Fold().String(t))
	if err != nil {
		return NaiveDate{Invalid: true}
	}
	t = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return ' '
		}
		if unicode.Is(unicode.Pd, r) || r == '−' {
			return '-'
		}
		return r
	}, t)
	t = strings.TrimSpace(t)

	// A time part after a full date is ignored.
	hadTime := false
	if m := naiveTimeRe.FindStringSubmatch(t); m != nil && len(m[0]) < len(t) {
		h, _ := strconv.Atoi(m[2])
		mi, _ := strconv.Atoi(m[3])
		sec, _ := strconv.Atoi("0" + m[5])
		ampm := m[7] != ""
		if mi > 59 || sec > 60 || (ampm && (h < 1 || h > 12)) || (!ampm && h > 23) {
			return NaiveDate{Invalid: true} // not a time part: trailing text
		}
		t, hadTime = strings.TrimSpace(t[:len(t)-len(m[0])]), true
	}
	toks := naiveTokenRe.FindAllString(t, -1)
	if len(toks) == 0 {
		return NaiveDate{Invalid: true}
	}
	// A leading weekday, with an optional -feira, '.' and ','; used only when the date does not read
	// without it (Mar is March and, in Spanish, Tuesday).
	r := naiveBody(toks, hadTime, today)
	weekday := -1
	if len(r.cands) == 0 || r.partial {
		for wd, names := range naiveWeekdays {
			if !naiveIn(toks[0], names) || len(toks) < 2 {
				continue
			}
			rest := toks[1:]
			if len(rest) > 1 && rest[0] == "-" && rest[1] == "feira" {
				rest = rest[2:]
			}
			if len(rest) > 0 && rest[0] == "." {
				rest = rest[1:]
			}
			if len(rest) > 0 && rest[0] == "," {
				rest = rest[1:]
			}
			if w := naiveBody(rest, hadTime, today); len(w.cands) > 0 && !w.partial {
				r, weekday = w, wd
			}
			break
		}
	}
	if r.invalid || len(r.cands) == 0 {
		return NaiveDate{Invalid: true}
	}
	cands, partial, monthKnown := r.cands, r.partial, r.monthKnown
	// Range checks: years before 1900, dates in the future, a contradicting weekday.
	var ok []time.Time
	for _, c := range cands {
		switch {
		case c.Year() < 1900:
		case partial && !monthKnown && c.Year() > today.Year():
		case partial && monthKnown && (c.Year() > today.Year() || (c.Year() == today.Year() && c.Month() > today.Month())):
		case !partial && c.After(today):
		case weekday >= 0 && (partial || int(c.Weekday()) != weekday):
		default:
			ok = append(ok, c)
		}
	}
	if len(ok) == 0 {
		return NaiveDate{Invalid: true}
	}
	return NaiveDate{Dates: ok, Partial: partial, monthKnown: monthKnown}
}

// naiveBodyResult is what naiveBody read.
type naiveBodyResult struct {
	cands               []time.Time
	partial, monthKnown bool
	invalid             bool
}

// naiveBody reads the date in toks (weekday and time part already removed) with time.Parse layouts.
func naiveBody(toks []string, hadTime bool, today time.Time) naiveBodyResult {
	// Ordinal suffixes must agree with the day: 1st 2nd 3rd, others th; French 1er.
	var joined []string
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && naiveOrdRe.MatchString(toks[i]+toks[i+1]) {
			if !naiveOrdinalOK(toks[i], toks[i+1]) {
				return naiveBodyResult{invalid: true}
			}
			joined = append(joined, toks[i])
			i++
			continue
		}
		joined = append(joined, toks[i])
	}
	toks = joined
	words := false
	for _, tk := range toks {
		if r, _ := utf8.DecodeRuneInString(tk); unicode.IsLetter(r) {
			words = true
		}
	}

	var cands []time.Time
	partial, monthKnown := false, false
	if words {
		padded := " " + strings.Join(toks, "  ") + " "
		padded = strings.NewReplacer(naiveMonthReplacerPairs()...).Replace(padded)
		padded = strings.NewReplacer(" . ", " ", " - ", " ", " / ", " ").Replace(padded)
		text := strings.Join(strings.Fields(padded), " ")
		for _, layout := range naiveNameLayouts {
			if tm, err := time.Parse(layout, text); err == nil {
				cands = append(cands, naiveCentury(tm, layout, today))
				break
			}
		}
		if cands == nil {
			if tm, err := time.Parse("Jan 2006", text); err == nil {
				cands, partial, monthKnown = []time.Time{tm}, true, true
			}
		}
	} else {
		text := strings.Join(toks, "")
		sep := ""
		for _, tk := range toks {
			if tk == "/" || tk == "-" || tk == "." {
				sep = tk
				break
			}
		}
		if sep == "" && len(toks) == 3 {
			sep, text = " ", strings.Join(toks, " ")
		}
		if sep == "" && len(toks) == 1 && len(toks[0]) == 8 {
			if tm, err := time.Parse("20060102", text); err == nil {
				cands = append(cands, tm)
			}
		} else if sep == "" && len(toks) == 1 && len(toks[0]) == 4 {
			if tm, err := time.Parse("2006", text); err == nil {
				cands, partial = []time.Time{tm}, true
			}
		} else if sep != "" {
			layouts := naiveNumericLayouts
			if sep == "." { // day-first layouts before month-first ones
				layouts = []string{layouts[0], layouts[2], layouts[4], layouts[1], layouts[3]}
			}
			for i, l := range layouts {
				if sep == "." && strings.HasPrefix(l, "1{s}") {
					continue // policy 2: dotted dates are day-first under auto
				}
				layout := strings.ReplaceAll(l, "{s}", sep)
				if tm, err := time.Parse(layout, text); err == nil {
					tm = naiveCentury(tm, layout, today)
					if !naiveHas(cands, tm) {
						cands = append(cands, tm)
					}
				}
				if i == 0 && len(cands) > 0 {
					break // year first is always year-month-day
				}
			}
			if cands == nil && len(toks) == 3 {
				for _, l := range []string{"2006{s}1", "1{s}2006"} {
					if tm, err := time.Parse(strings.ReplaceAll(l, "{s}", sep), text); err == nil {
						cands, partial, monthKnown = []time.Time{tm}, true, true
					}
				}
			}
		}
	}
	if len(cands) == 0 || (partial && hadTime) {
		return naiveBodyResult{invalid: true}
	}
	return naiveBodyResult{cands: cands, partial: partial, monthKnown: monthKnown}
}

// naiveHas reports whether list has t.
func naiveHas(list []time.Time, t time.Time) bool {
	for _, x := range list {
		if x.Equal(t) {
			return true
		}
	}
	return false
}

// naiveOrdinalOK checks an ordinal suffix against its day number.
func naiveOrdinalOK(num, suf string) bool {
	d := 0
	for _, c := range num {
		d = d*10 + int(c-'0')
	}
	want := "th"
	switch {
	case d%10 == 1 && d != 11:
		want = "st"
	case d%10 == 2 && d != 12:
		want = "nd"
	case d%10 == 3 && d != 13:
		want = "rd"
	}
	switch suf {
	case "st", "nd", "rd", "th":
		return suf == want
	case "er":
		return d == 1
	}
	return true
}

// naiveCentury moves a two-digit year into the latest century that keeps the date in the past.
func naiveCentury(t time.Time, layout string, today time.Time) time.Time {
	if strings.Contains(layout, "2006") {
		return t
	}
	y := today.Year()/100*100 + t.Year()%100
	c := time.Date(y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if c.After(today) {
		y -= 100
	}
	c = time.Date(y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if c.Day() != t.Day() {
		return time.Time{} // 29 February in a year that has none: year 1 fails the range check
	}
	return c
}

// compareNaiveDOB compares two parsed dates of birth into a status (dates of birth, decision).
func compareNaiveDOB(a, b NaiveDate) match.Status {
	switch {
	case a.Unusable || b.Unusable:
		return match.StatusUnusable
	case a.Missing || b.Missing:
		return match.StatusMissing
	case a.Invalid || b.Invalid:
		return match.StatusMismatch
	case a.Partial || b.Partial:
		for _, x := range a.Dates {
			for _, y := range b.Dates {
				monthOK := (a.Partial && !a.monthKnown) || (b.Partial && !b.monthKnown) || x.Month() == y.Month()
				if x.Year() == y.Year() && monthOK {
					return match.StatusPartial
				}
			}
		}
		return match.StatusMismatch
	}
	for i, x := range a.Dates {
		for j, y := range b.Dates {
			// Two ambiguous dates are read in the same order (policy 2).
			if x.Equal(y) && (len(a.Dates) != 2 || len(b.Dates) != 2 || i == j) {
				return match.StatusMatch
			}
		}
	}
	return match.StatusMismatch
}
