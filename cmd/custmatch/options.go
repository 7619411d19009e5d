package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
	"golang.org/x/text/language"
)

// policyFlags are the flags that mirror match.Options, shared by batch, compare, serve and policy. A
// policyFlags is filled by one FlagSet and read once; it is not meant for concurrent use.
type policyFlags struct {
	opts      match.Options
	dateOrder string
	now       string
}

// register adds the policy flags to fs.
func (p *policyFlags) register(fs *flag.FlagSet) {
	o := &p.opts
	fs.Float64Var(&o.Threshold, "threshold", match.DefaultThreshold, "name similarity in (0,1] at or above which a name matches")
	fs.Float64Var(&o.FirstNameThreshold, "first-threshold", 0, "threshold for the first name only (0: --threshold)")
	fs.Float64Var(&o.LastNameThreshold, "last-threshold", 0, "threshold for the last name only (0: --threshold)")
	fs.Float64Var(&o.ReviewBand, "review-band", 0, "names scoring in [band, threshold) give review instead of decline (0: off)")
	fs.StringVar(&p.dateOrder, "date-order", "auto", "day/month order of numeric dates of birth: auto, mdy or dmy")
	fs.StringVar(&p.now, "now", "", fmt.Sprintf("reference date `YYYY-MM-DD` (%d to %d) for future dates and two-digit years (default: today; for reproducible runs)",
		match.NowFirstYear, match.NowLastYear))
	fs.BoolVar(&o.DisableUmlautSpelling, "no-umlaut-spelling", false, "do not treat ä/ö/ü and ae/oe/ue as equal")
	fs.BoolVar(&o.DisableSpacing, "no-spacing", false, "do not compare names with their spaces removed")
	fs.BoolVar(&o.DisableExtraNames, "no-extra-names", false, "do not accept extra (middle or second) names on one side")
	fs.BoolVar(&o.DisableInitials, "no-initials", false, "do not accept an initial for a name within extra names")
	fs.BoolVar(&o.DisableSwapped, "no-swapped", false, "do not accept first and last name swapped")
	fs.BoolVar(&o.DisableSplit, "no-split", false, "do not accept a full name split differently between the fields")
	fs.BoolVar(&o.EmailDeciding, "email-deciding", false, "a mismatching email declines (default: informational)")
	fs.BoolVar(&o.Transliterate, "transliterate", false, "compare a name in Cyrillic or Greek letters with its Latin spellings (reason transliterated, with the scheme in compare and JSON: transliterated:icao; default: off)")
}

// matcher validates the flags and builds the Matcher. Its errors are usage errors.
//
// The range of --now is match.New's rule (match.NowFirstYear to match.NowLastYear); its error for Now is
// reworded here for the flag. The one date match.New cannot refuse is 0001-01-01: it is the zero time,
// which match.Options reads as today, so it is refused here, with the same message (its year is out of
// the range anyway).
func (p *policyFlags) matcher() (*match.Matcher, error) {
	order, err := dob.ParseOrder(p.dateOrder)
	if err != nil {
		return nil, fmt.Errorf("--date-order: want auto, mdy or dmy")
	}
	p.opts.DateOrder = order
	if p.now != "" {
		t, err := time.Parse(time.DateOnly, p.now)
		if err != nil {
			return nil, fmt.Errorf("--now: want a date YYYY-MM-DD")
		}
		if t.IsZero() {
			return nil, errNowRange()
		}
		p.opts.Now = t
	}
	m, err := match.New(p.opts)
	var oe *match.OptionsError
	if errors.As(err, &oe) && oe.Option == "Now" {
		return nil, errNowRange()
	}
	return m, err
}

// errNowRange is the usage error of a --now outside the range match.New accepts.
func errNowRange() error {
	return fmt.Errorf("--now: want a date from %d-01-01 to %d-12-31", match.NowFirstYear, match.NowLastYear)
}

// messageFlags are the flags that add the customer message (--lang and its options). Filled by one
// FlagSet, then only read (safe to read from several goroutines).
type messageFlags struct {
	lang string
	opts messages.Options
}

// register adds the message flags to fs.
func (m *messageFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&m.lang, "lang", "", "add the customer message in this language (BCP 47 tag or Accept-Language value); it shows the customer's values")
	fs.StringVar(&m.opts.ProviderName, "provider-name", "", "the provider's name in the customer message")
	fs.StringVar(&m.opts.ChangeURL, "change-url", "", "where the customer changes their details, in the customer message")
	fs.Var(dateStyleFlag{&m.opts.DateStyle}, "date-style", "`STYLE` of the dates of birth in the customer message: iso (1988-04-05, the default) or long (the month's name in the customer's language: 5. April 1988)")
}

// dateStyleFlag is the flag.Value of --date-style: it parses iso or long into the messages.DateStyle it
// points to.
type dateStyleFlag struct{ p *messages.DateStyle }

// String returns the style's name ("iso" for the zero value flag.PrintDefaults builds).
func (f dateStyleFlag) String() string {
	if f.p == nil {
		return messages.DateISO.String()
	}
	return f.p.String()
}

// Set parses iso or long.
func (f dateStyleFlag) Set(s string) error {
	v, err := messages.ParseDateStyle(s)
	if err != nil {
		return errors.New("want iso or long")
	}
	*f.p = v
	return nil
}

// enabled reports whether --lang was given.
func (m *messageFlags) enabled() bool { return m.lang != "" }

// tag negotiates the language once.
func (m *messageFlags) tag() language.Tag { return messages.Negotiate(m.lang) }

// unknownLang reports whether --lang names no language with a catalog (messages.HasCatalog), so the
// messages fall back to English without the caller having asked for it. ok is false when there is
// nothing to warn about (no --lang, or one with a catalog, English or "*"). shown is the value as it may
// be printed (cut to 40 bytes, valid UTF-8), catalogs the supported languages ("en, de, …").
func (m *messageFlags) unknownLang() (shown, catalogs string, ok bool) {
	if !m.enabled() || messages.HasCatalog(m.lang) {
		return "", "", false
	}
	names := make([]string, 0, len(messages.Supported()))
	for _, t := range messages.Supported() {
		names = append(names, t.String())
	}
	shown = m.lang
	if len(shown) > 40 {
		shown = shown[:40] + "…"
	}
	return strings.ToValidUTF8(shown, "?"), strings.Join(names, ", "), true
}

// warnUnknown prints unknownLang's warning, if any, once on stderr.
func (m *messageFlags) warnUnknown(stderr io.Writer, cmd string) {
	if shown, catalogs, ok := m.unknownLang(); ok {
		fmt.Fprintf(stderr, "%s: warning: --lang %q: no message catalog for this language, writing English (catalogs: %s)\n",
			cmd, shown, catalogs)
	}
}
