package payload

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRecords(t *testing.T) {
	for _, c := range []struct {
		name, data string
		provider   bool
		want       match.Record
	}{
		{"merchant", `{"status":0,"first_name":"Max","last_name":"Muster","dob":"1986-04-05","email":"m@x.de","ignored":[1]}`, false,
			match.Record{FirstName: "Max", LastName: "Muster", DOB: "1986-04-05", Email: "m@x.de"}},
		{"merchant-no-status", `{"first_name":"Max"}`, false, match.Record{FirstName: "Max"}},
		{"merchant-null-dob", `{"last_name":"Muster","dob":null}`, false, match.Record{LastName: "Muster"}},
		{"merchant-repeated-elsewhere", `{"first_name":"Max","x":{"first_name":"A","first_name":"B"},"y":[{"dob":1},{"dob":2}]}`, false, match.Record{FirstName: "Max"}},
		{"provider-repeated-elsewhere", `{"customer":{"first_name":"Max","address":{"email":"a","email":"b"}},"card_details":[{"first_name":"x"},{"first_name":"y"}]}`, true, match.Record{FirstName: "Max"}},
		{"merchant-escapes", `{"first_name":"Jos\u00e9","last_name":"\ud83d\ude00"}`, false, match.Record{FirstName: "José", LastName: "😀"}},
		{"provider", `{"object":"PAYMENT","customer":{"first_name":"Max","last_name":"Muster","date_of_birth":"1986-04-05","email":"m@x.de"}}`, true,
			match.Record{FirstName: "Max", LastName: "Muster", DOB: "1986-04-05", Email: "m@x.de"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			load := Merchant
			if c.provider {
				load = Provider
			}
			got, err := load([]byte(c.data))
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestErrors(t *testing.T) {
	for _, c := range []struct {
		name, data string
		provider   bool
		reason     Reason
		line, col  int
		key        string
	}{
		{"syntax", "{\n\"first_name\": \"\"Max\"\n}", false, ReasonSyntax, 2, 17, ""},
		{"unexpected-end", `{"customer": {`, true, ReasonUnexpectedEnd, 1, 14, ""},
		{"empty", ``, true, ReasonUnexpectedEnd, 1, 1, ""},
		{"trailing-data", "{\"first_name\":\"A\"} []", false, ReasonTrailingData, 1, 20, ""},
		{"not-object", `"Max"`, false, ReasonNotObject, 0, 0, ""},
		{"wrong-type", `{"customer": {"first_name": 1}}`, true, ReasonWrongType, 0, 0, "customer.first_name"},
		{"status", `{"status": 1, "description": "Customer not found"}`, false, ReasonStatus, 0, 0, ""},
		{"status-string", `{"status": "SUCCESS", "first_name": "Max"}`, false, ReasonStatus, 0, 0, ""},
		{"no-names", `{"email": "a@b"}`, false, ReasonNoNames, 0, 0, ""},
		{"no-customer", `{"object": "PAYMENT"}`, true, ReasonNoNames, 0, 0, ""},
		{"invalid-utf8-raw", "{\"first_name\": \"Max\",\n \"last_name\": \"Jos\xe9\"}", false, ReasonInvalidUTF8, 2, 19, ""},
		{"invalid-utf8-elsewhere", "{\"customer\": {\"first_name\": \"Max\"}, \"x\": \"\xff\"}", true, ReasonInvalidUTF8, 1, 43, ""},
		{"lone-surrogate", `{"first_name": "Max\ud800"}`, false, ReasonInvalidUTF8, 0, 0, "first_name"},
		{"lone-low-surrogate", `{"customer": {"last_name": "\udc00Max"}}`, true, ReasonInvalidUTF8, 0, 0, "customer.last_name"},
		{"escaped-fffd", `{"customer": {"first_name": "Max", "date_of_birth": "1986-04-0\ufffd"}}`, true, ReasonInvalidUTF8, 0, 0, "customer.date_of_birth"},
		{"duplicate-first-name", `{"first_name": "Max", "last_name": "X", "first_name": "Moritz"}`, false, ReasonDuplicateKey, 0, 0, "first_name"},
		{"duplicate-case-variant", `{"last_name": "X", "First_Name": "Max", "first_name": "Moritz"}`, false, ReasonDuplicateKey, 0, 0, "first_name"},
		{"duplicate-status", `{"status": 1, "first_name": "Max", "status": 0}`, false, ReasonDuplicateKey, 0, 0, "status"},
		{"duplicate-customer", `{"customer": {"first_name": "Max"}, "customer": {"first_name": "Moritz"}}`, true, ReasonDuplicateKey, 0, 0, "customer"},
		{"duplicate-nested", `{"customer": {"date_of_birth": "1986-04-05", "first_name": "Max", "DATE_OF_BIRTH": "1990-01-01"}}`, true, ReasonDuplicateKey, 0, 0, "customer.date_of_birth"},
		{"literal-fffd", "{\"first_name\": \"Max\", \"email\": \"m\uFFFD@x.de\"}", false, ReasonInvalidUTF8, 0, 0, "email"},
	} {
		t.Run(c.name, func(t *testing.T) {
			load := Merchant
			if c.provider {
				load = Provider
			}
			_, err := load([]byte(c.data))
			require.ErrorIs(t, err, ErrInvalid)
			assert.NotErrorIs(t, err, ErrTooLarge)
			var pe *Error
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, c.reason, pe.Reason)
			assert.Equal(t, [2]int{c.line, c.col}, [2]int{pe.Line, pe.Col})
			assert.Equal(t, c.key, pe.Key)
			for _, secret := range []string{"Max", "Jos", "Customer not found", "1986"} {
				assert.NotContains(t, err.Error(), secret)
			}
		})
	}
}

// TestReplacementNotEqual is the fail-open case of issue 11: two different invalid bytes must not both
// read as U+FFFD and compare as the same name.
func TestReplacementNotEqual(t *testing.T) {
	for _, data := range []string{
		"{\"first_name\":\"Jos\xe9\",\"last_name\":\"X\"}",
		`{"first_name":"Jos\ud801","last_name":"X"}`,
		`{"first_name":"Jos\uFFFD","last_name":"X"}`,
	} {
		_, err := Merchant([]byte(data))
		require.Error(t, err)
		var pe *Error
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, ReasonInvalidUTF8, pe.Reason)
	}
}

func TestRead(t *testing.T) {
	for _, c := range []struct {
		name    string
		r       io.Reader
		n       int
		tooBig  bool
		ioError bool
	}{
		{"small", strings.NewReader(`{"first_name":"A"}`), 18, false, false},
		{"exactly-max", strings.NewReader(strings.Repeat(" ", MaxBytes)), MaxBytes, false, false},
		{"one-over", strings.NewReader(strings.Repeat(" ", MaxBytes+1)), 0, true, false},
		{"endless", endless{}, 0, true, false},
		{"read-error", iotest.ErrReader(errors.New("disk on fire")), 0, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			data, err := Read(c.r)
			switch {
			case c.tooBig:
				require.ErrorIs(t, err, ErrTooLarge)
				require.ErrorIs(t, err, ErrInvalid)
				var pe *Error
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, ReasonTooLarge, pe.Reason)
			case c.ioError:
				require.Error(t, err)
				assert.NotErrorIs(t, err, ErrInvalid)
			default:
				require.NoError(t, err)
				assert.Len(t, data, c.n)
			}
		})
	}
}

