package dob_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/custmatch/custmatch/dob"
)

func TestDateAppend(t *testing.T) {
	for _, c := range []struct {
		d    dob.Date
		want string
	}{
		{dob.Date{Year: 1986, Month: time.April, Day: 5}, "1986-04-05"},
		{dob.Date{Year: 1986, Month: time.September}, "1986-09"},
		{dob.Date{Year: 1986}, "1986"},
		{dob.Date{Year: 86, Month: 1, Day: 2}, "0086-01-02"},
		{dob.Date{}, "0000"},
	} {
		t.Run(c.want, func(t *testing.T) {
			assert.Equal(t, "x="+c.want, string(c.d.Append([]byte("x="))))
			assert.Equal(t, c.want, c.d.String())
		})
	}
}
