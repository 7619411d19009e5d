package messages_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
)

func TestDateStyleNames(t *testing.T) {
	for _, tt := range []struct {
		name string
		s    messages.DateStyle
	}{{"iso", messages.DateISO}, {"long", messages.DateLong}} {
		got, err := messages.ParseDateStyle(tt.name)
		require.NoError(t, err)
		assert.Equal(t, tt.s, got)
		assert.Equal(t, tt.name, tt.s.String())
		b, err := json.Marshal(struct{ S messages.DateStyle }{tt.s})
		require.NoError(t, err)
		var back struct{ S messages.DateStyle }
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, tt.s, back.S, string(b))
	}
	assert.Equal(t, messages.DateISO, messages.DateStyle(0), "the zero value is ISO")
	for _, bad := range []string{"", "ISO", "Long", "short", "long "} {
		_, err := messages.ParseDateStyle(bad)
		assert.ErrorIs(t, err, messages.ErrDateStyle, bad)
	}
	var s messages.DateStyle
	assert.ErrorIs(t, s.UnmarshalText([]byte("medium")), messages.ErrDateStyle)
	_, err := messages.DateStyle(9).MarshalText()
	assert.ErrorIs(t, err, messages.ErrDateStyle)
	assert.Equal(t, "DateStyle(9)", messages.DateStyle(9).String())
}

// TestDateLong writes the dates of birth in the long style in every language: the CLDR long form the dob
// package writes, which dob.Parse reads back to the same date (the two directions of one table agree).
// The default style and an unknown style keep YYYY-MM-DD.
func TestDateLong(t *testing.T) {
	m, err := match.New(match.Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	p := match.Record{FirstName: "Max", LastName: "Mustermann"}
	s := p
	p.DOB, s.DOB = "1988-04-05", "1988-05-04" // day and month swapped: the message asks to check them
	v := m.Compare(s, p)
	require.Equal(t, messages.KeyDOBDayMonthSwapped, messages.Render(v, language.English, messages.Options{}).Key)
	want := map[string]string{"en": "April 5, 1988", "de": "5. April 1988", "fr": "5 avril 1988",
		"hu": "1988. április 5.", "el": "5 Απριλίου 1988", "es": "5 de abril de 1988", "pt": "5 de abril de 1988"}
	for _, tag := range messages.Supported() {
		t.Run(tag.String(), func(t *testing.T) {
			long := messages.Render(v, tag, messages.Options{DateStyle: messages.DateLong}).Text
			for _, d := range []dob.Date{{Year: 1988, Month: 4, Day: 5}, {Year: 1988, Month: 5, Day: 4}} {
				s, ok := dob.FormatLong(d, tag.String())
				require.True(t, ok, "dob has no long form for %s", tag)
				assert.Contains(t, long, strings.TrimSuffix(s, "."))
				back, err := dob.Parse(s, dob.Options{})
				if assert.NoError(t, err, s) {
					assert.Equal(t, d, back, s)
				}
			}
			if w, ok := want[tag.String()]; ok {
				assert.Contains(t, long, strings.TrimSuffix(w, "."))
			}
			assert.NotContains(t, long, "1988-04-05")
			for _, o := range []messages.Options{{}, {DateStyle: messages.DateStyle(9)}} {
				iso := messages.Render(v, tag, o).Text
				assert.Contains(t, iso, "1988-04-05")
				assert.Contains(t, iso, "1988-05-04")
			}
		})
	}
	// Every full date the variants show reads back in every language.
	for _, tag := range messages.Supported() {
		for _, vr := range messages.Variants() {
			f := vr.Verdict.Field(match.DOB)
			for _, d := range []dob.Date{f.MerchantDate, f.ProviderDate} {
				if d.Day == 0 {
					continue
				}
				s, ok := dob.FormatLong(d, tag.String())
				if assert.True(t, ok, "%s %s", tag, d) {
					back, err := dob.Parse(s, dob.Options{})
					assert.NoError(t, err, s)
					assert.Equal(t, d, back, "%s: %s", tag, s)
				}
			}
		}
	}
}

// TestDateLongKeepsPartialAndInvalid: only a full date changes style; a partial or invalid one is
// shown as written.
func TestDateLongKeepsPartialAndInvalid(t *testing.T) {
	partial := mismatch(match.DOB, "Sep 1986", "1987-09-01")
	partial.MerchantDate, partial.ProviderDate = dob.Date{Year: 1986, Month: 9}, date(1987, 9, 1)
	invalid := mismatch(match.DOB, "1990-02-30", "1990-02-28", match.ReasonInvalidDate)
	invalid.ProviderDate = date(1990, 2, 28)
	o := messages.Options{ProviderName: "Pay", DateStyle: messages.DateLong}
	text := messages.Render(verdict(match.Decline, partial), language.German, o).Text
	assert.Contains(t, text, "Bei uns hinterlegtes Geburtsdatum: Sep 1986.")
	assert.Contains(t, text, "Geburtsdatum bei Pay: 1. September 1987.")
	text = messages.Render(verdict(match.Decline, invalid), language.German, o).Text
	assert.Contains(t, text, "Bei uns hinterlegtes Geburtsdatum: 1990-02-30.")
	assert.Contains(t, text, "Geburtsdatum bei Pay: 28. Februar 1990.")
}