// endless is /dev/zero: Read must stop after MaxBytes+1 bytes.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func TestPosition(t *testing.T) {
	data := []byte("{\n  \"a\": x\n}")
	for _, c := range []struct {
		off       int64
		line, col int
	}{{0, 1, 1}, {1, 1, 1}, {2, 2, 1}, {10, 2, 8}, {100, 3, 1}, {-3, 1, 1}} {
		t.Run(fmt.Sprint(c.off), func(t *testing.T) {
			line, col := position(data, c.off)
			assert.Equal(t, [2]int{c.line, c.col}, [2]int{line, col})
		})
	}
}

func FuzzMerchant(f *testing.F) {
	f.Add([]byte(`{"status":0,"first_name":"Max","last_name":"Muster","dob":"1986-04-05"}`))
	f.Add([]byte("{\"first_name\":\"Jos\xe9\"}"))
	f.Add([]byte(`{"first_name":"\ud800"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rec, err := Merchant(data)
		if err != nil {
			var pe *Error
			require.ErrorAs(t, err, &pe)
			require.ErrorIs(t, err, ErrInvalid)
			return
		}
		for _, v := range []string{rec.FirstName, rec.LastName, rec.DOB, rec.Email} {
			// Whatever is accepted is valid UTF-8 without a replacement character.
			require.True(t, strings.ToValidUTF8(v, "") == v && !strings.ContainsRune(v, '\uFFFD'))
		}
	})
}
