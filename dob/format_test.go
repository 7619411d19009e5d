package dob_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/dob"
)

// messageLanguages are the languages the customer messages speak.
var messageLanguages = []string{"cs", "de", "el", "en", "es", "fr", "hu", "it", "nl", "pl", "pt", "ro", "tr"}

// langOrder is the numeric order of each message language (its CLDR short
// date pattern), needed to read the long form back.
var langOrder = map[string]dob.Order{
	"cs": dob.DMY, "de": dob.DMY, "el": dob.DMY, "en": dob.MDY, "es": dob.DMY, "fr": dob.DMY, "hu": dob.Auto,
	"it": dob.DMY, "nl": dob.DMY, "pl": dob.DMY, "pt": dob.DMY, "ro": dob.DMY, "tr": dob.DMY,
}

func TestFormatLongExamples(t *testing.T) {
	d := dob.Date{Year: 1988, Month: time.April, Day: 5}
	for lang, want := range map[string]string{
		"de": "5. April 1988", "fr": "5 avril 1988", "en": "April 5, 1988", "hu": "1988. április 5.",
		"el": "5 Απριλίου 1988", "ru": "5 апреля 1988\u202fг." /* CLDR: narrow no-break space */, "pl": "5 kwietnia 1988", "cs": "5. dubna 1988",
		"tr": "5 Nisan 1988", "es": "5 de abril de 1988", "pt": "5 de abril de 1988", "it": "5 aprile 1988",
		"nl": "5 april 1988", "ro": "5 aprilie 1988", "ja": "1988年4月5日", "de-AT": "5. April 1988",
		"pt_BR": "5 de abril de 1988", "EN-gb": "5 April 1988",
	} {
		got, ok := dob.FormatLong(d, lang)
		assert.True(t, ok, lang)
		assert.Equal(t, want, got, lang)
	}
	// Polish November is Croatian October: the weekday tells them apart.
	got, ok := dob.FormatLong(dob.Date{Year: 1986, Month: time.November, Day: 5}, "pl")
	assert.True(t, ok)
	assert.Equal(t, "środa, 5 listopada 1986", got)

	for _, tc := range []struct {
		d    dob.Date
		lang string
	}{
		{d, "xx"}, {d, ""}, {dob.Date{Year: 1988, Month: time.April}, "de"}, {dob.Date{Year: 1988}, "de"},
		{dob.Date{Year: 1988, Month: time.February, Day: 30}, "de"}, {dob.Date{Year: 1850, Month: 1, Day: 1}, "de"},
		{dob.Date{Year: 1988, Month: 13, Day: 1}, "de"}, {dob.Date{}, "de"},
	} {
		got, ok := dob.FormatLong(tc.d, tc.lang)
		assert.False(t, ok, "%v %q", tc.d, tc.lang)
		assert.Empty(t, got)
	}
}

// TestMessageLanguages proves, for each language the customer messages
// speak, that every month's long form, written by FormatLong from CLDR,
// parses back to its date, and that a hand-written date in the language
// parses too.
func TestMessageLanguages(t *testing.T) {
	handWritten := map[string]string{
		"cs": "5. dubna 1986", "de": "5. April 1986", "el": "5 Απριλίου 1986", "en": "April 5, 1986",
		"es": "5 de abril de 1986", "fr": "5 avril 1986", "hu": "1986. április 5.", "it": "5 aprile 1986",
		"nl": "5 april 1986", "pl": "5 kwietnia 1986", "pt": "5 de abril de 1986", "ro": "5 aprilie 1986",
		"tr": "5 Nisan 1986",
	}
	for _, lang := range messageLanguages {
		t.Run("lang="+lang, func(t *testing.T) {
			o := dob.Options{Order: langOrder[lang], Now: now}
			d, err := dob.Parse(handWritten[lang], o)
			require.NoError(t, err)
			assert.Equal(t, dob.Date{Year: 1986, Month: time.April, Day: 5}, d)
			for m := time.January; m <= time.December; m++ {
				for _, day := range []int{1, 9, 28} {
					want := dob.Date{Year: 1986, Month: m, Day: day}
					s, ok := dob.FormatLong(want, lang)
					require.True(t, ok, "%v", want)
					got, err := dob.Parse(s, o)
					require.NoError(t, err, s)
					assert.Equal(t, want, got, s)
				}
			}
		})
	}
}

func TestLanguagesList(t *testing.T) {
	tags := dob.Languages()
	for _, l := range append(messageLanguages, "ru", "uk", "sv", "da", "nb", "fi", "hr", "ja", "zh", "ko") {
		assert.Contains(t, tags, l)
	}
	assert.Equal(t, "48.2.0", dob.CLDRVersion)
}
